#pragma once

#include "ChoiceDelegate.h"

#include "domain/Status.h"

// An issue's status: a combo box of the workflow states, each with its colour.
class StatusDelegate : public ChoiceDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(int valueRole = Qt::EditRole, QObject *parent = nullptr);

    static QColor colorOf(Status status);
};
