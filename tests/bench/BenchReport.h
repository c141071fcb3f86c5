#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

// What every benchmark prints its figures with: one stdout stream, medians,
// Markdown tables and the machine's load (the figures mean little without it).
namespace BenchReport {

QTextStream &out();

// The middle value, or the mean of the two middle ones; values must not be empty.
double medianOf(QList<double> values);

// A Markdown table, the first row as its header, columns padded to line up.
void printTable(const QList<QStringList> &rows);

// The 1, 5 and 15 minute load averages from /proc/loadavg, "?" when unreadable.
QString loadAverage();

} // namespace BenchReport
