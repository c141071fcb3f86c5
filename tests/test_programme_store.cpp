#include "TestSupport.h"

#include "commands/AddEventCommand.h"
#include "commands/AddIndicatorPointCommand.h"
#include "commands/EditEventCommand.h"
#include "commands/EditIndicatorPointCommand.h"
#include "commands/RemoveEventCommand.h"
#include "commands/RemoveIndicatorPointCommand.h"
#include "domain/FieldLimits.h"
#include "store/EventRepository.h"
#include "store/IndicatorRepository.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <limits>

Q_DECLARE_METATYPE(Event)
Q_DECLARE_METATYPE(Indicator)

class TestProgrammeStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eventAddUpdateRemove();
    void eventRefusals_data();
    void eventRefusals();
    void eventUpdateOfMissingRowIsRefused();
    void indicatorAddUpdateRemove();
    void indicatorRefusals_data();
    void indicatorRefusals();
    void seriesNamesAndUnit();

    void addEventUndoRedoKeepsId();
    void editEventUndoRedo();
    void removeEventUndoBringsItBackWithItsId();
    void refusedAddEventLeavesNothingOnTheStack();
    void editEventOverColleaguesEditIsRefused();
    void undoOfAddAfterColleagueChangedItIsRefused();
    void addIndicatorPointUndoRedo();
    void editIndicatorPointUndoRedo();
    void removeIndicatorPointUndoRedo();
    void nonFiniteValueIsRefusedByTheCommand();

private:
    static Event meeting(const QString &title = QStringLiteral("Ministerial meeting"))
    {
        Event e;
        e.title = title;
        e.kind = Event::meetingKind();
        e.startsOn = QDate(2025, 7, 10);
        e.endsOn = QDate(2025, 7, 11);
        e.place = QStringLiteral("Brussels");
        e.description = QStringLiteral("Prepares the summit.");
        e.source = QStringLiteral("Council press release");
        return e;
    }
    static Indicator point(double value = 4.5)
    {
        Indicator i;
        i.name = QStringLiteral("Dysprosium premium");
        i.observedOn = QDate(2025, 7, 1);
        i.value = value;
        i.unit = QStringLiteral("x");
        i.source = QStringLiteral("Trade press");
        return i;
    }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestProgrammeStore::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open();
}

void TestProgrammeStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestProgrammeStore::eventAddUpdateRemove()
{
    QSignalSpy changed(m_store.get(), &Store::eventsChanged);
    Event event = meeting(QStringLiteral("  Ministerial meeting  "));
    const qint64 id = m_store->events().insert(event);
    QVERIFY(id > 0);
    QCOMPARE(event.title, QStringLiteral("Ministerial meeting")); // trimmed, as stored
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*m_store->events().byId(id), event);
    QCOMPARE(TestSupport::valueInFile(m_db->path(),
                                      QStringLiteral("SELECT place FROM event "
                                                     "WHERE id = ?"),
                                      {id})
                 .toString(),
             QStringLiteral("Brussels"));

    event.kind = Event::deadlineKind();
    event.endsOn = QDate();
    event.illustrative = true;
    m_store->events().update(event);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(*m_store->events().byId(id), event);

    m_store->events().remove(id);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!m_store->events().byId(id));
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->events().remove(id));
}

void TestProgrammeStore::eventRefusals_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<QString>("message");
    Event e = meeting();
    e.title = QStringLiteral("   ");
    QTest::newRow("blank title") << e << QStringLiteral("An event needs a title.");
    e = meeting();
    e.startsOn = QDate();
    e.endsOn = QDate();
    QTest::newRow("no date") << e
                             << QStringLiteral("The event \"Ministerial meeting\" needs a date.");
    e = meeting();
    e.endsOn = e.startsOn.addDays(-1);
    QTest::newRow("ends before it starts") << e << QStringLiteral("would end");
    e = meeting();
    e.kind = QStringLiteral("party");
    QTest::newRow("unknown kind") << e
                                  << QStringLiteral(
                                         "An event is a meeting or a deadline, not \"party\".");
    e = meeting();
    e.title = QString(FieldLimits::Title + 1, QLatin1Char('t'));
    QTest::newRow("title too long")
        << e << QStringLiteral("The event's title is 201 characters; the limit is 200.");
    e = meeting();
    e.place = QString(FieldLimits::ShortText + 1, QLatin1Char('p'));
    QTest::newRow("place too long")
        << e << QStringLiteral("The event's place is 201 characters; the limit is 200.");
    e = meeting();
    e.description = QString(FieldLimits::LongText + 1, QLatin1Char('d'));
    QTest::newRow("description too long") << e << QStringLiteral("the limit is 20000");
}

