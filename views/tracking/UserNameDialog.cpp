#include "UserNameDialog.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "domain/FieldLimits.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
UserNameDialog::Script s_script;
}

UserNameDialog::UserNameDialog(QWidget *parent) : QDialog(parent), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userNameDialog"));
    setWindowTitle(tr("Your Name"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(int(FieldLimits::ShortText));
    m_name->setMinimumWidth(300);
    auto *intro = new QLabel(tr("Each status change records who made it. Your name is asked "
                                "once and kept; Edit > Your Name changes it."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserNameDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] { m_ok->setEnabled(!name().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString UserNameDialog::name() const
{
    return m_name->text().trimmed();
}

void UserNameDialog::accept()
{
    if (name().isEmpty())
        return;
    QDialog::accept();
}

bool UserNameDialog::ensure(QWidget *parent, Store &store)
{
    // The store always has a name to fall back on (the home folder's); the user's
    // own comes from USER or from AppSettings, and is asked when neither has one.
    if (!AppSettings().userName().isEmpty())
        return true;
    UserNameDialog dialog(parent);
    std::optional<QString> given;
    if (s_script)
        given = s_script(dialog);
    else if (MainWindow::isQuietForTesting())
        return false; // a test that did not script the question: no modal loop
    else if (dialog.exec() == QDialog::Accepted)
        given = dialog.name();
    if (!given || given->trimmed().isEmpty())
        return false;
    AppSettings settings;
    settings.setUserName(*given);
    store.setUserName(settings.userName());
    return true;
}

void UserNameDialog::setScriptForTesting(Script script)
{
    s_script = std::move(script);
}
