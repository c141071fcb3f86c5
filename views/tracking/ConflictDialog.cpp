#include "ConflictDialog.h"

#include "MainWindow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
ConflictDialog::Script s_script;

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ConflictDialog::ConflictDialog(const QString &what, const QString &theirs, const QString &mine,
                               QWidget *parent)
    : QDialog(parent), m_theirs(theirs), m_mine(mine)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("A colleague changed this"));
    auto *intro = new QLabel(
        tr("A colleague saved %1 after you opened it. Which value should stay?").arg(what), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Colleague's value:"), valueLabel(theirs, this));
    form->addRow(tr("Your value:"), valueLabel(mine, this));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep theirs"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton *use = buttons->addButton(tr("Use mine"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("useMineButton"));
    keep->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const QString &what,
                                           const QString &theirs, const QString &mine)
{
    ConflictDialog dialog(what, theirs, mine, parent);
    if (s_script)
        return s_script(dialog);
    // Never overwrite a colleague's work unasked.
    if (MainWindow::isQuietForTesting())
        return KeepTheirs;
    return dialog.exec() == QDialog::Accepted ? UseMine : KeepTheirs;
}

void ConflictDialog::setScriptForTesting(Script script)
{
    s_script = std::move(script);
}
