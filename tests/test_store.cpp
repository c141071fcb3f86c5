#include "TestSupport.h"

#include "domain/FieldLimits.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/HistoryRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>
#include <optional>
#include <stdexcept>
#include <thread>

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

Actor makeActor(const QString &name, const QString &bloc = QStringLiteral("EU"))
{
    Actor actor;
    actor.name = name;
    actor.kind = QStringLiteral("person");
    actor.bloc = bloc;
    actor.role = QStringLiteral("Role of %1").arg(name);
    actor.biography = QStringLiteral("Biography of %1").arg(name);
    actor.source = QStringLiteral("seed article ¶1");
    return actor;
}

Issue makeIssue(const QString &code)
{
    Issue issue;
    issue.code = code;
    issue.title = QStringLiteral("Title of %1").arg(code);
    return issue;
}

// One actor with one position on one issue: the smallest store a position test needs.
struct OnePosition
{
    Actor actor;
    Issue issue;
    Position position;
};

OnePosition insertOnePosition(Store &store)
{
    OnePosition one{
        makeActor(QStringLiteral("Kaja Kallas")), makeIssue(QStringLiteral("RE-01")), {}};
    store.actors().insert(one.actor);
    store.issues().insert(one.issue);
    one.position.issueId = one.issue.id;
    one.position.actorId = one.actor.id;
    store.positions().insert(one.position);
    return one;
}

// Runs `mine` while a colleague's change, made on a connection of its own, is
// written but not yet committed: `mine` reads before the colleague commits and
// writes after, as two desk officers saving at the same moment do.
void whileAColleagueCommits(const QString &path, const std::function<void(Store &)> &change,
                            const std::function<void()> &mine)
{
    QSemaphore written;
    QString colleagueError;
    std::thread colleague([&] {
        try {
            Store store;
            store.open(path, Store::OpenMode::ExistingOnly);
            Sql::Transaction transaction(store.database());
            change(store);
            written.release();
            QThread::msleep(700);
            transaction.commit();
        } catch (const StoreError &error) {
            colleagueError = error.message();
            written.release();
        }
    });
    written.acquire();
    mine();
    colleague.join();
    QVERIFY2(colleagueError.isEmpty(), qPrintable(colleagueError));
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void issueRoundTrip_data();
    void issueRoundTrip();
    void issueSetEveryField_data();
    void issueSetEveryField();
    void actorRoundTrip();
    void positionRoundTrip();
    void eventRoundTrip();
    void indicatorRoundTrip();
    void settingsRoundTrip();

    void userTextIsStoredAsIs_data();
    void userTextIsStoredAsIs();

    void historyIsWrittenOnInsertAndChange();
    void historyRefusesUpdateAndDelete();
    void historyRefusesReplaceAndUpsert();
    void historyRecordsOnlyRealChanges();
    void statusChangeNeedsReasonAndName_data();
    void statusChangeNeedsReasonAndName();
    void codesIgnoreCase();

    void staleVersionIsAConflict();
    void staleWriteWaitingOnAColleagueIsAConflict_data();
    void staleWriteWaitingOnAColleagueIsAConflict();
    void staleEditFromAnotherStoreIsRefused();
    void duplicateCodeIsRefused_data();
    void duplicateCodeIsRefused();
    void duplicateActorIsRefused();
    void outOfRangeValuesAreRefused_data();
    void outOfRangeValuesAreRefused();
    void textBeyondFieldLimitsIsRefused_data();
    void textBeyondFieldLimitsIsRefused();
    void actorAndPositionTextBeyondLimitsIsRefused();
    void schemaRefusesWhatRepositoriesWouldCatch_data();
    void schemaRefusesWhatRepositoriesWouldCatch();
    void positionNeedsKnownActorAndIssue();

    void nestedTransactionRollsBackInnerOnly();
    void outerRollbackUndoesCommittedInner();
    void exceptionInsideTransactionLeavesDatabaseUnchanged();
};

void TestStore::issueRoundTrip_data()
{
    QTest::addColumn<QDate>("dueDate");
    QTest::newRow("no due date") << QDate();
    QTest::newRow("due date") << QDate(2025, 7, 18);
}

void TestStore::issueRoundTrip()
{
    QFETCH(QDate, dueDate);
    TestSupport::TempDatabase temp;
    auto store = temp.open();

    Issue issue;
    issue.code = QStringLiteral("RE-01");
    issue.title = QStringLiteral("Rare-earth export controls");
    issue.category = QStringLiteral("Critical raw materials");
    issue.status = Status::InNegotiation;
    issue.priority = Priority::Critical;
    issue.owner = QStringLiteral("Trade desk");
    issue.dueDate = dueDate;
    issue.euObjective = QStringLiteral("Controls lifted");
    issue.linesToTake = QStringLiteral("We expect the restrictions to be lifted.");
    issue.defensiveLines = QStringLiteral("If raised: licensing is not enough.");
    issue.background = QStringLiteral("Premiums of $10–30/kg.");
    issue.scaleLow = QStringLiteral("Controls kept");
    issue.scaleHigh = QStringLiteral("Controls lifted");
    issue.source = QStringLiteral("seed article ¶1");
    issue.illustrative = true;
    const qint64 id = store->issues().insert(issue);
    QVERIFY(id > 0);
    QCOMPARE(issue.id, id);
    QCOMPARE(issue.version, 1);
    QVERIFY(issue.createdAt.isValid());
    QCOMPARE(store->issues().count(), 1);

    for (const std::optional<Issue> &read :
         {store->issues().byId(id), store->issues().byCode(issue.code)}) {
        QVERIFY(read);
        QCOMPARE(read->id, issue.id);
        QCOMPARE(read->code, issue.code);
        QCOMPARE(read->title, issue.title);
        QCOMPARE(read->category, issue.category);
        QCOMPARE(read->status, issue.status);
        QCOMPARE(read->priority, issue.priority);
        QCOMPARE(read->owner, issue.owner);
        QCOMPARE(read->dueDate, issue.dueDate);
        QCOMPARE(read->dueDate.isNull(), dueDate.isNull());
        QCOMPARE(read->euObjective, issue.euObjective);
        QCOMPARE(read->linesToTake, issue.linesToTake);
        QCOMPARE(read->defensiveLines, issue.defensiveLines);
        QCOMPARE(read->background, issue.background);
        QCOMPARE(read->scaleLow, issue.scaleLow);
        QCOMPARE(read->scaleHigh, issue.scaleHigh);
        QCOMPARE(read->source, issue.source);
        QCOMPARE(read->illustrative, issue.illustrative);
        QCOMPARE(read->version, 1);
        QCOMPARE(read->createdAt, issue.createdAt);
        QCOMPARE(read->updatedAt, issue.updatedAt);
    }
    // NULL in the database, not an empty string.
    QVERIFY(Sql::scalar(store->database(),
                        QStringLiteral("SELECT due_date FROM issue WHERE id = ?"), {id})
                .isNull() == dueDate.isNull());

    const QList<Issue> all = store->issues().all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().title, issue.title);
    QCOMPARE(store->issues().categories(), QStringList{issue.category});
    QCOMPARE(store->issues().owners(), QStringList{issue.owner});

    // An issue with only the required fields: the rest is empty text, not refused.
    Issue minimal = makeIssue(QStringLiteral("MI-01"));
    store->issues().insert(minimal);
    const std::optional<Issue> readMinimal = store->issues().byCode(QStringLiteral("MI-01"));
    QVERIFY(readMinimal);
    QCOMPARE(readMinimal->category, QString());
    QCOMPARE(readMinimal->status, Status::Draft);
    QCOMPARE(readMinimal->priority, Priority::Medium);
    QVERIFY(!readMinimal->dueDate.isValid());
    QCOMPARE(store->issues().all().size(), 2);
    QCOMPARE(store->issues().categories(), QStringList{issue.category});
}

