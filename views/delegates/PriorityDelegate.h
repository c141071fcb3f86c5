#pragma once

#include "ChoiceDelegate.h"

#include "domain/Priority.h"

// An issue's priority: a combo box from Low to Critical.
class PriorityDelegate : public ChoiceDelegate
{
    Q_OBJECT
public:
    explicit PriorityDelegate(int valueRole = Qt::EditRole, QObject *parent = nullptr);

    static QColor colorOf(Priority priority);
};
