#include "KtabCsvImporter.h"

#include "CsvFormat.h"
#include "ImportPolicy.h"
#include "domain/FieldLimits.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSignalBlocker>
#include <QSqlQuery>
#include <QStringDecoder>

#include <cmath>

namespace {

struct Cancelled
{
};

// KTAB ends its lines with a comma and pads with spaces (" 75.79"): fields are
// trimmed and empty ones at the end of a record dropped.
QList<QByteArray> meaningfulFields(const CsvFormat::Record &record)
{
    QList<QByteArray> fields;
    for (const QByteArray &field : record.fields)
        fields.append(field.trimmed());
    while (!fields.isEmpty() && fields.last().isEmpty())
        fields.removeLast();
    return fields;
}

bool isBlank(const CsvFormat::Record &record)
{
    return meaningfulFields(record).isEmpty();
}

std::optional<int> wholeNumber(const QByteArray &field)
{
    bool ok = false;
    const int value = field.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The text of a dimension's position column without KTAB's " Position" suffix
// ("Policy Position" is the dimension "Policy"; "Pstn1" stays as it is).
QString dimensionName(const QString &column)
{
    static const QString suffix = QStringLiteral("position");
    QString name = column.trimmed();
    if (name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive))
        name = name.chopped(suffix.size()).trimmed();
    return name;
}

} // namespace

int KtabCsvImporter::cloutOf(double power, double largestPower)
{
    if (largestPower <= 0)
        return 0;
    return qBound(0, int(std::lround(100.0 * power / largestPower)), 100);
}

bool KtabCsvImporter::looksLikeKtab(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return looksLikeKtab(file.read(64 * 1024));
}

bool KtabCsvImporter::looksLikeKtab(QByteArray head)
{
    if (head.startsWith(CsvFormat::byteOrderMark))
        head.remove(0, CsvFormat::byteOrderMark.size());
    // Only whole lines: the last one read may be cut short.
    const qsizetype end = head.lastIndexOf('\n');
    if (end < 0)
        return false;
    head.truncate(end + 1);
    QList<CsvFormat::Record> records;
    QString error;
    if (!CsvFormat::parse(head, 64 * 1024, &records, &error))
        return false;
    records.removeIf(isBlank);
    if (records.size() < 2)
        return false;
    const QList<QByteArray> first = meaningfulFields(records.at(0));
    const QList<QByteArray> header = meaningfulFields(records.at(1));
    return first.size() >= 4 && wholeNumber(first.at(2)) && wholeNumber(first.at(3)) &&
           header.size() >= 5 && (header.size() - 3) % 2 == 0;
}