void TestStore::issueSetEveryField_data()
{
    QTest::addColumn<IssueField>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("title") << IssueField::Title << QVariant(QStringLiteral("New title"));
    QTest::newRow("category") << IssueField::Category << QVariant(QStringLiteral("Security"));
    QTest::newRow("priority") << IssueField::Priority << QVariant(int(Priority::Low));
    QTest::newRow("owner") << IssueField::Owner << QVariant(QStringLiteral("Security desk"));
    QTest::newRow("due date") << IssueField::DueDate << QVariant(QDate(2025, 7, 23));
    QTest::newRow("due date cleared") << IssueField::DueDate << QVariant(QDate());
    QTest::newRow("EU objective") << IssueField::EuObjective
                                  << QVariant(QStringLiteral("Objective"));
    QTest::newRow("lines to take") << IssueField::LinesToTake << QVariant(QStringLiteral("Lines"));
    QTest::newRow("defensive lines")
        << IssueField::DefensiveLines << QVariant(QStringLiteral("If raised"));
    QTest::newRow("background") << IssueField::Background << QVariant(QStringLiteral("Background"));
    QTest::newRow("scale low") << IssueField::ScaleLow << QVariant(QStringLiteral("Low end"));
    QTest::newRow("scale high") << IssueField::ScaleHigh << QVariant(QStringLiteral("High end"));
    QTest::newRow("source") << IssueField::Source << QVariant(QStringLiteral("seed article ¶9"));
    QTest::newRow("text emptied") << IssueField::Background << QVariant(QString());
}

void TestStore::issueSetEveryField()
{
    QFETCH(IssueField, field);
    QFETCH(QVariant, value);
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    issue.dueDate = QDate(2025, 7, 1);
    issue.background = QStringLiteral("Old background");
    store->issues().insert(issue);

    QCOMPARE(store->issues().setField(issue.id, field, value, 1), 2);
    const std::optional<Issue> read = store->issues().byId(issue.id);
    QVERIFY(read);
    QCOMPARE(read->version, 2);
    QCOMPARE(IssueRepository::valueOf(*read, field), value);
    QVERIFY(read->updatedAt >= issue.updatedAt);
}

