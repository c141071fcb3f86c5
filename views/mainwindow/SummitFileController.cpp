#include "SummitFileController.h"

#include "AppSettings.h"
#include "commands/SetSummitPropertiesCommand.h"
#include "io/DemoScenario.h"
#include "io/SummitFile.h"
#include "mainwindow/NewSummitDialog.h"
#include "mainwindow/TeamDatabaseDialog.h"
#include "store/ActorRepository.h"
#include "store/BlocGapRepository.h"
#include "store/SearchRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace {

QString databaseFilter()
{
    return QCoreApplication::translate("SummitFileController",
                                       "Summit Brief database (*.db *.sqlite)") +
           QStringLiteral(";;") +
           QCoreApplication::translate("SummitFileController", "All files (*)");
}

} // namespace

SummitFileController::SummitFileController(QWidget *window, QUndoStack *undoStack)
    : QObject(window), m_window(window), m_undoStack(undoStack)
{
}

SummitFileController::~SummitFileController() = default;

bool SummitFileController::openDatabase(const QString &location, Store::OpenMode mode)
{
    const StoreLocation parsed = StoreLocation::parse(location);
    if (!parsed.isValid()) {
        emit failed(tr("Cannot open the database"), parsed.error());
        return false;
    }
    if (parsed.isPostgreSQL())
        return openTeamDatabase(parsed, parsed.password());
    QString error;
    const QString absolute = QFileInfo(location).absoluteFilePath();
    Outcome outcome = tryOpen(absolute, mode, QString(), &error);
    // A file the user may read but not write (a colleague's, on a read-only
    // share) is still worth reading: it opens read-only, never upgraded.
    const QFileInfo file(absolute);
    if (outcome == Outcome::Failed && mode == Store::OpenMode::ExistingOnly && file.isFile() &&
        (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()))
        outcome = tryOpen(absolute, Store::OpenMode::NoUpgrade, QString(), &error);
    if (outcome != Outcome::Opened) {
        emit failed(tr("Cannot open the database"), error);
        return false;
    }
    return true;
}

bool SummitFileController::openTeamDatabase(const StoreLocation &location, const QString &password)
{
    if (!location.isValid()) {
        emit failed(tr("Cannot connect to the team database"), location.error());
        return false;
    }
    QString typed = password;
    for (;;) {
        QString error;
        switch (tryOpen(location.toString(), Store::OpenMode::ExistingOnly, typed, &error)) {
        case Outcome::Opened:
            return true;
        case Outcome::NeedsPassword:
            if (askPassword(location, error, &typed))
                continue;
            return false;
        case Outcome::Failed:
            emit failed(tr("Cannot connect to the team database"), error);
            return false;
        }
    }
}

SummitFileController::Outcome SummitFileController::tryOpen(const QString &location,
                                                            Store::OpenMode mode,
                                                            const QString &password, QString *error)
{
    auto store = std::make_unique<Store>();
    store->setPassword(password);
    try {
        store->open(location, mode);
    } catch (const StoreError &refused) {
        *error = refused.message();
        return refused.kind() == StoreError::Kind::Authentication ? Outcome::NeedsPassword
                                                                  : Outcome::Failed;
    }
    closeDatabase();
    m_store = std::move(store);
    // Remembered first: what the window does on opened() may stop to show an error.
    // Never the password: StoreLocation::toString() leaves it out.
    rememberDatabase(StoreLocation::parse(location).toString());
    emit opened(m_store.get());
    if (!m_store->lastBackupPath().isEmpty())
        emit statusMessage(tr("The database was upgraded; a copy of the old file is at %1")
                               .arg(QDir::toNativeSeparators(m_store->lastBackupPath())),
                           15000);
    return Outcome::Opened;
}

