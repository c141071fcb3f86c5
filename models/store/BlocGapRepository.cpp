#include "BlocGapRepository.h"

#include "Sql.h"
#include "forecast/Forecast.h"

#include <QHash>
#include <QSqlError>

#include <cmath>

int BlocGapRepository::sync()
{
    if (!Sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM bloc_gap_stale)")).toBool())
        return 0;
    Sql::Transaction transaction(m_db);
    const int stale =
        Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM bloc_gap_stale")).toInt();

    const QString eu = QStringLiteral("EU");
    const QString china = QStringLiteral("China");
    QHash<qint64, QList<Position>> byIssue;
    {
        // Forward-only: a full recompute reads hundreds of thousands of rows once.
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral(
                "SELECT p.issue_id, a.bloc, p.position, p.salience, p.clout FROM position p "
                "JOIN actor a ON a.id = p.actor_id WHERE a.bloc IN ('EU', 'China') "
                "AND p.issue_id IN (SELECT issue_id FROM bloc_gap_stale)")))
            throw Sql::errorFrom(query.driver(), query.lastError(), QString());
        while (Sql::next(query)) {
            Position position;
            position.actorBloc = query.value(1).toString() == eu ? eu : china;
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
        const std::optional<double> euMedian = Forecast::blocMedian(*it, QLatin1String("EU"));
        const std::optional<double> chinaMedian = Forecast::blocMedian(*it, QLatin1String("China"));
        if (!euMedian || !chinaMedian)
            continue;
        insert.addBindValue(it.key());
        insert.addBindValue(*euMedian);
        insert.addBindValue(*chinaMedian);
        insert.addBindValue(std::abs(*euMedian - *chinaMedian));
        if (!insert.exec())
            throw Sql::errorFrom(insert.driver(), insert.lastError(), QString());
    }
    Sql::exec(m_db, QStringLiteral("DELETE FROM bloc_gap_stale"));
    transaction.commit();
    return stale;
}