void TestStore::actorRoundTrip()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Actor actor = makeActor(QStringLiteral("Wang Yi (王毅)"), QStringLiteral("China"));
    actor.kind = QStringLiteral("person");
    actor.illustrative = true;
    const qint64 id = store->actors().insert(actor);
    QVERIFY(id > 0);
    QCOMPARE(actor.version, 1);

    for (const std::optional<Actor> &read :
         {store->actors().byId(id), store->actors().byName(actor.name)}) {
        QVERIFY(read);
        QCOMPARE(read->id, id);
        QCOMPARE(read->name, actor.name);
        QCOMPARE(read->kind, actor.kind);
        QCOMPARE(read->bloc, actor.bloc);
        QCOMPARE(read->role, actor.role);
        QCOMPARE(read->biography, actor.biography);
        QCOMPARE(read->source, actor.source);
        QCOMPARE(read->illustrative, true);
        QCOMPARE(read->version, 1);
        QCOMPARE(read->updatedAt, actor.updatedAt);
    }

    // Whole-row update.
    Actor changed = *store->actors().byId(id);
    changed.role = QStringLiteral("Foreign Minister");
    changed.bloc = QStringLiteral("Other");
    changed.kind = QStringLiteral("delegation");
    changed.illustrative = false;
    QCOMPARE(store->actors().update(changed), 2);
    const std::optional<Actor> read = store->actors().byId(id);
    QCOMPARE(read->role, changed.role);
    QCOMPARE(read->bloc, changed.bloc);
    QCOMPARE(read->kind, changed.kind);
    QCOMPARE(read->illustrative, false);
    QCOMPARE(read->version, 2);

    // Any bloc is stored, trimmed; an empty or overlong one is refused.
    Actor india = makeActor(QStringLiteral("Subrahmanyam Jaishankar"));
    india.bloc = QStringLiteral(" India ");
    const qint64 indiaId = store->actors().insert(india);
    QCOMPARE(store->actors().byId(indiaId)->bloc, QStringLiteral("India"));
    for (const QString &bloc :
         {QStringLiteral("  "), QString(FieldLimits::Bloc + 1, QLatin1Char('x'))}) {
        Actor bad = makeActor(QStringLiteral("Nobody"));
        bad.bloc = bloc;
        std::optional<StoreError> error = errorOf([&] { store->actors().insert(bad); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    }
    QCOMPARE(store->actors().all().size(), 2);
    // Offered: the summit's two sides first, then the file's, then the usual ones.
    const QStringList blocs = store->actors().blocs();
    QCOMPARE(blocs.mid(0, 3),
             (QStringList{QStringLiteral("EU"), QStringLiteral("China"), QStringLiteral("India")}));
    QVERIFY(blocs.contains(QStringLiteral("Other")));
    QCOMPARE(blocs.count(QStringLiteral("Other")), 1);

    // A kind outside the list is refused.
    Actor bad = makeActor(QStringLiteral("Nobody"));
    bad.kind = QStringLiteral("alien");
    std::optional<StoreError> error = errorOf([&] { store->actors().insert(bad); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
}

void TestStore::positionRoundTrip()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Actor eu = makeActor(QStringLiteral("Kaja Kallas"));
    Actor china = makeActor(QStringLiteral("Wang Yi (王毅)"), QStringLiteral("China"));
    store->actors().insert(eu);
    store->actors().insert(china);
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);

    Position position;
    position.issueId = issue.id;
    position.actorId = china.id;
    position.stance = QStringLiteral("Licences case by case");
    position.position = 0;
    position.salience = 100;
    position.clout = 73;
    position.source = QStringLiteral("seed article ¶8");
    position.illustrative = true;
    const qint64 id = store->positions().insert(position);
    QVERIFY(id > 0);
    Position other;
    other.issueId = issue.id;
    other.actorId = eu.id;
    other.position = 100;
    store->positions().insert(other);
    QCOMPARE(store->positions().count(), 2);

    const std::optional<Position> read = store->positions().byId(id);
    QVERIFY(read);
    QCOMPARE(read->id, id);
    QCOMPARE(read->issueId, issue.id);
    QCOMPARE(read->actorId, china.id);
    QCOMPARE(read->actorName, china.name);
    QCOMPARE(read->actorBloc, china.bloc);
    QCOMPARE(read->stance, position.stance);
    QCOMPARE(read->position, 0);
    QCOMPARE(read->salience, 100);
    QCOMPARE(read->clout, 73);
    QCOMPARE(read->source, position.source);
    QCOMPARE(read->illustrative, true);
    QCOMPARE(read->version, 1);
    QCOMPARE(read->updatedAt, position.updatedAt);

    // Ordered by bloc, then name: China before EU.
    const QList<Position> forIssue = store->positions().forIssue(issue.id);
    QCOMPARE(forIssue.size(), 2);
    QCOMPARE(forIssue.at(0).actorBloc, QStringLiteral("China"));
    QCOMPARE(forIssue.at(1).actorName, eu.name);
    QCOMPARE(forIssue.at(1).stance, QString());
    QCOMPARE(store->positions().forActor(eu.id).size(), 1);

    QCOMPARE(store->positions().setField(id, PositionField::Position, 35, 1), 2);
    QCOMPARE(store->positions().setField(id, PositionField::Stance, QStringLiteral("Softer"), 2),
             3);
    const std::optional<Position> changed = store->positions().byId(id);
    QCOMPARE(changed->position, 35);
    QCOMPARE(changed->stance, QStringLiteral("Softer"));
    QCOMPARE(changed->version, 3);

    // One position per actor and issue.
    Position twice = other;
    std::optional<StoreError> error = errorOf([&] { store->positions().insert(twice); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(store->positions().count(), 2);
}

void TestStore::eventRoundTrip()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Event summit;
    summit.title = QStringLiteral("EU–China summit");
    summit.kind = QStringLiteral("meeting");
    summit.startsOn = QDate(2025, 7, 24);
    summit.endsOn = QDate(2025, 7, 25);
    summit.place = QStringLiteral("Beijing");
    summit.description = QStringLiteral("A critical test of relations");
    summit.source = QStringLiteral("seed article ¶9");
    summit.illustrative = false;
    Event deadline;
    deadline.title = QStringLiteral("Pack final");
    deadline.kind = QStringLiteral("deadline");
    deadline.startsOn = QDate(2025, 7, 22);
    deadline.illustrative = true;
    store->events().insert(summit);
    store->events().insert(deadline);

    const QList<Event> events = store->events().all();
    QCOMPARE(events.size(), 2);
    // By date: the deadline first.
    const Event &first = events.at(0);
    QCOMPARE(first.id, deadline.id);
    QCOMPARE(first.title, deadline.title);
    QCOMPARE(first.kind, deadline.kind);
    QCOMPARE(first.startsOn, deadline.startsOn);
    QVERIFY(first.endsOn.isNull());
    QCOMPARE(first.place, QString());
    QCOMPARE(first.illustrative, true);
    const Event &second = events.at(1);
    QCOMPARE(second.id, summit.id);
    QCOMPARE(second.title, summit.title);
    QCOMPARE(second.kind, summit.kind);
    QCOMPARE(second.startsOn, summit.startsOn);
    QCOMPARE(second.endsOn, summit.endsOn);
    QCOMPARE(second.place, summit.place);
    QCOMPARE(second.description, summit.description);
    QCOMPARE(second.source, summit.source);
    QCOMPARE(second.illustrative, false);

    Event noDate;
    noDate.title = QStringLiteral("Undated");
    noDate.kind = QStringLiteral("meeting");
    std::optional<StoreError> error = errorOf([&] { store->events().insert(noDate); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    Event badKind = summit;
    badKind.kind = QStringLiteral("party");
    error = errorOf([&] { store->events().insert(badKind); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(store->events().all().size(), 2);
}

void TestStore::indicatorRoundTrip()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Indicator premium;
    premium.name = QStringLiteral("Rare-earth price premium");
    premium.observedOn = QDate(2025, 7, 1);
    premium.value = 27.125;
    premium.unit = QStringLiteral("USD/kg");
    premium.source = QStringLiteral("seed article ¶2");
    premium.illustrative = true;
    store->indicators().insert(premium);
    Indicator earlier = premium;
    earlier.observedOn = QDate(2025, 4, 15);
    earlier.value = -0.5;
    earlier.unit.clear();
    earlier.illustrative = false;
    store->indicators().insert(earlier);

    const QList<Indicator> all = store->indicators().all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, earlier.id);
    QCOMPARE(all.at(0).value, -0.5);
    QCOMPARE(all.at(0).unit, QString());
    QCOMPARE(all.at(0).illustrative, false);
    const Indicator &read = all.at(1);
    QCOMPARE(read.id, premium.id);
    QCOMPARE(read.name, premium.name);
    QCOMPARE(read.observedOn, premium.observedOn);
    QCOMPARE(read.value, premium.value);
    QCOMPARE(read.unit, premium.unit);
    QCOMPARE(read.source, premium.source);
    QCOMPARE(read.illustrative, true);
}

void TestStore::settingsRoundTrip()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QCOMPARE(store->settings().value(QStringLiteral("missing"), QStringLiteral("fallback")),
             QStringLiteral("fallback"));
    store->settings().setValue(QStringLiteral("key"), QStringLiteral("one"));
    store->settings().setValue(QStringLiteral("key"), QStringLiteral("two"));
    QCOMPARE(store->settings().value(QStringLiteral("key")), QStringLiteral("two"));
    store->settings().setValue(QStringLiteral("empty"), QString());
    QCOMPARE(store->settings().value(QStringLiteral("empty"), QStringLiteral("fallback")),
             QString());

    SummitInfo info;
    info.name = QStringLiteral("EU–China Summit");
    info.place = QStringLiteral("Beijing (北京)");
    info.start = QDate(2025, 7, 24);
    info.end = QDate(2025, 7, 25);
    info.classification = QStringLiteral("EU RESTRICTED");
    store->settings().setSummit(info);

    // Read back through a second connection: it was committed.
    Store other;
    other.open(temp.path(), Store::OpenMode::ExistingOnly);
    const SummitInfo read = other.settings().summit();
    QCOMPARE(read.name, info.name);
    QCOMPARE(read.place, info.place);
    QCOMPARE(read.start, info.start);
    QCOMPARE(read.end, info.end);
    QCOMPARE(read.classification, info.classification);
    QCOMPARE(read.daysRemaining(QDate(2025, 7, 20)), 4);
}

void TestStore::userTextIsStoredAsIs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes") << QStringLiteral("He said \"no\" and 'never' – `twice`");
    QTest::newRow("SQL injection") << QStringLiteral("'; DROP TABLE issue; --");
    QTest::newRow("SQL injection 2") << QStringLiteral("x\"); DELETE FROM status_change; --");
    QTest::newRow("accents") << QStringLiteral("Stéphane Séjourné");
    QTest::newRow("Chinese") << QStringLiteral("王毅");
    QTest::newRow("newlines") << QStringLiteral("line one\nline two\r\nline three\n");
    QTest::newRow("emoji") << QStringLiteral("🇪🇺 🤝 🇨🇳 👍🏽");
    QTest::newRow("placeholders") << QStringLiteral("100% %1 %2 \\ ? :name");
    QTest::newRow("markup") << QStringLiteral("<img src=/etc/passwd>&amp;");
}

void TestStore::userTextIsStoredAsIs()
{
    QFETCH(QString, text);
    TestSupport::TempDatabase temp;
    auto store = temp.open();

    Issue issue = makeIssue(QStringLiteral("TX-01"));
    issue.title = text;
    issue.background = text;
    issue.owner = text;
    store->issues().insert(issue, text);
    // A code holds at most FieldLimits::Code characters.
    const QString code = text.trimmed().left(FieldLimits::Code).trimmed();
    Issue coded = makeIssue(code);
    store->issues().insert(coded);
    Actor actor = makeActor(text.trimmed());
    actor.biography = text;
    store->actors().insert(actor);
    Position position;
    position.issueId = issue.id;
    position.actorId = actor.id;
    position.stance = text;
    store->positions().insert(position);
    store->settings().setValue(QStringLiteral("classification"), text);
    int version = store->issues().setField(issue.id, IssueField::LinesToTake, text, 1);
    store->issues().changeStatus(issue.id, Status::Open, version, text);

    const std::optional<Issue> read = store->issues().byCode(QStringLiteral("TX-01"));
    QVERIFY(read);
    QCOMPARE(read->title, text);
    QCOMPARE(read->background, text);
    QCOMPARE(read->owner, text);
    QCOMPARE(read->linesToTake, text);
    QVERIFY(store->issues().byCode(code));
    QCOMPARE(store->issues().owners(), QStringList{text});
    QCOMPARE(store->actors().byName(text.trimmed())->biography, text);
    QCOMPARE(store->positions().byId(position.id)->stance, text);
    QCOMPARE(store->settings().value(QStringLiteral("classification")), text);
    const QList<StatusChange> history = store->history().forIssue(issue.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).reason, text);
    QCOMPARE(history.at(1).reason, text);

    // Nothing was executed: every table is still there and whole.
    const QStringList tables = store->database().tables();
    QVERIFY(tables.contains(QStringLiteral("issue")));
    QVERIFY(tables.contains(QStringLiteral("status_change")));
    QCOMPARE(store->issues().count(), 2);
    QCOMPARE(store->history().count(), 3);
}

