#include "ConflictDialog.h"

#include "MainWindow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
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

ConflictDialog::ConflictDialog(const QString &field, const QString &what, const QString &theirs,
                               const QString &mine, QWidget *parent)
    : QDialog(parent), m_field(field),
      m_intro(tr("A colleague saved the %1 of %2 after you opened it. Which value should stay?")
                  .arg(field, what)),
      m_theirs(theirs), m_mine(mine)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("A colleague changed this"));
    auto *intro = new QLabel(m_intro, this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Field:"), valueLabel(field, this));
    form->addRow(tr("Colleague's value:"), valueLabel(theirs, this));
    form->addRow(tr("Your value:"), valueLabel(mine, this));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep theirs"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton *use = buttons->addButton(tr("&Use mine"), QDialogButtonBox::AcceptRole);
    use->setObjectName(QStringLiteral("useMineButton"));
    keep->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString ConflictDialog::issueFieldName(IssueField field)
{
    switch (field) {
    case IssueField::Title:
        return tr("Title");
    case IssueField::Category:
        return tr("Category");
    case IssueField::Status:
        return tr("Status");
    case IssueField::Priority:
        return tr("Priority");
    case IssueField::Owner:
        return tr("Owner");
    case IssueField::DueDate:
        return tr("Due date");
    case IssueField::EuObjective:
        return tr("Objective");
    case IssueField::LinesToTake:
        return tr("Lines to take");
    case IssueField::DefensiveLines:
        return tr("Defensive lines");
    case IssueField::Background:
        return tr("Background");
    case IssueField::ScaleLow:
        return tr("Label of position 0");
    case IssueField::ScaleHigh:
        return tr("Label of position 100");
    case IssueField::Source:
        return tr("Source");
    case IssueField::Likelihood:
        return tr("Likelihood");
    case IssueField::InPack:
        return tr("Briefing pack selection");
    case IssueField::DecisionRule:
        return tr("Decided by");
    case IssueField::DecisionRuleSource:
        return tr("Source of the decision rule");
    }
    return {};
}

QString ConflictDialog::positionFieldName(PositionField field)
{
    switch (field) {
    case PositionField::Stance:
        return tr("Stance");
    case PositionField::Position:
        return tr("Position");
    case PositionField::Salience:
        return tr("Salience");
    case PositionField::Clout:
        return tr("Clout");
    case PositionField::Source:
        return tr("Source");
    case PositionField::ConsentNeeded:
        return tr("Consent needed");
    }
    return {};
}

QString ConflictDialog::issueValueText(IssueField field, const QVariant &value)
{
    switch (field) {
    case IssueField::Status:
        if (const std::optional<Status> status = StatusText::fromInt(value.toInt()))
            return StatusText::label(*status);
        break;
    case IssueField::Priority:
        if (const std::optional<Priority> priority = PriorityText::fromInt(value.toInt()))
            return PriorityText::label(*priority);
        break;
    case IssueField::DueDate:
        return value.toDate().isValid() ? QLocale().toString(value.toDate(), QLocale::LongFormat)
                                        : tr("no due date");
    case IssueField::Likelihood:
        if (const std::optional<Likelihood> likelihood = LikelihoodText::fromKey(value.toString()))
            return LikelihoodText::label(*likelihood);
        break;
    case IssueField::InPack:
        return value.toBool() ? tr("in the briefing pack") : tr("left out of the briefing pack");
    case IssueField::DecisionRule:
        if (const std::optional<DecisionRule> rule = DecisionRuleText::fromKey(value.toString()))
            return DecisionRuleText::label(*rule);
        break;
    default:
        break;
    }
    return value.toString();
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const QString &field,
                                           const QString &what, const QString &theirs,
                                           const QString &mine)
{
    ConflictDialog dialog(field, what, theirs, mine, parent);
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
