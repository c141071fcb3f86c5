#include "StatusReasonDialog.h"

#include "MainWindow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
StatusReasonDialog::Script s_script;
}

StatusReasonDialog::StatusReasonDialog(const QString &issueCode, Status from, Status to,
                                       const QString &who, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("statusReasonDialog"));
    setWindowTitle(tr("Change status of %1").arg(issueCode));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why, in a line (kept in the history)"));
    m_reason->setMinimumWidth(360);

    auto *change =
        new QLabel(tr("%1 → %2").arg(StatusText::label(from), StatusText::label(to)), this);
    change->setObjectName(QStringLiteral("changeLabel"));
    change->setTextFormat(Qt::PlainText);
    auto *whoLabel = new QLabel(who, this);
    whoLabel->setObjectName(QStringLiteral("whoLabel"));
    whoLabel->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), change);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Recorded as:"), whoLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString StatusReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

std::optional<QString> StatusReasonDialog::ask(QWidget *parent, const QString &issueCode,
                                               Status from, Status to, const QString &who)
{
    StatusReasonDialog dialog(issueCode, from, to, who, parent);
    if (s_script)
        return s_script(dialog);
    // Quiet tests that do not script the dialog change the status without a reason.
    if (MainWindow::isQuietForTesting())
        return QString();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void StatusReasonDialog::setScriptForTesting(Script script)
{
    s_script = std::move(script);
}