void TestStore::historyIsWrittenOnInsertAndChange()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    QCOMPARE(store->userName(), QStringLiteral("desk.officer"));

    Issue issue = makeIssue(QStringLiteral("RE-01"));
    issue.status = Status::Open;
    store->issues().insert(issue);
    Issue withReason = makeIssue(QStringLiteral("RE-02"));
    store->issues().insert(withReason, QStringLiteral("Raised by Kallas"));

    QList<StatusChange> history = store->history().forIssue(issue.id);
    QCOMPARE(history.size(), 1);
    QVERIFY(!history.at(0).from.has_value());
    QCOMPARE(history.at(0).to, Status::Open);
    QCOMPARE(history.at(0).changedBy, QStringLiteral("desk.officer"));
    QCOMPARE(history.at(0).changedAt, issue.createdAt);
    QVERIFY(!history.at(0).reason.isEmpty());
    QCOMPARE(store->history().forIssue(withReason.id).at(0).reason,
             QStringLiteral("Raised by Kallas"));

    int version = store->issues().changeStatus(issue.id, Status::InNegotiation, 1,
                                               QStringLiteral("Talks began"));
    QCOMPARE(version, 2);
    const std::optional<Issue> afterFirst = store->issues().byId(issue.id);
    store->setUserName(QStringLiteral("head.of.delegation"));
    version = store->issues().changeStatus(issue.id, Status::Converging, version,
                                           QStringLiteral("Text agreed ad ref"));
    QCOMPARE(version, 3);
    // setField has no reason to give: a status change through it is refused.
    try {
        store->issues().setField(issue.id, IssueField::Status, int(Status::Agreed), version);
        QFAIL("a status change without a reason was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
    version = store->issues().changeStatus(issue.id, Status::Agreed, version,
                                           QStringLiteral("Agreed at the summit"));
    QCOMPARE(version, 4);

    const std::optional<Issue> read = store->issues().byId(issue.id);
    QCOMPARE(read->status, Status::Agreed);
    QCOMPARE(read->version, 4);

    history = store->history().forIssue(issue.id);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(1).from, std::optional<Status>(Status::Open));
    QCOMPARE(history.at(1).to, Status::InNegotiation);
    QCOMPARE(history.at(1).changedBy, QStringLiteral("desk.officer"));
    QCOMPARE(history.at(1).changedAt, afterFirst->updatedAt);
    QCOMPARE(history.at(1).reason, QStringLiteral("Talks began"));
    QCOMPARE(history.at(2).from, std::optional<Status>(Status::InNegotiation));
    QCOMPARE(history.at(2).to, Status::Converging);
    QCOMPARE(history.at(2).changedBy, QStringLiteral("head.of.delegation"));
    QCOMPARE(history.at(2).reason, QStringLiteral("Text agreed ad ref"));
    QCOMPARE(history.at(3).from, std::optional<Status>(Status::Converging));
    QCOMPARE(history.at(3).to, Status::Agreed);
    QCOMPARE(history.at(3).changedAt, read->updatedAt);
    for (int i = 1; i < history.size(); ++i)
        QVERIFY(history.at(i).changedAt >= history.at(i - 1).changedAt);
    QCOMPARE(store->history().count(), 5);

    // Other fields do not touch the history.
    store->issues().setField(issue.id, IssueField::Title, QStringLiteral("Renamed"), version);
    QCOMPARE(store->history().forIssue(issue.id).size(), 4);
}

void TestStore::historyRefusesUpdateAndDelete()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue, QStringLiteral("Original reason"));
    store->issues().changeStatus(issue.id, Status::Raised, 1, QStringLiteral("Raised"));
    const QByteArray before = TestSupport::contentHash(*store);

    const QStringList statements = {
        QStringLiteral("UPDATE status_change SET reason = 'rewritten'"),
        QStringLiteral("UPDATE status_change SET to_status = 5 WHERE id = 1"),
        QStringLiteral("DELETE FROM status_change WHERE id = 1"),
        QStringLiteral("DELETE FROM status_change"),
    };
    for (const QString &sql : statements) {
        QSqlQuery query(store->database());
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        QVERIFY2(query.lastError().text().contains(QLatin1String("append-only")),
                 qPrintable(query.lastError().text()));
        // Through the helpers too, with bound values.
        std::optional<StoreError> error = errorOf([&] { Sql::exec(store->database(), sql); });
        QVERIFY(error);
        QVERIFY(error->message().contains(QLatin1String("append-only")));
    }
    const QList<StatusChange> history = store->history().forIssue(issue.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).reason, QStringLiteral("Original reason"));
    QCOMPARE(history.at(1).to, Status::Raised);
    QCOMPARE(TestSupport::contentHash(*store), before);
    // The issue itself cannot be deleted out from under its history either.
    QSqlQuery query(store->database());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM issue")));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

