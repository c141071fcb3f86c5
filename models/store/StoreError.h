#pragma once

#include <QString>
#include <QVariant>

#include <stdexcept>

// Thrown by the store and its repositories; caught at the edge (GUI or CLI), which
// shows message() as it is. By then the transaction that failed has rolled back.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        NotADatabase, // not SQLite, truncated or corrupt; or another program's database
        NewerVersion, // written by a newer Summit Brief
        CannotOpen,   // missing, unreadable, unwritable
        ReadOnly,     // the file or its folder cannot be written, or it was opened to read
        Busy,         // another program holds the file locked
        Conflict,     // a colleague changed the row since it was read
        NotFound,
        Invalid, // a value the schema refuses
        Io,      // disk full, backup failed
        Sql,     // anything else the driver reports
        // A team database (PostgreSQL) only:
        Authentication, // the server wants a password, or refused the one given
        Disconnected,   // the server cannot be reached, or the connection dropped
        Denied          // the server's roles refuse this write (a reader's account)
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

    // For a Conflict on one field: what the store holds now (the colleague's
    // value, in the type IssueRepository::valueOf gives) and the row's version,
    // so the GUI can show "colleague's value / your value". Invalid otherwise.
    QVariant currentValue() const { return m_currentValue; }
    int currentVersion() const { return m_currentVersion; }
    StoreError &withCurrent(const QVariant &value, int version)
    {
        m_currentValue = value;
        m_currentVersion = version;
        return *this;
    }

private:
    Kind m_kind;
    QString m_message;
    QVariant m_currentValue;
    int m_currentVersion = 0;
};
