#include "IssueRepository.h"

#include "Sql.h"
#include "Store.h"
#include "domain/DecisionRule.h"
#include "domain/FieldLimits.h"
#include "domain/IssueCode.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace {

// The columns insert and update both write, in the order of their statements.
QVariantList editableValues(const Issue &issue, bool withRule)
{
    QVariantList values{issue.title,
                        issue.category,
                        int(issue.status),
                        int(issue.priority),
                        issue.owner,
                        Sql::toText(issue.dueDate),
                        issue.euObjective,
                        issue.linesToTake,
                        issue.defensiveLines,
                        issue.background,
                        issue.scaleLow,
                        issue.scaleHigh,
                        issue.source,
                        issue.illustrative ? 1 : 0,
                        LikelihoodText::key(issue.likelihood),
                        issue.inPack ? 1 : 0};
    if (withRule)
        values << DecisionRuleText::key(issue.decisionRule) << issue.decisionRuleSource;
    return values;
}

const char *const issueColumns =
    "id, code, title, category, status, priority, owner, due_date, eu_objective, lines_to_take, "
    "defensive_lines, background, scale_low, scale_high, source, illustrative, version, "
    "created_at, updated_at, likelihood, in_pack";

Issue issueFrom(const QSqlQuery &query)
{
    Issue issue;
    issue.id = query.value(0).toLongLong();
    issue.code = query.value(1).toString();
    issue.title = query.value(2).toString();
    issue.category = query.value(3).toString();
    issue.status = StatusText::fromInt(query.value(4).toInt()).value_or(Status::Draft);
    issue.priority = PriorityText::fromInt(query.value(5).toInt()).value_or(Priority::Medium);
    issue.owner = query.value(6).toString();
    issue.dueDate = Sql::toDate(query.value(7));
    issue.euObjective = query.value(8).toString();
    issue.linesToTake = query.value(9).toString();
    issue.defensiveLines = query.value(10).toString();
    issue.background = query.value(11).toString();
    issue.scaleLow = query.value(12).toString();
    issue.scaleHigh = query.value(13).toString();
    issue.source = query.value(14).toString();
    issue.illustrative = query.value(15).toBool();
    issue.version = query.value(16).toInt();
    issue.createdAt = Sql::toDateTime(query.value(17));
    issue.updatedAt = Sql::toDateTime(query.value(18));
    issue.likelihood =
        LikelihoodText::fromKey(query.value(19).toString()).value_or(Likelihood::Might);
    issue.inPack = query.value(20).toBool();
    const int columns = query.record().count();
    if (columns > 21)
        issue.archivedAt = Sql::toDateTime(query.value(21));
    // Schema 9; an older file reads as today's rule, majority.
    if (columns > 23) {
        issue.decisionRule = DecisionRuleText::fromKey(query.value(22).toString())
                                 .value_or(DecisionRule::WeightedMajority);
        issue.decisionRuleSource = query.value(23).toString();
    }
    return issue;
}

QList<Issue> issuesFrom(QSqlQuery query)
{
    QList<Issue> list;
    while (Sql::next(query))
        list.append(issueFrom(query));
    return list;
}

// Values as stored: enums as integers, dates as ISO text, the rest as text.
QVariant storedValue(IssueField field, const QVariant &value)
{
    switch (field) {
    case IssueField::Status:
    case IssueField::Priority:
        return value.toInt();
    case IssueField::DueDate:
        return Sql::toText(value.toDate());
    case IssueField::Likelihood:
        return LikelihoodText::key(*LikelihoodText::fromKey(value.toString()));
    case IssueField::InPack:
        return value.toBool() ? 1 : 0;
    case IssueField::DecisionRule:
        return DecisionRuleText::key(*DecisionRuleText::fromKey(value.toString()));
    default:
        return value.toString();
    }
}