std::optional<KtabCsvImporter::Scenario> KtabCsvImporter::parse(QByteArray bytes, QString *error)
{
    const auto failed = [error](const QString &message) {
        *error = asOneLine(message);
        return std::nullopt;
    };
    if (bytes.startsWith(CsvFormat::byteOrderMark))
        bytes.remove(0, CsvFormat::byteOrderMark.size());
    QList<CsvFormat::Record> records;
    const QStringList firstLineFields = {tr("scenario name"), tr("description"),
                                         tr("number of actors"), tr("number of dimensions")};
    if (!CsvFormat::parse(bytes, FieldLimits::LongText * 4, &records, error))
        return failed(*error);
    records.removeIf(isBlank);
    const QString expectedFirstLine =
        tr("the first line of a KTAB scenario holds its name, its description, the number of "
           "actors and the number of dimensions");
    if (records.isEmpty())
        return failed(tr("the file is empty; %1").arg(expectedFirstLine));

    // Decoded strictly, so a byte that is not UTF-8 is named, not replaced.
    const auto decode = [](const QByteArray &field, QString *text) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        *text = decoder.decode(field);
        return !decoder.hasError();
    };
    const QString notUtf8 = tr("not valid UTF-8 text (save the file as UTF-8)");

    Scenario scenario;
    const CsvFormat::Record &firstRecord = records.at(0);
    const QList<QByteArray> first = meaningfulFields(firstRecord);
    if (first.size() < 4 || !wholeNumber(first.at(2)) || !wholeNumber(first.at(3)))
        return failed(
            tr("line %1: not a KTAB scenario: %2").arg(firstRecord.line).arg(expectedFirstLine));
    for (int i = 0; i < 2; ++i) {
        QString text;
        if (!decode(first.at(i), &text))
            return failed(tr("line %1, field %2: %3")
                              .arg(firstRecord.line)
                              .arg(firstLineFields.at(i), notUtf8));
        (i == 0 ? scenario.name : scenario.description) = text;
    }
    if (scenario.name.isEmpty())
        return failed(tr("line %1, field %2: the scenario needs a name")
                          .arg(firstRecord.line)
                          .arg(firstLineFields.at(0)));
    for (int i = 0; i < 2; ++i) {
        const QString &text = i == 0 ? scenario.name : scenario.description;
        if (text.size() > maxScenarioText)
            return failed(tr("line %1, field %2: %3 characters; KTAB reads at most %4")
                              .arg(firstRecord.line)
                              .arg(firstLineFields.at(i))
                              .arg(text.size())
                              .arg(maxScenarioText));
    }
    const int actorCount = *wholeNumber(first.at(2));
    const int dimensionCount = *wholeNumber(first.at(3));
    if (actorCount < minActors || actorCount > maxActors)
        return failed(tr("line %1, field %2: %3 actors; KTAB reads %4 to %5")
                          .arg(firstRecord.line)
                          .arg(firstLineFields.at(2))
                          .arg(actorCount)
                          .arg(minActors)
                          .arg(maxActors));
    if (dimensionCount < 1 || dimensionCount > maxDimensions)
        return failed(tr("line %1, field %2: %3 dimensions; between 1 and %4 can be imported")
                          .arg(firstRecord.line)
                          .arg(firstLineFields.at(3))
                          .arg(dimensionCount)
                          .arg(maxDimensions));
    const int fieldCount = 3 + 2 * dimensionCount;

    if (records.size() < 2)
        return failed(tr("line %1: the header (Actor, Description, Power, then a position and a "
                         "salience column for each dimension) is missing")
                          .arg(firstRecord.line + 1));
    const CsvFormat::Record &headerRecord = records.at(1);
    const QList<QByteArray> header = meaningfulFields(headerRecord);
    QStringList columns;
    for (const QByteArray &field : header) {
        QString text;
        if (!decode(field, &text))
            return failed(tr("line %1, field %2: %3")
                              .arg(headerRecord.line)
                              .arg(columns.size() + 1)
                              .arg(notUtf8));
        columns.append(text);
    }
    if (columns.size() != fieldCount)
        return failed(tr("line %1: the header has %2 columns; the %3 dimensions the first line "
                         "announces need %4 (Actor, Description, Power, then a position and a "
                         "salience column for each)")
                          .arg(headerRecord.line)
                          .arg(columns.size())
                          .arg(dimensionCount)
                          .arg(fieldCount));
    for (int d = 0; d < dimensionCount; ++d) {
        const QString name = dimensionName(columns.at(3 + 2 * d));
        if (name.isEmpty())
            return failed(tr("line %1, field %2: the dimension needs a name")
                              .arg(headerRecord.line)
                              .arg(4 + 2 * d));
        if (name.size() > FieldLimits::Title)
            return failed(tr("line %1, field %2: the dimension's name is %3 characters; the "
                             "limit is %4")
                              .arg(headerRecord.line)
                              .arg(4 + 2 * d)
                              .arg(name.size())
                              .arg(FieldLimits::Title));
        // Each is an issue, found again by its title when the file comes back.
        if (const qsizetype earlier = scenario.dimensions.indexOf(name); earlier >= 0)
            return failed(tr("line %1, field %2: the dimension %3 is already field %4")
                              .arg(headerRecord.line)
                              .arg(4 + 2 * d)
                              .arg(name)
                              .arg(4 + 2 * earlier));
        scenario.dimensions.append(name);
    }

    const qsizetype actorRecords = records.size() - 2;
    if (actorRecords < actorCount)
        return failed(tr("the first line announces %1 actors; the file has %2")
                          .arg(actorCount)
                          .arg(actorRecords));
    if (actorRecords > actorCount)
        return failed(tr("line %1: more actor lines than the %2 the first line announces")
                          .arg(records.at(2 + actorCount).line)
                          .arg(actorCount));

    QHash<QString, int> lineOfName; // case-folded, as the database compares names
    for (int a = 0; a < actorCount; ++a) {
        const CsvFormat::Record &record = records.at(2 + a);
        const QList<QByteArray> fields = meaningfulFields(record);
        const auto fieldFailed = [&](int field, const QString &problem) {
            return failed(tr("line %1, field %2: %3")
                              .arg(record.line)
                              .arg(columns.at(field).isEmpty() ? QString::number(field + 1)
                                                               : columns.at(field),
                                   problem));
        };
        if (fields.size() != fieldCount)
            return failed(tr("line %1: %2 fields; expected %3 (name, description, power, then a "
                             "position and a salience for each of the %4 dimensions)")
                              .arg(record.line)
                              .arg(fields.size())
                              .arg(fieldCount)
                              .arg(dimensionCount));
        ActorRow row;
        row.line = record.line;
        if (!decode(fields.at(0), &row.name))
            return fieldFailed(0, notUtf8);
        if (!decode(fields.at(1), &row.description))
            return fieldFailed(1, notUtf8);
        if (row.name.isEmpty())
            return fieldFailed(0, tr("the actor needs a name"));
        if (row.name.size() > FieldLimits::Title)
            return fieldFailed(0, tr("the name is %1 characters; the limit is %2")
                                      .arg(row.name.size())
                                      .arg(FieldLimits::Title));
        if (row.description.size() > FieldLimits::LongText)
            return fieldFailed(1, tr("the description is %1 characters; the limit is %2")
                                      .arg(row.description.size())
                                      .arg(FieldLimits::LongText));
        const QString folded = row.name.toCaseFolded();
        if (lineOfName.contains(folded))
            return fieldFailed(0, tr("the actor %1 is already on line %2")
                                      .arg(row.name)
                                      .arg(lineOfName.value(folded)));
        lineOfName.insert(folded, record.line);

        // Numbers as KTAB writes them: a point for decimals, whatever the locale.
        const auto number = [&](int field, double low, double high,
                                double *value) -> std::optional<QString> {
            bool ok = false;
            *value = fields.at(field).toDouble(&ok);
            if (!ok || !std::isfinite(*value))
                return tr("\"%1\" is not a number").arg(QString::fromUtf8(fields.at(field)));
            if (*value < low || *value > high)
                return tr("%1 is outside %2–%3")
                    .arg(QString::fromUtf8(fields.at(field)))
                    .arg(low)
                    .arg(high);
            return std::nullopt;
        };
        if (const auto problem = number(2, 0, maxPower, &row.power))
            return fieldFailed(2, *problem);
        double totalSalience = 0;
        for (int d = 0; d < dimensionCount; ++d) {
            double position = 0;
            double salience = 0;
            if (const auto problem = number(3 + 2 * d, 0, 100, &position))
                return fieldFailed(3 + 2 * d, *problem);
            if (const auto problem = number(4 + 2 * d, 0, 100, &salience))
                return fieldFailed(4 + 2 * d, *problem);
            row.positions.append(position);
            row.saliences.append(salience);
            totalSalience += salience;
        }
        // KTAB refuses it too: an actor's attention, shared over the dimensions.
        // The margin absorbs the rounding of figures like 33.33 three times.
        if (totalSalience > 100 + 1e-6)
            return failed(tr("line %1: the actor %2's saliences add up to %3; KTAB needs at "
                             "most 100 (its attention shared over the dimensions)")
                              .arg(record.line)
                              .arg(row.name)
                              .arg(totalSalience));
        scenario.actors.append(row);
    }
    return scenario;
}

