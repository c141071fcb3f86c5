#include "IssueActions.h"

#include "commands/ArchiveIssueCommand.h"
#include "commands/CreateIssueCommand.h"
#include "commands/DeleteIssueCommand.h"
#include "domain/Issue.h"
#include "items/IssueTableModel.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

IssueActions::IssueActions(QUndoStack *undoStack, QWidget *window)
    : QObject(window), m_undoStack(undoStack), m_window(window)
{
    m_newIssue = new QAction(tr("&New Issue"), this);
    m_newIssue->setObjectName(QStringLiteral("newIssueAction"));
    m_newIssue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newIssue->setStatusTip(tr("Add an issue to the table and type its title"));
    connect(m_newIssue, &QAction::triggered, this, &IssueActions::newIssue);

    m_duplicate = new QAction(tr("D&uplicate Issue"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateIssueAction"));
    m_duplicate->setStatusTip(tr("Add a copy of the current issue under a new code"));
    connect(m_duplicate, &QAction::triggered, this, &IssueActions::duplicateIssue);

    m_archive = new QAction(tr("&Archive Issue"), this);
    m_archive->setObjectName(QStringLiteral("archiveIssueAction"));
    connect(m_archive, &QAction::triggered, this, &IssueActions::archiveOrRestoreIssue);

    m_delete = new QAction(tr("&Delete Issue…"), this);
    m_delete->setObjectName(QStringLiteral("deleteIssueAction"));
    m_delete->setStatusTip(tr("Delete an issue whose status never changed since it was created"));
    connect(m_delete, &QAction::triggered, this, &IssueActions::deleteIssue);

    m_showArchived = new QAction(tr("Show Arc&hived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedAction"));
    m_showArchived->setCheckable(true);
    m_showArchived->setStatusTip(tr("List archived issues too, greyed"));
    connect(m_showArchived, &QAction::toggled, this, &IssueActions::showArchivedChanged);

    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &IssueActions::updateActions);
    updateActions();
}

QList<QAction *> IssueActions::actions() const
{
    return {m_newIssue, m_duplicate, nullptr, m_archive, m_delete, nullptr, m_showArchived};
}

void IssueActions::addTo(QMenu *menu) const
{
    for (QAction *action : actions()) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
}

bool IssueActions::showArchived() const
{
    return m_showArchived->isChecked();
}

void IssueActions::setContext(Store *store, IssueTableModel *model, QTableView *table)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_store = store;
    m_model = model;
    m_table = table;
    if (m_store) {
        // Editing pauses while a team database's connection is lost.
        m_connections.append(
            connect(m_store, &Store::connectionLost, this, &IssueActions::updateActions));
        m_connections.append(
            connect(m_store, &Store::connectionRestored, this, &IssueActions::updateActions));
    }
    if (m_model && m_table && m_table->selectionModel()) {
        m_connections.append(connect(m_table->selectionModel(),
                                     &QItemSelectionModel::currentRowChanged, this,
                                     &IssueActions::updateActions));
        m_connections.append(
            connect(m_model, &QAbstractItemModel::dataChanged, this, &IssueActions::updateActions));
        m_connections.append(
            connect(m_model, &QAbstractItemModel::modelReset, this, &IssueActions::updateActions));
        m_connections.append(
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IssueActions::updateActions));
    }
    updateActions();
}

qint64 IssueActions::currentIssueId() const
{
    if (!m_model || !m_table || !m_table->currentIndex().isValid())
        return 0;
    return m_table->currentIndex().data(IssueTableModel::IssueIdRole).toLongLong();
}

QString IssueActions::currentCode() const
{
    if (!m_model || !m_table)
        return {};
    return m_model->index(m_table->currentIndex().row(), IssueTableModel::CodeColumn)
        .data()
        .toString();
}

int IssueActions::currentVersion() const
{
    return m_table ? m_table->currentIndex().data(IssueTableModel::VersionRole).toInt() : 0;
}

bool IssueActions::currentIsArchived() const
{
    return m_table && m_table->currentIndex().data(IssueTableModel::ArchivedRole).toBool();
}

void IssueActions::updateActions()
{
    const bool writable = m_store && m_model && !m_store->isReadOnly();
    const bool hasIssue = writable && currentIssueId() != 0;
    m_newIssue->setEnabled(writable);
    m_duplicate->setEnabled(hasIssue);
    m_archive->setEnabled(hasIssue);
    m_delete->setEnabled(hasIssue);
    m_showArchived->setEnabled(m_model != nullptr);
    const bool archived = hasIssue && currentIsArchived();
    m_archive->setText(archived ? tr("&Restore Issue") : tr("&Archive Issue"));
    m_archive->setStatusTip(archived ? tr("Bring the archived issue back into the table, packs "
                                          "and charts")
                                     : tr("Take the issue out of the table, packs and charts; "
                                          "its history stays"));
}

