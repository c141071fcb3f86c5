#include "IssueFilterBar.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QToolButton>

IssueFilterBar::IssueFilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_fullText(new QLineEdit(this)),
      m_statusButton(new QToolButton(this)), m_statusMenu(new QMenu(this)),
      m_category(new QComboBox(this)), m_priority(new QComboBox(this))
{
    setObjectName(QStringLiteral("issueFilterBar"));
    m_search->setObjectName(QStringLiteral("issueSearch"));
    m_search->setAccessibleName(tr("Filter issues"));
    m_search->setPlaceholderText(tr("Filter issues…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Shows the issues whose code, title, category or owner contains this text"));

    m_fullText->setObjectName(QStringLiteral("fullTextSearch"));
    m_fullText->setAccessibleName(tr("Search texts"));
    m_fullText->setPlaceholderText(tr("Search texts, positions, actors…"));
    m_fullText->setClearButtonEnabled(true);
    m_fullText->setToolTip(tr("Shows the issues whose texts, positions or actors contain every "
                              "word typed here (Ctrl+F)"));

    m_statusButton->setObjectName(QStringLiteral("statusFilter"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setMinimumWidth(120);
    m_anyStatusAction = m_statusMenu->addAction(tr("Any status"));
    connect(m_anyStatusAction, &QAction::triggered, this, [this] { setStatuses({}); });
    m_statusMenu->addSeparator();
    for (Status status : StatusText::all()) {
        QAction *action = m_statusMenu->addAction(StatusText::label(status));
        action->setCheckable(true);
        action->setData(int(status));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButton();
            emitNow();
        });
        m_statusActions.append(action);
    }

    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->addItem(tr("Any category"), QString());
    connect(m_category, &QComboBox::currentIndexChanged, this, &IssueFilterBar::emitNow);

    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->addItem(tr("Any priority"), -1);
    const QList<Priority> priorities = PriorityText::all();
    for (auto it = priorities.crbegin(); it != priorities.crend(); ++it)
        m_priority->addItem(PriorityText::label(*it), int(*it));
    connect(m_priority, &QComboBox::currentIndexChanged, this, &IssueFilterBar::emitNow);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(150);
    connect(&m_typingPause, &QTimer::timeout, this, &IssueFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, &m_typingPause, qOverload<>(&QTimer::start));
    connect(m_fullText, &QLineEdit::textChanged, &m_typingPause, qOverload<>(&QTimer::start));

    // A long category elides in the closed box; the list shows it whole.
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(12);
    m_search->setMinimumWidth(80);
    m_fullText->setMinimumWidth(80);

    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(6);
    m_layout->setVerticalSpacing(4);
    m_oneRow = false;
    arrange();
    updateStatusButton();
}

int IssueFilterBar::oneRowWidth() const
{
    // What a line edit needs to show its placeholder: text, frame, margins and
    // the clear button.
    const auto placeholderWidth = [](const QLineEdit *edit) {
        return edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 40;
    };
    const int spacing = m_layout->horizontalSpacing();
    return placeholderWidth(m_search) + placeholderWidth(m_fullText) +
           m_statusButton->sizeHint().width() + m_category->sizeHint().width() +
           m_priority->sizeHint().width() + 4 * spacing;
}

void IssueFilterBar::arrange()
{
    const bool oneRow = width() >= oneRowWidth();
    if (oneRow == m_oneRow && m_layout->count() > 0)
        return;
    m_oneRow = oneRow;
    for (QWidget *widget : {static_cast<QWidget *>(m_search), static_cast<QWidget *>(m_fullText),
                            static_cast<QWidget *>(m_statusButton),
                            static_cast<QWidget *>(m_category), static_cast<QWidget *>(m_priority)})
        m_layout->removeWidget(widget);
    for (int column = 0; column < 5; ++column)
        m_layout->setColumnStretch(column, 0);
    if (oneRow) {
        m_layout->addWidget(m_search, 0, 0);
        m_layout->addWidget(m_fullText, 0, 1);
        m_layout->addWidget(m_statusButton, 0, 2);
        m_layout->addWidget(m_category, 0, 3);
        m_layout->addWidget(m_priority, 0, 4);
        m_layout->setColumnStretch(0, 1);
        m_layout->setColumnStretch(1, 2);
    } else {
        // The text boxes on a row of their own, the choices under them.
        m_layout->addWidget(m_search, 0, 0);
        m_layout->addWidget(m_fullText, 0, 1, 1, 2);
        m_layout->addWidget(m_statusButton, 1, 0);
        m_layout->addWidget(m_category, 1, 1);
        m_layout->addWidget(m_priority, 1, 2);
        m_layout->setColumnStretch(0, 2);
        m_layout->setColumnStretch(1, 2);
        m_layout->setColumnStretch(2, 1);
    }
}

void IssueFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

IssueFilter IssueFilterBar::filter() const
{
    IssueFilter filter;
    filter.text = m_search->text().trimmed();
    filter.searchText = m_fullText->text().trimmed();
    for (QAction *action : m_statusActions) {
        if (action->isChecked())
            filter.statuses.append(Status(action->data().toInt()));
    }
    filter.category = m_category->currentData().toString();
    const int priority = m_priority->currentData().toInt();
    if (priority >= 0)
        filter.priority = PriorityText::fromInt(priority);
    return filter;
}

void IssueFilterBar::setCategories(const QStringList &categories)
{
    const QString current = m_category->currentData().toString();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("Any category"), QString());
        for (const QString &category : categories)
            m_category->addItem(category, category);
        m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
    }
    // The chosen category vanished (renamed on its last issue): show all again.
    if (m_category->currentData().toString() != current)
        emitNow();
}

void IssueFilterBar::clearFilter()
{
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker fullTextBlocker(m_fullText);
    const QSignalBlocker categoryBlocker(m_category);
    const QSignalBlocker priorityBlocker(m_priority);
    m_search->clear();
    m_fullText->clear();
    m_category->setCurrentIndex(0);
    m_priority->setCurrentIndex(0);
    for (QAction *action : std::as_const(m_statusActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(false);
    }
    updateStatusButton();
    emitNow();
}

void IssueFilterBar::setStatuses(const QList<Status> &statuses)
{
    for (QAction *action : std::as_const(m_statusActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(statuses.contains(Status(action->data().toInt())));
    }
    updateStatusButton();
    emitNow();
}

void IssueFilterBar::emitNow()
{
    m_typingPause.stop();
    emit filterChanged();
}

void IssueFilterBar::updateStatusButton()
{
    QStringList chosen;
    for (QAction *action : std::as_const(m_statusActions)) {
        if (action->isChecked())
            chosen.append(action->text());
    }
    if (chosen.isEmpty())
        m_statusButton->setText(tr("Any status"));
    else if (chosen.size() == 1)
        m_statusButton->setText(chosen.first());
    else
        m_statusButton->setText(tr("%1 statuses").arg(chosen.size()));
    m_statusButton->setToolTip(chosen.isEmpty() ? tr("Show issues in any status")
                                                : chosen.join(QStringLiteral(", ")));
    m_anyStatusAction->setEnabled(!chosen.isEmpty());
}

void IssueFilterBar::setFilter(const IssueFilter &filter)
{
    {
        const QSignalBlocker searchBlocker(m_search);
        const QSignalBlocker fullTextBlocker(m_fullText);
        const QSignalBlocker categoryBlocker(m_category);
        const QSignalBlocker priorityBlocker(m_priority);
        m_search->setText(filter.text);
        m_fullText->setText(filter.searchText);
        m_category->setCurrentIndex(qMax(0, m_category->findData(filter.category)));
        m_priority->setCurrentIndex(
            qMax(0, m_priority->findData(filter.priority ? int(*filter.priority) : -1)));
        for (QAction *action : std::as_const(m_statusActions)) {
            const QSignalBlocker blocker(action);
            action->setChecked(filter.statuses.contains(Status(action->data().toInt())));
        }
        updateStatusButton();
    }
    m_typingPause.stop();
    emit filterChanged();
}
