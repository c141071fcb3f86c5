#include "IssueCsvExporter.h"

#include "AtomicFile.h"
#include "CsvFormat.h"
#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QIODevice>

QStringList IssueCsvExporter::columns()
{
    return {QStringLiteral("code"),
            QStringLiteral("title"),
            QStringLiteral("category"),
            QStringLiteral("status"),
            QStringLiteral("priority"),
            QStringLiteral("owner"),
            QStringLiteral("due_date"),
            QStringLiteral("likelihood"),
            QStringLiteral("eu_objective"),
            QStringLiteral("lines_to_take"),
            QStringLiteral("defensive_lines"),
            QStringLiteral("background")};
}

bool IssueCsvExporter::write(QIODevice &device)
{
    m_error.clear();
    m_rows = 0;
    m_cancelled = false;
    QByteArray bytes = CsvFormat::byteOrderMark + CsvFormat::line(columns());
    try {
        const QList<Issue> issues = m_store.issues().all();
        for (const Issue &issue : issues) {
            QStringList fields{issue.code,
                               issue.title,
                               issue.category,
                               StatusText::key(issue.status),
                               PriorityText::key(issue.priority),
                               issue.owner,
                               issue.dueDate.isValid() ? issue.dueDate.toString(Qt::ISODate)
                                                       : QString(),
                               LikelihoodText::key(issue.likelihood),
                               issue.euObjective,
                               issue.linesToTake,
                               issue.defensiveLines,
                               issue.background};
            for (QString &field : fields)
                field = CsvFormat::writtenAsText(field);
            bytes += CsvFormat::line(fields);
            ++m_rows;
            if (m_progress && !m_progress(m_rows, int(issues.size()))) {
                m_cancelled = true;
                m_error = tr("the export was cancelled; no file was written");
                return false;
            }
        }
    } catch (const StoreError &error) {
        m_error = error.message();
        return false;
    }
    if (!AtomicFile::writeAll(device, bytes)) {
        m_error = tr("Could not write the CSV: %1").arg(AtomicFile::writeFailure(device));
        return false;
    }
    return true;
}

bool IssueCsvExporter::writeFile(const QString &path)
{
    return AtomicFile::write(
        path, [this](QIODevice &device) { return write(device); }, &m_error);
}
