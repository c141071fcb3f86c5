#pragma once

#include "domain/Issue.h"

#include <QMap>
#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <optional>

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
// undo command. The edit names the version of the issue the user started from:
// a field a colleague saved meanwhile is a conflict the user settles, never
// silently written over, even when the form refreshed while the user typed.
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
    QComboBox *decisionRuleCombo() const { return m_decisionRule; }
    QLineEdit *decisionRuleSourceEdit() const { return m_ruleSource; }
    QPlainTextEdit *textEdit(IssueField field) const;
    QLineEdit *scaleLowEdit() const { return m_scaleLow; }
    QLineEdit *scaleHighEdit() const { return m_scaleHigh; }
    // "123 / 20,000" under a text area; names the limit when text was refused.
    QLabel *textCounter(IssueField field) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void commit(IssueField field, const QVariant &value);
    // The value and version the user's edit of `field` starts from; kept until
    // it is saved, so a refresh meanwhile does not make a stale edit look fresh.
    void beginEdit(IssueField field);
    void forgetEdits();
    // Typed text is saved or dropped: the field follows the store again.
    void finishEdit(IssueField field);
    // The field a line edit or text area edits, if it is one the user types in.
    std::optional<IssueField> typedField(const QObject *editor) const;
    QPlainTextEdit *addTextArea(IssueField field, QLabel **counter);
    void updateCounter(IssueField field);
    void commitDueDate();
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
    // How the outcome is decided, and why (the forecast follows the rule).
    QComboBox *m_decisionRule;
    QLineEdit *m_ruleSource;
    QLineEdit *m_scaleLow;
    QLineEdit *m_scaleHigh;
    QLabel *m_source;
    QLabel *m_objectiveTitle = nullptr; // "<our bloc> objective", from the summit's settings
    QList<QPair<IssueField, QPlainTextEdit *>> m_texts;
    class QGridLayout *m_fields = nullptr;
    QList<QPair<QWidget *, QWidget *>> m_fieldRows; // label (may be null), field
    int m_fieldColumns = 0;
    QMap<IssueField, QLabel *> m_counters;
    struct EditStart
    {
        QVariant value;
        int version = 0;
    };
    QMap<IssueField, EditStart> m_editStarts;
    // Widgets whose edit starts when they take the focus (choices, not typing).
    QMap<QObject *, IssueField> m_focusFields;
};
