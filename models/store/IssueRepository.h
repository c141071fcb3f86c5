#pragma once

#include "domain/Issue.h"
#include "domain/StatusChange.h"

#include <QList>
#include <QVariant>

#include <optional>

class Store;

class IssueRepository
{
public:
    explicit IssueRepository(Store &store) : m_store(store) {}

    QList<Issue> all() const; // ordered by code
    std::optional<Issue> byId(qint64 id) const;
    std::optional<Issue> byCode(const QString &code) const;
    qint64 count() const;
    QStringList categories() const;
    QStringList owners() const;

    // The code a new issue of `category` gets: the prefix its issues use and the
    // number after the highest one with that prefix (RE-04 after RE-03; gaps are
    // not filled), free regardless of case. See IssueCode.
    QString suggestCode(const QString &category) const;
    // A copy of the issue to insert as a new one: its fields, a suggested code
    // and "(copy)" after the title; live, at the original's status.
    std::optional<Issue> duplicateOf(qint64 id) const;
    // True when the history holds more than the issue's creation entry: such an
    // issue can be archived but not deleted.
    bool hasHistoryBeyondCreation(qint64 id) const;

    // Inserts the issue and its first history entry; sets issue.id and version.
    qint64 insert(Issue &issue, const QString &reason = QString());
    // Inserts the issue with a history carried over from a file: it must start
    // with no "from" and end at issue.status. Empty when/who mean now/userName().
    qint64 insert(Issue &issue, const QList<StatusChange> &history);

    // Whole-row update (code, id and timestamps excepted) if the row is still at
    // issue.version; a changed status is added to the history with `reason`.
    int update(const Issue &issue, const QString &reason);

    // Sets one field if the row is still at expectedVersion; returns the new
    // version. Throws StoreError::Conflict when a colleague changed it first.
    // A Status change goes through changeStatus() so history is written.
    int setField(qint64 id, IssueField field, const QVariant &value, int expectedVersion);

    // Changes the status and appends (from, to, who, when, why) to the history.
    int changeStatus(qint64 id, Status to, int expectedVersion, const QString &reason);

    struct FieldChange
    {
        qint64 issueId = 0;
        int expectedVersion = 0;
        QVariant value;
    };
    // Sets one field on many issues, all or nothing: one stale version refuses
    // the whole edit with a Conflict naming every stale issue's code. A Status
    // change writes one history entry per issue with `reason`. Returns the new
    // versions in the order of `changes`.
    QList<int> setFieldMany(IssueField field, const QList<FieldChange> &changes,
                            const QString &reason = QString());
    // Above this many issues an edit announces Store::reset instead of one
    // issueChanged per issue.
    static constexpr int maxSignalsPerEdit = 32;

    struct IssueVersion
    {
        qint64 issueId = 0;
        int expectedVersion = 0;
    };
    // Archives (sets archived_at to now) or restores (clears it) every issue, all
    // or nothing: one stale version refuses the whole change with a Conflict
    // naming the stale codes. Returns the new versions in the order given.
    QList<int> setArchived(const QList<IssueVersion> &issues, bool archived);

    // The rows a delete took away, exactly as stored, so restore() puts back the
    // same issue (id, code, timestamps, version), its creation entry, its
    // positions and its links.
    struct DeletedIssue
    {
        Issue issue;
        struct Rows
        {
            QStringList columns;
            QList<QVariantList> rows;
        };
        Rows issueRow;
        Rows history;
        Rows positions;
        Rows links;
    };
    // Deletes an issue whose history holds only its creation, if the row is
    // still at expectedVersion. Its positions and links go with it (foreign
    // keys), and its creation entry too (schema 8): an issue that never changed
    // leaves nothing behind, not even in the dashboard's per-day sums. Throws
    // StoreError: Invalid for an issue with a history (archive it instead),
    // Conflict, NotFound.
    DeletedIssue remove(qint64 id, int expectedVersion);
    // Puts back what remove() took. The creation entry keeps its id unless a
    // later entry took it (then it gets a new one; ids only order the history).
    // Throws StoreError when the id or the code is taken meanwhile.
    void restore(const DeletedIssue &deleted);

    // Whether the two hold the same code, fields and archived state (ids,
    // versions and timestamps aside): undo and redo act only on an issue still
    // as the command left it.
    static bool sameContent(const Issue &a, const Issue &b);

    static QString columnOf(IssueField field);
    // How many characters a text field may hold (FieldLimits); 0 for the others.
    // insert(), update() and the setters refuse longer text with a StoreError.
    static qsizetype lengthLimit(IssueField field);
    static QVariant valueOf(const Issue &issue, IssueField field);
    // `value` in the type valueOf() returns for the field, so a value held by a
    // command compares exactly with what the store holds.
    static QVariant normalized(IssueField field, const QVariant &value);

private:
    // byId() for a write's version check: locks the row on PostgreSQL.
    std::optional<Issue> byIdForUpdate(qint64 id) const;
    QString issueColumnList() const;
    bool hasArchiveColumn() const;
    bool hasDecisionRuleColumns() const;
    // The open file's schema version, read once per connection and file.
    int schemaVersion() const;
    void notifyRemovedOrRestored(const DeletedIssue &deleted);

    Store &m_store;
    // The open file's schema: issue.archived_at came with version 6, the decision
    // rule with 9; an older file is still read by the commands that never upgrade it.
    mutable QString m_schemaCheckedFor;
    mutable int m_schemaVersion = 0;
};
