#pragma once

#include "briefing/PackOptions.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Asks which issues and sections go into a briefing pack, how it is marked, its
// language and, when exporting, the format and the file. Every choice but the
// language is remembered between runs (AppSettings) when the dialog is accepted;
// the language starts as the window's each time.
class PackExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Export, // asks for a format and a file
        Print   // the same pack, for a printer or the print preview
    };
    enum class Scope
    {
        All,
        Filtered, // the issues the table's filter shows
        Selected  // the table's selected rows
    };

    // The database's classification is offered until the user has chosen one.
    PackExportDialog(Purpose purpose, const QString &databaseClassification, int filteredCount,
                     int selectedCount, QWidget *parent = nullptr);

    Scope scope() const;
    // Everything but the issue codes, which depend on the scope.
    PackOptions options() const;
    PackFormat format() const;
    QString outputPath() const;

    static QString suffixFor(PackFormat format);

    // The name the pack prints when "Prepared by" is left empty (the user's
    // name in the store): the empty box shows it.
    void setDefaultPreparedBy(const QString &name);

    // Where an export goes by default: the folder the last pack of this database
    // went to if it still exists, else Documents (or home); the file is named
    // after the summit and the date.
    void setDatabase(const QString &databasePath, const QString &summitName,
                     const QDate &date = QDate::currentDate());
    static QString defaultFileName(const QString &summitName, const QDate &date, PackFormat format);

    // How many issue briefs the chosen scope and options give; a pack without
    // any is questioned before the dialog closes.
    using IssueCounter = std::function<qsizetype(Scope scope, const PackOptions &options)>;
    void setIssueCounter(IssueCounter counter) { m_issueCounter = std::move(counter); }

    QRadioButton *allButton() const { return m_allButton; }
    QRadioButton *filteredButton() const { return m_filteredButton; }
    QRadioButton *selectedButton() const { return m_selectedButton; }
    QCheckBox *sectionBox(PackSection section) const;
    QComboBox *classificationCombo() const { return m_classificationCombo; }
    QLineEdit *registrationEdit() const { return m_registrationEdit; }
    QSpinBox *copySpin() const { return m_copySpin; }
    QLineEdit *preparedByEdit() const { return m_preparedByEdit; }
    QComboBox *formatCombo() const { return m_formatCombo; }
    // The pack's own language ("en", "fr" as item data), the window's at first.
    QComboBox *languageCombo() const { return m_languageCombo; }
    QLineEdit *pathEdit() const { return m_pathEdit; }
    QPushButton *browseButton() const { return m_browseButton; }
    QPushButton *acceptButton() const;

    void accept() override;

private:
    void loadSettings(const QString &databaseClassification);
    void saveSettings() const;
    void browse();
    void onFormatChanged();
    void updateButtons();
    // False when the user would rather go back (an existing file, an empty pack).
    bool confirmOverwrite();
    bool confirmEmptyPack();

    Purpose m_purpose;
    QRadioButton *m_allButton = nullptr;
    QRadioButton *m_filteredButton = nullptr;
    QRadioButton *m_selectedButton = nullptr;
    QCheckBox *m_programmeBox = nullptr;
    QCheckBox *m_steeringBox = nullptr;
    QCheckBox *m_briefsBox = nullptr;
    QCheckBox *m_annexesBox = nullptr;
    QComboBox *m_classificationCombo = nullptr;
    QLineEdit *m_registrationEdit = nullptr;
    QSpinBox *m_copySpin = nullptr;
    QLineEdit *m_preparedByEdit = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_databasePath;
    QString m_summitName;
    QDate m_date = QDate::currentDate();
    // The file dialog asked about replacing this path already.
    QString m_pathConfirmedByFileDialog;
    IssueCounter m_issueCounter;
};