// What a person calls the field, in a message.
QString fieldLabel(IssueField field)
{
    switch (field) {
    case IssueField::Title:
        return QCoreApplication::translate("Store", "title");
    case IssueField::Category:
        return QCoreApplication::translate("Store", "category");
    case IssueField::Owner:
        return QCoreApplication::translate("Store", "owner");
    case IssueField::EuObjective:
        return QCoreApplication::translate("Store", "objective");
    case IssueField::LinesToTake:
        return QCoreApplication::translate("Store", "lines to take");
    case IssueField::DefensiveLines:
        return QCoreApplication::translate("Store", "defensive lines");
    case IssueField::Background:
        return QCoreApplication::translate("Store", "background");
    case IssueField::ScaleLow:
        return QCoreApplication::translate("Store", "label of position 0");
    case IssueField::ScaleHigh:
        return QCoreApplication::translate("Store", "label of position 100");
    case IssueField::Source:
        return QCoreApplication::translate("Store", "source");
    case IssueField::DecisionRuleSource:
        return QCoreApplication::translate("Store", "source of the decision rule");
    default:
        return IssueRepository::columnOf(field);
    }
}

// Refuses text longer than its field may hold (never truncates it).
void checkLength(const QString &text, qsizetype limit, const QString &label)
{
    if (text.size() > limit)
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "The %1 is %2 characters; the limit is %3.")
                .arg(label, QString::number(text.size()), QString::number(limit)));
}

void checkLengths(const Issue &issue)
{
    checkLength(issue.code.trimmed(), FieldLimits::Code,
                QCoreApplication::translate("Store", "code"));
    for (IssueField field :
         {IssueField::Title, IssueField::Category, IssueField::Owner, IssueField::EuObjective,
          IssueField::LinesToTake, IssueField::DefensiveLines, IssueField::Background,
          IssueField::ScaleLow, IssueField::ScaleHigh, IssueField::Source,
          IssueField::DecisionRuleSource})
        checkLength(IssueRepository::valueOf(issue, field).toString(),
                    IssueRepository::lengthLimit(field), fieldLabel(field));
}

// Who and why of a status change.
void checkLengths(const QString &changedBy, const QString &reason)
{
    checkLength(changedBy, FieldLimits::ShortText,
                QCoreApplication::translate("Store", "name of who changed the status"));
    checkLength(reason, FieldLimits::LongText,
                QCoreApplication::translate("Store", "reason for the status change"));
}

// Refuses what the schema would refuse, with a message a person can act on.
void validate(IssueField field, const QVariant &value)
{
    if (const qsizetype limit = IssueRepository::lengthLimit(field))
        checkLength(value.toString(), limit, fieldLabel(field));
    if (field == IssueField::Title && value.toString().trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("Store", "An issue's title cannot be empty."));
    if (field == IssueField::Priority && !PriorityText::fromInt(value.toInt()))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "Unknown priority %1.").arg(value.toInt()));
    if (field == IssueField::Status && !StatusText::fromInt(value.toInt()))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("Store", "Unknown status %1.").arg(value.toInt()));
    if (field == IssueField::Likelihood && !LikelihoodText::fromKey(value.toString()))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate(
                "Store", "Unknown likelihood \"%1\"; expected certain, might or unlikely.")
                .arg(value.toString()));
    if (field == IssueField::DecisionRule && !DecisionRuleText::fromKey(value.toString()))
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "Store", "Unknown decision rule \"%1\"; expected majority or consent.")
                             .arg(value.toString()));
}

// Every status change says why and who: the history is the record of the
// negotiation, and an entry without them cannot be completed later.
void checkStatusChange(const QString &code, const QString &by, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "Store", "A status change of %1 needs a reason; nothing was changed.")
                             .arg(code));
    if (by.trimmed().isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate(
                "Store",
                "A status change of %1 needs the name of who made it; nothing was changed.")
                .arg(code));
}

// Every row `sql` selects, with its column names, as stored.
IssueRepository::DeletedIssue::Rows rowsOf(const QSqlDatabase &db, const QString &sql,
                                           const QVariantList &values)
{
    IssueRepository::DeletedIssue::Rows rows;
    QSqlQuery query = Sql::exec(db, sql, values);
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns.append(record.fieldName(i));
    while (Sql::next(query)) {
        QVariantList row;
        for (int i = 0; i < rows.columns.size(); ++i)
            row.append(query.value(i));
        rows.rows.append(row);
    }
    return rows;
}

// The column names come from the database's own record, never from user text.
void insertRows(const QSqlDatabase &db, const QString &table,
                const IssueRepository::DeletedIssue::Rows &rows)
{
    if (rows.rows.isEmpty())
        return;
    QStringList marks;
    for (qsizetype i = 0; i < rows.columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, rows.columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    for (const QVariantList &row : rows.rows)
        Sql::exec(db, sql, row);
}

QString joinedCodes(const QStringList &codes)
{
    return codes.join(QStringLiteral(", "));
}

} // namespace