bool KtabCsvImporter::importFile(const QString &path)
{
    m_error.clear();
    m_counts = {};
    m_conflicts = {};
    m_cancelled = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!import(file, QFileInfo(path).fileName())) {
        m_error = tr("%1: %2").arg(QDir::toNativeSeparators(path), m_error);
        return false;
    }
    return true;
}

bool KtabCsvImporter::import(QIODevice &device, const QString &fileName)
{
    m_error.clear();
    m_counts = {};
    m_conflicts = {};
    m_cancelled = false;
    if (device.size() > maxFileSize) {
        m_error = tr("the file is larger than %1 MB; a KTAB scenario of %2 actors on %3 "
                     "dimensions takes less than one")
                      .arg(maxFileSize / (1024 * 1024))
                      .arg(maxActors)
                      .arg(maxDimensions);
        return false;
    }
    const std::optional<Scenario> scenario = parse(device.readAll(), &m_error);
    if (!scenario)
        return false;
    const bool ok = write(*scenario, fileName);
    if (!ok)
        m_counts = {};
    m_error = asOneLine(m_error);
    return ok;
}

void KtabCsvImporter::insertPositions(const Scenario &scenario, int dimension, qint64 issueId,
                                      const QList<qint64> &actorIds, double largestPower,
                                      const QString &fileName)
{
    for (int a = 0; a < scenario.actors.size(); ++a) {
        const ActorRow &row = scenario.actors.at(a);
        Position position;
        position.issueId = issueId;
        position.actorId = actorIds.at(a);
        position.position = int(std::lround(row.positions.at(dimension)));
        position.salience = int(std::lround(row.saliences.at(dimension)));
        position.clout = cloutOf(row.power, largestPower);
        position.source = fileName;
        m_store.positions().insertRow(position);
        ++m_counts.positions;
    }
}