// INSERT OR REPLACE deletes the old row without firing the DELETE trigger, and an
// UPSERT turns the insert into an update: both would rewrite an entry (and the
// per-day sums kept from it). Both are refused; a plain append still works.
void TestStore::historyRefusesReplaceAndUpsert()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue, QStringLiteral("Original reason"));
    store->issues().changeStatus(issue.id, Status::Raised, 1, QStringLiteral("Raised"));
    const QByteArray before = TestSupport::contentHash(*store);
    // The per-day sums, as one text (group_concat is string_agg on PostgreSQL).
    const QString daySums =
        TestSupport::isPostgreSQL()
            ? QStringLiteral("SELECT string_agg(day || ':' || changes || ':' || open_delta, ',' "
                             "ORDER BY day) FROM status_day")
            : QStringLiteral("SELECT group_concat(day || ':' || changes || ':' || open_delta) "
                             "FROM status_day");
    const QString dayBefore = Sql::scalar(store->database(), daySums).toString();
    const qint64 firstId = store->history().forIssue(issue.id).first().id;

    const QString values =
        QStringLiteral(
            "VALUES (%1, %2, NULL, 5, '2020-01-01T00:00:00.000Z', 'forger', 'rewritten')")
            .arg(firstId)
            .arg(issue.id);
    const QString columns =
        QStringLiteral("(id, issue_id, from_status, to_status, changed_at, changed_by, reason) ");
    // PostgreSQL has no REPLACE; its ON CONFLICT DO NOTHING writes nothing
    // (the hashes below check that) where SQLite's trigger refuses it.
    QStringList statements = {
        QStringLiteral("INSERT INTO status_change ") + columns + values +
            QStringLiteral(" ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, "
                           "to_status = excluded.to_status"),
    };
    const QString doNothing = QStringLiteral("INSERT INTO status_change ") + columns + values +
                              QStringLiteral(" ON CONFLICT (id) DO NOTHING");
    if (TestSupport::isPostgreSQL())
        Sql::exec(store->database(), doNothing);
    else
        statements += {QStringLiteral("INSERT OR REPLACE INTO status_change ") + columns + values,
                       QStringLiteral("REPLACE INTO status_change ") + columns + values, doNothing};
    for (const QString &sql : statements) {
        const std::optional<StoreError> error = errorOf([&] { Sql::exec(store->database(), sql); });
        QVERIFY2(error, qPrintable(sql));
        QVERIFY2(error->message().contains(QLatin1String("append-only")),
                 qPrintable(error->message()));
    }
    QCOMPARE(TestSupport::contentHash(*store), before);
    QCOMPARE(Sql::scalar(store->database(), daySums).toString(), dayBefore);

    // Appending, with or without an id of its own, still works.
    store->issues().changeStatus(issue.id, Status::InNegotiation, 2, QStringLiteral("Talks"));
    Sql::exec(store->database(),
              QStringLiteral("INSERT INTO status_change (id, issue_id, from_status, to_status, "
                             "changed_at, changed_by, reason) VALUES (1000, ?, 3, 3, ?, 'me', "
                             "'noted')"),
              {issue.id, Sql::now()});
    const QList<StatusChange> history = store->history().forIssue(issue.id);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(0).reason, QStringLiteral("Original reason"));
    QCOMPARE(history.at(2).reason, QStringLiteral("Talks"));
    QCOMPARE(history.at(3).id, 1000);
}

// "Open → Open" is not a change: the permanent history must not carry it, from a
// single change or from a bulk edit where some issues already hold the status.
void TestStore::historyRecordsOnlyRealChanges()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);
    Issue other = makeIssue(QStringLiteral("RE-02"));
    store->issues().insert(other);
    const Status current = store->issues().byId(issue.id)->status;
    const Status next = current == Status::Raised ? Status::Stalled : Status::Raised;
    const auto entries = [&](qint64 id) { return store->history().forIssue(id).size(); };
    const qsizetype before = entries(issue.id);
    const qsizetype otherBefore = entries(other.id);

    const int version =
        store->issues().changeStatus(issue.id, current, 1, QStringLiteral("Same again"));
    QCOMPARE(entries(issue.id), before);
    QCOMPARE(store->issues().byId(issue.id)->status, current);

    // Bulk: RE-01 moves, RE-02 is moved to where it already is first.
    const int otherVersion =
        store->issues()
            .setFieldMany(IssueField::Status, {{other.id, 1, int(current)}}, QStringLiteral("Same"))
            .first();
    QCOMPARE(entries(other.id), otherBefore);
    store->issues().setFieldMany(
        IssueField::Status, {{issue.id, version, int(next)}, {other.id, otherVersion, int(next)}},
        QStringLiteral("Both move"));
    QCOMPARE(entries(issue.id), before + 1);
    QCOMPARE(entries(other.id), otherBefore + 1);
    const StatusChange last = store->history().forIssue(issue.id).last();
    QVERIFY(last.from == current);
    QCOMPARE(last.to, next);
}

void TestStore::statusChangeNeedsReasonAndName_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no reason") << QString() << QStringLiteral("desk.officer")
                               << QStringLiteral("reason");
    QTest::newRow("blank reason") << QStringLiteral("  \t") << QStringLiteral("desk.officer")
                                  << QStringLiteral("reason");
    QTest::newRow("blank name") << QStringLiteral("Talks") << QStringLiteral(" ")
                                << QStringLiteral("name");
}

// The history records why and who; a change without either is refused by the
// store, whichever way it comes in. The store's own name is never blank.
void TestStore::statusChangeNeedsReasonAndName()
{
    QFETCH(QString, reason);
    QFETCH(QString, by);
    QFETCH(QString, expected);
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);
    Issue other = makeIssue(QStringLiteral("RE-02"));
    store->issues().insert(other);
    const QByteArray before = TestSupport::contentHash(*store);
    store->setUserName(by);
    QVERIFY(!store->userName().trimmed().isEmpty());

    QList<std::function<void()>> attempts = {
        [&] {
            Issue imported = makeIssue(QStringLiteral("RE-03"));
            StatusChange first;
            first.to = imported.status;
            first.changedAt = QDateTime::currentDateTimeUtc();
            first.changedBy = by;
            first.reason = reason;
            store->issues().insert(imported, QList<StatusChange>{first});
        },
    };
    if (expected == QLatin1String("reason")) {
        attempts += {
            [&] { store->issues().changeStatus(issue.id, Status::Raised, 1, reason); },
            [&] {
                store->issues().setFieldMany(
                    IssueField::Status,
                    {{issue.id, 1, int(Status::Raised)}, {other.id, 1, int(Status::Raised)}},
                    reason);
            },
            [&] {
                Issue changed = issue;
                changed.status = Status::Raised;
                store->issues().update(changed, reason);
            },
        };
    }
    for (const auto &attempt : attempts) {
        const std::optional<StoreError> error = errorOf(attempt);
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QVERIFY2(error->message().contains(expected), qPrintable(error->message()));
        QCOMPARE(TestSupport::contentHash(*store), before);
    }
}