QList<Issue> IssueRepository::all() const
{
    return issuesFrom(
        Sql::exec(m_store.database(),
                  QStringLiteral("SELECT %1 FROM issue ORDER BY code").arg(issueColumnList())));
}

std::optional<Issue> IssueRepository::byId(qint64 id) const
{
    const QList<Issue> list = issuesFrom(Sql::exec(
        m_store.database(),
        QStringLiteral("SELECT %1 FROM issue WHERE id = ?").arg(issueColumnList()), {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Issue>(list.first());
}

std::optional<Issue> IssueRepository::byIdForUpdate(qint64 id) const
{
    const QSqlDatabase db = m_store.database();
    const QList<Issue> list =
        issuesFrom(Sql::exec(db,
                             QStringLiteral("SELECT %1 FROM issue WHERE id = ?%2")
                                 .arg(issueColumnList(), Sql::forUpdate(db)),
                             {id}));
    return list.isEmpty() ? std::nullopt : std::optional<Issue>(list.first());
}

std::optional<Issue> IssueRepository::byCode(const QString &code) const
{
    const QSqlDatabase db = m_store.database();
    // Codes are unique regardless of case (schema 5): re-01 finds RE-01. An older
    // file may hold both: the exact match first. PostgreSQL's index is on lower(code).
    const QString sameCode = Sql::isPostgreSQL(db) ? QStringLiteral("lower(code) = lower(?)")
                                                   : QStringLiteral("code = ? COLLATE NOCASE");
    const QList<Issue> list = issuesFrom(
        Sql::exec(db,
                  QStringLiteral("SELECT %1 FROM issue WHERE %2 ORDER BY code = ? DESC LIMIT 1")
                      .arg(issueColumnList(), sameCode),
                  {code, code}));
    return list.isEmpty() ? std::nullopt : std::optional<Issue>(list.first());
}

qint64 IssueRepository::count() const
{
    return Sql::scalar(m_store.database(), QStringLiteral("SELECT COUNT(*) FROM issue"))
        .toLongLong();
}

QStringList IssueRepository::categories() const
{
    QSqlQuery query =
        Sql::exec(m_store.database(), QStringLiteral("SELECT DISTINCT category FROM issue "
                                                     "WHERE category <> '' ORDER BY category"));
    QStringList list;
    while (Sql::next(query))
        list.append(query.value(0).toString());
    return list;
}

QStringList IssueRepository::owners() const
{
    QSqlQuery query =
        Sql::exec(m_store.database(), QStringLiteral("SELECT DISTINCT owner FROM issue "
                                                     "WHERE owner <> '' ORDER BY owner"));
    QStringList list;
    while (Sql::next(query))
        list.append(query.value(0).toString());
    return list;
}

QString IssueRepository::issueColumnList() const
{
    QString columns = QLatin1String(issueColumns);
    if (hasArchiveColumn())
        columns += QStringLiteral(", archived_at");
    if (hasDecisionRuleColumns())
        columns += QStringLiteral(", decision_rule, decision_rule_source");
    return columns;
}

int IssueRepository::schemaVersion() const
{
    const QString key = m_store.database().connectionName() + QLatin1Char('|') + m_store.path();
    if (key != m_schemaCheckedFor) {
        m_schemaVersion = m_store.schemaVersion();
        m_schemaCheckedFor = key;
    }
    return m_schemaVersion;
}

bool IssueRepository::hasArchiveColumn() const
{
    return schemaVersion() >= 6;
}

bool IssueRepository::hasDecisionRuleColumns() const
{
    return schemaVersion() >= 9;
}

QString IssueRepository::suggestCode(const QString &category) const
{
    const QSqlDatabase db = m_store.database();
    QStringList categoryCodes;
    QSqlQuery query =
        Sql::exec(db, QStringLiteral("SELECT code FROM issue WHERE category = ?"), {category});
    while (Sql::next(query))
        categoryCodes.append(query.value(0).toString());
    const IssueCode::Pattern pattern = IssueCode::patternFor(categoryCodes, category);
    // LIKE ignores ASCII case, as codes do; the prefix holds letters only.
    QStringList sameprefix;
    QSqlQuery prefixed = Sql::exec(
        db, QStringLiteral("SELECT code FROM issue WHERE code %1 ?").arg(Sql::likeOperator(db)),
        {pattern.prefix + QLatin1Char('%')});
    while (Sql::next(prefixed))
        sameprefix.append(prefixed.value(0).toString());
    int number = IssueCode::nextNumber(pattern, sameprefix);
    // Another separator or width may already hold the number (RE04 beside RE-04).
    while (byCode(IssueCode::format(pattern, number)))
        ++number;
    return IssueCode::format(pattern, number);
}

std::optional<Issue> IssueRepository::duplicateOf(qint64 id) const
{
    std::optional<Issue> copy = byId(id);
    if (!copy)
        return std::nullopt;
    copy->id = 0;
    copy->version = 1;
    copy->archivedAt = QDateTime();
    copy->code = suggestCode(copy->category);
    const QString title =
        QCoreApplication::translate("IssueRepository", "%1 (copy)").arg(copy->title);
    if (title.size() <= FieldLimits::Title)
        copy->title = title;
    return copy;
}

bool IssueRepository::hasHistoryBeyondCreation(qint64 id) const
{
    return Sql::scalar(m_store.database(),
                       QStringLiteral("SELECT COUNT(*) FROM status_change WHERE issue_id = ?"),
                       {id})
               .toInt() > 1;
}

QList<int> IssueRepository::setArchived(const QList<IssueVersion> &issues, bool archived)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    QStringList stale;
    for (const IssueVersion &seen : issues) {
        const std::optional<Issue> issue = byIdForUpdate(seen.issueId);
        if (!issue)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate(
                    "IssueRepository", "Some of the issues no longer exist; nothing was changed."));
        if (issue->version != seen.expectedVersion)
            stale.append(issue->code);
    }
    if (!stale.isEmpty())
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "IssueRepository",
                "Someone else changed %1 since you selected them; nothing was changed.")
                .arg(joinedCodes(stale)));
    const QString now = Sql::now();
    QList<int> versions;
    for (const IssueVersion &seen : issues) {
        Sql::exec(db,
                  QStringLiteral("UPDATE issue SET archived_at = ?, version = version + 1, "
                                 "updated_at = ? WHERE id = ? AND version = ?"),
                  {archived ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)), now,
                   seen.issueId, seen.expectedVersion});
        versions.append(seen.expectedVersion + 1);
    }
    transaction.commit();
    if (issues.size() > maxSignalsPerEdit) {
        m_store.notifyReset();
    } else {
        for (const IssueVersion &seen : issues)
            m_store.notifyIssueChanged(seen.issueId);
    }
    return versions;
}

