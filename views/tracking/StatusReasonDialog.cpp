#include "StatusReasonDialog.h"

#include "MainWindow.h"
#include "UserNameDialog.h"
#include "domain/FieldLimits.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
StatusReasonDialog::Script s_script;

// Beyond this many issues the list names the first ones and counts the rest.
constexpr qsizetype ListedChanges = 5;
} // namespace

StatusReasonDialog::StatusReasonDialog(const QString &issueCode, Status from, Status to,
                                       const QString &who, QWidget *parent)
    : StatusReasonDialog(QList<Change>{{issueCode, from}}, to, who, parent)
{
}

StatusReasonDialog::StatusReasonDialog(const QList<Change> &changes, Status to, const QString &who,
                                       QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_change(new QLabel(this)),
      m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("statusReasonDialog"));
    if (changes.size() == 1)
        setWindowTitle(tr("Change status of %1").arg(changes.first().code));
    else
        setWindowTitle(tr("Change status of %n issue(s)", nullptr, int(changes.size())));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why, in a line (kept in the history)"));
    m_reason->setMinimumWidth(360);
    m_reason->setMaxLength(int(FieldLimits::LongText));

    // One issue: "Open → Raised". Several: each issue's own current status.
    QString text;
    if (changes.size() == 1) {
        text = tr("%1 → %2").arg(StatusText::label(changes.first().from), StatusText::label(to));
    } else {
        QStringList parts;
        for (qsizetype i = 0; i < changes.size() && i < ListedChanges; ++i) {
            const Change &change = changes.at(i);
            parts.append(
                change.from == to
                    ? tr("%1: already %2").arg(change.code, StatusText::label(to))
                    : tr("%1: %2 → %3")
                          .arg(change.code, StatusText::label(change.from), StatusText::label(to)));
        }
        text = parts.join(QStringLiteral("; "));
        if (changes.size() > ListedChanges)
            text = tr("%1; and %n more", nullptr, int(changes.size() - ListedChanges)).arg(text);
    }
    m_change->setText(text);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_change->setTextFormat(Qt::PlainText);
    m_change->setWordWrap(true);
    auto *whoLabel = new QLabel(who, this);
    whoLabel->setObjectName(QStringLiteral("whoLabel"));
    whoLabel->setTextFormat(Qt::PlainText);
    m_hint->setObjectName(QStringLiteral("reasonHint"));
    m_hint->setText(tr("A reason is needed: the history keeps it with the change."));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(changes.size() == 1 ? tr("Status:")
                                     : tr("%n issue(s):", nullptr, int(changes.size())),
                 m_change);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_hint);
    form->addRow(tr("Recorded as:"), whoLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &StatusReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &StatusReasonDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

QString StatusReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString StatusReasonDialog::changeText() const
{
    return m_change->text();
}

QString StatusReasonDialog::hintText() const
{
    return m_hint->text();
}

void StatusReasonDialog::updateOk()
{
    m_ok->setEnabled(!reason().isEmpty());
}

void StatusReasonDialog::accept()
{
    if (reason().isEmpty())
        return;
    QDialog::accept();
}

std::optional<QString> StatusReasonDialog::ask(QWidget *parent, const QString &issueCode,
                                               Status from, Status to, Store &store)
{
    return ask(parent, QList<Change>{{issueCode, from}}, to, store);
}

std::optional<QString> StatusReasonDialog::ask(QWidget *parent, const QList<Change> &changes,
                                               Status to, Store &store)
{
    if (!UserNameDialog::ensure(parent, store))
        return std::nullopt;
    StatusReasonDialog dialog(changes, to, store.userName(), parent);
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
