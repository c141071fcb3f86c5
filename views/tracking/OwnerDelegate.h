#pragma once

#include "delegates/LineLimitDelegate.h"

// The owner column: an issue nobody owns stands out ("— no owner —", italic grey);
// the editor takes no more than an owner holds.
class OwnerDelegate : public LineLimitDelegate
{
    Q_OBJECT
public:
    explicit OwnerDelegate(QObject *parent = nullptr);

    static QString noOwnerText();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