// Why a delete may remove history: an issue whose only entry is its creation has
// nothing on record but its own existence (a mistaken New Issue, or the undo of
// one). Schema 8 lets exactly that entry go with its issue and keeps refusing a
// delete of any entry whose issue exists, so the history of every issue there is
// stays append-only; anything with more history is archived instead.
IssueRepository::DeletedIssue IssueRepository::remove(qint64 id, int expectedVersion)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<Issue> current = byIdForUpdate(id);
    if (!current)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("IssueRepository", "The issue no longer exists."));
    if (current->version != expectedVersion)
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "IssueRepository",
                "Someone else changed issue %1 since you opened it; it was not deleted.")
                .arg(current->code));
    if (hasHistoryBeyondCreation(id))
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "IssueRepository",
                             "%1 has a status history beyond its creation, which is kept for "
                             "good; archive it instead of deleting it.")
                             .arg(current->code));
    DeletedIssue deleted;
    deleted.issue = *current;
    deleted.issueRow = rowsOf(db, QStringLiteral("SELECT * FROM issue WHERE id = ?"), {id});
    deleted.history =
        rowsOf(db, QStringLiteral("SELECT * FROM status_change WHERE issue_id = ?"), {id});
    deleted.positions =
        rowsOf(db, QStringLiteral("SELECT * FROM position WHERE issue_id = ? ORDER BY id"), {id});
    deleted.links = rowsOf(
        db,
        QStringLiteral("SELECT * FROM issue_link WHERE from_issue = ? OR to_issue = ? ORDER BY id"),
        {id, id});
    Sql::exec(db, QStringLiteral("DELETE FROM issue WHERE id = ?"), {id});
    transaction.commit();
    notifyRemovedOrRestored(deleted);
    return deleted;
}

