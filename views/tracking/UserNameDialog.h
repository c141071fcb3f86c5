#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QLineEdit;
class QPushButton;
class Store;

// Asks the user's name once, when none is known (no USER in the environment and
// none in AppSettings): it is recorded with every status change, so OK waits for
// a name. Edit > Your Name changes it later.
class UserNameDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserNameDialog(QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *okButton() const { return m_ok; }

    void accept() override;

    // True when the user's name is known, asking (and keeping it in AppSettings
    // and the store) if it was not; false when the user cancelled.
    static bool ensure(QWidget *parent, Store &store);

    // Tests answer in place of the user: the name, or nothing to cancel.
    using Script = std::function<std::optional<QString>(UserNameDialog &dialog)>;
    static void setScriptForTesting(Script script);

private:
    QLineEdit *m_name;
    QPushButton *m_ok = nullptr;
};