void IssueActions::newIssue()
{
    if (!m_store || !m_model)
        return;
    Issue issue;
    // The category the user is working in: the current issue's, else the filter's.
    const qint64 current = currentIssueId();
    try {
        if (current != 0) {
            if (const std::optional<Issue> shown = m_store->issues().byId(current))
                issue.category = shown->category;
        } else {
            issue.category = m_model->filter().category;
        }
        issue.code = m_store->issues().suggestCode(issue.category);
    } catch (const StoreError &error) {
        inform(QStringLiteral("issueActionRefused"), error.message());
        return;
    }
    issue.title = tr("New issue");
    create(issue);
}

void IssueActions::duplicateIssue()
{
    const qint64 current = currentIssueId();
    if (!m_store || current == 0)
        return;
    std::optional<Issue> copy;
    QList<Position> positions;
    try {
        copy = m_store->issues().duplicateOf(current);
        // An issue is duplicated to be split: each part starts where the actors stand.
        positions = m_store->positions().forIssue(current);
    } catch (const StoreError &error) {
        inform(QStringLiteral("issueActionRefused"), error.message());
        return;
    }
    if (copy)
        create(*copy, tr("Duplicate %1 as %2").arg(currentCode(), copy->code), positions);
}

void IssueActions::create(const Issue &issue, const QString &text, const QList<Position> &positions)
{
    if (!m_undoStack)
        return;
    auto *command = new CreateIssueCommand(*m_store, issue, positions, text);
    const int stepsBefore = m_undoStack->index();
    m_undoStack->push(command);
    // A refused command is obsolete and the stack has deleted it: the store has said why.
    if (m_undoStack->index() == stepsBefore)
        return;
    const qint64 id = command->issueId();
    if (id == 0 || !m_model || !m_table)
        return;
    const int row = m_model->rowOfIssue(id);
    if (row < 0) {
        inform(QStringLiteral("newIssueHidden"),
               tr("%1 was created, but the filter hides it: clear the filter to see it.")
                   .arg(issue.code));
        return;
    }
    const QModelIndex title = m_model->index(row, IssueTableModel::TitleColumn);
    // Only the new row: the Shift of Ctrl+Shift+N would otherwise extend the selection.
    m_table->selectionModel()->setCurrentIndex(title, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(title);
    m_table->setFocus();
    m_table->edit(title);
}

void IssueActions::archiveOrRestoreIssue()
{
    const qint64 current = currentIssueId();
    if (!m_store || !m_undoStack || current == 0)
        return;
    // Every selected issue in the current one's state goes along with it.
    const bool archive = !currentIsArchived();
    QList<IssueRepository::IssueVersion> issues{{current, currentVersion()}};
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const qint64 id = row.data(IssueTableModel::IssueIdRole).toLongLong();
        if (id != current && row.data(IssueTableModel::ArchivedRole).toBool() != archive)
            issues.append({id, row.data(IssueTableModel::VersionRole).toInt()});
    }
    m_undoStack->push(new ArchiveIssueCommand(*m_store, issues, archive));
}

void IssueActions::deleteIssue()
{
    const qint64 current = currentIssueId();
    if (!m_store || !m_undoStack || current == 0)
        return;
    std::optional<Issue> issue;
    bool hasHistory = false;
    try {
        issue = m_store->issues().byId(current);
        hasHistory = issue && m_store->issues().hasHistoryBeyondCreation(current);
    } catch (const StoreError &error) {
        inform(QStringLiteral("issueActionRefused"), error.message());
        return;
    }
    if (!issue)
        return;
    if (hasHistory) {
        inform(QStringLiteral("deleteIssueRefused"),
               tr("%1 “%2” cannot be deleted: its status has changed since it was created, and "
                  "that history is kept for good. Archive it instead; it then leaves the table, "
                  "packs and charts.")
                   .arg(issue->code, issue->title));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete Issue"),
                    tr("Delete %1 “%2”?").arg(issue->code, issue->title), QMessageBox::Cancel,
                    m_window);
    box.setObjectName(QStringLiteral("deleteIssueConfirmation"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Its positions and links go with it; Undo brings it back."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_undoStack->push(new DeleteIssueCommand(*m_store, issue->id, issue->version));
}

void IssueActions::inform(const QString &objectName, const QString &message) const
{
    QMessageBox box(QMessageBox::Information, tr("Summit Brief"), message, QMessageBox::Ok,
                    m_window);
    box.setObjectName(objectName);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