void TestProgrammeStore::eventRefusals()
{
    QFETCH(Event, event);
    QFETCH(QString, message);
    QSignalSpy changed(m_store.get(), &Store::eventsChanged);
    try {
        m_store->events().insert(event);
        QFAIL("the event was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    QVERIFY(m_store->events().all().isEmpty());
    QCOMPARE(changed.count(), 0);

    // The same rules hold for an edit.
    Event stored = meeting();
    m_store->events().insert(stored);
    event.id = stored.id;
    QVERIFY_THROWS_EXCEPTION(StoreError, m_store->events().update(event));
    QCOMPARE(*m_store->events().byId(stored.id), stored);
}

void TestProgrammeStore::eventUpdateOfMissingRowIsRefused()
{
    Event event = meeting();
    event.id = 4711;
    try {
        m_store->events().update(event);
        QFAIL("an update of a missing event was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    }
    QVERIFY(m_store->events().all().isEmpty());
}

void TestProgrammeStore::indicatorAddUpdateRemove()
{
    QSignalSpy changed(m_store.get(), &Store::indicatorsChanged);
    Indicator indicator = point(-2.25);
    const qint64 id = m_store->indicators().insert(indicator);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(*m_store->indicators().byId(id), indicator);
    indicator.value = 1e-3;
    indicator.source = QStringLiteral("Another source");
    m_store->indicators().update(indicator);
    QCOMPARE(m_store->indicators().byId(id)->value, 1e-3);
    QCOMPARE(changed.count(), 2);
    m_store->indicators().remove(id);
    QVERIFY(m_store->indicators().all().isEmpty());
    QCOMPARE(changed.count(), 3);
}

void TestProgrammeStore::indicatorRefusals_data()
{
    QTest::addColumn<Indicator>("indicator");
    QTest::addColumn<QString>("message");
    Indicator i = point();
    i.name.clear();
    QTest::newRow("no name") << i << QStringLiteral("An indicator point needs a series name.");
    i = point();
    i.observedOn = QDate();
    QTest::newRow("no date") << i
                             << QStringLiteral("A point of \"Dysprosium premium\" needs a date.");
    QTest::newRow("NaN") << point(std::numeric_limits<double>::quiet_NaN())
                         << QStringLiteral(
                                "A point of \"Dysprosium premium\" needs a value that is a "
                                "number.");
    QTest::newRow("infinity") << point(std::numeric_limits<double>::infinity())
                              << QStringLiteral("needs a value that is a number");
    i = point();
    i.unit = QString(FieldLimits::ShortText + 1, QLatin1Char('u'));
    QTest::newRow("unit too long")
        << i << QStringLiteral("The unit is 201 characters; the limit is 200.");
    i = point();
    i.name = QString(FieldLimits::Title + 1, QLatin1Char('n'));
    QTest::newRow("name too long")
        << i << QStringLiteral("The series name is 201 characters; the limit is 200.");
}

void TestProgrammeStore::indicatorRefusals()
{
    QFETCH(Indicator, indicator);
    QFETCH(QString, message);
    try {
        m_store->indicators().insert(indicator);
        QFAIL("the point was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    }
    QVERIFY(m_store->indicators().all().isEmpty());
}

void TestProgrammeStore::seriesNamesAndUnit()
{
    Indicator a = point();
    m_store->indicators().insert(a);
    Indicator b = point();
    b.name = QStringLiteral("Cerium price");
    b.unit = QStringLiteral("USD/kg");
    m_store->indicators().insert(b);
    QCOMPARE(m_store->indicators().seriesNames(),
             QStringList({QStringLiteral("Cerium price"), QStringLiteral("Dysprosium premium")}));
    QCOMPARE(m_store->indicators().unitOf(QStringLiteral("Cerium price")),
             QStringLiteral("USD/kg"));
    QCOMPARE(m_store->indicators().unitOf(QStringLiteral("Nothing")), QString());
}

void TestProgrammeStore::addEventUndoRedoKeepsId()
{
    QUndoStack stack;
    auto *command = new AddEventCommand(*m_store, meeting());
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), QStringLiteral("Add event \"Ministerial meeting\""));
    const qint64 id = command->eventId();
    QVERIFY(id > 0);
    QCOMPARE(m_store->events().all().size(), 1);

    stack.undo();
    QVERIFY(m_store->events().all().isEmpty());
    // Another event takes no id of ours: redo comes back under the same id, so a
    // later edit on the stack still finds it.
    stack.redo();
    QCOMPARE(m_store->events().all().size(), 1);
    QCOMPARE(m_store->events().all().first().id, id);
    QCOMPARE(TestSupport::valueInFile(m_db->path(), QStringLiteral("SELECT COUNT(*) FROM event"))
                 .toInt(),
             1);
}

void TestProgrammeStore::editEventUndoRedo()
{
    QUndoStack stack;
    auto *add = new AddEventCommand(*m_store, meeting());
    stack.push(add);
    const Event before = *m_store->events().byId(add->eventId());
    Event after = before;
    after.title = QStringLiteral("EU–China summit");
    after.place = QStringLiteral("Beijing");
    after.startsOn = QDate(2025, 7, 24);
    after.endsOn = QDate(2025, 7, 25);
    stack.push(new EditEventCommand(*m_store, before, after));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(*m_store->events().byId(before.id), after);
    stack.undo();
    QCOMPARE(*m_store->events().byId(before.id), before);
    // Undo the add, redo both: the edit finds its event under the same id.
    stack.undo();
    stack.redo();
    stack.redo();
    QCOMPARE(*m_store->events().byId(before.id), after);
}

void TestProgrammeStore::removeEventUndoBringsItBackWithItsId()
{
    Event first = meeting(QStringLiteral("First"));
    m_store->events().insert(first);
    Event second = meeting(QStringLiteral("Second"));
    second.illustrative = true;
    m_store->events().insert(second);

    QUndoStack stack;
    stack.push(new RemoveEventCommand(*m_store, second));
    QCOMPARE(m_store->events().all().size(), 1);
    QVERIFY(!m_store->events().byId(second.id));
    stack.undo();
    QCOMPARE(*m_store->events().byId(second.id), second);
    stack.redo();
    QVERIFY(!m_store->events().byId(second.id));
    QCOMPARE(m_store->events().all().first().title, QStringLiteral("First"));
}

void TestProgrammeStore::refusedAddEventLeavesNothingOnTheStack()
{
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    Event event = meeting();
    event.endsOn = event.startsOn.addDays(-3);
    stack.push(new AddEventCommand(*m_store, event));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("before it starts")));
    QVERIFY(m_store->events().all().isEmpty());
}

void TestProgrammeStore::editEventOverColleaguesEditIsRefused()
{
    Event seen = meeting();
    m_store->events().insert(seen);
    // A colleague's window changes the place on another connection.
    Store colleague;
    colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
    Event theirs = seen;
    theirs.place = QStringLiteral("Luxembourg");
    colleague.events().update(theirs);

    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    Event mine = seen;
    mine.title = QStringLiteral("My title");
    stack.push(new EditEventCommand(*m_store, seen, mine));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("Someone else changed")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(*m_store->events().byId(seen.id), theirs);

    // Removing what one no longer sees is refused too.
    stack.push(new RemoveEventCommand(*m_store, seen));
    QCOMPARE(stack.count(), 0);
    QVERIFY(m_store->events().byId(seen.id));
}

void TestProgrammeStore::undoOfAddAfterColleagueChangedItIsRefused()
{
    QUndoStack stack;
    auto *add = new AddEventCommand(*m_store, meeting());
    stack.push(add);
    Store colleague;
    colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
    Event theirs = *colleague.events().byId(add->eventId());
    theirs.description = QStringLiteral("Their notes");
    colleague.events().update(theirs);

    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.undo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(*m_store->events().byId(theirs.id), theirs);
}

void TestProgrammeStore::addIndicatorPointUndoRedo()
{
    QUndoStack stack;
    auto *add = new AddIndicatorPointCommand(*m_store, point(7));
    stack.push(add);
    QCOMPARE(stack.text(0), QStringLiteral("Add a point to \"Dysprosium premium\""));
    const qint64 id = add->pointId();
    QCOMPARE(m_store->indicators().byId(id)->value, 7.0);
    stack.undo();
    QVERIFY(m_store->indicators().all().isEmpty());
    stack.redo();
    QCOMPARE(m_store->indicators().all().first().id, id);
}

void TestProgrammeStore::editIndicatorPointUndoRedo()
{
    Indicator before = point(3);
    m_store->indicators().insert(before);
    Indicator after = before;
    after.value = 3.75;
    after.illustrative = true;
    QUndoStack stack;
    stack.push(new EditIndicatorPointCommand(*m_store, before, after));
    QCOMPARE(*m_store->indicators().byId(before.id), after);
    stack.undo();
    QCOMPARE(*m_store->indicators().byId(before.id), before);
    stack.redo();
    QCOMPARE(*m_store->indicators().byId(before.id), after);
}

void TestProgrammeStore::removeIndicatorPointUndoRedo()
{
    Indicator kept = point(1);
    m_store->indicators().insert(kept);
    Indicator removed = point(2);
    removed.observedOn = QDate(2025, 7, 2);
    m_store->indicators().insert(removed);
    QUndoStack stack;
    stack.push(new RemoveIndicatorPointCommand(*m_store, removed));
    QCOMPARE(m_store->indicators().all(), QList<Indicator>({kept}));
    stack.undo();
    QCOMPARE(m_store->indicators().all(), QList<Indicator>({kept, removed}));
}

void TestProgrammeStore::nonFiniteValueIsRefusedByTheCommand()
{
    Indicator before = point(3);
    m_store->indicators().insert(before);
    Indicator after = before;
    after.value = std::numeric_limits<double>::quiet_NaN();
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new EditIndicatorPointCommand(*m_store, before, after));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_store->indicators().byId(before.id)->value, 3.0);
}

QTEST_GUILESS_MAIN(TestProgrammeStore)
#include "test_programme_store.moc"
