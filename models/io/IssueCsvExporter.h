#pragma once

#include "Progress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;
class Store;

// Writes the issue table as CSV (RFC 4180, UTF-8 with a byte-order mark so
// spreadsheets read accents and Chinese, CRLF line ends, a header row), one
// issue per line ordered by code. IssueCsvImporter reads it back.
class IssueCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(IssueCsvExporter)
public:
    explicit IssueCsvExporter(Store &store) : m_store(store) {}

    // code,title,category,status,priority,owner,due_date,likelihood,eu_objective,
    // lines_to_take,defensive_lines,background
    static QStringList columns();

    bool write(QIODevice &device);
    // Atomic: the file is replaced only once it is complete (QSaveFile).
    bool writeFile(const QString &path);
    QString errorString() const { return m_error; }
    int rowsWritten() const { return m_rows; }
    // Called after each issue; returning false stops write() and writeFile(),
    // which then write nothing (wasCancelled()).
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }

private:
    Store &m_store;
    ProgressCallback m_progress;
    bool m_cancelled = false;
    QString m_error;
    int m_rows = 0;
};
