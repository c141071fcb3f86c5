#include "BlocGapRepository.h"

#include "Sql.h"
#include "domain/SummitInfo.h"
#include "domain/WeightedMedian.h"

#include <QHash>
#include <QSqlError>

#include <cmath>

namespace {

// The settings key that records which two sides bloc_gap was computed for.
const QString computedForKey = QStringLiteral("bloc_gap_sides");

QString setting(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    const QVariant value =
        Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return value.isValid() ? value.toString() : fallback;
}

} // namespace

int BlocGapRepository::sync()
{
    // The table's columns keep their first names: `eu` holds our side's median
    // and `china` the counterpart's, whichever blocs the summit compares.
    const QString ours = setting(m_db, QStringLiteral("our_bloc"), SummitInfo::defaultOurBloc());
    const QString theirs =
        setting(m_db, QStringLiteral("counterpart_bloc"), SummitInfo::defaultCounterpartBloc());
    const QString sides = ours + QLatin1Char('\n') + theirs;
    const bool sidesChanged = setting(m_db, computedForKey, QString()) != sides;
    if (!sidesChanged &&
        !Sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM bloc_gap_stale)")).toBool())
        return 0;
    Sql::Transaction transaction(m_db);
    if (sidesChanged) {
        // Another side makes every stored gap wrong, not only the queued ones.
        Sql::exec(m_db, QStringLiteral("INSERT INTO bloc_gap_stale (issue_id) SELECT id FROM issue "
                                       "WHERE true ON CONFLICT (issue_id) DO NOTHING"));
        Sql::exec(m_db,
                  QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {computedForKey, sides});
    }
    const int stale =
        Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")).toInt();

    QHash<qint64, QList<Position>> byIssue;
    {
        // Forward-only: a full recompute reads hundreds of thousands of rows once.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral(
                "SELECT p.issue_id, a.bloc, p.position, p.salience, p.clout FROM position p "
                "JOIN actor a ON a.id = p.actor_id WHERE a.bloc IN (?, ?) "
                "AND p.issue_id IN (SELECT issue_id FROM bloc_gap_stale)")))
            throw Sql::errorFrom(query.driver(), query.lastError(), QString());
        query.addBindValue(ours);
        query.addBindValue(theirs);
        if (!query.exec())
            throw Sql::errorFrom(query.driver(), query.lastError(), QString());
        while (Sql::next(query)) {
            Position position;
            position.actorBloc = query.value(1).toString() == ours ? ours : theirs;
            position.position = query.value(2).toInt();
            position.salience = query.value(3).toInt();
            position.clout = query.value(4).toInt();
            byIssue[query.value(0).toLongLong()].append(position);
        }
    }

    Sql::exec(m_db, QStringLiteral("DELETE FROM bloc_gap WHERE issue_id IN "
                                   "(SELECT issue_id FROM bloc_gap_stale)"));
    QSqlQuery insert(m_db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO bloc_gap (issue_id, eu, china, gap) VALUES (?, ?, ?, ?)")))
        throw Sql::errorFrom(insert.driver(), insert.lastError(), QString());
    for (auto it = byIssue.cbegin(); it != byIssue.cend(); ++it) {
        const std::optional<double> ourMedian = WeightedMedian::ofBloc(*it, ours);
        const std::optional<double> theirMedian = WeightedMedian::ofBloc(*it, theirs);
        if (!ourMedian || !theirMedian)
            continue;
        insert.addBindValue(it.key());
        insert.addBindValue(*ourMedian);
        insert.addBindValue(*theirMedian);
        insert.addBindValue(std::abs(*ourMedian - *theirMedian));
        if (!insert.exec())
            throw Sql::errorFrom(insert.driver(), insert.lastError(), QString());
    }
    Sql::exec(m_db, QStringLiteral("DELETE FROM bloc_gap_stale"));
    transaction.commit();
    return stale;
}
