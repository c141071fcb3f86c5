#pragma once

#include "domain/Issue.h"

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

    // Sets one field if the row is still at expectedVersion; returns the new
    // version. Throws StoreError::Conflict when a colleague changed it first.
    // A Status change goes through changeStatus() so history is written.
    int setField(qint64 id, IssueField field, const QVariant &value, int expectedVersion);

    // Changes the status and appends (from, to, who, when, why) to the history.
    int changeStatus(qint64 id, Status to, int expectedVersion, const QString &reason);

    static QString columnOf(IssueField field);
    static QVariant valueOf(const Issue &issue, IssueField field);

private:
    Store &m_store;
};
