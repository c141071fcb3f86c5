#pragma once

#include "domain/Status.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;

// Asks why an issue's status changes: the history keeps the reason and who gave
// it. Cancel leaves the status as it was.
class StatusReasonDialog : public QDialog
{
    Q_OBJECT
public:
    StatusReasonDialog(const QString &issueCode, Status from, Status to, const QString &who,
                       QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }

    // The reason, or nothing when the user cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &issueCode, Status from,
                                      Status to, const QString &who);

    // Tests answer in place of the user (no modal loop): the script gets the
    // dialog as shown and returns the reason, or nothing to cancel.
    using Script = std::function<std::optional<QString>(StatusReasonDialog &dialog)>;
    static void setScriptForTesting(Script script);

private:
    QLineEdit *m_reason;
};
