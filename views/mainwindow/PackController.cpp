#include "PackController.h"

#include "briefing/BriefingPackComposer.h"
#include "briefing/PackExport.h"
#include "briefing/PackWriter.h"
#include "items/IssueTableModel.h"
#include "mainwindow/SummitFileController.h"
#include "mainwindow/SummitTabs.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QWidget>

PackController::PackController(SummitFileController *files, SummitTabs *tabs, QWidget *window)
    : QObject(window), m_files(files), m_tabs(tabs), m_window(window)
{
}

Store *PackController::store() const
{
    return m_files->store();
}

QString PackController::databaseClassification() const
{
    try {
        return store()->settings().summit().classification;
    } catch (const StoreError &) {
        // Only a default for the dialog: the pack itself reports a broken store.
        return {};
    }
}

bool PackController::packIssueCodes(PackExportDialog::Scope scope, QStringList *codes)
{
    codes->clear();
    if (scope == PackExportDialog::Scope::Selected) {
        *codes = m_tabs->selectedIssueCodes();
    } else if (scope == PackExportDialog::Scope::Filtered) {
        // The model filters in SQL and knows its true row count; its rows are the filter.
        for (int row = 0; row < m_tabs->issueModel()->rowCount(); ++row)
            codes->append(
                m_tabs->issueModel()->index(row, IssueTableModel::CodeColumn).data().toString());
    } else {
        return true; // no codes: every issue
    }
    if (codes->isEmpty()) {
        // An empty list would mean every issue: refuse rather than print too much.
        emit failed(tr("Cannot make the briefing pack"), tr("No issue is chosen."));
        return false;
    }
    return true;
}

void PackController::prepareDialog(PackExportDialog &dialog)
{
    QString summitName;
    try {
        summitName = store()->settings().summit().name;
    } catch (const StoreError &) {
        // Only the suggested file name suffers.
    }
    dialog.setDatabase(store()->path(), summitName);
    dialog.setDefaultPreparedBy(store()->userName());
    dialog.setIssueCounter([this](PackExportDialog::Scope scope, const PackOptions &) -> qsizetype {
        if (scope == PackExportDialog::Scope::Selected)
            return m_tabs->selectedIssueCodes().size();
        if (scope == PackExportDialog::Scope::Filtered)
            return m_tabs->issueModel()->rowCount();
        // Every issue: those marked for the pack and not archived.
        try {
            return BriefingPackComposer(*store()).issuesInPack();
        } catch (const StoreError &) {
            return 1; // the export itself reports a broken store
        }
    });
}

void PackController::exportPackInteractive()
{
    if (!store())
        return;
    PackExportDialog dialog(PackExportDialog::Purpose::Export, databaseClassification(),
                            m_tabs->issueModel()->rowCount(),
                            int(m_tabs->selectedIssueCodes().size()), m_window);
    prepareDialog(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PackOptions options = dialog.options();
    if (!packIssueCodes(dialog.scope(), &options.issueCodes))
        return;
    const QString path = QDir::fromNativeSeparators(dialog.outputPath());
    QString error;
    int pages = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    emit statusMessage(tr("Exporting the briefing pack…"), 0);
    QString logWarning;
    // Shown only when the export takes a while; Cancel leaves no file and an
    // existing one as it was.
    QProgressDialog progress(tr("Writing the briefing pack…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("packProgress"));
    progress.setWindowTitle(tr("Export Briefing Pack"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const bool ok = exportPack(*store(), options, path, dialog.format(), &error, &pages,
                               &logWarning, [&progress](int done, int total) {
                                   progress.setMaximum(total);
                                   progress.setValue(done);
                                   return !progress.wasCanceled();
                               });
    const bool cancelled = progress.wasCanceled();
    progress.close();
    QApplication::restoreOverrideCursor();
    emit statusMessage(QString(), 0);
    if (cancelled && !ok) {
        emit statusMessage(tr("Export cancelled: no file was written."), 15000);
        return;
    }
    if (!ok) {
        emit failed(tr("Cannot export the briefing pack"), error);
        return;
    }
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (!logWarning.isEmpty()) {
        emit warning(logWarning);
        return;
    }
    emit statusMessage(pages > 0 ? tr("Exported %n page(s) to %1", nullptr, pages).arg(shown)
                                 : tr("Exported the briefing pack to %1").arg(shown),
                       15000);
}

bool PackController::askPrintOptions(PackOptions *options)
{
    if (!store())
        return false;
    PackExportDialog dialog(PackExportDialog::Purpose::Print, databaseClassification(),
                            m_tabs->issueModel()->rowCount(),
                            int(m_tabs->selectedIssueCodes().size()), m_window);
    prepareDialog(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    return packIssueCodes(dialog.scope(), &options->issueCodes);
}

bool PackController::printPack(QPrinter *printer, const PackOptions &options)
{
    if (!store())
        return false;
    // Margins, markings and page numbers are the pack's own, drawn from the paper's edge.
    printer->setFullPage(true);
    printer->setDocName(tr("Briefing pack"));
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = paintPack(*store(), options, printer, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        emit failed(tr("Cannot print the briefing pack"), error);
    return ok;
}

void PackController::printPreviewInteractive()
{
    PackOptions options;
    if (!askPrintOptions(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(PackWriter::Resolution);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(QStringLiteral("packPrintPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, &options](QPrinter *target) { printPack(target, options); });
    preview.exec();
}

void PackController::printInteractive()
{
    PackOptions options;
    if (!askPrintOptions(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(PackWriter::Resolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("packPrintDialog"));
    if (dialog.exec() == QDialog::Accepted)
        printPack(&printer, options);
}
