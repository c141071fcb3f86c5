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

    static QString columnOf(IssueField field);
    // How many characters a text field may hold (FieldLimits); 0 for the others.
    // insert(), update() and the setters refuse longer text with a StoreError.
    static qsizetype lengthLimit(IssueField field);
    static QVariant valueOf(const Issue &issue, IssueField field);
    // `value` in the type valueOf() returns for the field, so a value held by a
    // command compares exactly with what the store holds.
    static QVariant normalized(IssueField field, const QVariant &value);

private:
    Store &m_store;
};
