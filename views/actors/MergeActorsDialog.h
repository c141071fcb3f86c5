#pragma once

#include "domain/Actor.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class Store;

// Merge one actor into another: pick the actor that stays, and read what will
// happen to the positions before it does.
class MergeActorsDialog : public QDialog
{
    Q_OBJECT
public:
    MergeActorsDialog(Store &store, const Actor &from, const QList<Actor> &actors,
                      QWidget *parent = nullptr);

    // The actor that keeps the positions; 0 when none is chosen.
    qint64 intoId() const;
    void setIntoId(qint64 id);
    QComboBox *intoBox() const { return m_into; }
    QString summaryText() const;

private:
    void showSummary();

    QPointer<Store> m_store;
    Actor m_from;
    QList<qint64> m_fromIssues;
    QComboBox *m_into;
    QLabel *m_summary;
};
