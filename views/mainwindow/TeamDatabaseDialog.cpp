#include "TeamDatabaseDialog.h"

#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// PostgreSQL's identifiers (database and role names) are at most 63 bytes; host
// names at most 253 characters.
constexpr int identifierMaxLength = 63;
constexpr int hostMaxLength = 253;

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    setWindowTitle(tr("Connect to Team Database"));

    auto *intro = new QLabel(
        tr("A summit the whole delegation shares, kept on the team's PostgreSQL server."), this);
    intro->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("teamDatabaseMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_message->hide();

    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setMaxLength(hostMaxLength);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_port->setRange(1, 65535);
    m_port->setValue(StoreLocation::defaultPort);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setMaxLength(identifierMaxLength);
    m_database->setPlaceholderText(tr("e.g. eu_china_summit"));
    m_user = new QLineEdit(Store::accountName(), this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setMaxLength(identifierMaxLength);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional"));

    auto *note = new QLabel(
        tr("Leave the password empty to use PGPASSWORD or your ~/.pgpass file; you are asked "
           "for it if the server wants one. A password is kept only while the app runs and is "
           "never saved."),
        this);
    note->setObjectName(QStringLiteral("passwordNote"));
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamDatabaseDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_database->setFocus();
}

StoreLocation TeamDatabaseDialog::location() const
{
    return StoreLocation::teamDatabase(m_host->text(), m_port->value(), m_database->text(),
                                       m_user->text());
}

QString TeamDatabaseDialog::password() const
{
    return m_password->text();
}

void TeamDatabaseDialog::setLocation(const StoreLocation &location)
{
    if (!location.isPostgreSQL())
        return;
    m_host->setText(location.host());
    m_port->setValue(location.port());
    m_database->setText(location.database());
    m_user->setText(location.user());
    m_password->setFocus();
}

void TeamDatabaseDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString TeamDatabaseDialog::message() const
{
    return m_message->text();
}

void TeamDatabaseDialog::accept()
{
    const StoreLocation chosen = location();
    if (!chosen.isValid()) {
        setMessage(tr("Cannot connect: %1.").arg(chosen.error()));
        m_database->setFocus();
        return;
    }
    QDialog::accept();
}
