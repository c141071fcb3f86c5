#pragma once

#include "io/FileImport.h"
#include "io/ImportPolicy.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

// File > Import: what to do with records the database already holds (refuse,
// keep them, replace them) and, before anything is written, what the import
// will change, from a dry run that follows the choice. Import waits until the
// dry run succeeds and changes something.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    using Preview = std::function<FileImport::Result(ImportPolicy)>;

    ImportDialog(const QString &path, Preview preview, QWidget *parent = nullptr);

    ImportPolicy policy() const;
    void setPolicy(ImportPolicy policy);

    QRadioButton *askButton() const { return m_ask; }
    QRadioButton *skipButton() const { return m_skip; }
    QRadioButton *replaceButton() const { return m_replace; }
    QPushButton *importButton() const;
    // The dry run's summary, or why the file cannot be imported.
    QString previewText() const;
    const FileImport::Result &lastPreview() const { return m_result; }

private:
    void updatePreview();

    Preview m_preview;
    FileImport::Result m_result;
    QRadioButton *m_ask = nullptr;
    QRadioButton *m_skip = nullptr;
    QRadioButton *m_replace = nullptr;
    QButtonGroup *m_group = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