bool SummitFileController::askPassword(const StoreLocation &location, const QString &why,
                                       QString *password)
{
    if (m_passwordPrompt)
        return m_passwordPrompt(location, why, password);
    bool ok = false;
    const QString typed = QInputDialog::getText(
        m_window, tr("Team Database Password"),
        tr("%1\n\nPassword for %2 on %3:")
            .arg(why, location.user().isEmpty() ? Store::accountName() : location.user(),
                 location.displayName()),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    *password = typed;
    return true;
}

bool SummitFileController::newDatabase(const QString &path)
{
    if (QFileInfo::exists(path)) {
        emit failed(tr("Cannot create the database"),
                    tr("%1 already exists. Choose a new file name: a new database never "
                       "replaces a file.")
                        .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return openDatabase(path, Store::OpenMode::CreateIfMissing);
}

bool SummitFileController::newSummit(const QString &path, const SummitInfo &info)
{
    QString error;
    if (!SummitFile::create(path, info, &error)) {
        emit failed(tr("Cannot create the summit"), error);
        return false;
    }
    return openDatabase(path);
}

bool SummitFileController::openDemo()
{
    const QString path = AppSettings::demoDatabasePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The demo file is replaced on disk: let go of it first if it is the one open.
    if (m_store && QFileInfo(m_store->path()) == QFileInfo(path))
        closeDatabase();
    QString error;
    // The app's own demo file: replaced, after a backup like any database.
    if (!DemoScenario::write(path, true, &error)) {
        emit failed(tr("Cannot write the demo"), error);
        return false;
    }
    return openDatabase(path);
}

bool SummitFileController::openOrWriteDemo()
{
    const QString path = AppSettings::demoDatabasePath();
    if (QFileInfo::exists(path))
        return openDatabase(path);
    return openDemo();
}

void SummitFileController::closeDatabase()
{
    if (m_store) {
        emit aboutToClose();
        // The search index and the gaps are brought up to date lazily; a summit
        // left complete reads in full when opened read-only (a reader, a copy).
        if (!m_store->isReadOnly() && m_store->isOpen()) {
            try {
                SearchRepository(*m_store).sync();
                BlocGapRepository(m_store->database()).sync();
            } catch (const StoreError &) {
                // The next writer's search or dashboard does it.
            }
        }
    }
    m_store.reset();
    emit closed();
}

QString SummitFileController::startDirectory() const
{
    return m_store && !m_store->isTeamDatabase() ? QFileInfo(m_store->path()).absolutePath()
                                                 : QDir::homePath();
}

void SummitFileController::newSummitInteractive()
{
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("New Summit"), startDirectory(), databaseFilter(),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        newDatabase(path); // says why it refuses, before anything is typed
        return;
    }
    NewSummitDialog dialog(NewSummitDialog::Mode::NewSummit, m_window);
    // Nothing is written before Create: a cancelled dialog leaves no file behind.
    if (dialog.exec() != QDialog::Accepted)
        return;
    newSummit(path, dialog.summit());
}

void SummitFileController::editPropertiesInteractive()
{
    if (!m_store)
        return;
    SummitInfo before;
    QStringList blocs;
    try {
        before = m_store->settings().summit();
        for (const Actor &actor : m_store->actors().all()) {
            if (!blocs.contains(actor.bloc))
                blocs.append(actor.bloc);
        }
    } catch (const StoreError &error) {
        emit failed(tr("Cannot read the summit's properties"), error.message());
        return;
    }
    NewSummitDialog dialog(NewSummitDialog::Mode::Properties, m_window);
    dialog.addKnownBlocs(blocs);
    dialog.setSummit(before);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SummitInfo after = dialog.summit();
    if (SetSummitPropertiesCommand::same(before, after))
        return; // nothing to undo
    m_undoStack->push(new SetSummitPropertiesCommand(*m_store, before, after));
}

void SummitFileController::openDatabaseInteractive()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Database"),
                                                      startDirectory(), databaseFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void SummitFileController::connectTeamDatabaseInteractive()
{
    TeamDatabaseDialog dialog(m_window);
    // Start from the team database open now, else the last one used.
    if (m_store && m_store->isTeamDatabase()) {
        dialog.setLocation(StoreLocation::parse(m_store->path()));
    } else {
        for (const QString &recent : AppSettings().recentDatabases()) {
            if (StoreLocation::isTeamDatabase(recent)) {
                dialog.setLocation(StoreLocation::parse(recent));
                break;
            }
        }
    }
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        switch (tryOpen(dialog.location().toString(), Store::OpenMode::ExistingOnly,
                        dialog.password(), &error)) {
        case Outcome::Opened:
            return;
        case Outcome::NeedsPassword:
            dialog.setMessage(error);
            dialog.passwordEdit()->clear();
            dialog.passwordEdit()->setFocus();
            continue;
        case Outcome::Failed:
            emit failed(tr("Cannot connect to the team database"), error);
            return;
        }
    }
}

QString SummitFileController::summitName() const
{
    if (!m_store)
        return {};
    const StoreLocation location = StoreLocation::parse(m_store->path());
    if (location.isPostgreSQL())
        return tr("%1 (team database)").arg(location.displayName());
    return location.displayName();
}

QString SummitFileController::readOnlyReason() const
{
    if (!m_store || !m_store->isReadOnly())
        return {};
    if (m_store->isReaderAccount())
        return tr("Your account can read this team database but not change it: ask its "
                  "administrator for the editor role.");
    if (m_store->isTeamDatabase())
        return tr("The team database refuses changes from this connection.");
    const QFileInfo file(m_store->path());
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        return tr("The file or its folder cannot be written: to change the summit, make it "
                  "writable or copy the file to a folder you can write to.");
    return tr("The file was opened for reading only.");
}

QString SummitFileController::windowTitle() const
{
    if (!m_store)
        return tr("Summit Brief");
    QString name;
    try {
        name = m_store->settings().summit().name;
    } catch (const StoreError &) {
        // The title is cosmetic; the error shows where the data is used.
    }
    const QString where = summitName();
    if (name.isEmpty())
        return tr("%1 — Summit Brief").arg(where);
    return tr("%1 — %2 — Summit Brief").arg(name, where);
}

void SummitFileController::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    menu->setToolTipsVisible(true);
    const QStringList recent = AppSettings().recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        const StoreLocation location = StoreLocation::parse(path);
        // A team database by its name and server; its URL in the tips.
        const QString shown = location.isPostgreSQL()
                                  ? tr("%1 (team database)").arg(location.displayName())
                                  : QDir::toNativeSeparators(path);
        const QString where =
            location.isPostgreSQL() ? location.toString() : QDir::toNativeSeparators(path);
        QString label = shown;
        label.replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = menu->addAction(tr("&%1  %2").arg(i + 1).arg(label));
        action->setStatusTip(where);
        action->setToolTip(where);
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = menu->addAction(tr("No recent databases"));
        none->setEnabled(false);
    }
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this, menu] {
        AppSettings().clearRecentDatabases();
        fillRecentMenu(menu);
    });
}

void SummitFileController::rememberDatabase(const QString &path)
{
    AppSettings settings;
    settings.setLastDatabase(path);
    settings.addRecentDatabase(path);
}
