#pragma once

#include "domain/Event.h"
#include "domain/SummitInfo.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// One event of the programme, new or edited: what is wrong is said under the
// field (OK waits for a title and an end not before the start); a date far from
// the summit is only questioned, since follow-up meetings come after it.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventDialog(const SummitInfo &summit, QWidget *parent = nullptr);

    void setEvent(const Event &event);
    Event event() const; // keeps the id given to setEvent()

    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *hasEndCheck() const { return m_hasEnd; }
    QDateEdit *endEdit() const { return m_end; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *placeEdit() const { return m_place; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *sourceEdit() const { return m_source; }
    QCheckBox *illustrativeCheck() const { return m_illustrative; }
    QPushButton *okButton() const;
    QString problemText() const; // what keeps OK disabled, empty when none
    QString dateWarningText() const;

    void accept() override;

private:
    void updateState();

    SummitInfo m_summit;
    qint64 m_id = 0;
    QDateEdit *m_date;
    QLabel *m_dateWarning;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QLabel *m_endProblem;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QLabel *m_titleProblem;
    QLineEdit *m_place;
    QPlainTextEdit *m_description;
    QLineEdit *m_source;
    QCheckBox *m_illustrative;
    QLabel *m_storeProblem;
    QDialogButtonBox *m_buttons;
};
