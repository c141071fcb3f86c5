#include "SavedViewRepository.h"

#include "Sql.h"
#include "Store.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

// Compact JSON with sorted keys: the same view is always the same text.
QString definitionText(const SavedView &view)
{
    return QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact));
}

QList<SavedView> viewsFrom(QSqlQuery query)
{
    QList<SavedView> list;
    while (Sql::next(query)) {
        SavedView view = SavedView::fromJson(
            query.value(0).toString(),
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
        view.createdBy = query.value(2).toString();
        view.createdAt = Sql::toDateTime(query.value(3));
        list.append(view);
    }
    return list;
}

} // namespace

SavedViewRepository::SaveResult SavedViewRepository::save(SavedView &view, bool replaceExisting,
                                                          bool keepStamp)
{
    view.name = view.name.trimmed();
    if (view.name.isEmpty())
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("SavedViewRepository", "A saved view needs a name."));
    const QSqlDatabase db = m_store.database();
    Sql::Transaction transaction(db);
    const bool exists = byName(view.name).has_value();
    if (exists && !replaceExisting)
        return SaveResult::NameTaken;
    if (!keepStamp || view.createdBy.isEmpty() || !view.createdAt.isValid()) {
        view.createdBy = m_store.userName();
        view.createdAt = Sql::toDateTime(Sql::now());
    }
    const QString now = Sql::toText(view.createdAt);
    if (exists)
        Sql::exec(db,
                  QStringLiteral("UPDATE saved_view SET definition = ?, created_by = ?, "
                                 "created_at = ? WHERE name = ?"),
                  {definitionText(view), view.createdBy, now, view.name});
    else
        Sql::exec(db,
                  QStringLiteral("INSERT INTO saved_view (name, definition, created_by, "
                                 "created_at) VALUES (?, ?, ?, ?)"),
                  {view.name, definitionText(view), view.createdBy, now});
    transaction.commit();
    m_store.notifySavedViewsChanged();
    return exists ? SaveResult::Replaced : SaveResult::Saved;
}

QList<SavedView> SavedViewRepository::all() const
{
    return viewsFrom(Sql::exec(m_store.database(),
                               QStringLiteral("SELECT name, definition, created_by, created_at "
                                              "FROM saved_view ORDER BY name")));
}

std::optional<SavedView> SavedViewRepository::byName(const QString &name) const
{
    const QList<SavedView> list =
        viewsFrom(Sql::exec(m_store.database(),
                            QStringLiteral("SELECT name, definition, created_by, created_at "
                                           "FROM saved_view WHERE name = ?"),
                            {name.trimmed()}));
    return list.isEmpty() ? std::nullopt : std::optional<SavedView>(list.first());
}

void SavedViewRepository::remove(const QString &name)
{
    QSqlQuery query =
        Sql::exec(m_store.database(), QStringLiteral("DELETE FROM saved_view WHERE name = ?"),
                  {name.trimmed()});
    if (query.numRowsAffected() != 1)
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("SavedViewRepository",
                                                     "There is no saved view named \"%1\".")
                             .arg(name.trimmed()));
    m_store.notifySavedViewsChanged();
}
