#pragma once

#include <QListWidget>
#include <QPointer>

class Store;

// Ranked full-text results, each with the matched words in bold. Clicking a
// result asks to show that issue.
class SearchResultsView : public QListWidget
{
    Q_OBJECT
public:
    explicit SearchResultsView(QWidget *parent = nullptr);

    void setStore(Store *store);
    // Empty text clears and hides the list.
    void search(const QString &text);

    qint64 issueIdAt(int row) const;
    QString htmlAt(int row) const; // the rich text shown for a result

signals:
    void issueActivated(qint64 issueId);

private:
    QPointer<Store> m_store;
};
