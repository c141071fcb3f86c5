#include "IssueLinksView.h"

#include "commands/AddLinkCommand.h"
#include "commands/RemoveLinkCommand.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
constexpr int LinkIdRole = Qt::UserRole + 1;
constexpr int OtherIssueRole = Qt::UserRole + 2;
} // namespace

IssueLinksView::IssueLinksView(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("Add &link…"), this)), m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("issueLinks"));
    m_list->setObjectName(QStringLiteral("linkList"));
    m_list->setAccessibleName(tr("Links of the issue"));
    m_add->setObjectName(QStringLiteral("addLinkButton"));
    m_remove->setObjectName(QStringLiteral("removeLinkButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &IssueLinksView::addInteractive);
    connect(m_remove, &QPushButton::clicked, this, &IssueLinksView::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_remove->setEnabled(row >= 0 && m_list->item(row)->data(LinkIdRole).toLongLong() != 0);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const qint64 other = item->data(OtherIssueRole).toLongLong();
        // After the mouse event: the jump reloads this list under the pointer.
        if (other != 0)
            QMetaObject::invokeMethod(
                this, [this, other] { emit issueActivated(other); }, Qt::QueuedConnection);
    });
    reload();
}

void IssueLinksView::setContext(Store *store, QUndoStack *undoStack)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    m_issueId = 0;
    if (m_store) {
        connect(m_store, &Store::linksChanged, this, [this](qint64 id) {
            if (id == m_issueId)
                reload();
        });
        connect(m_store, &Store::reset, this, &IssueLinksView::reload);
        connect(m_store, &Store::externalChange, this, &IssueLinksView::reload);
    }
    reload();
}

void IssueLinksView::setIssue(qint64 issueId)
{
    if (issueId == m_issueId)
        return;
    m_issueId = issueId;
    reload();
}

void IssueLinksView::reload()
{
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(LinkIdRole).toLongLong() : 0;
    m_list->clear();
    const bool usable = m_store && m_store->isOpen() && m_issueId != 0;
    m_add->setEnabled(usable);
    m_remove->setEnabled(false);
    if (!usable)
        return;
    QList<LinkedIssue> links;
    try {
        links = LinkRepository(*m_store).forIssue(m_issueId);
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
    }
    for (const LinkedIssue &linked : std::as_const(links)) {
        auto *item = new QListWidgetItem(
            tr("%1 %2 — %3").arg(linked.label, linked.otherCode, linked.otherTitle), m_list);
        item->setToolTip(item->text());
        item->setData(LinkIdRole, linked.link.id);
        item->setData(OtherIssueRole, linked.otherIssueId);
        if (linked.link.id == current)
            m_list->setCurrentItem(item);
    }
    if (links.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No links yet."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

QString IssueLinksView::textAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

bool IssueLinksView::addLink(const QString &kindKey, const QString &otherCode)
{
    if (!m_store || !m_undoStack || m_issueId == 0)
        return false;
    const std::optional<LinkKind> kind = LinkKindText::fromKey(kindKey);
    std::optional<Issue> other;
    try {
        other = m_store->issues().byCode(otherCode);
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
        return false;
    }
    if (!kind || !other) {
        m_store->reportError(tr("There is no issue %1.").arg(otherCode));
        return false;
    }
    m_undoStack->push(new AddLinkCommand(*m_store, m_issueId, other->id, *kind));
    return true;
}

void IssueLinksView::removeCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    const qint64 linkId = item ? item->data(LinkIdRole).toLongLong() : 0;
    if (!m_store || !m_undoStack || linkId == 0)
        return;
    m_undoStack->push(new RemoveLinkCommand(*m_store, linkId));
}

void IssueLinksView::addInteractive()
{
    if (!m_store || m_issueId == 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add link"));
    auto *kind = new QComboBox(&dialog);
    for (LinkKind k : LinkKindText::all())
        kind->addItem(LinkKindText::label(k, true), LinkKindText::key(k));
    auto *issue = new QComboBox(&dialog);
    issue->setObjectName(QStringLiteral("linkIssueCombo"));
    // A long title is cut short in the box and its list, whole in the tooltip:
    // the dialog never grows wider than the screen.
    issue->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    issue->setMinimumContentsLength(40);
    const QFontMetrics metrics = issue->fontMetrics();
    const int textWidth = metrics.averageCharWidth() * 70;
    try {
        for (const Issue &each : m_store->issues().all()) {
            if (each.id == m_issueId)
                continue;
            const QString full = tr("%1 — %2").arg(each.code, each.title);
            issue->addItem(metrics.elidedText(full, Qt::ElideRight, textWidth), each.code);
            issue->setItemData(issue->count() - 1, full, Qt::ToolTipRole);
        }
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
        return;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&This issue"), kind);
    form->addRow(tr("&Issue"), issue);
    form->addRow(buttons);
    const auto showTip = [issue] {
        issue->setToolTip(issue->currentData(Qt::ToolTipRole).toString());
    };
    connect(issue, &QComboBox::currentIndexChanged, &dialog, showTip);
    showTip();
    if (const QScreen *display = screen())
        dialog.setMaximumWidth(display->availableGeometry().width());
    if (dialog.exec() == QDialog::Accepted && issue->currentIndex() >= 0)
        addLink(kind->currentData().toString(), issue->currentData().toString());
}
