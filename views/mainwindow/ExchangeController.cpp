#include "ExchangeController.h"

#include "io/FileImport.h"
#include "io/IssueCsvExporter.h"
#include "io/KtabCsvExporter.h"
#include "io/ScenarioExporter.h"
#include "mainwindow/ImportDialog.h"
#include "mainwindow/SummitFileController.h"
#include "mainwindow/SummitTabs.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

ExchangeController::ExchangeController(SummitFileController *files, SummitTabs *tabs,
                                       QUndoStack *undoStack, QWidget *window)
    : QObject(window), m_files(files), m_tabs(tabs), m_undoStack(undoStack), m_window(window)
{
}

Store *ExchangeController::store() const
{
    return m_files->store();
}

void ExchangeController::importInteractive()
{
    if (!store())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), m_files->startDirectory(),
        tr("Scenario, issue table or KTAB scenario (*.json *.csv)") + QStringLiteral(";;") +
            tr("Scenario (*.json)") + QStringLiteral(";;") +
            tr("Issue table or KTAB scenario (*.csv)"));
    if (!path.isEmpty())
        importFileInteractive(path);
}

void ExchangeController::importFileInteractive(const QString &path)
{
    Store *target = store();
    if (!target)
        return;
    if (FileImport::kindOf(path) == FileImport::Kind::Unknown) {
        emit failed(tr("Cannot import the file"),
                    FileImport::run(*target, path, ImportPolicy::Ask, true).error);
        return;
    }
    // What is being typed is saved first, so the preview counts it too.
    m_tabs->commitPending();
    ImportDialog dialog(
        path,
        [target, path](ImportPolicy policy) {
            return FileImport::run(*target, path, policy, true);
        },
        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString backup;
    try {
        // A file is copied beside itself first; a team database's copies are its
        // server's backups, and the import is one transaction there.
        if (!target->isTeamDatabase())
            backup = Store::backUp(target->path(), target->schemaVersion());
    } catch (const StoreError &error) {
        QApplication::restoreOverrideCursor();
        emit failed(tr("Cannot import the file"),
                    tr("No copy of the database could be kept, so nothing was imported: %1")
                        .arg(error.message()));
        return;
    }
    // Shown only when the import takes a while; Cancel rolls it back whole.
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             0, m_window);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const FileImport::Result result =
        FileImport::run(*target, path, dialog.policy(), false, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    progress.close();
    QApplication::restoreOverrideCursor();
    if (result.cancelled) {
        // The database is as it was: the copy made for this import is not needed.
        if (!backup.isEmpty())
            QFile::remove(backup);
        emit statusMessage(tr("Import cancelled: nothing was imported."), 15000);
        return;
    }
    if (!result.ok) {
        emit failed(tr("Cannot import the file"), tr("Nothing was imported: %1").arg(result.error));
        return;
    }
    // The steps on the stack refer to rows the import may have replaced.
    m_undoStack->clear();
    if (backup.isEmpty()) {
        emit statusMessage(tr("Imported %1: %2").arg(QFileInfo(path).fileName(), result.summary),
                           30000);
        return;
    }
    emit statusMessage(
        // The copy lies beside the database: its name is enough on one status line.
        tr("Imported %1: %2 The database as it was: %3.")
            .arg(QFileInfo(path).fileName(), result.summary, QFileInfo(backup).fileName()),
        30000);
}

void ExchangeController::exportScenarioInteractive()
{
    exportInteractive(Format::Scenario);
}

void ExchangeController::exportIssueTableInteractive()
{
    exportInteractive(Format::IssueTable);
}

void ExchangeController::exportKtabInteractive()
{
    exportInteractive(Format::Ktab);
}

bool ExchangeController::exportKtab(const QString &path)
{
    return exportTo(Format::Ktab, path);
}

bool ExchangeController::exportScenario(const QString &path)
{
    return exportTo(Format::Scenario, path);
}

bool ExchangeController::exportIssueTable(const QString &path)
{
    return exportTo(Format::IssueTable, path);
}

void ExchangeController::exportInteractive(Format format)
{
    Store *source = store();
    if (!source)
        return;
    const bool scenario = format == Format::Scenario;
    const QString suffix = scenario ? QStringLiteral("json") : QStringLiteral("csv");
    const bool ktab = format == Format::Ktab;
    const QString suggested = QDir(m_files->startDirectory())
                                  .filePath(QFileInfo(source->path()).completeBaseName() +
                                            (scenario ? QString()
                                             : ktab   ? QStringLiteral("-ktab")
                                                      : QStringLiteral("-issues")) +
                                            QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(m_window,
                                                scenario ? tr("Export Scenario")
                                                : ktab   ? tr("Export KTAB Scenario")
                                                         : tr("Export Issue Table"),
                                                suggested,
                                                scenario ? tr("Scenario (*.json)")
                                                : ktab   ? tr("KTAB scenario (*.csv)")
                                                         : tr("Issue table (*.csv)"),
                                                nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    if (QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Question, tr("Summit Brief"),
                        tr("%1 already exists. Replace it?")
                            .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())),
                        QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("replaceExportQuestion"));
        box.button(QMessageBox::Yes)->setText(tr("&Replace"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    exportTo(format, path);
}

bool ExchangeController::exportTo(Format format, const QString &path)
{
    Store *source = store();
    if (!source)
        return false;
    m_tabs->commitPending();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Shown only when the export takes a while; Cancel leaves no file and an
    // existing one as it was.
    QProgressDialog progress(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"),
                             0, 0, m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const ProgressCallback report = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    bool cancelled = false;
    QString error;
    QString done;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (format == Format::Scenario) {
        ScenarioExporter exporter(*source);
        exporter.setProgress(report);
        if (!exporter.writeFile(path))
            error = exporter.errorString();
        else
            done = tr("Exported the scenario to %1").arg(shown);
        cancelled = exporter.wasCancelled();
    } else if (format == Format::Ktab) {
        KtabCsvExporter exporter(*source);
        const QStringList selected = m_tabs->selectedIssueCodes();
        if (selected.size() >= 2)
            exporter.setIssueCodes(selected);
        if (!exporter.writeFile(path))
            error = exporter.errorString();
        else
            done = tr("Exported %1 as a KTAB scenario: %2 on %3")
                       .arg(shown, tr("%n actor(s)", nullptr, exporter.actorsWritten()),
                            tr("%n issue(s)", nullptr, exporter.issuesWritten()));
    } else {
        IssueCsvExporter exporter(*source);
        exporter.setProgress(report);
        if (!exporter.writeFile(path))
            error = exporter.errorString();
        else
            done =
                tr("Exported %n issue(s) to %1", nullptr, int(exporter.rowsWritten())).arg(shown);
        cancelled = exporter.wasCancelled();
    }
    progress.close();
    QApplication::restoreOverrideCursor();
    if (cancelled) {
        emit statusMessage(tr("Export cancelled: no file was written."), 15000);
        return false;
    }
    if (!error.isEmpty()) {
        emit failed(format == Format::Scenario ? tr("Cannot export the scenario")
                    : format == Format::Ktab   ? tr("Cannot export the KTAB scenario")
                                               : tr("Cannot export the issue table"),
                    error);
        return false;
    }
    emit statusMessage(done, 15000);
    return true;
}
