#pragma once

#include "store/StoreLocation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File > Connect to Team Database: where the team's PostgreSQL database is
// (host, port, database, user) and, optionally, the password. An empty password
// leaves it to libpq (PGPASSWORD, ~/.pgpass). The password is only handed to the
// caller, which keeps it in memory; nothing here is saved.
class TeamDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamDatabaseDialog(QWidget *parent = nullptr);

    // What the fields name; isValid() false (with error()) when they name no database.
    StoreLocation location() const;
    QString password() const;
    // Fills the fields from a team database (a recent one, or one that refused).
    void setLocation(const StoreLocation &location);
    // Why the dialog is shown again (the server wants a password, refused it…).
    void setMessage(const QString &message);
    QString message() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

    void accept() override;

private:
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