void IssueRepository::restore(const DeletedIssue &deleted)
{
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    if (byId(deleted.issue.id))
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "IssueRepository",
                             "%1 cannot be put back: another issue took its place in the file.")
                             .arg(deleted.issue.code));
    if (const std::optional<Issue> sameCode = byCode(deleted.issue.code))
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("IssueRepository",
                                        "%1 cannot be put back: another issue has that code now.")
                .arg(sameCode->code));
    // The issue first, so the history's per-group sums see its status and category.
    insertRows(db, QStringLiteral("issue"), deleted.issueRow);
    DeletedIssue::Rows history = deleted.history;
    const qsizetype idColumn = history.columns.indexOf(QStringLiteral("id"));
    for (QVariantList &row : history.rows) {
        const bool taken =
            Sql::scalar(db,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM status_change WHERE id = ?)"),
                        {row.at(idColumn)})
                .toBool();
        if (taken)
            row[idColumn] = QVariant(QMetaType(QMetaType::LongLong));
    }
    insertRows(db, QStringLiteral("status_change"), history);
    insertRows(db, QStringLiteral("position"), deleted.positions);
    insertRows(db, QStringLiteral("issue_link"), deleted.links);
    transaction.commit();
    notifyRemovedOrRestored(deleted);
}

void IssueRepository::notifyRemovedOrRestored(const DeletedIssue &deleted)
{
    m_store.notifyIssueChanged(deleted.issue.id);
    if (!deleted.positions.rows.isEmpty())
        m_store.notifyPositionsChanged(deleted.issue.id);
    if (!deleted.links.rows.isEmpty()) {
        const qsizetype from = deleted.links.columns.indexOf(QStringLiteral("from_issue"));
        const qsizetype to = deleted.links.columns.indexOf(QStringLiteral("to_issue"));
        for (const QVariantList &row : deleted.links.rows) {
            m_store.notifyLinksChanged(row.at(from).toLongLong());
            m_store.notifyLinksChanged(row.at(to).toLongLong());
        }
    }
}

bool IssueRepository::sameContent(const Issue &a, const Issue &b)
{
    if (a.code != b.code || a.isArchived() != b.isArchived())
        return false;
    for (IssueField field :
         {IssueField::Title, IssueField::Category, IssueField::Status, IssueField::Priority,
          IssueField::Owner, IssueField::DueDate, IssueField::EuObjective, IssueField::LinesToTake,
          IssueField::DefensiveLines, IssueField::Background, IssueField::ScaleLow,
          IssueField::ScaleHigh, IssueField::Source, IssueField::Likelihood, IssueField::InPack,
          IssueField::DecisionRule, IssueField::DecisionRuleSource}) {
        if (valueOf(a, field) != valueOf(b, field))
            return false;
    }
    return true;
}

qint64 IssueRepository::insert(Issue &issue, const QString &reason)
{
    StatusChange created;
    created.to = issue.status;
    created.changedBy = m_store.userName();
    created.reason =
        reason.isEmpty() ? QCoreApplication::translate("IssueRepository", "Created") : reason;
    return insert(issue, QList<StatusChange>{created});
}

