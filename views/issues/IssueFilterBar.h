#pragma once

#include "items/IssueFilter.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QToolButton;
class QAction;

// Search box and the status, category and priority filters above the issue
// table. Typing filters after a short pause; the choices filter at once.
class IssueFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit IssueFilterBar(QWidget *parent = nullptr);

    IssueFilter filter() const;
    // Keeps the chosen category when it still exists.
    void setCategories(const QStringList &categories);
    // Shows every issue again.
    void clearFilter();

    QLineEdit *searchEdit() const { return m_search; }
    // Full-text search over the issues' texts, positions and actors.
    QLineEdit *fullTextEdit() const { return m_fullText; }
    // Shows the filter in the controls and applies it at once.
    void setFilter(const IssueFilter &filter);
    QToolButton *statusButton() const { return m_statusButton; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *priorityCombo() const { return m_priority; }
    void setStatuses(const QList<Status> &statuses);

signals:
    void filterChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // One row when the placeholders fit beside the choices, else two.
    void arrange();
    int oneRowWidth() const;

    void emitNow();
    void updateStatusButton();

    QLineEdit *m_search;
    QLineEdit *m_fullText;
    QToolButton *m_statusButton;
    QMenu *m_statusMenu;
    QAction *m_anyStatusAction;
    QList<QAction *> m_statusActions;
    QComboBox *m_category;
    QComboBox *m_priority;
    class QGridLayout *m_layout = nullptr;
    bool m_oneRow = true;
    QTimer m_typingPause;
};
