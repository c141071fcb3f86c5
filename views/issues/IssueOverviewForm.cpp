#include "IssueOverviewForm.h"

#include "NoteEdit.h"

#include "commands/IssueFieldEdit.h"
#include "domain/FieldLimits.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "tracking/ConflictDialog.h"
#include "tracking/StatusReasonDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QFocusEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A field's value as the conflict dialog shows it.
bool sameValue(IssueField field, const QVariant &a, const QVariant &b)
{
    switch (field) {
    case IssueField::Status:
    case IssueField::Priority:
        return a.toInt() == b.toInt();
    case IssueField::DueDate: {
        const QDate x = a.toDate();
        const QDate y = b.toDate();
        return (!x.isValid() && !y.isValid()) || x == y;
    }
    default:
        return a.toString() == b.toString();
    }
}

} // namespace

IssueOverviewForm::IssueOverviewForm(QWidget *parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_status(new QComboBox(this)), m_priority(new QComboBox(this)), m_owner(new QLineEdit(this)),
      m_dueDate(new QDateEdit(this)), m_noDueDate(new QCheckBox(tr("&No due date"), this)),
      m_likelihood(new QComboBox(this)), m_inPack(new QCheckBox(tr("In &briefing pack"), this)),
      m_decisionRule(new QComboBox(this)), m_ruleSource(new QLineEdit(this)),
      m_scaleLow(new QLineEdit(this)), m_scaleHigh(new QLineEdit(this)), m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("issueOverview"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_category->setObjectName(QStringLiteral("categoryEdit"));
    m_status->setObjectName(QStringLiteral("statusEdit"));
    m_priority->setObjectName(QStringLiteral("priorityEdit"));
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_dueDate->setObjectName(QStringLiteral("dueDateEdit"));
    m_dueDate->setAccessibleName(tr("Due date"));
    m_noDueDate->setObjectName(QStringLiteral("noDueDate"));
    m_likelihood->setObjectName(QStringLiteral("likelihoodEdit"));
    m_inPack->setObjectName(QStringLiteral("inPackCheck"));
    for (Likelihood likelihood : LikelihoodText::all())
        m_likelihood->addItem(LikelihoodText::label(likelihood), LikelihoodText::key(likelihood));
    m_likelihood->setToolTip(tr("How likely the issue is to come up at the summit"));
    m_decisionRule->setObjectName(QStringLiteral("decisionRuleEdit"));
    m_decisionRule->setAccessibleName(tr("Decided by"));
    for (DecisionRule rule : DecisionRuleText::all())
        m_decisionRule->addItem(DecisionRuleText::label(rule), DecisionRuleText::key(rule));
    m_decisionRule->setToolTip(
        tr("Weighted majority: the outcome follows the pull of every actor listed (a "
           "multilateral issue). Agreement of named parties: the outcome lies between the "
           "positions of the actors marked \"Consent needed\" in the Positions tab (a party's "
           "own measures, a joint text)."));
    m_ruleSource->setObjectName(QStringLiteral("decisionRuleSourceEdit"));
    m_ruleSource->setAccessibleName(tr("Source of the decision rule"));
    m_ruleSource->setPlaceholderText(tr("Why this rule: a treaty article, a competence"));
    m_ruleSource->setToolTip(tr("Why the issue is decided this way: a treaty article, a "
                                "competence, a sentence of the source"));

    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->lineEdit()->setPlaceholderText(tr("Category"));
    for (Status status : StatusText::all())
        m_status->addItem(StatusText::label(status), int(status));
    const QList<Priority> priorities = PriorityText::all();
    for (auto it = priorities.crbegin(); it != priorities.crend(); ++it)
        m_priority->addItem(PriorityText::label(*it), int(*it));
    m_owner->setPlaceholderText(tr("Desk or person in charge"));
    m_owner->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_scaleLow->setPlaceholderText(tr("What 0 means"));
    m_scaleLow->setAccessibleName(tr("What 0 means"));
    m_scaleHigh->setPlaceholderText(tr("What 100 means"));
    m_scaleHigh->setAccessibleName(tr("What 100 means"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setForegroundRole(QPalette::PlaceholderText);

    // Boxes narrow with the panel: their lists still show every entry whole.
    for (QComboBox *combo : {m_category, m_status, m_priority, m_likelihood, m_decisionRule}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }

    m_fields = new QGridLayout;
    m_fields->setHorizontalSpacing(10);
    m_fields->setVerticalSpacing(6);
    auto *due = new QWidget(this);
    auto *dueLayout = new QHBoxLayout(due);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    dueLayout->addWidget(m_dueDate, 1);
    dueLayout->addWidget(m_noDueDate);
    // In reading order: the wide form pairs them two a row after the title.
    m_fieldRows = {{new QLabel(tr("&Title"), this), m_title},
                   {new QLabel(tr("&Category"), this), m_category},
                   {new QLabel(tr("Stat&us"), this), m_status},
                   {new QLabel(tr("&Owner"), this), m_owner},
                   {new QLabel(tr("&Priority"), this), m_priority},
                   {new QLabel(tr("&Due"), this), due},
                   {new QLabel(tr("&Likelihood"), this), m_likelihood},
                   {new QLabel(tr("Decided b&y"), this), m_decisionRule},
                   {nullptr, m_inPack},
                   {new QLabel(tr("&Grounds"), this), m_ruleSource}};
    // The label names its field for the keyboard (Alt+letter) and for screen readers.
    for (const auto &[label, field] : std::as_const(m_fieldRows)) {
        if (label)
            static_cast<QLabel *>(label)->setBuddy(field == due ? static_cast<QWidget *>(m_dueDate)
                                                                : field);
    }
    arrangeFields();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(m_fields);
    layout->addSpacing(6);

    const QList<QPair<IssueField, QString>> texts = {
        {IssueField::EuObjective, tr("Objective")}, // named after our bloc in reload()
        {IssueField::LinesToTake, tr("Lines to take")},
        {IssueField::DefensiveLines, tr("If raised (defensive lines)")},
        {IssueField::Background, tr("Background")},
    };
    for (const auto &[field, title] : texts) {
        // The counter sits on the title's line, so the form keeps its height.
        auto *heading = new QHBoxLayout;
        QLabel *titleLabel = sectionLabel(title, this);
        if (field == IssueField::EuObjective) {
            m_objectiveTitle = titleLabel;
            m_objectiveTitle->setTextFormat(Qt::PlainText); // the bloc is user text
        }
        heading->addWidget(titleLabel);
        heading->addStretch(1);
        QLabel *counter = nullptr;
        QPlainTextEdit *edit = addTextArea(field, &counter);
        titleLabel->setBuddy(edit);
        heading->addWidget(counter);
        layout->addLayout(heading);
        layout->addWidget(edit, 1);
    }

    layout->addSpacing(4);
    layout->addWidget(sectionLabel(tr("Position scale"), this));
    auto *scale = new QHBoxLayout;
    auto *lowLabel = new QLabel(tr("0 ="), this);
    lowLabel->setBuddy(m_scaleLow);
    scale->addWidget(lowLabel);
    scale->addWidget(m_scaleLow, 1);
    scale->addSpacing(12);
    auto *highLabel = new QLabel(tr("100 ="), this);
    highLabel->setBuddy(m_scaleHigh);
    scale->addWidget(highLabel);
    scale->addWidget(m_scaleHigh, 1);
    layout->addLayout(scale);
    layout->addSpacing(4);
    layout->addWidget(m_source);

    // Typing bounded by FieldLimits: a line edit takes no more than the store keeps.
    m_title->setMaxLength(int(FieldLimits::Title));
    m_owner->setMaxLength(int(FieldLimits::ShortText));
    m_scaleLow->setMaxLength(int(FieldLimits::ShortText));
    m_scaleHigh->setMaxLength(int(FieldLimits::ShortText));
    m_category->lineEdit()->setMaxLength(int(FieldLimits::ShortText));
    m_ruleSource->setMaxLength(int(FieldLimits::LongText));

    // An edit starts at the first keystroke in a line, or when a choice gets the
    // focus: from then on it is measured against what the user saw then.
    const QList<QPair<QLineEdit *, IssueField>> lines = {
        {m_title, IssueField::Title},
        {m_owner, IssueField::Owner},
        {m_scaleLow, IssueField::ScaleLow},
        {m_scaleHigh, IssueField::ScaleHigh},
        {m_ruleSource, IssueField::DecisionRuleSource},
        {m_category->lineEdit(), IssueField::Category}};
    for (const auto &[line, field] : lines) {
        connect(line, &QLineEdit::textEdited, this, [this, f = field] { beginEdit(f); });
        line->installEventFilter(this); // Ctrl+Z on a saved field: see eventFilter
    }
    const QList<QPair<QWidget *, IssueField>> choices = {
        {m_category, IssueField::Category}, {m_status, IssueField::Status},
        {m_priority, IssueField::Priority}, {m_likelihood, IssueField::Likelihood},
        {m_inPack, IssueField::InPack},     {m_dueDate, IssueField::DueDate},
        {m_noDueDate, IssueField::DueDate}, {m_decisionRule, IssueField::DecisionRule}};
    for (const auto &[widget, field] : choices) {
        m_focusFields.insert(widget, field);
        widget->installEventFilter(this);
    }

    connect(m_title, &QLineEdit::editingFinished, this,
            [this] { commit(IssueField::Title, m_title->text().trimmed()); });
    connect(m_owner, &QLineEdit::editingFinished, this,
            [this] { commit(IssueField::Owner, m_owner->text().trimmed()); });
    connect(m_scaleLow, &QLineEdit::editingFinished, this,
            [this] { commit(IssueField::ScaleLow, m_scaleLow->text().trimmed()); });
    connect(m_scaleHigh, &QLineEdit::editingFinished, this,
            [this] { commit(IssueField::ScaleHigh, m_scaleHigh->text().trimmed()); });
    connect(m_category->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commit(IssueField::Category, m_category->currentText().trimmed()); });
    connect(m_category, &QComboBox::activated, this,
            [this](int row) { commit(IssueField::Category, m_category->itemText(row)); });
    connect(m_status, &QComboBox::activated, this,
            [this](int row) { commit(IssueField::Status, m_status->itemData(row)); });
    connect(m_priority, &QComboBox::activated, this,
            [this](int row) { commit(IssueField::Priority, m_priority->itemData(row)); });
    connect(m_likelihood, &QComboBox::activated, this,
            [this](int row) { commit(IssueField::Likelihood, m_likelihood->itemData(row)); });
    connect(m_inPack, &QCheckBox::clicked, this,
            [this](bool checked) { commit(IssueField::InPack, checked); });
    connect(m_decisionRule, &QComboBox::activated, this,
            [this](int row) { commit(IssueField::DecisionRule, m_decisionRule->itemData(row)); });
    connect(m_ruleSource, &QLineEdit::editingFinished, this,
            [this] { commit(IssueField::DecisionRuleSource, m_ruleSource->text().trimmed()); });
    // Typing a date changes it section by section: save when the field is left.
    // A date picked in the calendar popup is final: save it at once.
    connect(m_dueDate, &QDateEdit::editingFinished, this, &IssueOverviewForm::commitDueDate);
    connect(m_dueDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_loading && !m_dueDate->hasFocus())
            commitDueDate();
    });
    connect(m_noDueDate, &QCheckBox::clicked, this, [this](bool none) {
        m_dueDate->setEnabled(!none);
        commit(IssueField::DueDate, none ? QDate() : m_dueDate->date());
    });

    // Tab follows the form as it reads, not the order the fields were made in.
    QList<QWidget *> order = {m_title,        m_category, m_status,    m_owner,
                              m_priority,     m_dueDate,  m_noDueDate, m_likelihood,
                              m_decisionRule, m_inPack,   m_ruleSource};
    for (const auto &text : std::as_const(m_texts))
        order.append(text.second);
    order.append({m_scaleLow, m_scaleHigh});
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    setEnabledFields(false);
}