qint64 IssueRepository::insert(Issue &issue, const QList<StatusChange> &history)
{
    // Trimmed before the duplicate check, which would otherwise miss " RE-01".
    issue.code = issue.code.trimmed();
    if (issue.code.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("IssueRepository", "An issue needs a code."));
    if (issue.title.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("IssueRepository", "Issue %1 needs a title.")
                             .arg(issue.code));
    checkLengths(issue);
    for (const StatusChange &change : history)
        checkLengths(change.changedBy, change.reason);
    if (history.isEmpty() || history.first().from || history.last().to != issue.status)
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate(
                             "IssueRepository",
                             "The history of issue %1 must start with its first status and end "
                             "with its current one.")
                             .arg(issue.code.trimmed()));
    for (const StatusChange &change : history)
        checkStatusChange(issue.code,
                          change.changedBy.isEmpty() ? m_store.userName() : change.changedBy,
                          change.reason);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    // Codes are one regardless of case: re-01 is refused beside RE-01.
    if (const std::optional<Issue> existing = byCode(issue.code))
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("IssueRepository", "An issue with code %1 already exists.")
                .arg(existing->code));
    const QString now = Sql::now();
    // A file still at an older schema (a test's, a copy's source) has no rule columns.
    const bool withRule = hasDecisionRuleColumns();
    QVariantList values{issue.code.trimmed()};
    values << editableValues(issue, withRule);
    values << 1 << now << now; // the first version
    issue.id = Sql::insert(
        db,
        QStringLiteral(
            "INSERT INTO issue (code, title, category, status, priority, owner, due_date, "
            "eu_objective, lines_to_take, defensive_lines, background, scale_low, "
            "scale_high, source, illustrative, likelihood, in_pack, %1version, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %2?, ?, ?)")
            .arg(withRule ? QStringLiteral("decision_rule, decision_rule_source, ") : QString(),
                 withRule ? QStringLiteral("?, ?, ") : QString()),
        values);

    issue.version = 1;
    issue.createdAt = issue.updatedAt = Sql::toDateTime(now);
    for (const StatusChange &change : history) {
        Sql::exec(db,
                  QStringLiteral("INSERT INTO status_change (issue_id, from_status, to_status, "
                                 "changed_at, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                  {issue.id,
                   change.from ? QVariant(int(*change.from)) : QVariant(QMetaType(QMetaType::Int)),
                   int(change.to), change.changedAt.isValid() ? Sql::toText(change.changedAt) : now,
                   change.changedBy.isEmpty() ? m_store.userName() : change.changedBy,
                   change.reason});
    }
    transaction.commit();
    m_store.notifyIssueChanged(issue.id);
    return issue.id;
}

int IssueRepository::setField(qint64 id, IssueField field, const QVariant &value,
                              int expectedVersion)
{
    if (field == IssueField::Status)
        return changeStatus(id, Status(value.toInt()), expectedVersion, QString());
    validate(field, value);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    // The column name comes from our own enum, never from user text.
    QSqlQuery query = Sql::exec(db,
                                QStringLiteral("UPDATE issue SET %1 = ?, version = version + 1, "
                                               "updated_at = ? WHERE id = ? AND version = ?")
                                    .arg(columnOf(field)),
                                {storedValue(field, value), Sql::now(), id, expectedVersion});
    if (query.numRowsAffected() != 1) {
        const std::optional<Issue> current = byId(id);
        if (!current)
            throw StoreError(
                StoreError::Kind::NotFound,
                QCoreApplication::translate("IssueRepository", "The issue no longer exists."));
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "IssueRepository",
                "Someone else changed this issue since you opened it; your change was not saved."))
            .withCurrent(valueOf(*current, field), current->version);
    }
    transaction.commit();
    m_store.notifyIssueChanged(id);
    return expectedVersion + 1;
}

