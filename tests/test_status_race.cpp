// Eight colleagues changing the status of the same five issues at the same time,
// each through a store of their own: every change is either in the history or
// refused with a message, and each issue's history stays one unbroken chain
// ending at its status, with the per-day sums in step.
#include "TeamTestDatabase.h"
#include "TestSupport.h"

#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QMutex>
#include <QSqlRecord>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

namespace {

constexpr int clients = 8;
constexpr int changesPerClient = 100;
constexpr int issueCount = 5;

struct Outcome
{
    QStringList saved;   // reasons of the changes that succeeded
    QStringList refused; // messages of the ones refused
    QStringList wrong;   // anything else: a failure of the test
};

// One client: its own Store (a connection belongs to its thread), cycling
// through the issues, each time to a status other than the one it reads.
void runClient(const QString &location, const QList<qint64> &issues, int client,
               std::atomic<int> &ready, Outcome &outcome)
{
    try {
        Store store;
        store.setUserName(QStringLiteral("client-%1").arg(client));
        store.open(location, Store::OpenMode::ExistingOnly);
        ++ready;
        while (ready.load() < clients)
            QThread::yieldCurrentThread();
        for (int i = 0; i < changesPerClient; ++i) {
            const qint64 id = issues.at((client + i) % issueCount);
            const QString reason = QStringLiteral("client %1 change %2").arg(client).arg(i);
            try {
                const std::optional<Issue> issue = store.issues().byId(id);
                if (!issue) {
                    outcome.wrong.append(QStringLiteral("issue %1 vanished").arg(id));
                    continue;
                }
                const Status to = Status((int(issue->status) + 1 + (client + i) % 6) % 8);
                store.issues().changeStatus(id, to, issue->version, reason);
                outcome.saved.append(reason);
            } catch (const StoreError &error) {
                if (error.kind() == StoreError::Kind::Conflict ||
                    error.kind() == StoreError::Kind::Busy) {
                    if (error.message().isEmpty())
                        outcome.wrong.append(reason + QStringLiteral(": refused without a word"));
                    else
                        outcome.refused.append(error.message());
                } else {
                    outcome.wrong.append(reason + QStringLiteral(": ") + error.message());
                }
            }
        }
    } catch (const StoreError &error) {
        ++ready;
        outcome.wrong.append(QStringLiteral("client %1: %2").arg(client).arg(error.message()));
    }
}

QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query = Sql::exec(db, sql);
    QStringList rows;
    while (Sql::next(query)) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toString());
        rows.append(values.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

class TestStatusRace : public QObject
{
    Q_OBJECT

private slots:
    void eightClientsKeepEachHistoryOneChain();
};

void TestStatusRace::eightClientsKeepEachHistoryOneChain()
{
    Target summit;
    QList<qint64> issues;
    {
        Store store;
        store.open(summit.location());
        for (int i = 0; i < issueCount; ++i) {
            Issue issue;
            issue.code = QStringLiteral("RACE-%1").arg(i);
            issue.title = QStringLiteral("Contested issue %1").arg(i);
            issue.category = i % 2 ? QStringLiteral("Trade") : QStringLiteral("Climate");
            issues.append(store.issues().insert(issue));
        }
    }

    std::atomic<int> ready{0};
    QList<Outcome> outcomes(clients);
    QList<QThread *> threads;
    for (int client = 0; client < clients; ++client) {
        threads.append(QThread::create(runClient, summit.location(), issues, client,
                                       std::ref(ready), std::ref(outcomes[client])));
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(300000));
        delete thread;
    }

    QStringList saved;
    int refused = 0;
    for (const Outcome &outcome : outcomes) {
        QVERIFY2(outcome.wrong.isEmpty(), qPrintable(outcome.wrong.join(QLatin1Char('\n'))));
        saved += outcome.saved;
        refused += int(outcome.refused.size());
    }
    QCOMPARE(saved.size() + refused, clients * changesPerClient);
    QVERIFY(!saved.isEmpty());
    qInfo("%lld changes saved, %d refused", qlonglong(saved.size()), refused);

    Store store;
    store.open(summit.location());
    QStringList inHistory;
    for (const qint64 id : issues) {
        const QList<StatusChange> history = store.history().forIssue(id);
        QVERIFY(!history.isEmpty());
        QVERIFY(!history.first().from.has_value());
        for (qsizetype i = 1; i < history.size(); ++i) {
            QVERIFY2(history.at(i).from == history.at(i - 1).to,
                     qPrintable(QStringLiteral("issue %1: entry %2 (%3) starts from %4, the "
                                               "entry before ended at %5")
                                    .arg(id)
                                    .arg(history.at(i).id)
                                    .arg(history.at(i).reason)
                                    .arg(int(history.at(i).from.value_or(Status::Draft)))
                                    .arg(int(history.at(i - 1).to))));
            inHistory.append(history.at(i).reason);
        }
        QCOMPARE(history.last().to, store.issues().byId(id)->status);
    }
    saved.sort();
    inHistory.sort();
    QCOMPARE(inHistory, saved);

    // The per-day sums agree with the history they are kept from.
    const QSqlDatabase db = store.database();
    const QString delta =
        QStringLiteral("(CASE WHEN s.to_status IN (5, 7) THEN 0 ELSE 1 END) - (CASE WHEN "
                       "s.from_status IS NULL OR s.from_status IN (5, 7) THEN 0 ELSE 1 END)");
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT day, changes, open_delta FROM status_day "
                                       "ORDER BY day")),
             rowsOf(db, QStringLiteral("SELECT SUBSTR(s.changed_at, 1, 10), COUNT(*), SUM(%1) "
                                       "FROM status_change s GROUP BY SUBSTR(s.changed_at, 1, 10) "
                                       "ORDER BY 1")
                            .arg(delta)));
    QCOMPARE(rowsOf(db, QStringLiteral("SELECT status, category, priority, day, changes, "
                                       "open_delta FROM status_day_group WHERE changes <> 0 "
                                       "ORDER BY 1, 2, 3, 4")),
             rowsOf(db, QStringLiteral("SELECT i.status, i.category, i.priority, "
                                       "SUBSTR(s.changed_at, 1, 10), COUNT(*), SUM(%1) FROM "
                                       "status_change s JOIN issue i ON i.id = s.issue_id "
                                       "GROUP BY i.status, i.category, i.priority, "
                                       "SUBSTR(s.changed_at, 1, 10) ORDER BY 1, 2, 3, 4")
                            .arg(delta)));
}

QTEST_GUILESS_MAIN(TestStatusRace)
#include "test_status_race.moc"
