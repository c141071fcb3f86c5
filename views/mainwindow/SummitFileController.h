#pragma once

#include "store/Store.h"

#include <QObject>

#include <functional>
#include <memory>

class QMenu;
class QUndoStack;
class QWidget;
struct SummitInfo;

// The open summit: a file (new, open, the demo) or a team database (connect),
// close, the recent list and the title that names it. It owns the Store; the
// window shows what it opens (opened(), aboutToClose()) and reports what it
// refuses (failed()). A summit that cannot be opened leaves the current one open.
// A team database's password lives in the Store only, never in the settings.
class SummitFileController : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `window`; property changes go on `undoStack`.
    SummitFileController(QWidget *window, QUndoStack *undoStack);
    ~SummitFileController() override;

    // Null when no database is open.
    Store *store() const { return m_store.get(); }

    // Emits failed() with why and returns false when the summit cannot be opened.
    // `location` is a file path or a team database's URL (StoreLocation); a password
    // in the URL is used, not remembered, and one is asked for when the server wants it.
    // A file that cannot be written opens read-only (Store::isReadOnly()).
    bool openDatabase(const QString &location,
                      Store::OpenMode mode = Store::OpenMode::ExistingOnly);
    // Connects to a team database with this password (empty: PGPASSWORD, ~/.pgpass),
    // asking for another when the server refuses it.
    bool openTeamDatabase(const StoreLocation &location, const QString &password = QString());
    // Creates an empty database at a path where no file exists yet.
    bool newDatabase(const QString &path);
    // As newDatabase(), holding this summit's settings from the start; nothing
    // is left behind when it cannot be made.
    bool newSummit(const QString &path, const SummitInfo &info);
    // Writes a fresh demo database to AppSettings::demoDatabasePath() and opens it.
    bool openDemo();
    // Opens the demo in the user's data folder, writing it only when it is not there
    // yet: the welcome page's way in, which keeps what was tried in it.
    bool openOrWriteDemo();
    void closeDatabase();

    // Ask for the file and then the summit (NewSummitDialog); a cancelled
    // dialog leaves no file behind.
    void newSummitInteractive();
    // Summit > Properties: the same form for the open file, one undo step.
    void editPropertiesInteractive();
    void openDatabaseInteractive();
    // File > Connect to Team Database: the dialog, again with the server's answer
    // while it wants a password or refuses the one given.
    void connectTeamDatabaseInteractive();

    // Asks for a team database's password after the server said `why`; false when
    // cancelled. The default shows a password box over the window; tests replace it.
    using PasswordPrompt =
        std::function<bool(const StoreLocation &location, const QString &why, QString *password)>;
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }

    // Why the open summit cannot be changed, for the window's banner; empty when it can.
    QString readOnlyReason() const;
    // "demo.db", or "DBNAME on HOST (team database)"; empty with nothing open.
    QString summitName() const;

    // The folder a file dialog starts in: the open file's, else home.
    QString startDirectory() const;
    // "Beijing summit — demo.db — Summit Brief", or the app's name with no file.
    QString windowTitle() const;
    // Fills the Open Recent menu with the recent files.
    void fillRecentMenu(QMenu *menu);

signals:
    // A store is open (after a new or opened file).
    void opened(Store *store);
    // The open store is about to go: save what is typed, let go of its models.
    void aboutToClose();
    void closed();
    void failed(const QString &title, const QString &message);
    void statusMessage(const QString &message, int timeout);

private:
    enum class Outcome
    {
        Opened,
        NeedsPassword,
        Failed
    };
    // Opens `location` in a new Store and, when that works, makes it the open one.
    Outcome tryOpen(const QString &location, Store::OpenMode mode, const QString &password,
                    QString *error);
    bool askPassword(const StoreLocation &location, const QString &why, QString *password);
    void rememberDatabase(const QString &location);

    QWidget *m_window;
    QUndoStack *m_undoStack;
    std::unique_ptr<Store> m_store;
    PasswordPrompt m_passwordPrompt;
};
