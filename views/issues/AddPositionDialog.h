#pragma once

#include "domain/Actor.h"
#include "domain/Position.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

// Adds one actor's position on an issue: pick an actor not yet on it (the search
// field filters the list by name, bloc or role), then position, salience and
// clout (whole numbers from 0 to 100, refused otherwise, never changed) and the
// stance.
class AddPositionDialog : public QDialog
{
    Q_OBJECT
public:
    // actors: those without a position on the issue.
    AddPositionDialog(const QString &issueCode, const QString &scaleLow, const QString &scaleHigh,
                      const QList<Actor> &actors, QWidget *parent = nullptr);

    // The position as typed, for issueId; valid only after accept().
    Position position(qint64 issueId) const;
    qint64 actorId() const;
    void setActorId(qint64 actorId);
    void showError(const QString &message);
    QString errorText() const;

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *actorList() const { return m_actors; }
    QLineEdit *positionEdit() const { return m_position; }
    QLineEdit *salienceEdit() const { return m_salience; }
    QLineEdit *cloutEdit() const { return m_clout; }
    QPlainTextEdit *stanceEdit() const { return m_stance; }
    QLineEdit *sourceEdit() const { return m_source; }
    QCheckBox *illustrativeBox() const { return m_illustrative; }
    // The actors the search leaves in the list, in order.
    QStringList shownActors() const;

    void accept() override;

private:
    void filter(const QString &text);

    QLineEdit *m_search;
    QListWidget *m_actors;
    QLineEdit *m_position;
    QLineEdit *m_salience;
    QLineEdit *m_clout;
    QPlainTextEdit *m_stance;
    QLineEdit *m_source;
    QCheckBox *m_illustrative;
    QLabel *m_error;
};