int IssueRepository::changeStatus(qint64 id, Status to, int expectedVersion, const QString &reason)
{
    checkLengths(QString(), reason);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<Issue> current = byIdForUpdate(id);
    if (!current)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("IssueRepository", "The issue no longer exists."));
    if (current->version != expectedVersion)
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "IssueRepository",
                "Someone else changed issue %1 since you opened it; the status was not changed.")
                .arg(current->code))
            .withCurrent(int(current->status), current->version);
    checkStatusChange(current->code, m_store.userName(), reason);
    const QString now = Sql::now();
    const QSqlQuery updated =
        Sql::exec(db,
                  QStringLiteral("UPDATE issue SET status = ?, version = version + 1, "
                                 "updated_at = ? WHERE id = ? AND version = ?"),
                  {int(to), now, id, expectedVersion});
    // On PostgreSQL (READ COMMITTED) a colleague's change can commit between the
    // read above and this UPDATE, which then waits for it and matches nothing:
    // the history entry would start from a status the issue no longer has.
    if (updated.numRowsAffected() != 1) {
        StoreError conflict(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "IssueRepository",
                "Someone else changed issue %1 since you opened it; the status was not changed.")
                .arg(current->code));
        if (const std::optional<Issue> colleagues = byId(id))
            conflict.withCurrent(int(colleagues->status), colleagues->version);
        throw conflict;
    }
    // The history is permanent: it records changes, never "Open → Open".
    if (current->status != to)
        Sql::exec(db,
                  QStringLiteral("INSERT INTO status_change (issue_id, from_status, to_status, "
                                 "changed_at, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, int(current->status), int(to), now, m_store.userName(), reason});
    transaction.commit();
    m_store.notifyIssueChanged(id);
    return expectedVersion + 1;
}

QList<int> IssueRepository::setFieldMany(IssueField field, const QList<FieldChange> &changes,
                                         const QString &reason)
{
    for (const FieldChange &change : changes)
        validate(field, change.value);
    checkLengths(QString(), reason);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    QList<Issue> current;
    QStringList stale;
    QStringList missing;
    for (const FieldChange &change : changes) {
        const std::optional<Issue> issue = byIdForUpdate(change.issueId);
        if (!issue) {
            missing.append(QString::number(change.issueId));
            continue;
        }
        if (issue->version != change.expectedVersion)
            stale.append(issue->code);
        if (field == IssueField::Status)
            checkStatusChange(issue->code, m_store.userName(), reason);
        current.append(*issue);
    }
    if (!missing.isEmpty())
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate(
                             "IssueRepository",
                             "Some of the selected issues no longer exist; nothing was changed."));
    if (!stale.isEmpty())
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "IssueRepository",
                "Someone else changed %1 since you selected them; nothing was changed.")
                .arg(joinedCodes(stale)));

    const QString now = Sql::now();
    QList<int> versions;
    for (int i = 0; i < changes.size(); ++i) {
        const FieldChange &change = changes.at(i);
        const Issue &issue = current.at(i);
        const QSqlQuery updated = Sql::exec(
            db,
            QStringLiteral("UPDATE issue SET %1 = ?, version = version + 1, updated_at = ? "
                           "WHERE id = ? AND version = ?")
                .arg(columnOf(field)),
            {storedValue(field, change.value), now, change.issueId, change.expectedVersion});
        // A colleague's commit since the read (see changeStatus).
        if (updated.numRowsAffected() != 1)
            throw StoreError(StoreError::Kind::Conflict,
                             QCoreApplication::translate(
                                 "IssueRepository",
                                 "Someone else changed %1 since you selected them; nothing was "
                                 "changed.")
                                 .arg(issue.code));
        if (field == IssueField::Status && int(issue.status) != change.value.toInt())
            Sql::exec(db,
                      QStringLiteral("INSERT INTO status_change (issue_id, from_status, "
                                     "to_status, changed_at, changed_by, reason) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"),
                      {change.issueId, int(issue.status), change.value.toInt(), now,
                       m_store.userName(), reason});
        versions.append(change.expectedVersion + 1);
    }
    transaction.commit();
    // Beyond a screenful of rows, one reload is cheaper than a signal per issue.
    if (changes.size() > maxSignalsPerEdit) {
        m_store.notifyReset();
    } else {
        for (const FieldChange &change : changes)
            m_store.notifyIssueChanged(change.issueId);
    }
    return versions;
}

int IssueRepository::update(const Issue &issue, const QString &reason)
{
    if (issue.title.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("IssueRepository", "Issue %1 needs a title.")
                             .arg(issue.code));
    checkLengths(issue);
    checkLengths(QString(), reason);
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const std::optional<Issue> current = byIdForUpdate(issue.id);
    if (!current)
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("IssueRepository", "The issue no longer exists."));
    if (current->version != issue.version)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "IssueRepository",
                             "Someone else changed issue %1 since you opened it; your change was "
                             "not saved.")
                             .arg(current->code));
    if (current->status != issue.status)
        checkStatusChange(current->code, m_store.userName(), reason);
    const QString now = Sql::now();
    const bool withRule = hasDecisionRuleColumns();
    QVariantList values = editableValues(issue, withRule);
    values << now << issue.id << issue.version;
    const QSqlQuery updated = Sql::exec(
        db,
        QStringLiteral(
            "UPDATE issue SET title = ?, category = ?, status = ?, priority = ?, owner = ?, "
            "due_date = ?, eu_objective = ?, lines_to_take = ?, defensive_lines = ?, "
            "background = ?, scale_low = ?, scale_high = ?, source = ?, illustrative = ?, "
            "likelihood = ?, in_pack = ?, %1version = version + 1, updated_at = ? "
            "WHERE id = ? AND version = ?")
            .arg(withRule ? QStringLiteral("decision_rule = ?, decision_rule_source = ?, ")
                          : QString()),
        values);
    // A colleague's commit since the read (see changeStatus).
    if (updated.numRowsAffected() != 1)
        throw StoreError(StoreError::Kind::Conflict,
                         QCoreApplication::translate(
                             "IssueRepository",
                             "Someone else changed issue %1 since you opened it; your change was "
                             "not saved.")
                             .arg(current->code));
    // A status is never changed without its line in the history.
    if (current->status != issue.status)
        Sql::exec(
            db,
            QStringLiteral("INSERT INTO status_change (issue_id, from_status, to_status, "
                           "changed_at, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?)"),
            {issue.id, int(current->status), int(issue.status), now, m_store.userName(), reason});
    transaction.commit();
    m_store.notifyIssueChanged(issue.id);
    return issue.version + 1;
}

