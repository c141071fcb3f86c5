#pragma once

#include "domain/Actor.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Who an actor is: name, kind, bloc (one of the summit's, or a new one typed in),
// role, biography, source and whether it is illustrative. Used to add an actor
// and to edit one; what is wrong is said in the dialog, which stays open.
class ActorDialog : public QDialog
{
    Q_OBJECT
public:
    // blocs: the choices offered, the summit's own two first.
    explicit ActorDialog(const QStringList &blocs, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    // The fields as typed; id and version are those of setActor().
    Actor actor() const;

    // Asked on OK: an empty answer accepts, a message keeps the dialog open and
    // shows it.
    using Check = std::function<QString(const Actor &)>;
    void setCheck(Check check) { m_check = std::move(check); }
    void showError(const QString &message);
    QString errorText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *blocBox() const { return m_bloc; }
    QLineEdit *roleEdit() const { return m_role; }
    QPlainTextEdit *biographyEdit() const { return m_biography; }
    QLineEdit *sourceEdit() const { return m_source; }
    QCheckBox *illustrativeBox() const { return m_illustrative; }

    // The blocs to offer: the summit's two first, then the usual ones and any
    // an actor of the file already has, each once.
    static QStringList blocChoices(const QString &ourBloc, const QString &counterpartBloc,
                                   const QList<Actor> &actors);

    void accept() override;

private:
    Actor m_actor;
    Check m_check;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_bloc;
    QLineEdit *m_role;
    QPlainTextEdit *m_biography;
    QLineEdit *m_source;
    QCheckBox *m_illustrative;
    QLabel *m_error;
};
