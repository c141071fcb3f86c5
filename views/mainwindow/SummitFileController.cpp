#include "SummitFileController.h"

#include "AppSettings.h"
#include "commands/SetSummitPropertiesCommand.h"
#include "io/DemoScenario.h"
#include "io/SummitFile.h"
#include "mainwindow/NewSummitDialog.h"
#include "store/ActorRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreError.h"
#include "store/StoreLocation.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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

bool SummitFileController::openDatabase(const QString &path, Store::OpenMode mode)
{
    // A team database's URL is no file path.
    const QString absolute =
        StoreLocation::isTeamDatabase(path) ? path : QFileInfo(path).absoluteFilePath();
    auto store = std::make_unique<Store>();
    try {
        store->open(absolute, mode);
    } catch (const StoreError &error) {
        emit failed(tr("Cannot open the database"), error.message());
        return false;
    }
    closeDatabase();
    m_store = std::move(store);
    emit opened(m_store.get());
    rememberDatabase(absolute);
    if (!m_store->lastBackupPath().isEmpty())
        emit statusMessage(tr("The database was upgraded; a copy of the old file is at %1")
                               .arg(QDir::toNativeSeparators(m_store->lastBackupPath())),
                           15000);
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

void SummitFileController::closeDatabase()
{
    if (m_store)
        emit aboutToClose();
    m_store.reset();
    emit closed();
}

QString SummitFileController::startDirectory() const
{
    return m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
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
    const QString fileName = QFileInfo(m_store->path()).fileName();
    if (name.isEmpty())
        return tr("%1 — Summit Brief").arg(fileName);
    return tr("%1 — %2 — Summit Brief").arg(name, fileName);
}

void SummitFileController::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = AppSettings().recentDatabases();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            menu->addAction(tr("&%1  %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
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
