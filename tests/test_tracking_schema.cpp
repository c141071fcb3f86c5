#include "TestSupport.h"

#include "io/ScenarioImporter.h"
#include "store/ActorRepository.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <functional>
#include <optional>

namespace {

std::optional<StoreError> errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

QVariant scalar(Store &store, const QString &sql)
{
    return Sql::scalar(store.database(), sql);
}

bool execRaw(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    return query.exec(sql);
}

QStringList codesOf(const QList<SearchResult> &results)
{
    QStringList codes;
    for (const SearchResult &result : results)
        codes.append(result.code);
    codes.sort();
    return codes;
}

bool importJson(Store &store, const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ScenarioImporter importer(store);
    const bool ok = importer.import(buffer);
    *error = importer.errorString();
    return ok;
}

} // namespace

// Migration 003: likelihood and pack flag, links, saved views, the pack export
// log and the search index with the triggers that keep it in step.
class TestTrackingSchema : public QObject
{
    Q_OBJECT

private slots:
    void freshFileHasTheTrackingTables();
    void issueDefaultsForRowsWrittenWithoutTheNewColumns();
    void schemaRefusesBadRows();
    void likelihoodAndPackFlagRoundTrip();
    void setFieldOnLikelihoodAndPackFlag();
    void upgradeFromVersion2IndexesExistingRows();
    void triggersFollowEveryWriteThatChangesADocument();
    void statusChangeLeavesTheIndexAlone();
    void scenarioImportReadsLikelihoodAndPackFlag();
    void scenarioImportRefusesUnknownLikelihood();
    void demoImportStillWorks();
};

void TestTrackingSchema::freshFileHasTheTrackingTables()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
    QVERIFY(Store::latestSchemaVersion() >= 3);
    const QStringList tables = store->database().tables();
    // The search documents: an FTS5 table in SQLite, a table with a trigram
    // index on PostgreSQL.
    const char *documents = Sql::isPostgreSQL(store->database()) ? "issue_search" : "issue_fts";
    for (const char *table : {"issue_link", "saved_view", "pack_export", documents, "search_stale"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    const QSqlRecord issue = store->database().record(QStringLiteral("issue"));
    QVERIFY(issue.contains(QStringLiteral("likelihood")));
    QVERIFY(issue.contains(QStringLiteral("in_pack")));
}

void TestTrackingSchema::issueDefaultsForRowsWrittenWithoutTheNewColumns()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QVERIFY(execRaw(*store,
                    QStringLiteral("INSERT INTO issue (code, title, status, priority, created_at, "
                                   "updated_at) VALUES ('RAW-1', 'Raw', 0, 0, 'x', 'x')")));
    const std::optional<Issue> issue = store->issues().byCode(QStringLiteral("RAW-1"));
    QVERIFY(issue);
    QCOMPARE(issue->likelihood, Likelihood::Might);
    QCOMPARE(issue->inPack, true);
}

void TestTrackingSchema::schemaRefusesBadRows()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const qint64 a = store->issues().byCode(QStringLiteral("RE-01"))->id;
    const qint64 b = store->issues().byCode(QStringLiteral("RE-02"))->id;
    QVERIFY(!execRaw(*store,
                     QStringLiteral("UPDATE issue SET likelihood = 'maybe' WHERE id = %1").arg(a)));
    QVERIFY(!execRaw(*store, QStringLiteral("UPDATE issue SET in_pack = 2 WHERE id = %1").arg(a)));
    const QString link = QStringLiteral("INSERT INTO issue_link (from_issue, to_issue, kind, "
                                        "created_at, created_by) VALUES (%1, %2, '%3', 'x', 'y')");
    QVERIFY2(!execRaw(*store, link.arg(a).arg(a).arg(QLatin1String("relates"))),
             "a self link was accepted");
    QVERIFY(!execRaw(*store, link.arg(a).arg(b).arg(QLatin1String("depends"))));
    QVERIFY(execRaw(*store, link.arg(a).arg(b).arg(QLatin1String("blocks"))));
    QVERIFY2(!execRaw(*store, link.arg(a).arg(b).arg(QLatin1String("blocks"))),
             "a duplicate link was accepted");
    QVERIFY(execRaw(*store, link.arg(a).arg(b).arg(QLatin1String("tradeoff"))));
    QVERIFY(
        !execRaw(*store, QStringLiteral("INSERT INTO saved_view (name, definition, "
                                        "created_by, created_at) VALUES (NULL, '{}', 'a', 'b')")));
}