QString IssueRepository::columnOf(IssueField field)
{
    switch (field) {
    case IssueField::Title:
        return QStringLiteral("title");
    case IssueField::Category:
        return QStringLiteral("category");
    case IssueField::Status:
        return QStringLiteral("status");
    case IssueField::Priority:
        return QStringLiteral("priority");
    case IssueField::Owner:
        return QStringLiteral("owner");
    case IssueField::DueDate:
        return QStringLiteral("due_date");
    case IssueField::EuObjective:
        return QStringLiteral("eu_objective");
    case IssueField::LinesToTake:
        return QStringLiteral("lines_to_take");
    case IssueField::DefensiveLines:
        return QStringLiteral("defensive_lines");
    case IssueField::Background:
        return QStringLiteral("background");
    case IssueField::ScaleLow:
        return QStringLiteral("scale_low");
    case IssueField::ScaleHigh:
        return QStringLiteral("scale_high");
    case IssueField::Source:
        return QStringLiteral("source");
    case IssueField::Likelihood:
        return QStringLiteral("likelihood");
    case IssueField::InPack:
        return QStringLiteral("in_pack");
    case IssueField::DecisionRule:
        return QStringLiteral("decision_rule");
    case IssueField::DecisionRuleSource:
        return QStringLiteral("decision_rule_source");
    }
    return {};
}

qsizetype IssueRepository::lengthLimit(IssueField field)
{
    switch (field) {
    case IssueField::Title:
        return FieldLimits::Title;
    case IssueField::Category:
    case IssueField::Owner:
    case IssueField::ScaleLow:
    case IssueField::ScaleHigh:
        return FieldLimits::ShortText;
    case IssueField::EuObjective:
    case IssueField::LinesToTake:
    case IssueField::DefensiveLines:
    case IssueField::Background:
    case IssueField::Source:
    case IssueField::DecisionRuleSource:
        return FieldLimits::LongText;
    case IssueField::Status:
    case IssueField::Priority:
    case IssueField::DueDate:
    case IssueField::Likelihood:
    case IssueField::InPack:
    case IssueField::DecisionRule:
        break;
    }
    return 0;
}

QVariant IssueRepository::normalized(IssueField field, const QVariant &value)
{
    switch (field) {
    case IssueField::Status:
    case IssueField::Priority:
        return value.toInt();
    case IssueField::DueDate:
        if (value.metaType().id() == QMetaType::QDate)
            return value.toDate();
        return QDate::fromString(value.toString(), Qt::ISODate);
    case IssueField::InPack:
        return value.toBool();
    default:
        return value.toString();
    }
}

QVariant IssueRepository::valueOf(const Issue &issue, IssueField field)
{
    switch (field) {
    case IssueField::Title:
        return issue.title;
    case IssueField::Category:
        return issue.category;
    case IssueField::Status:
        return int(issue.status);
    case IssueField::Priority:
        return int(issue.priority);
    case IssueField::Owner:
        return issue.owner;
    case IssueField::DueDate:
        return issue.dueDate;
    case IssueField::EuObjective:
        return issue.euObjective;
    case IssueField::LinesToTake:
        return issue.linesToTake;
    case IssueField::DefensiveLines:
        return issue.defensiveLines;
    case IssueField::Background:
        return issue.background;
    case IssueField::ScaleLow:
        return issue.scaleLow;
    case IssueField::ScaleHigh:
        return issue.scaleHigh;
    case IssueField::Source:
        return issue.source;
    case IssueField::Likelihood:
        return LikelihoodText::key(issue.likelihood);
    case IssueField::InPack:
        return issue.inPack;
    case IssueField::DecisionRule:
        return DecisionRuleText::key(issue.decisionRule);
    case IssueField::DecisionRuleSource:
        return issue.decisionRuleSource;
    }
    return {};
}
