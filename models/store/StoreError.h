#pragma once

#include <QString>

#include <stdexcept>

// Thrown by the store and its repositories; caught at the edge (GUI or CLI), which
// shows message() as it is. By then the transaction that failed has rolled back.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        NotADatabase, // the file is not SQLite, is truncated or is corrupt
        NewerVersion, // written by a newer Summit Brief
        CannotOpen,   // missing, unreadable, unwritable
        Conflict,     // a colleague changed the row since it was read
        NotFound,
        Invalid,    // a value the schema refuses
        Io,         // disk full, backup failed
        Sql         // anything else the driver reports
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};