void TestTrackingSchema::likelihoodAndPackFlagRoundTrip()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    for (Likelihood likelihood : LikelihoodText::all()) {
        for (bool inPack : {true, false}) {
            Issue issue;
            issue.code =
                QStringLiteral("LK-%1-%2").arg(LikelihoodText::key(likelihood)).arg(inPack);
            issue.title = QStringLiteral("Likelihood test");
            issue.likelihood = likelihood;
            issue.inPack = inPack;
            store->issues().insert(issue);
            const std::optional<Issue> read = store->issues().byId(issue.id);
            QVERIFY(read);
            QCOMPARE(read->likelihood, likelihood);
            QCOMPARE(read->inPack, inPack);
            QCOMPARE(
                scalar(*store,
                       QStringLiteral("SELECT likelihood FROM issue WHERE id = %1").arg(issue.id))
                    .toString(),
                LikelihoodText::key(likelihood));
        }
    }
    QCOMPARE(LikelihoodText::fromKey(QStringLiteral(" Certain ")), Likelihood::Certain);
    QVERIFY(!LikelihoodText::fromKey(QStringLiteral("maybe")));
}

void TestTrackingSchema::setFieldOnLikelihoodAndPackFlag()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    Issue issue = *store->issues().byCode(QStringLiteral("RE-01"));
    int version = store->issues().setField(issue.id, IssueField::Likelihood,
                                           QStringLiteral("certain"), issue.version);
    version = store->issues().setField(issue.id, IssueField::InPack, false, version);
    issue = *store->issues().byId(issue.id);
    QCOMPARE(issue.version, version);
    QCOMPARE(issue.likelihood, Likelihood::Certain);
    QCOMPARE(issue.inPack, false);
    QCOMPARE(IssueRepository::valueOf(issue, IssueField::Likelihood).toString(),
             QStringLiteral("certain"));

    const QByteArray before = TestSupport::contentHash(*store);
    const std::optional<StoreError> error = errorOf([&] {
        store->issues().setField(issue.id, IssueField::Likelihood, QStringLiteral("maybe"),
                                 issue.version);
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QVERIFY2(error->message().contains(QLatin1String("maybe")), qPrintable(error->message()));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestTrackingSchema::upgradeFromVersion2IndexesExistingRows()
{
    TestSupport::TempDatabase temp;
    {
        Store store;
        store.open(temp.path(), Store::OpenMode::CreateIfMissing, 2);
        QVERIFY(execRaw(store, QStringLiteral("INSERT INTO actor (id, name, kind, bloc, "
                                              "updated_at) VALUES (1, 'Wang Yi (王毅)', "
                                              "'person', 'China', 'x')")));
        QVERIFY(execRaw(store,
                        QStringLiteral("INSERT INTO issue (id, code, title, status, priority, "
                                       "background, created_at, updated_at) VALUES (1, 'RE-01', "
                                       "'Rare earths', 3, 2, 'Premiums of $10–30/kg', 'x', 'x')")));
        QVERIFY(execRaw(store, QStringLiteral("INSERT INTO position (issue_id, actor_id, stance, "
                                              "position, salience, clout, updated_at) VALUES "
                                              "(1, 1, 'Opposes a deadline', 10, 80, 90, 'x')")));
    }
    Store store;
    store.open(temp.path());
    QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
    // SQLite's upgrade writes the documents; PostgreSQL's queues them for the
    // first search.
    const bool postgreSQL = Sql::isPostgreSQL(store.database());
    if (!postgreSQL) {
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM issue_fts")).toInt(), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM search_stale")).toInt(), 0);
    }
    SearchRepository search(store);
    QCOMPARE(codesOf(search.search(QStringLiteral("Premium"))),
             QStringList{QStringLiteral("RE-01")});
    QCOMPARE(codesOf(search.search(QStringLiteral("deadline"))),
             QStringList{QStringLiteral("RE-01")});
    QCOMPARE(codesOf(search.search(QStringLiteral("王毅"))), QStringList{QStringLiteral("RE-01")});
    QCOMPARE(store.issues().byCode(QStringLiteral("RE-01"))->likelihood, Likelihood::Might);
    if (postgreSQL) {
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM issue_search")).toInt(), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM search_stale")).toInt(), 0);
    }
}

