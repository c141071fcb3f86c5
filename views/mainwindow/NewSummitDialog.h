#pragma once

#include "domain/SummitInfo.h"
#include "io/SummitFile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The summit's properties: name, place, dates, classification marking and which
// blocs are our side and the counterpart. File > New asks them before the file is
// written; Summit > Properties edits them. What is wrong shows under the field
// as it is typed, and OK waits until nothing is.
class NewSummitDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        NewSummit,
        Properties
    };

    explicit NewSummitDialog(Mode mode, QWidget *parent = nullptr);

    // A summit without dates shows "not fixed yet" (the dates then start at today).
    void setSummit(const SummitInfo &info);
    SummitInfo summit() const;
    // Blocs offered in both bloc lists besides the usual ones (the file's actors').
    void addKnownBlocs(const QStringList &blocs);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *placeEdit() const { return m_place; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QCheckBox *datesOpenCheck() const { return m_datesOpen; }
    QComboBox *classificationCombo() const { return m_classification; }
    QComboBox *ourBlocCombo() const { return m_ourBloc; }
    QComboBox *counterpartCombo() const { return m_counterpart; }
    QPushButton *okButton() const;
    // The message shown under a field now; empty when all is well (or when only
    // the name is missing and nothing was typed there yet: OK still waits).
    QString problemText() const;

private:
    void validate();
    QComboBox *blocCombo(const QString &objectName);

    Mode m_mode;
    bool m_nameEdited = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_place = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QCheckBox *m_datesOpen = nullptr;
    QComboBox *m_classification = nullptr;
    QComboBox *m_ourBloc = nullptr;
    QComboBox *m_counterpart = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<SummitFile::Field, QLabel *> m_problems;
};
