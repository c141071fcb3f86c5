#pragma once

#include "domain/Issue.h"

#include <QObject>
#include <QPointer>
#include <QVariant>

class ActivityView;
class DataVersionWatcher;
class IssueLinksView;
class MainWindow;
class QAction;
class QLabel;
class QMenu;
class SearchResultsView;
class Store;

// Issue tracking in the main window: the reason asked for a status change, the
// user's name, full-text search results, bulk edits of the selected issues, the
// Activity tab, the Links tab, saved views and a colleague's changes to the file.
class TrackingController : public QObject
{
    Q_OBJECT
public:
    explicit TrackingController(MainWindow *window);
    ~TrackingController() override;

    void attach(Store *store); // null when the database closes

    SearchResultsView *searchResults() const { return m_searchResults; }
    ActivityView *activityView() const { return m_activity; }
    IssueLinksView *linksView() const { return m_links; }
    QMenu *viewsMenu() const { return m_viewsMenu; }
    DataVersionWatcher *watcher() const { return m_watcher; }
    QAction *userNameAction() const { return m_userNameAction; }
    // Shown in the status bar while a team database's connection is lost.
    QLabel *connectionLabel() const { return m_connectionLabel; }
    QAction *bulkStatusAction() const { return m_bulkStatus; }
    QAction *bulkPriorityAction() const { return m_bulkPriority; }
    QAction *bulkOwnerAction() const { return m_bulkOwner; }

    // The issues selected in the table, oldest version seen included.
    QList<qint64> selectedIssueIds() const;
    // Sets the field on every selected issue as one undo step; what the bulk
    // actions do once they have asked. False when nothing was written.
    bool setSelectedField(IssueField field, const QVariant &value, const QString &reason = {});
    void setUserName(const QString &name);

    // Saved views: what the Views menu does after asking.
    bool saveCurrentView(const QString &name, bool replaceExisting);
    bool applyView(const QString &name);
    bool removeView(const QString &name);

private:
    // One selected issue and its current value of the field being set.
    struct CurrentValue
    {
        QString code;
        QString title;
        QString value; // as shown to the user
    };
    // "RE-01 (Title…)" for one issue; for several, the count and what each holds
    // now, a few named and the rest counted.
    static QString selectionText(const QList<CurrentValue> &current);
    // QInputDialog::getItem() with the question shown as plain text: it holds
    // the user's titles.
    QString askItem(const QString &title, const QString &question, const QStringList &items,
                    int current, bool editable, bool *ok) const;

    void createActions();
    void bulkStatusInteractive();
    void bulkPriorityInteractive();
    void bulkOwnerInteractive();
    void userNameInteractive();
    void saveViewInteractive();
    void updateViewsMenu();
    void updateBulkActions();
    void onExternalChange();
    void onConnectionLost(const QString &message);
    void onConnectionRestored();

    MainWindow *m_window;
    QPointer<Store> m_store;
    DataVersionWatcher *m_watcher = nullptr;
    SearchResultsView *m_searchResults = nullptr;
    ActivityView *m_activity = nullptr;
    IssueLinksView *m_links = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QAction *m_userNameAction = nullptr;
    QAction *m_bulkStatus = nullptr;
    QAction *m_bulkPriority = nullptr;
    QAction *m_bulkOwner = nullptr;
    QAction *m_saveView = nullptr;
    QMenu *m_deleteViewMenu = nullptr;
    QLabel *m_connectionLabel = nullptr;
};
