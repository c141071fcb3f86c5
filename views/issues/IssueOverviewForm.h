#pragma once

#include "domain/Issue.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;
class Store;

// The editable fields of one issue. A field is saved when the user is done with
// it (Enter, leaving the field, picking an entry), never per keystroke, as one
// undo command that names the version of the issue the form showed.
class IssueOverviewForm : public QWidget
{
    Q_OBJECT
public:
    explicit IssueOverviewForm(QWidget *parent = nullptr);

    void setContext(Store *store, QUndoStack *undoStack);
    void setIssue(qint64 issueId);
    qint64 issueId() const { return m_issue.id; }

    // Saves the field being edited, if any (before the form shows another issue).
    void commitPending();

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *priorityCombo() const { return m_priority; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QDateEdit *dueDateEdit() const { return m_dueDate; }
    QCheckBox *noDueDateCheck() const { return m_noDueDate; }
    QComboBox *likelihoodCombo() const { return m_likelihood; }
    QCheckBox *inPackCheck() const { return m_inPack; }
    QPlainTextEdit *textEdit(IssueField field) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void commit(IssueField field, const QVariant &value);
    void commitDueDate();
    QPlainTextEdit *addTextArea(IssueField field);
    void setEnabledFields(bool enabled);
    // Fields in two pairs a row when the form is wide, one pair a row when narrow.
    void arrangeFields();

    QPointer<Store> m_store;
    QPointer<QUndoStack> m_undoStack;
    Issue m_issue; // as last read from the store: old values and the version seen
    bool m_loading = false;

    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_priority;
    QLineEdit *m_owner;
    QDateEdit *m_dueDate;
    QCheckBox *m_noDueDate;
    QComboBox *m_likelihood;
    QCheckBox *m_inPack;
    QLineEdit *m_scaleLow;
    QLineEdit *m_scaleHigh;
    QLabel *m_source;
    QList<QPair<IssueField, QPlainTextEdit *>> m_texts;
    class QGridLayout *m_fields = nullptr;
    QList<QPair<QWidget *, QWidget *>> m_fieldRows; // label (may be null), field
    int m_fieldColumns = 0;
};
