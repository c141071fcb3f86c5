#include "BlocGapRepository.h"

#include "Sql.h"
#include "domain/SummitInfo.h"
#include "domain/WeightedMedian.h"

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

QString sidesText(const QString &ours, const QString &theirs)
{
    return ours + QLatin1Char('\n') + theirs;
}

} // namespace

BlocGapRepository::Sides BlocGapRepository::sides() const
{
    // The table's columns keep their first names: `eu` holds our side's median
    // and `china` the counterpart's, whichever blocs the summit compares.
    Sides result;
    result.ours = setting(m_db, QStringLiteral("our_bloc"), SummitInfo::defaultOurBloc());
    result.theirs =
        setting(m_db, QStringLiteral("counterpart_bloc"), SummitInfo::defaultCounterpartBloc());
    result.changed =
        setting(m_db, computedForKey, QString()) != sidesText(result.ours, result.theirs);
    return result;
}

QHash<qint64, BlocGapRepository::Gap> BlocGapRepository::compute(const Sides &sides,
                                                                 bool everyIssue) const
{
    QHash<qint64, QList<Position>> byIssue;
    {
        // Forward-only: a full recompute reads hundreds of thousands of rows once.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QStringLiteral("SELECT p.issue_id, a.bloc, p.position, p.salience, "
                                          "p.clout FROM position p JOIN actor a ON a.id = "
                                          "p.actor_id WHERE a.bloc IN (?, ?)") +
                           (everyIssue ? QString()
                                       : QStringLiteral(" AND p.issue_id IN (SELECT issue_id "
                                                        "FROM bloc_gap_stale)"))))
            throw Sql::errorFrom(query.driver(), query.lastError(), QString());
        query.addBindValue(sides.ours);
        query.addBindValue(sides.theirs);
        if (!query.exec())
            throw Sql::errorFrom(query.driver(), query.lastError(), QString());
        while (Sql::next(query)) {
            Position position;
            position.actorBloc =
                query.value(1).toString() == sides.ours ? sides.ours : sides.theirs;
            position.position = query.value(2).toInt();
            position.salience = query.value(3).toInt();
            position.clout = query.value(4).toInt();
            byIssue[query.value(0).toLongLong()].append(position);
        }
    }
    QHash<qint64, Gap> gaps;
    for (auto it = byIssue.cbegin(); it != byIssue.cend(); ++it) {
        const std::optional<double> ourMedian = WeightedMedian::ofBloc(*it, sides.ours);
        const std::optional<double> theirMedian = WeightedMedian::ofBloc(*it, sides.theirs);
        if (ourMedian && theirMedian)
            gaps.insert(it.key(), {*ourMedian, *theirMedian, std::abs(*ourMedian - *theirMedian)});
    }
    return gaps;
}

BlocGapRepository::Pending BlocGapRepository::pending() const
{
    Pending result;
    const Sides current = sides();
    if (!current.changed &&
        !Sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM bloc_gap_stale)")).toBool())
        return result;
    result.none = false;
    result.everyIssue = current.changed;
    result.gaps = compute(current, current.changed);
    return result;
}

int BlocGapRepository::sync()
{
    if (m_access == Access::ReadOnly)
        return 0;
    const Sides current = sides();
    if (!current.changed &&
        !Sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM bloc_gap_stale)")).toBool())
        return 0;
    Sql::Transaction transaction(m_db);
    if (current.changed) {
        // Another side makes every stored gap wrong, not only the queued ones.
        Sql::exec(m_db, QStringLiteral("INSERT INTO bloc_gap_stale (issue_id) SELECT id FROM issue "
                                       "WHERE true ON CONFLICT (issue_id) DO NOTHING"));
        Sql::exec(m_db,
                  QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {computedForKey, sidesText(current.ours, current.theirs)});
    }
    const int stale =
        Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")).toInt();
    const QHash<qint64, Gap> gaps = compute(current, false);

    Sql::exec(m_db, QStringLiteral("DELETE FROM bloc_gap WHERE issue_id IN "
                                   "(SELECT issue_id FROM bloc_gap_stale)"));
    QSqlQuery insert(m_db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO bloc_gap (issue_id, eu, china, gap) VALUES (?, ?, ?, ?)")))
        throw Sql::errorFrom(insert.driver(), insert.lastError(), QString());
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it) {
        insert.addBindValue(it.key());
        insert.addBindValue(it->ours);
        insert.addBindValue(it->theirs);
        insert.addBindValue(it->gap);
        if (!insert.exec())
            throw Sql::errorFrom(insert.driver(), insert.lastError(), QString());
    }
    Sql::exec(m_db, QStringLiteral("DELETE FROM bloc_gap_stale"));
    transaction.commit();
    return stale;
}