bool KtabCsvImporter::write(const Scenario &scenario, const QString &fileName)
{
    const QString category = QStringLiteral("KTAB");
    double largestPower = 0;
    for (const ActorRow &row : scenario.actors)
        largestPower = std::max(largestPower, row.power);
    try {
        // A dry run announces nothing: the windows must not show rows about to go.
        const QSignalBlocker quiet(m_dryRun ? &m_store : nullptr);
        Sql::Transaction transaction(m_store.database());

        // Names compare without case, as the database's do.
        QHash<QString, qint64> actorIds;
        for (const Actor &actor : m_store.actors().all())
            actorIds.insert(actor.name.toCaseFolded(), actor.id);
        QList<qint64> ids;
        for (const ActorRow &row : scenario.actors) {
            const auto it = actorIds.constFind(row.name.toCaseFolded());
            if (it != actorIds.cend()) {
                ids.append(*it);
                ++m_counts.actorsMatched;
                continue;
            }
            Actor actor;
            actor.name = row.name;
            actor.kind = QStringLiteral("institution");
            actor.bloc = QStringLiteral("Other");
            actor.biography = row.description;
            actor.source = fileName;
            m_store.actors().insert(actor);
            ids.append(actor.id);
            ++m_counts.actorsAdded;
        }

        // The issues an import of a file of this name made before, by dimension.
        QHash<QString, Issue> earlier;
        QSqlQuery query =
            Sql::exec(m_store.database(),
                      QStringLiteral(
                          "SELECT code FROM issue WHERE category = ? AND source = ? ORDER BY code"),
                      {category, fileName});
        QStringList earlierCodes;
        while (Sql::next(query))
            earlierCodes.append(query.value(0).toString());
        for (const QString &code : std::as_const(earlierCodes)) {
            if (const std::optional<Issue> issue = m_store.issues().byCode(code)) {
                if (scenario.dimensions.contains(issue->title) && !earlier.contains(issue->title))
                    earlier.insert(issue->title, *issue);
            }
        }
        for (const QString &dimension : scenario.dimensions) {
            if (earlier.contains(dimension))
                m_conflicts.issueCodes.append(earlier.value(dimension).code);
        }
        if (!m_conflicts.issueCodes.isEmpty() && m_policy == ImportPolicy::Ask) {
            m_error = tr("%n issue(s) already hold this file's dimensions (%1). Import again "
                         "choosing to keep or replace them.",
                         nullptr, int(m_conflicts.issueCodes.size()))
                          .arg(ImportConflicts::abbreviated(m_conflicts.issueCodes));
            return false;
        }
        m_conflicts = {};

        const int total = int(scenario.dimensions.size());
        for (int d = 0; d < total; ++d) {
            if (m_progress && !m_progress(d, total))
                throw Cancelled{}; // the transaction rolls back as it goes out of scope
            if (const auto it = earlier.constFind(scenario.dimensions.at(d));
                it != earlier.cend()) {
                if (m_policy == ImportPolicy::Skip) {
                    ++m_counts.issuesKept;
                    continue;
                }
                m_store.positions().removeForIssue(it->id);
                insertPositions(scenario, d, it->id, ids, largestPower, fileName);
                ++m_counts.issuesReplaced;
                continue;
            }
            Issue issue;
            issue.category = category;
            issue.code = m_store.issues().suggestCode(category);
            issue.title = scenario.dimensions.at(d);
            // KTAB names no ends; the labels say whose scale it is.
            issue.scaleLow = tr("KTAB's low end");
            issue.scaleHigh = tr("KTAB's high end");
            issue.source = fileName;
            issue.background =
                scenario.description.isEmpty()
                    ? tr("From the KTAB scenario %1.").arg(scenario.name)
                    : tr("From the KTAB scenario %1: %2").arg(scenario.name, scenario.description);
            m_store.issues().insert(issue, tr("Imported from KTAB"));
            ++m_counts.issues;
            insertPositions(scenario, d, issue.id, ids, largestPower, fileName);
        }
        if (m_progress && !m_progress(total, total))
            throw Cancelled{};
        if (!m_dryRun)
            transaction.commit();
    } catch (const Cancelled &) {
        m_cancelled = true;
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
