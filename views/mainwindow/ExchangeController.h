#pragma once

#include <QObject>

class QUndoStack;
class QWidget;
class Store;
class SummitFileController;
class SummitTabs;

// File > Import (a scenario or an issue table, with a preview of what changes)
// and File > Export > Scenario JSON / Issue table CSV for the open summit.
class ExchangeController : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over `window`; an import clears `undoStack` (its steps refer
    // to rows the import may replace).
    ExchangeController(SummitFileController *files, SummitTabs *tabs, QUndoStack *undoStack,
                       QWidget *window);

    void importInteractive();
    // Asks for the file, then as below.
    void importFileInteractive(const QString &path);
    void exportScenarioInteractive();
    void exportIssueTableInteractive();
    void exportKtabInteractive();

    // Writes the file (replacing one only when asked); emits failed() when it cannot.
    bool exportScenario(const QString &path);
    bool exportIssueTable(const QString &path);
    // The issues selected in the table when there are two or more, otherwise
    // every live issue with positions, as KTAB's Spatial Model of Politics reads them.
    bool exportKtab(const QString &path);

signals:
    void failed(const QString &title, const QString &message);
    void statusMessage(const QString &message, int timeout);

private:
    enum class Format
    {
        Scenario,
        IssueTable,
        Ktab
    };
    void exportInteractive(Format format);
    bool exportTo(Format format, const QString &path);
    Store *store() const;

    SummitFileController *m_files;
    SummitTabs *m_tabs;
    QUndoStack *m_undoStack;
    QWidget *m_window;
};