void IssueOverviewForm::arrangeFields()
{
    // Two pairs a row need about this much; a narrow detail panel gets one.
    const int columns = width() >= 560 ? 2 : 1;
    if (columns == m_fieldColumns)
        return;
    m_fieldColumns = columns;
    for (const auto &[label, field] : std::as_const(m_fieldRows)) {
        if (label)
            m_fields->removeWidget(label);
        m_fields->removeWidget(field);
    }
    for (int column = 0; column < 4; ++column)
        m_fields->setColumnStretch(column, 0);
    const auto place = [this](const QPair<QWidget *, QWidget *> &pair, int row, int column,
                              int span) {
        if (pair.first)
            m_fields->addWidget(pair.first, row, column);
        m_fields->addWidget(pair.second, row, column + 1, 1, span);
    };
    if (columns == 2) {
        place(m_fieldRows.at(0), 0, 0, 3);
        // The rule's grounds, a sentence, take the whole last row.
        for (int i = 1; i < m_fieldRows.size(); ++i)
            place(m_fieldRows.at(i), (i + 1) / 2, ((i + 1) % 2) * 2,
                  m_fieldRows.at(i).second == m_ruleSource ? 3 : 1);
        m_fields->setColumnStretch(1, 1);
        m_fields->setColumnStretch(3, 1);
    } else {
        for (int i = 0; i < m_fieldRows.size(); ++i)
            place(m_fieldRows.at(i), i, 0, 1);
        m_fields->setColumnStretch(1, 1);
    }
}

void IssueOverviewForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeFields();
}

QPlainTextEdit *IssueOverviewForm::addTextArea(IssueField field, QLabel **counter)
{
    auto *edit = new NoteEdit(4, this);
    edit->setObjectName(IssueRepository::columnOf(field) + QStringLiteral("Edit"));
    edit->setTabChangesFocus(true);
    edit->setMaxLength(FieldLimits::LongText);
    edit->installEventFilter(this);
    m_texts.append({field, edit});

    auto *label = new QLabel(this);
    label->setObjectName(IssueRepository::columnOf(field) + QStringLiteral("Counter"));
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_counters.insert(field, label);
    *counter = label;
    connect(edit->document(), &QTextDocument::modificationChanged, this,
            [this, field](bool modified) {
                if (modified && !m_loading)
                    beginEdit(field);
            });
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] { updateCounter(field); });
    connect(edit, &NoteEdit::lengthRefused, label, [label](qsizetype attempted) {
        const QLocale locale;
        label->setForegroundRole(QPalette::WindowText);
        label->setStyleSheet(QStringLiteral("color: #b91c1c"));
        // Short, so the form keeps its width; the tooltip says it in full.
        label->setText(
            tr("Not added: %1 / %2")
                .arg(locale.toString(attempted), locale.toString(FieldLimits::LongText)));
        label->setToolTip(
            tr("Not added: the text would be %1 characters; this field holds %2.")
                .arg(locale.toString(attempted), locale.toString(FieldLimits::LongText)));
    });
    updateCounter(field);
    return edit;
}

