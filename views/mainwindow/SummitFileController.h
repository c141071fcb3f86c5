#pragma once

#include "store/Store.h"

#include <QObject>

#include <memory>

class QMenu;
class QUndoStack;
class QWidget;
struct SummitInfo;

// The open summit file: new, open, the demo, close, the recent files and the
// title that names the file. It owns the Store; the window shows what it opens
// (opened(), aboutToClose()) and reports what it refuses (failed()). A file that
// cannot be opened leaves the current one open.
class SummitFileController : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `window`; property changes go on `undoStack`.
    SummitFileController(QWidget *window, QUndoStack *undoStack);
    ~SummitFileController() override;

    // Null when no database is open.
    Store *store() const { return m_store.get(); }

    // Emits failed() with why and returns false when the file cannot be opened.
    bool openDatabase(const QString &path, Store::OpenMode mode = Store::OpenMode::ExistingOnly);
    // Creates an empty database at a path where no file exists yet.
    bool newDatabase(const QString &path);
    // As newDatabase(), holding this summit's settings from the start; nothing
    // is left behind when it cannot be made.
    bool newSummit(const QString &path, const SummitInfo &info);
    // Writes a fresh demo database to AppSettings::demoDatabasePath() and opens it.
    bool openDemo();
    void closeDatabase();

    // Ask for the file and then the summit (NewSummitDialog); a cancelled
    // dialog leaves no file behind.
    void newSummitInteractive();
    // Summit > Properties: the same form for the open file, one undo step.
    void editPropertiesInteractive();
    void openDatabaseInteractive();

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
    void rememberDatabase(const QString &path);

    QWidget *m_window;
    QUndoStack *m_undoStack;
    std::unique_ptr<Store> m_store;
};