void TestTrackingSchema::triggersFollowEveryWriteThatChangesADocument()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    SearchRepository search(*store);
    const auto find = [&search](const QString &text) { return codesOf(search.search(text)); };
    const Issue issue = *store->issues().byCode(QStringLiteral("MG-01"));

    // An issue's own text.
    QVERIFY(find(QStringLiteral("Zanzibar")).isEmpty());
    int version = store->issues().setField(issue.id, IssueField::Background,
                                           QStringLiteral("Talks in Zanzibar"), issue.version);
    QCOMPARE(find(QStringLiteral("Zanzibar")), QStringList{QStringLiteral("MG-01")});
    store->issues().setField(issue.id, IssueField::Background, QStringLiteral("Moved"), version);
    QVERIFY(find(QStringLiteral("Zanzibar")).isEmpty());

    // A new position, then its stance, then the actor's name.
    Actor actor;
    actor.name = QStringLiteral("Quentin Quartz");
    actor.kind = QStringLiteral("person");
    actor.bloc = QStringLiteral("Other");
    store->actors().insert(actor);
    QVERIFY(find(QStringLiteral("Quartz")).isEmpty());
    Position position;
    position.issueId = issue.id;
    position.actorId = actor.id;
    position.stance = QStringLiteral("Wants a moratorium");
    store->positions().insert(position);
    QCOMPARE(find(QStringLiteral("Quartz")), QStringList{QStringLiteral("MG-01")});
    QCOMPARE(find(QStringLiteral("moratorium")), QStringList{QStringLiteral("MG-01")});
    store->positions().setField(position.id, PositionField::Stance,
                                QStringLiteral("Wants a quokka census"), position.version);
    QVERIFY(find(QStringLiteral("moratorium")).isEmpty());
    QCOMPARE(find(QStringLiteral("a quokka")), QStringList{QStringLiteral("MG-01")});
    actor.version = store->actors().byId(actor.id)->version;
    actor.name = QStringLiteral("Quentin Jasper");
    store->actors().update(actor);
    QVERIFY(find(QStringLiteral("Quartz")).isEmpty());
    QCOMPARE(find(QStringLiteral("Jasper")), QStringList{QStringLiteral("MG-01")});

    // Deleting the actor deletes the position (cascade), and its words.
    QVERIFY(execRaw(*store, QStringLiteral("DELETE FROM actor WHERE id = %1").arg(actor.id)));
    QVERIFY(find(QStringLiteral("Jasper")).isEmpty());
    QCOMPARE(find(QStringLiteral("MG-01")), QStringList{QStringLiteral("MG-01")});

    // The index is whole: FTS5's own check, and one document per issue.
    search.sync();
    if (Sql::isPostgreSQL(store->database())) {
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM issue_search")).toLongLong(),
                 store->issues().count());
        return;
    }
    QVERIFY(execRaw(
        *store, QStringLiteral("INSERT INTO issue_fts (issue_fts) VALUES ('integrity-check')")));
    QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM issue_fts")).toLongLong(),
             store->issues().count());
}

void TestTrackingSchema::statusChangeLeavesTheIndexAlone()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    SearchRepository search(*store);
    search.sync();
    const Issue issue = *store->issues().byCode(QStringLiteral("RE-01"));
    int version = store->issues().changeStatus(issue.id, Status::Agreed, issue.version,
                                               QStringLiteral("done"));
    store->issues().setField(issue.id, IssueField::Priority, int(Priority::Low), version);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM search_stale")).toInt(), 0);
    QCOMPARE(search.sync(), 0);
    store->issues().setField(issue.id, IssueField::Title, QStringLiteral("Renamed"), version + 1);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM search_stale")).toInt(), 1);
    QCOMPARE(search.sync(), 1);
}

void TestTrackingSchema::scenarioImportReadsLikelihoodAndPackFlag()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QString error;
    QVERIFY2(importJson(*store, R"({
        "format": "summit-brief-scenario", "version": 1,
        "issues": [
            { "code": "A-1", "title": "Certain", "status": "Open", "priority": "Low",
              "likelihood": "certain", "in_pack": false },
            { "code": "A-2", "title": "Default", "status": "Open", "priority": "Low" }
        ]
    })",
                        &error),
             qPrintable(error));
    const Issue a = *store->issues().byCode(QStringLiteral("A-1"));
    QCOMPARE(a.likelihood, Likelihood::Certain);
    QCOMPARE(a.inPack, false);
    const Issue b = *store->issues().byCode(QStringLiteral("A-2"));
    QCOMPARE(b.likelihood, Likelihood::Might);
    QCOMPARE(b.inPack, true);
}

void TestTrackingSchema::scenarioImportRefusesUnknownLikelihood()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray before = TestSupport::contentHash(*store);
    QString error;
    QVERIFY(!importJson(*store, R"({
        "format": "summit-brief-scenario", "version": 1,
        "issues": [ { "code": "A-1", "title": "x", "status": "Open", "priority": "Low",
                      "likelihood": "perhaps" } ]
    })",
                        &error));
    QVERIFY2(error.contains(QLatin1String("issues[0]")) &&
                 error.contains(QLatin1String("likelihood")) &&
                 error.contains(QLatin1String("perhaps")),
             qPrintable(error));
    QVERIFY(!importJson(*store, R"({
        "format": "summit-brief-scenario", "version": 1,
        "issues": [ { "code": "A-1", "title": "x", "status": "Open", "priority": "Low",
                      "in_pack": "yes" } ]
    })",
                        &error));
    QVERIFY2(error.contains(QLatin1String("in_pack")), qPrintable(error));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestTrackingSchema::demoImportStillWorks()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    QCOMPARE(store->issues().count(), 12);
    QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM issue WHERE in_pack = 1")).toInt(),
             12);
}

QTEST_GUILESS_MAIN(TestTrackingSchema)
#include "test_tracking_schema.moc"
