#include "IssueCsvImporter.h"

#include "CsvFormat.h"
#include "IssueCsvExporter.h"
#include "domain/FieldLimits.h"
#include "store/IssueRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSignalBlocker>
#include <QStringDecoder>

namespace {

// The progress callback asked to stop.
struct Cancelled
{
};

struct Row
{
    int line = 0;
    Issue issue;
};

// How much each column may hold (FieldLimits), in IssueCsvExporter's order.
qsizetype limitOfColumn(int column)
{
    switch (column) {
    case 0:
        return FieldLimits::Code;
    case 1:
        return FieldLimits::Title;
    case 8:
    case 9:
    case 10:
    case 11:
        return FieldLimits::LongText;
    default:
        return FieldLimits::ShortText;
    }
}

} // namespace

bool IssueCsvImporter::importFile(const QString &path)
{
    m_error.clear();
    m_counts = {};
    m_cancelled = false;
    m_conflicts = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!import(file)) {
        m_error = tr("%1: %2").arg(QDir::toNativeSeparators(path), m_error);
        return false;
    }
    return true;
}

bool IssueCsvImporter::import(QIODevice &device)
{
    m_error.clear();
    m_counts = {};
    m_cancelled = false;
    m_conflicts = {};
    if (device.size() > maxFileSize) {
        m_error = tr("the file is larger than %1 MB").arg(maxFileSize / (1024 * 1024));
        return false;
    }
    const bool ok = importBytes(device.readAll());
    if (!ok)
        m_counts = {};
    m_error = asOneLine(m_error);
    return ok;
}

