#pragma once

#include "domain/Indicator.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// One point of an indicator series, new or edited. The series is picked from
// the existing ones or typed in; an existing series brings its unit (one unit
// per series, as the dashboard and the pack draw it). The value is read in the
// user's locale; OK waits for a series name and a number.
class IndicatorPointDialog : public QDialog
{
    Q_OBJECT
public:
    // unitOfSeries: every existing series and its unit.
    IndicatorPointDialog(const QHash<QString, QString> &unitOfSeries, const QDate &defaultDate,
                         QWidget *parent = nullptr);

    void setPoint(const Indicator &point);
    Indicator point() const; // keeps the id given to setPoint()

    QComboBox *seriesCombo() const { return m_series; }
    QLineEdit *unitEdit() const { return m_unit; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *sourceEdit() const { return m_source; }
    QCheckBox *illustrativeCheck() const { return m_illustrative; }
    QPushButton *okButton() const;
    QString problemText() const; // what keeps OK disabled, empty when none

    void accept() override;

private:
    void seriesChosen();
    void updateState();

    QHash<QString, QString> m_unitOfSeries;
    qint64 m_id = 0;
    QComboBox *m_series;
    QLabel *m_seriesProblem;
    QLineEdit *m_unit;
    QLabel *m_unitNote;
    QDateEdit *m_date;
    QLineEdit *m_value;
    QLabel *m_valueProblem;
    QLineEdit *m_source;
    QCheckBox *m_illustrative;
    QLabel *m_storeProblem;
    QDialogButtonBox *m_buttons;
};
