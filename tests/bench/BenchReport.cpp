#include "BenchReport.h"

#include <QFile>

#include <algorithm>

namespace BenchReport {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

void printTable(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], int(row.at(i).size()));
        }
    }
    for (int r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (int i = 0; i < rows.at(r).size(); ++i)
            cells.append(rows.at(r).at(i).leftJustified(widths.at(i)));
        out() << QStringLiteral("| ") << cells.join(QStringLiteral(" | "))
              << QStringLiteral(" |\n");
        if (r == 0) {
            QStringList rules;
            for (int width : widths)
                rules.append(QString(width, QLatin1Char('-')));
            out() << QStringLiteral("| ") << rules.join(QStringLiteral(" | "))
                  << QStringLiteral(" |\n");
        }
    }
    out().flush();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace BenchReport
