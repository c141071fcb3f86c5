#pragma once

#include "domain/SummitInfo.h"

#include <QColor>
#include <QString>

// One colour per bloc, the same wherever actors are listed or charted: our side
// blue, the counterpart red (whatever the summit's settings name them), the
// usual third parties their own colours, and any other bloc a colour of its own
// picked from its name, so it stays the same from one run to the next.
class BlocPalette
{
public:
    BlocPalette() = default; // the sides of a file that does not name them
    BlocPalette(QString ourBloc, QString counterpartBloc);
    explicit BlocPalette(const SummitInfo &summit);

    QColor colorOf(const QString &bloc) const;
    QColor ourColor() const;
    QColor counterpartColor() const;

private:
    QString m_ourBloc = SummitInfo::defaultOurBloc();
    QString m_counterpartBloc = SummitInfo::defaultCounterpartBloc();
};
