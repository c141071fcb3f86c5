#pragma once

#include "domain/Status.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class Store;

// Asks why the status of one or more issues changes: the history keeps the
// reason and who gave it, so OK waits for a reason. Cancel leaves the status as
// it was.
class StatusReasonDialog : public QDialog
{
    Q_OBJECT
public:
    // One issue's part of the change: its code and the status it has now.
    struct Change
    {
        QString code;
        Status from;
    };

    StatusReasonDialog(const QList<Change> &changes, Status to, const QString &who,
                       QWidget *parent = nullptr);
    StatusReasonDialog(const QString &issueCode, Status from, Status to, const QString &who,
                       QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }
    QString changeText() const;
    QString hintText() const;

    void accept() override;

    // The reason, or nothing when the user cancelled. Asks the user's name
    // first when the store has none (UserNameDialog), so no change is recorded
    // without a "by".
    static std::optional<QString> ask(QWidget *parent, const QList<Change> &changes, Status to,
                                      Store &store);
    static std::optional<QString> ask(QWidget *parent, const QString &issueCode, Status from,
                                      Status to, Store &store);

    // Tests answer in place of the user (no modal loop): the script gets the
    // dialog as shown and returns the reason, or nothing to cancel.
    using Script = std::function<std::optional<QString>(StatusReasonDialog &dialog)>;
    static void setScriptForTesting(Script script);

private:
    void updateOk();

    QLineEdit *m_reason;
    QLabel *m_change;
    QLabel *m_hint;
    QPushButton *m_ok = nullptr;
};
