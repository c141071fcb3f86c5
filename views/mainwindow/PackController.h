#pragma once

#include "briefing/PackExportDialog.h"

#include <QObject>

class QPrinter;
class Store;
class SummitFileController;
class SummitTabs;
class QWidget;

// The briefing pack from the window: export to a file, print preview and print,
// for every issue, the selected ones or what the filter shows in the tabs.
class PackController : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `window`.
    PackController(SummitFileController *files, SummitTabs *tabs, QWidget *window);

    void exportPackInteractive();
    void printPreviewInteractive();
    void printInteractive();
    // Paints the briefing pack onto the printer (what print and print preview do);
    // emits failed() and returns false when it cannot.
    bool printPack(QPrinter *printer, const PackOptions &options);

signals:
    void failed(const QString &title, const QString &message);
    void warning(const QString &message);
    void statusMessage(const QString &message, int timeout);

private:
    Store *store() const;
    // The export dialog's default file and its count of the issues it would brief.
    void prepareDialog(PackExportDialog &dialog);
    // Asks for the pack to print; false when cancelled or no issue is chosen.
    bool askPrintOptions(PackOptions *options);
    // The codes of the issues the scope names; false, with a message, when none.
    bool packIssueCodes(PackExportDialog::Scope scope, QStringList *codes);
    QString databaseClassification() const;

    SummitFileController *m_files;
    SummitTabs *m_tabs;
    QWidget *m_window;
};
