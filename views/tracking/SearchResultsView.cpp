#include "SearchResultsView.h"

#include "SearchResultDelegate.h"

#include "store/SearchRepository.h"
#include "store/Store.h"

namespace {
constexpr int IssueIdRole = Qt::UserRole + 1;
constexpr int HtmlRole = Qt::UserRole + 2;
constexpr int maxResults = 50;
} // namespace

SearchResultsView::SearchResultsView(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("searchResults"));
    setAccessibleName(tr("Search results"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    // Drawn by a delegate, not by label widgets: a selected row's text takes the
    // palette's highlighted-text colour, and rows wrap to the list's width.
    setItemDelegate(new SearchResultDelegate(HtmlRole, this));
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    hide();
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit issueActivated(item->data(IssueIdRole).toLongLong());
    });
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit issueActivated(item->data(IssueIdRole).toLongLong());
    });
}

void SearchResultsView::setStore(Store *store)
{
    m_store = store;
    search(QString());
}

void SearchResultsView::search(const QString &text)
{
    clear();
    const QString query = text.trimmed();
    if (query.isEmpty() || !m_store || !m_store->isOpen()) {
        hide();
        return;
    }
    QList<SearchResult> results;
    try {
        results = SearchRepository(*m_store).search(query, maxResults);
    } catch (const StoreError &error) {
        m_store->reportError(error.message());
    }
    if (results.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No issue contains all of these words."), this);
        none->setFlags(Qt::NoItemFlags);
    }
    for (const SearchResult &result : std::as_const(results)) {
        // The title and snippet are user text: escaped, only our <b> marks stay rich.
        const QString title = result.archived
                                  ? tr("(archived) %1").arg(result.title).toHtmlEscaped()
                                  : result.title.toHtmlEscaped();
        const QString html = QStringLiteral("<b>%1</b> %2<br><span style=\"color:#555\">%3</span>")
                                 .arg(result.code.toHtmlEscaped(), title,
                                      SearchRepository::snippetToHtml(result.snippet));
        auto *item = new QListWidgetItem(this);
        item->setData(IssueIdRole, result.issueId);
        item->setData(HtmlRole, html);
        item->setToolTip(result.title);
    }
    // As tall as the results, up to a few rows: the table stays the main thing.
    int height = 2 * frameWidth();
    for (int row = 0; row < count(); ++row)
        height += qMax(sizeHintForRow(row), item(row)->sizeHint().height());
    setFixedHeight(qMin(height + 2, 170));
    show();
}

qint64 SearchResultsView::issueIdAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(IssueIdRole).toLongLong() : 0;
}

QString SearchResultsView::htmlAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(HtmlRole).toString() : QString();
}
