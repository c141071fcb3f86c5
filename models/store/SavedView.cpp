#include "SavedView.h"

#include "domain/IssueColumns.h"

#include <QJsonArray>

namespace {

// Column keys in IssueColumns::Column order.
const char *const columnKeys[] = {"code",     "title", "category", "status",
                                  "priority", "owner", "due_date", "days_before_summit"};
static_assert(std::size(columnKeys) == IssueColumns::ColumnCount);

} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("version"), 1);
    object.insert(QStringLiteral("filter_text"), filter.text);
    QJsonArray statuses;
    for (Status status : filter.statuses)
        statuses.append(StatusText::key(status));
    object.insert(QStringLiteral("statuses"), statuses);
    object.insert(QStringLiteral("category"), filter.category);
    object.insert(QStringLiteral("priority"), filter.priority
                                                  ? QJsonValue(PriorityText::key(*filter.priority))
                                                  : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("search_text"), filter.searchText);
    object.insert(QStringLiteral("show_archived"), filter.showArchived);
    const int column = sortColumn >= 0 && sortColumn < IssueColumns::ColumnCount ? sortColumn : 0;
    object.insert(QStringLiteral("sort_column"), QLatin1String(columnKeys[column]));
    object.insert(QStringLiteral("sort_order"), sortOrder == Qt::DescendingOrder
                                                    ? QStringLiteral("descending")
                                                    : QStringLiteral("ascending"));
    return object;
}

SavedView SavedView::fromJson(const QString &name, const QJsonObject &definition)
{
    SavedView view;
    view.name = name;
    view.filter.text = definition.value(QStringLiteral("filter_text")).toString();
    for (const QJsonValue &value : definition.value(QStringLiteral("statuses")).toArray()) {
        if (const std::optional<Status> status = StatusText::fromKey(value.toString()))
            view.filter.statuses.append(*status);
    }
    view.filter.category = definition.value(QStringLiteral("category")).toString();
    view.filter.priority =
        PriorityText::fromKey(definition.value(QStringLiteral("priority")).toString());
    view.filter.searchText = definition.value(QStringLiteral("search_text")).toString();
    // Absent in views saved before archiving existed: they list live issues only.
    view.filter.showArchived = definition.value(QStringLiteral("show_archived")).toBool(false);
    const QString column = definition.value(QStringLiteral("sort_column")).toString();
    for (int i = 0; i < IssueColumns::ColumnCount; ++i) {
        if (column == QLatin1String(columnKeys[i]))
            view.sortColumn = i;
    }
    view.sortOrder =
        definition.value(QStringLiteral("sort_order")).toString() == QLatin1String("descending")
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
    return view;
}