bool IssueCsvImporter::importBytes(QByteArray bytes)
{
    if (bytes.startsWith(CsvFormat::byteOrderMark))
        bytes.remove(0, CsvFormat::byteOrderMark.size());
    QList<CsvFormat::Record> records;
    const QStringList columns = IssueCsvExporter::columns();
    // A field's bytes are at most four per character: longer cannot pass below.
    if (!CsvFormat::parse(bytes, FieldLimits::LongText * 4, &records, &m_error, columns))
        return false;
    // Blank lines (one empty field) are not records.
    records.removeIf([](const CsvFormat::Record &record) {
        return record.fields.size() == 1 && record.fields.first().isEmpty();
    });
    if (records.isEmpty()) {
        m_error = tr("the file is empty; the first line must be the header: %1")
                      .arg(columns.join(QLatin1Char(',')));
        return false;
    }

    // Decoded strictly, so a byte that is not UTF-8 is named, not replaced by '?'.
    const auto decode = [this](const CsvFormat::Record &record, int field, QString *text) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = decoder.decode(record.fields.at(field));
        if (decoder.hasError()) {
            const QStringList names = IssueCsvExporter::columns();
            m_error = tr("line %1, field %2: not valid UTF-8 text (save the file as UTF-8)")
                          .arg(record.line)
                          .arg(field < names.size() ? names.at(field) : QString::number(field + 1));
            return false;
        }
        return true;
    };

    const CsvFormat::Record &header = records.first();
    QStringList names;
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name;
        if (!decode(header, i, &name))
            return false;
        names.append(name.trimmed().toLower());
    }
    if (names != columns) {
        m_error = tr("line %1: the header must be exactly: %2")
                      .arg(header.line)
                      .arg(columns.join(QLatin1Char(',')));
        return false;
    }

    QList<Row> rows;
    QHash<QString, int> lineOfCode;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvFormat::Record &record = records.at(r);
        if (record.fields.size() != columns.size()) {
            m_error = tr("line %1: %2 fields; expected %3 (%4)")
                          .arg(record.line)
                          .arg(record.fields.size())
                          .arg(columns.size())
                          .arg(columns.join(QLatin1Char(',')));
            return false;
        }
        QStringList values;
        for (int i = 0; i < record.fields.size(); ++i) {
            QString value;
            if (!decode(record, i, &value))
                return false;
            values.append(CsvFormat::readAsText(value));
        }
        for (int i = 0; i < values.size(); ++i) {
            if (values.at(i).size() <= limitOfColumn(i))
                continue;
            const QString code = values.at(0).trimmed();
            const QString line = QString::number(record.line);
            const QString length = QString::number(values.at(i).size());
            const QString limit = QString::number(limitOfColumn(i));
            m_error = i == 0 || code.isEmpty()
                          ? tr("line %1: %2 is %3 characters; the limit is %4")
                                .arg(line, columns.at(i), length, limit)
                          : tr("line %1, issue %2: %3 is %4 characters; the limit is %5")
                                .arg(line, code, columns.at(i), length, limit);
            return false;
        }
        const auto fail = [this, &record, &columns](int field, const QString &problem) {
            m_error = tr("line %1, field %2: %3").arg(record.line).arg(columns.at(field), problem);
            return false;
        };
        Row row;
        row.line = record.line;
        Issue &issue = row.issue;
        issue.code = values.at(0).trimmed();
        if (issue.code.isEmpty())
            return fail(0, tr("an issue needs a code"));
        if (lineOfCode.contains(issue.code))
            return fail(0, tr("the code %1 is already on line %2")
                               .arg(issue.code)
                               .arg(lineOfCode.value(issue.code)));
        lineOfCode.insert(issue.code, record.line);
        issue.title = values.at(1);
        if (issue.title.trimmed().isEmpty())
            return fail(1, tr("issue %1 needs a title").arg(issue.code));
        issue.category = values.at(2);
        const std::optional<Status> status = StatusText::fromKey(values.at(3));
        if (!status) {
            QStringList keys;
            for (Status s : StatusText::all())
                keys.append(StatusText::key(s));
            return fail(3, tr("unknown status \"%1\"; expected one of: %2")
                               .arg(values.at(3), keys.join(QStringLiteral(", "))));
        }
        issue.status = *status;
        const std::optional<Priority> priority = PriorityText::fromKey(values.at(4));
        if (!priority) {
            QStringList keys;
            for (Priority p : PriorityText::all())
                keys.append(PriorityText::key(p));
            return fail(4, tr("unknown priority \"%1\"; expected one of: %2")
                               .arg(values.at(4), keys.join(QStringLiteral(", "))));
        }
        issue.priority = *priority;
        issue.owner = values.at(5);
        if (!values.at(6).trimmed().isEmpty()) {
            issue.dueDate = QDate::fromString(values.at(6).trimmed(), Qt::ISODate);
            if (!issue.dueDate.isValid())
                return fail(6, tr("\"%1\" is not a date like 2025-07-24").arg(values.at(6)));
        }
        if (!values.at(7).trimmed().isEmpty()) {
            const std::optional<Likelihood> likelihood = LikelihoodText::fromKey(values.at(7));
            if (!likelihood)
                return fail(7, tr("unknown likelihood \"%1\"; expected certain, might or unlikely")
                                   .arg(values.at(7)));
            issue.likelihood = *likelihood;
        }
        issue.euObjective = values.at(8);
        issue.linesToTake = values.at(9);
        issue.defensiveLines = values.at(10);
        issue.background = values.at(11);
        rows.append(row);
    }

    try {
        // A dry run announces nothing: the windows must not show rows about to go.
        const QSignalBlocker quiet(m_dryRun ? &m_store : nullptr);
        Sql::Transaction transaction(m_store.database());
        QHash<QString, Issue> existing;
        for (const Row &row : std::as_const(rows)) {
            if (const std::optional<Issue> issue = m_store.issues().byCode(row.issue.code)) {
                existing.insert(row.issue.code, *issue);
                m_conflicts.issueCodes.append(row.issue.code);
            }
        }
        if (!m_conflicts.issueCodes.isEmpty() && m_policy == ImportPolicy::Ask) {
            m_error = m_conflicts.issueCodes.size() == 1
                          ? tr("an issue with code %1 already exists in the database. Import "
                               "again choosing to skip or replace it.")
                                .arg(m_conflicts.issueCodes.first())
                          : tr("%1 issues in the file already exist in the database: %2. Import "
                               "again choosing to skip or replace them.")
                                .arg(m_conflicts.issueCodes.size())
                                .arg(ImportConflicts::abbreviated(m_conflicts.issueCodes));
            return false;
        }
        m_conflicts = {};
        int done = 0;
        for (const Row &row : std::as_const(rows)) {
            if (m_progress && !m_progress(done, int(rows.size())))
                throw Cancelled{}; // the transaction rolls back as it goes out of scope
            ++done;
            Issue issue = row.issue;
            const auto it = existing.constFind(issue.code);
            if (it == existing.cend()) {
                m_store.issues().insert(issue, tr("Imported"));
                ++m_counts.added;
            } else if (m_policy == ImportPolicy::Skip) {
                ++m_counts.skipped;
            } else {
                // The columns the CSV has; the rest stays as the database holds it.
                Issue replaced = *it;
                replaced.title = issue.title;
                replaced.category = issue.category;
                replaced.status = issue.status;
                replaced.priority = issue.priority;
                replaced.owner = issue.owner;
                replaced.dueDate = issue.dueDate;
                replaced.likelihood = issue.likelihood;
                replaced.euObjective = issue.euObjective;
                replaced.linesToTake = issue.linesToTake;
                replaced.defensiveLines = issue.defensiveLines;
                replaced.background = issue.background;
                m_store.issues().update(replaced, tr("Imported (replaced)"));
                ++m_counts.replaced;
            }
        }
        if (m_progress && !m_progress(done, int(rows.size())))
            throw Cancelled{};
        if (!m_dryRun)
            transaction.commit();
    } catch (const Cancelled &) {
        m_cancelled = true;
        m_counts = {};
        m_error = tr("the import was cancelled; nothing was imported");
        if (!m_dryRun)
            m_store.notifyReset();
        return false;
    } catch (const StoreError &error) {
        m_error = error.message();
        if (!m_dryRun)
            m_store.notifyReset();
        return false;
    }
    if (!m_dryRun)
        m_store.notifyReset();
    return true;
}