QLabel *IssueOverviewForm::textCounter(IssueField field) const
{
    return m_counters.value(field);
}

void IssueOverviewForm::updateCounter(IssueField field)
{
    QLabel *label = m_counters.value(field);
    const auto *edit = qobject_cast<NoteEdit *>(textEdit(field));
    if (!label || !edit)
        return;
    const QLocale locale;
    label->setStyleSheet(QString());
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setText(
        tr("%1 / %2").arg(locale.toString(edit->length()), locale.toString(edit->maxLength())));
    label->setToolTip(
        tr("Characters used of the %1 this field holds").arg(locale.toString(edit->maxLength())));
}

QPlainTextEdit *IssueOverviewForm::textEdit(IssueField field) const
{
    for (const auto &[f, edit] : m_texts) {
        if (f == field)
            return edit;
    }
    return nullptr;
}

bool IssueOverviewForm::eventFilter(QObject *watched, QEvent *event)
{
    // Undo/Redo in a field with nothing unsaved would only step the editor's own
    // history back to text the store no longer holds: let the window's Edit > Undo
    // take the key, so the saved change itself is undone. Typing not yet saved
    // keeps the editor's own undo.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            bool unsaved = true;
            if (const auto *line = qobject_cast<QLineEdit *>(watched))
                unsaved = line->isModified();
            else if (const auto *text = qobject_cast<QPlainTextEdit *>(watched))
                unsaved = text->document()->isModified();
            else if (watched == m_category) // the key reaches the combo, not its line
                unsaved = m_category->lineEdit()->isModified();
            else if (watched == m_dueDate) // a typed date is saved when the field is left
                unsaved = m_issue.dueDate.isValid() && m_dueDate->date() != m_issue.dueDate;
            // With nothing to undo on the stack the key does nothing, rather
            // than bring back text the store no longer holds.
            if (!unsaved) {
                event->ignore();
                return true;
            }
        }
    }
    // Escape drops typing not yet saved, as it does in the tables' editors: the
    // field shows what the store holds again, and leaving it saves nothing.
    if (event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        QLineEdit *line = qobject_cast<QLineEdit *>(watched);
        if (watched == m_category)
            line = m_category->lineEdit();
        auto *text = qobject_cast<QPlainTextEdit *>(watched);
        const std::optional<IssueField> field =
            typedField(line ? static_cast<QObject *>(line) : watched);
        if (field && ((line && line->isModified()) || (text && text->document()->isModified()))) {
            if (line)
                line->setModified(false);
            if (text)
                text->document()->setModified(false);
            finishEdit(*field);
            m_editStarts.remove(*field);
            reload();
            return true;
        }
    }
    // A choice is made from what the field shows when it takes the focus.
    // Back from its own popup is the same edit, not a new one.
    if (event->type() == QEvent::FocusIn && m_focusFields.contains(watched) &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        const IssueField field = m_focusFields.value(watched);
        if (!(field == IssueField::Category && m_category->lineEdit()->isModified()))
            m_editStarts.remove(field);
        beginEdit(field);
    }
    if (event->type() == QEvent::FocusOut) {
        for (const auto &[field, edit] : std::as_const(m_texts)) {
            if (edit == watched && edit->document()->isModified())
                commit(field, edit->toPlainText());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IssueOverviewForm::setContext(Store *store, QUndoStack *undoStack)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    m_issue = Issue{};
    forgetEdits();
    if (m_store) {
        connect(m_store, &Store::issueChanged, this, [this](qint64 id) {
            if (id == m_issue.id)
                reload();
        });
        connect(m_store, &Store::reset, this, &IssueOverviewForm::reload);
        // Editing pauses while a team database's connection is lost; what is
        // typed stays in its field meanwhile.
        const auto updateWritable = [this] { setEnabledFields(m_issue.version != 0); };
        connect(m_store, &Store::connectionLost, this, updateWritable);
        connect(m_store, &Store::connectionRestored, this, updateWritable);
    }
    reload();
}

void IssueOverviewForm::setIssue(qint64 issueId)
{
    if (issueId == m_issue.id)
        return;
    commitPending();
    m_issue = Issue{};
    m_issue.id = issueId;
    forgetEdits();
    // A new issue replaces whatever was typed for the last one.
    m_title->setModified(false);
    m_owner->setModified(false);
    m_scaleLow->setModified(false);
    m_scaleHigh->setModified(false);
    m_ruleSource->setModified(false);
    m_category->lineEdit()->setModified(false);
    for (const auto &[field, edit] : std::as_const(m_texts))
        edit->document()->setModified(false);
    reload();
}

void IssueOverviewForm::commitPending()
{
    if (m_issue.id == 0)
        return;
    if (m_title->isModified())
        commit(IssueField::Title, m_title->text().trimmed());
    if (m_owner->isModified())
        commit(IssueField::Owner, m_owner->text().trimmed());
    if (m_scaleLow->isModified())
        commit(IssueField::ScaleLow, m_scaleLow->text().trimmed());
    if (m_scaleHigh->isModified())
        commit(IssueField::ScaleHigh, m_scaleHigh->text().trimmed());
    if (m_ruleSource->isModified())
        commit(IssueField::DecisionRuleSource, m_ruleSource->text().trimmed());
    if (m_category->lineEdit()->isModified())
        commit(IssueField::Category, m_category->currentText().trimmed());
    for (const auto &[field, edit] : std::as_const(m_texts)) {
        if (edit->document()->isModified())
            commit(field, edit->toPlainText());
    }
    if (m_dueDate->hasFocus())
        commitDueDate();
}

void IssueOverviewForm::commitDueDate()
{
    if (m_noDueDate->isChecked())
        return;
    commit(IssueField::DueDate, m_dueDate->date());
}

void IssueOverviewForm::beginEdit(IssueField field)
{
    if (m_loading || m_issue.id == 0 || m_issue.version == 0 || m_editStarts.contains(field))
        return;
    m_editStarts.insert(field, {IssueRepository::valueOf(m_issue, field), m_issue.version});
}

void IssueOverviewForm::forgetEdits()
{
    m_editStarts.clear();
}

void IssueOverviewForm::commit(IssueField field, const QVariant &value)
{
    if (m_loading || !m_store || !m_store->isOpen() || !m_undoStack || m_issue.id == 0 ||
        m_issue.version == 0)
        return;
    if (!m_store->isConnected()) {
        // The field keeps the text and its "modified" mark: confirming it again
        // once reconnected saves it.
        m_store->reportError(
            tr("Not saved yet: the connection to %1 is lost. What you typed stays in the "
               "field; confirm it again when Summit Brief has reconnected.")
                .arg(m_store->path()));
        return;
    }
    // m_issue may be newer than what the user started from: a colleague's save
    // refreshes the form under a field being edited.
    const QVariant current = IssueRepository::valueOf(m_issue, field);
    const EditStart start = m_editStarts.take(field);
    if (sameValue(field, current, value)) {
        finishEdit(field);
        return;
    }
    // The field changed under the edit: write against the version the edit
    // started from, so the store refuses and the user chooses. Otherwise the
    // other fields a colleague saved meanwhile are no reason to ask.
    const bool stale = start.version != 0 && !sameValue(field, start.value, current);
    const int version = stale ? start.version : m_issue.version;
    const QVariant oldValue = stale ? start.value : current;
    QString reason;
    if (field == IssueField::Status) {
        const std::optional<QString> given = StatusReasonDialog::ask(
            this, m_issue.code, m_issue.status, Status(value.toInt()), *m_store);
        if (!given) {
            reload(); // cancelled: the combo shows the status again
            if (m_status->hasFocus())
                beginEdit(field);
            return;
        }
        reason = *given;
    }
    // A colleague's save since this form read the issue: let the user choose.
    const QString code = m_issue.code;
    IssueFieldEdit::push(*m_undoStack, *m_store, m_issue.id, field, oldValue, value, version,
                         reason, [this, code, field, value](const QVariant &theirs) {
                             return ConflictDialog::ask(
                                        this, ConflictDialog::issueFieldName(field), code,
                                        ConflictDialog::issueValueText(field, theirs),
                                        ConflictDialog::issueValueText(field, value)) ==
                                    ConflictDialog::UseMine;
                         });
    // The connection dropped under the write (the store reported it): nothing
    // was saved, and the typed text stays to be confirmed again.
    if (!m_store->isConnected()) {
        if (start.version != 0)
            m_editStarts.insert(field, start);
        return;
    }
    // Shows what the store holds now, also when it refused the write (the store
    // reported why); the edited field is no longer "being edited".
    finishEdit(field);
    reload();
    // Still on the field (a combo box stepped with the keys): the next choice
    // starts from what it shows now.
    for (auto it = m_focusFields.cbegin(); it != m_focusFields.cend(); ++it) {
        if (it.value() == field && static_cast<QWidget *>(it.key())->hasFocus())
            beginEdit(field);
    }
}

std::optional<IssueField> IssueOverviewForm::typedField(const QObject *editor) const
{
    const QList<QPair<const QObject *, IssueField>> lines = {
        {m_title, IssueField::Title},
        {m_owner, IssueField::Owner},
        {m_scaleLow, IssueField::ScaleLow},
        {m_scaleHigh, IssueField::ScaleHigh},
        {m_ruleSource, IssueField::DecisionRuleSource},
        {m_category->lineEdit(), IssueField::Category}};
    for (const auto &[line, field] : lines) {
        if (line == editor)
            return field;
    }
    for (const auto &[field, edit] : m_texts) {
        if (edit == editor)
            return field;
    }
    return std::nullopt;
}

void IssueOverviewForm::finishEdit(IssueField field)
{
    if (QLineEdit *line = field == IssueField::Title                ? m_title
                          : field == IssueField::Owner              ? m_owner
                          : field == IssueField::ScaleLow           ? m_scaleLow
                          : field == IssueField::ScaleHigh          ? m_scaleHigh
                          : field == IssueField::DecisionRuleSource ? m_ruleSource
                          : field == IssueField::Category           ? m_category->lineEdit()
                                                                    : nullptr)
        line->setModified(false);
    if (QPlainTextEdit *edit = textEdit(field))
        edit->document()->setModified(false);
}

void IssueOverviewForm::reload()
{
    std::optional<Issue> issue;
    // Without a connection the form keeps showing what it read last; the
    // status bar says why, and the form reads again once reconnected.
    if (m_store && !m_store->isConnected() && m_issue.id != 0 && m_issue.version != 0)
        return;
    if (m_store && m_store->isOpen() && m_issue.id != 0) {
        try {
            issue = m_store->issues().byId(m_issue.id);
        } catch (const StoreError &error) {
            if (error.kind() == StoreError::Kind::Disconnected) {
                m_store->reportError(error);
                return;
            }
            m_store->reportError(error.message());
        }
    }
    m_loading = true;
    const qint64 id = m_issue.id;
    m_issue = issue.value_or(Issue{});
    if (!issue)
        m_issue.id = id;
    m_issue.version = issue ? issue->version : 0;

    // A field the user is typing in keeps the typed text; the rest follow the store.
    const auto setLine = [](QLineEdit *edit, const QString &text) {
        if (!edit->isModified() && edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0); // show the start of a long text, not its end
        }
    };
    setLine(m_title, m_issue.title);
    setLine(m_owner, m_issue.owner);
    setLine(m_scaleLow, m_issue.scaleLow);
    setLine(m_scaleHigh, m_issue.scaleHigh);
    setLine(m_ruleSource, m_issue.decisionRuleSource);

    if (m_store && m_store->isOpen()) {
        try {
            m_objectiveTitle->setText(tr("%1 objective").arg(m_store->settings().summit().ourBloc));
            const QSignalBlocker blocker(m_category);
            const QString typed = m_category->currentText();
            // clear() resets the line's modified flag: read it first.
            const bool typing = m_category->lineEdit()->isModified();
            m_category->clear();
            m_category->addItems(m_store->issues().categories());
            m_category->setEditText(typing ? typed : m_issue.category);
            m_category->lineEdit()->setModified(typing);
            if (auto *owners = qobject_cast<QStringListModel *>(m_owner->completer()->model()))
                owners->setStringList(m_store->issues().owners());
        } catch (const StoreError &error) {
            m_store->reportError(error.message());
        }
    } else {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
    }

    m_status->setCurrentIndex(issue ? m_status->findData(int(m_issue.status)) : -1);
    m_priority->setCurrentIndex(issue ? m_priority->findData(int(m_issue.priority)) : -1);
    m_likelihood->setCurrentIndex(
        issue ? m_likelihood->findData(LikelihoodText::key(m_issue.likelihood)) : -1);
    m_inPack->setChecked(issue && m_issue.inPack);
    m_decisionRule->setCurrentIndex(
        issue ? m_decisionRule->findData(DecisionRuleText::key(m_issue.decisionRule)) : -1);
    const bool hasDue = m_issue.dueDate.isValid();
    m_noDueDate->setChecked(issue && !hasDue);
    if (!(m_dueDate->hasFocus() && hasDue))
        m_dueDate->setDate(hasDue ? m_issue.dueDate : QDate::currentDate());
    m_dueDate->setEnabled(issue && hasDue);

    for (const auto &[field, edit] : std::as_const(m_texts)) {
        const QString text = IssueRepository::valueOf(m_issue, field).toString();
        if (!edit->document()->isModified() && edit->toPlainText() != text) {
            edit->setPlainText(text);
            edit->document()->setModified(false);
        }
    }

    QString source = m_issue.source.isEmpty() ? QString() : tr("Source: %1").arg(m_issue.source);
    if (m_issue.illustrative)
        source = tr("Illustrative: not from a source, added to make the picture readable.") +
                 (source.isEmpty() ? QString() : QLatin1Char('\n') + source);
    m_source->setText(source);
    m_source->setVisible(!source.isEmpty());
    setEnabledFields(issue.has_value());
    m_loading = false;
}

void IssueOverviewForm::setEnabledFields(bool enabled)
{
    // A read-only summit shows the issue; texts stay selectable for copying.
    const bool writable = enabled && m_store && !m_store->isReadOnly();
    const QList<QWidget *> choices = {m_category,   m_status, m_priority,    m_noDueDate,
                                      m_likelihood, m_inPack, m_decisionRule};
    for (QWidget *widget : choices)
        widget->setEnabled(writable);
    for (QLineEdit *edit : {m_title, m_owner, m_scaleLow, m_scaleHigh, m_ruleSource}) {
        edit->setEnabled(enabled);
        edit->setReadOnly(!writable);
    }
    if (!writable)
        m_dueDate->setEnabled(false);
    for (const auto &[field, edit] : std::as_const(m_texts)) {
        edit->setEnabled(enabled);
        edit->setReadOnly(!writable);
    }
}