void TestStore::codesIgnoreCase()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);
    for (const QString &code :
         {QStringLiteral("re-01"), QStringLiteral("Re-01"), QStringLiteral("RE-01")}) {
        const std::optional<Issue> found = store->issues().byCode(code);
        QVERIFY2(found, qPrintable(code));
        QCOMPARE(found->id, issue.id);
    }
    QVERIFY(!store->issues().byCode(QStringLiteral("RE-011")));
    // The schema refuses it too, whatever writes the row.
    const std::optional<StoreError> error = errorOf([&] {
        Sql::exec(store->database(),
                  QStringLiteral("INSERT INTO issue (code, title, status, priority, created_at, "
                                 "updated_at) VALUES ('re-01', 't', 0, 1, ?, ?)"),
                  {Sql::now(), Sql::now()});
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(store->issues().count(), 1);
}

void TestStore::staleVersionIsAConflict()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);
    QCOMPARE(store->issues().setField(issue.id, IssueField::Title,
                                      QStringLiteral("Colleague's title"), 1),
             2);
    const QByteArray before = TestSupport::contentHash(*store);

    std::optional<StoreError> error = errorOf([&] {
        store->issues().setField(issue.id, IssueField::Title, QStringLiteral("My title"), 1);
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QVERIFY(!error->message().isEmpty());
    error = errorOf([&] {
        store->issues().changeStatus(issue.id, Status::Agreed, 1, QStringLiteral("stale"));
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(TestSupport::contentHash(*store), before);
    QCOMPARE(store->issues().byId(issue.id)->title, QStringLiteral("Colleague's title"));
    QCOMPARE(store->issues().byId(issue.id)->version, 2);
    QCOMPARE(store->history().forIssue(issue.id).size(), 1);

    error = errorOf([&] {
        store->issues().setField(issue.id + 100, IssueField::Title, QStringLiteral("x"), 1);
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);

    // Positions and actors follow the same rule.
    Actor actor = makeActor(QStringLiteral("Kaja Kallas"));
    store->actors().insert(actor);
    Position position;
    position.issueId = issue.id;
    position.actorId = actor.id;
    store->positions().insert(position);
    store->positions().setField(position.id, PositionField::Position, 80, 1);
    error =
        errorOf([&] { store->positions().setField(position.id, PositionField::Position, 20, 1); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(store->positions().byId(position.id)->position, 80);

    Actor first = *store->actors().byId(actor.id);
    Actor second = first;
    first.role = QStringLiteral("First edit");
    store->actors().update(first);
    second.role = QStringLiteral("Stale edit");
    error = errorOf([&] { store->actors().update(second); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(store->actors().byId(actor.id)->role, QStringLiteral("First edit"));
}

void TestStore::staleWriteWaitingOnAColleagueIsAConflict_data()
{
    QTest::addColumn<QString>("write");
    for (const char *write : {"status", "edit", "archive", "bulk status", "remove position"})
        QTest::newRow(write) << QString::fromLatin1(write);
}

void TestStore::staleWriteWaitingOnAColleagueIsAConflict()
{
    QFETCH(QString, write);
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    const OnePosition one = insertOnePosition(*store);
    const qint64 issueId = one.issue.id;
    const qint64 positionId = one.position.id;
    const bool onPosition = write == QLatin1String("remove position");

    std::optional<StoreError> error;
    whileAColleagueCommits(
        temp.path(),
        [&](Store &colleague) {
            if (onPosition)
                colleague.positions().setField(positionId, PositionField::Position, 90, 1);
            else
                colleague.issues().changeStatus(issueId, Status::Raised, 1,
                                                QStringLiteral("colleague"));
        },
        [&] {
            error = errorOf([&] {
                if (write == QLatin1String("status")) {
                    store->issues().changeStatus(issueId, Status::Agreed, 1, QStringLiteral("me"));
                } else if (write == QLatin1String("edit")) {
                    Issue mine = one.issue;
                    mine.title = QStringLiteral("My title");
                    store->issues().update(mine, QStringLiteral("me"));
                } else if (write == QLatin1String("archive")) {
                    store->issues().setArchived({{issueId, 1}}, true);
                } else if (write == QLatin1String("bulk status")) {
                    store->issues().setFieldMany(IssueField::Status,
                                                 {{issueId, 1, int(Status::Agreed)}},
                                                 QStringLiteral("me"));
                } else {
                    store->positions().remove(positionId, 1);
                }
            });
        });

    // Refused, and the colleague's change is what the database holds.
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    const Issue issue = *store->issues().byId(issueId);
    QCOMPARE(issue.title, one.issue.title);
    QVERIFY(!issue.isArchived());
    const std::optional<Position> position = store->positions().byId(positionId);
    QVERIFY(position);
    if (onPosition) {
        QCOMPARE(position->position, 90);
        return;
    }
    QCOMPARE(issue.status, Status::Raised);
    QCOMPARE(issue.version, 2);
    // The history is one unbroken chain ending at the issue's status.
    const QList<StatusChange> history = store->history().forIssue(issueId);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).from, std::optional<Status>(history.at(0).to));
    QCOMPARE(history.last().to, Status::Raised);
}

void TestStore::staleEditFromAnotherStoreIsRefused()
{
    TestSupport::TempDatabase temp;
    auto mine = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    mine->issues().insert(issue);

    Store colleague;
    colleague.setUserName(QStringLiteral("colleague"));
    colleague.open(temp.path(), Store::OpenMode::ExistingOnly);
    const std::optional<Issue> colleagueRead = colleague.issues().byId(issue.id);
    QVERIFY(colleagueRead);
    QCOMPARE(colleagueRead->version, 1);

    // I edit first; the colleague's edit names the version it read.
    QCOMPARE(mine->issues().setField(issue.id, IssueField::Title, QStringLiteral("Mine"), 1), 2);
    std::optional<StoreError> error = errorOf([&] {
        colleague.issues().setField(issue.id, IssueField::Title, QStringLiteral("Colleague's"),
                                    colleagueRead->version);
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    error = errorOf([&] {
        colleague.issues().changeStatus(issue.id, Status::Stalled, colleagueRead->version,
                                        QStringLiteral("stale"));
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);

    QCOMPARE(mine->issues().byId(issue.id)->title, QStringLiteral("Mine"));
    QCOMPARE(colleague.issues().byId(issue.id)->title, QStringLiteral("Mine"));
    QCOMPARE(colleague.history().forIssue(issue.id).size(), 1);

    // After re-reading, the colleague's edit goes through and I see it.
    const int fresh = colleague.issues().byId(issue.id)->version;
    colleague.issues().changeStatus(issue.id, Status::Raised, fresh,
                                    QStringLiteral("Raised at the talks"));
    const QList<StatusChange> history = mine->history().forIssue(issue.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).changedBy, QStringLiteral("colleague"));
    QCOMPARE(mine->issues().byId(issue.id)->status, Status::Raised);
}

void TestStore::duplicateCodeIsRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("same code") << QStringLiteral("RE-01");
    QTest::newRow("same code with spaces") << QStringLiteral("  RE-01 ");
    QTest::newRow("same code in lower case") << QStringLiteral("re-01");
    QTest::newRow("same code in mixed case") << QStringLiteral("Re-01");
}

void TestStore::duplicateCodeIsRefused()
{
    QFETCH(QString, code);
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);
    const QByteArray before = TestSupport::contentHash(*store);

    Issue duplicate = makeIssue(code);
    duplicate.title = QStringLiteral("Another title");
    const std::optional<StoreError> error = errorOf([&] { store->issues().insert(duplicate); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QVERIFY2(error->message().contains(QLatin1String("RE-01")), qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("already exists")),
             qPrintable(error->message()));
    QCOMPARE(TestSupport::contentHash(*store), before);
    QCOMPARE(store->issues().count(), 1);
    QCOMPARE(store->history().count(), 1);

    // Empty code or title.
    Issue noCode = makeIssue(QStringLiteral("  "));
    QCOMPARE(errorOf([&] { store->issues().insert(noCode); })->kind(), StoreError::Kind::Invalid);
    Issue noTitle = makeIssue(QStringLiteral("RE-02"));
    noTitle.title = QStringLiteral(" ");
    QCOMPARE(errorOf([&] { store->issues().insert(noTitle); })->kind(), StoreError::Kind::Invalid);
    QCOMPARE(errorOf([&] {
                 store->issues().setField(issue.id, IssueField::Title, QString(), 1);
             })->kind(),
             StoreError::Kind::Invalid);
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestStore::duplicateActorIsRefused()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Actor actor = makeActor(QStringLiteral("Kaja Kallas"));
    store->actors().insert(actor);
    const QByteArray before = TestSupport::contentHash(*store);
    for (const QString &name : {QStringLiteral("Kaja Kallas"), QStringLiteral(" Kaja Kallas ")}) {
        Actor duplicate = makeActor(name);
        const std::optional<StoreError> error = errorOf([&] { store->actors().insert(duplicate); });
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        QVERIFY2(error->message().contains(QLatin1String("already exists")),
                 qPrintable(error->message()));
    }
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestStore::outOfRangeValuesAreRefused_data()
{
    QTest::addColumn<PositionField>("field");
    QTest::addColumn<int>("value");
    QTest::newRow("position 101") << PositionField::Position << 101;
    QTest::newRow("position -1") << PositionField::Position << -1;
    QTest::newRow("salience 101") << PositionField::Salience << 101;
    QTest::newRow("salience -1") << PositionField::Salience << -1;
    QTest::newRow("clout 150") << PositionField::Clout << 150;
}

void TestStore::outOfRangeValuesAreRefused()
{
    QFETCH(PositionField, field);
    QFETCH(int, value);
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    auto [actor, issue, position] = insertOnePosition(*store);
    const QByteArray before = TestSupport::contentHash(*store);

    std::optional<StoreError> error =
        errorOf([&] { store->positions().setField(position.id, field, value, 1); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QVERIFY2(error->message().contains(QString::number(value)), qPrintable(error->message()));

    Issue other = makeIssue(QStringLiteral("RE-02"));
    store->issues().insert(other);
    const QByteArray beforeInsert = TestSupport::contentHash(*store);
    Position bad;
    bad.issueId = other.id;
    bad.actorId = actor.id;
    if (field == PositionField::Position)
        bad.position = value;
    else if (field == PositionField::Salience)
        bad.salience = value;
    else
        bad.clout = value;
    error = errorOf([&] { store->positions().insert(bad); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(TestSupport::contentHash(*store), beforeInsert);
    QCOMPARE(store->positions().byId(position.id)->version, 1);

    error = errorOf(
        [&] { store->positions().setField(position.id, field, QStringLiteral("high"), 1); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QCOMPARE(TestSupport::contentHash(*store), beforeInsert);
    Q_UNUSED(before);
}

void TestStore::textBeyondFieldLimitsIsRefused_data()
{
    QTest::addColumn<IssueField>("field");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("label");
    QTest::newRow("title") << IssueField::Title << int(FieldLimits::Title)
                           << QStringLiteral("title");
    QTest::newRow("owner") << IssueField::Owner << int(FieldLimits::ShortText)
                           << QStringLiteral("owner");
    QTest::newRow("scale label") << IssueField::ScaleHigh << int(FieldLimits::ShortText)
                                 << QStringLiteral("label of position 100");
    QTest::newRow("background") << IssueField::Background << int(FieldLimits::LongText)
                                << QStringLiteral("background");
    QTest::newRow("source") << IssueField::Source << int(FieldLimits::LongText)
                            << QStringLiteral("source");
}

// What the window's edits go through: insert, update and setField all refuse text
// beyond FieldLimits, naming the field and the limit, and store text at the limit.
void TestStore::textBeyondFieldLimitsIsRefused()
{
    QFETCH(IssueField, field);
    QFETCH(int, limit);
    QFETCH(QString, label);
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);
    const QByteArray before = TestSupport::contentHash(*store);
    const QString tooLong(limit + 1, QLatin1Char('x'));
    const auto checkRefusal = [&](const std::optional<StoreError> &error) {
        QVERIFY(error);
        QCOMPARE(error->kind(), StoreError::Kind::Invalid);
        const QString expected = QStringLiteral("The %1 is %2 characters; the limit is %3.")
                                     .arg(label)
                                     .arg(limit + 1)
                                     .arg(limit);
        QVERIFY2(error->message() == expected, qPrintable(error->message()));
        QCOMPARE(TestSupport::contentHash(*store), before);
    };

    checkRefusal(errorOf([&] { store->issues().setField(issue.id, field, tooLong, 1); }));
    checkRefusal(errorOf([&] {
        store->issues().setFieldMany(field, {{issue.id, 1, QVariant(tooLong)}});
    }));
    Issue updated = issue;
    if (field == IssueField::Title)
        updated.title = tooLong;
    else if (field == IssueField::Owner)
        updated.owner = tooLong;
    else if (field == IssueField::ScaleHigh)
        updated.scaleHigh = tooLong;
    else if (field == IssueField::Background)
        updated.background = tooLong;
    else
        updated.source = tooLong;
    checkRefusal(errorOf([&] { store->issues().update(updated, QString()); }));
    Issue inserted = updated;
    inserted.code = QStringLiteral("RE-02");
    checkRefusal(errorOf([&] { store->issues().insert(inserted); }));

    const QString atLimit(limit, QLatin1Char('y'));
    store->issues().setField(issue.id, field, atLimit, 1);
    QCOMPARE(IssueRepository::valueOf(*store->issues().byId(issue.id), field).toString(), atLimit);
}

void TestStore::actorAndPositionTextBeyondLimitsIsRefused()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    auto [actor, issue, position] = insertOnePosition(*store);
    const QByteArray before = TestSupport::contentHash(*store);
    const QString longText(FieldLimits::LongText + 1, QLatin1Char('x'));

    Actor renamed = actor;
    renamed.name = QString(FieldLimits::Title + 1, QLatin1Char('n'));
    std::optional<StoreError> error = errorOf([&] { store->actors().update(renamed); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("the limit is 200")),
             qPrintable(error->message()));
    Actor biography = actor;
    biography.biography = longText;
    error = errorOf([&] { store->actors().update(biography); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("biography is 20001 characters; the limit "
                                                     "is 20000")),
             qPrintable(error->message()));
    error = errorOf(
        [&] { store->positions().setField(position.id, PositionField::Stance, longText, 1); });
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("stance is 20001 characters")),
             qPrintable(error->message()));
    QCOMPARE(TestSupport::contentHash(*store), before);

    Issue other = makeIssue(QStringLiteral("RE-02"));
    store->issues().insert(other);
    const QByteArray beforeInsert = TestSupport::contentHash(*store);
    Position sourced;
    sourced.issueId = other.id;
    sourced.actorId = actor.id;
    sourced.source = longText;
    error = errorOf([&] { store->positions().insert(sourced); });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    QVERIFY2(error->message().contains(QLatin1String("source is 20001 characters")),
             qPrintable(error->message()));
    QCOMPARE(TestSupport::contentHash(*store), beforeInsert);
}

// The CHECK constraints hold even for SQL that bypasses the repositories' checks,
// and the driver's constraint errors arrive as StoreError::Invalid.
void TestStore::schemaRefusesWhatRepositoriesWouldCatch_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("position 101") << QStringLiteral("UPDATE position SET position = 101");
    QTest::newRow("salience -1") << QStringLiteral("UPDATE position SET salience = -1");
    QTest::newRow("clout 101") << QStringLiteral("UPDATE position SET clout = 101");
    QTest::newRow("status 8") << QStringLiteral("UPDATE issue SET status = 8");
    QTest::newRow("priority 4") << QStringLiteral("UPDATE issue SET priority = 4");
    // Any bloc name, but not an empty, padded or overlong one (FieldLimits::Bloc).
    QTest::newRow("bloc empty") << QStringLiteral("UPDATE actor SET bloc = ''");
    QTest::newRow("bloc padded") << QStringLiteral("UPDATE actor SET bloc = ' India'");
    QTest::newRow("bloc 41 characters")
        << QStringLiteral("UPDATE actor SET bloc = '%1'").arg(QString(41, QLatin1Char('x')));
    QTest::newRow("kind") << QStringLiteral("UPDATE actor SET kind = 'alien'");
    QTest::newRow("title NULL") << QStringLiteral("UPDATE issue SET title = NULL");
    QTest::newRow("code duplicate")
        << QStringLiteral("INSERT INTO issue (code, title, status, priority, "
                          "created_at, updated_at) SELECT code, title, status, "
                          "priority, created_at, updated_at FROM issue");
}

void TestStore::schemaRefusesWhatRepositoriesWouldCatch()
{
    QFETCH(QString, sql);
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    auto [actor, issue, position] = insertOnePosition(*store);
    const QByteArray before = TestSupport::contentHash(*store);

    const std::optional<StoreError> error = errorOf([&] { Sql::exec(store->database(), sql); });
    QVERIFY(error);
    QVERIFY2(error->kind() == StoreError::Kind::Invalid, qPrintable(error->message()));
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestStore::positionNeedsKnownActorAndIssue()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    Actor actor = makeActor(QStringLiteral("Kaja Kallas"));
    store->actors().insert(actor);
    Issue issue = makeIssue(QStringLiteral("RE-01"));
    store->issues().insert(issue);
    const QByteArray before = TestSupport::contentHash(*store);

    Position unknownActor;
    unknownActor.issueId = issue.id;
    unknownActor.actorId = actor.id + 1000;
    std::optional<StoreError> error = errorOf([&] { store->positions().insert(unknownActor); });
    QVERIFY(error);
    QVERIFY2(error->kind() == StoreError::Kind::Invalid, qPrintable(error->message()));
    Position unknownIssue;
    unknownIssue.issueId = issue.id + 1000;
    unknownIssue.actorId = actor.id;
    error = errorOf([&] { store->positions().insert(unknownIssue); });
    QVERIFY(error);
    QVERIFY2(error->kind() == StoreError::Kind::Invalid, qPrintable(error->message()));
    QCOMPARE(store->positions().count(), 0);
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestStore::nestedTransactionRollsBackInnerOnly()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    const QSqlDatabase db = store->database();
    {
        Sql::Transaction outer(db);
        Actor a = makeActor(QStringLiteral("Outer before"));
        store->actors().insert(a);
        {
            Sql::Transaction inner(db);
            Actor b = makeActor(QStringLiteral("Inner, rolled back"));
            store->actors().insert(b);
            Issue issue = makeIssue(QStringLiteral("RB-01"));
            store->issues().insert(issue); // its own transaction nests a third level
        }
        {
            Sql::Transaction kept(db);
            Actor c = makeActor(QStringLiteral("Inner, committed"));
            store->actors().insert(c);
            kept.commit();
        }
        Actor d = makeActor(QStringLiteral("Outer after"));
        store->actors().insert(d);
        outer.commit();
    }
    // Read through another connection: the outer transaction really committed.
    Store other;
    other.open(temp.path(), Store::OpenMode::ExistingOnly);
    QStringList names;
    for (const Actor &actor : other.actors().all())
        names.append(actor.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Inner, committed"), QStringLiteral("Outer after"),
                                 QStringLiteral("Outer before")}));
    QCOMPARE(other.issues().count(), 0);
    QCOMPARE(other.history().count(), 0);

    // The connection is back to no transaction: a plain write commits at once.
    Issue after = makeIssue(QStringLiteral("AF-01"));
    store->issues().insert(after);
    QVERIFY(other.issues().byCode(QStringLiteral("AF-01")));
}

void TestStore::outerRollbackUndoesCommittedInner()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open();
    const QByteArray before = TestSupport::contentHash(*store);
    {
        Sql::Transaction outer(store->database());
        Issue issue = makeIssue(QStringLiteral("RE-01"));
        store->issues().insert(issue); // commits its savepoint
        store->issues().changeStatus(issue.id, Status::Open, 1, QStringLiteral("x"));
        QCOMPARE(store->issues().count(), 1);
    }
    QCOMPARE(store->issues().count(), 0);
    QCOMPARE(TestSupport::contentHash(*store), before);
}

void TestStore::exceptionInsideTransactionLeavesDatabaseUnchanged()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(true);
    const QByteArray before = TestSupport::contentHash(*store);
    const qint64 issues = store->issues().count();

    // A foreign exception thrown half-way.
    try {
        Sql::Transaction transaction(store->database());
        Issue issue = makeIssue(QStringLiteral("NEW-01"));
        store->issues().insert(issue);
        const Issue existing = store->issues().all().first();
        store->issues().setField(existing.id, IssueField::Title, QStringLiteral("Changed"),
                                 existing.version);
        store->settings().setValue(QStringLiteral("summit_place"), QStringLiteral("Brussels"));
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error &) {
    }
    QCOMPARE(TestSupport::contentHash(*store), before);

    // A StoreError from a repository half-way (a duplicate code after a good insert).
    try {
        Sql::Transaction transaction(store->database());
        Issue first = makeIssue(QStringLiteral("NEW-02"));
        store->issues().insert(first);
        Issue duplicate = makeIssue(store->issues().all().first().code);
        store->issues().insert(duplicate);
        transaction.commit();
        QFAIL("the duplicate was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
    QCOMPARE(TestSupport::contentHash(*store), before);
    QCOMPARE(store->issues().count(), issues);

    // And the store still works afterwards.
    Issue issue = makeIssue(QStringLiteral("NEW-03"));
    store->issues().insert(issue);
    QCOMPARE(store->issues().count(), issues + 1);
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
