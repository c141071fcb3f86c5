#include "TestSupport.h"

#include "commands/AddEventCommand.h"
#include "commands/AddIndicatorPointCommand.h"
#include "commands/RemoveEventCommand.h"
#include "items/EventTableModel.h"
#include "items/IndicatorTableModel.h"
#include "store/DataVersionWatcher.h"
#include "store/EventRepository.h"
#include "store/IndicatorRepository.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestProgrammeModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eventsByDateFromTheStore();
    void addedAndRemovedEventsShowAndGo();
    void editInPlaceIsOneUndoStep();
    void refusedEditChangesNothing();
    void illustrativeIsACheckBox();
    void colleaguesChangeShows();
    void indicatorsFilteredBySeries();
    void indicatorValueInTheUsersLocale();
    void indicatorValueThatIsNotANumberIsRefused();
    void editWithoutUndoStackIsReadOnly();

private:
    static Event event(const QString &title, const QDate &date)
    {
        Event e;
        e.title = title;
        e.kind = Event::meetingKind();
        e.startsOn = date;
        return e;
    }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestProgrammeModels::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestProgrammeModels::cleanup()
{
    QLocale::setDefault(QLocale::c());
    m_store.reset();
    m_db.reset();
}

void TestProgrammeModels::eventsByDateFromTheStore()
{
    QUndoStack stack;
    EventTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Event> stored = m_store->events().all();
    QVERIFY(!stored.isEmpty());
    QCOMPARE(model.rowCount(), stored.size());
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1, EventTableModel::DateColumn).data(Qt::EditRole).toDate() <=
                model.index(row, EventTableModel::DateColumn).data(Qt::EditRole).toDate());
    QCOMPARE(model.index(0, EventTableModel::TitleColumn).data().toString(), stored.first().title);
    QCOMPARE(model.headerData(EventTableModel::PlaceColumn, Qt::Horizontal).toString(),
             QStringLiteral("Place"));
}

void TestProgrammeModels::addedAndRemovedEventsShowAndGo()
{
    QUndoStack stack;
    EventTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = model.rowCount();
    // Earlier than anything in the demo: it comes first.
    auto *add = new AddEventCommand(*m_store, event(QStringLiteral("Kick-off"), QDate(2020, 1, 6)));
    stack.push(add);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.rowOfEvent(add->eventId()), 0);
    QCOMPARE(model.index(0, EventTableModel::TitleColumn).data().toString(),
             QStringLiteral("Kick-off"));
    QCOMPARE(model.index(0, EventTableModel::KindColumn).data().toString(),
             QStringLiteral("Meeting"));
    stack.undo();
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.rowOfEvent(add->eventId()), -1);
    stack.redo();
    stack.push(new RemoveEventCommand(*m_store, model.events().at(0)));
    QCOMPARE(model.rowCount(), before);
    stack.undo();
    QCOMPARE(model.rowOfEvent(add->eventId()), 0);
}

void TestProgrammeModels::editInPlaceIsOneUndoStep()
{
    QUndoStack stack;
    EventTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Event before = model.events().at(0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, EventTableModel::PlaceColumn), QStringLiteral("Geneva")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(m_store->events().byId(before.id)->place, QStringLiteral("Geneva"));
    QCOMPARE(model.index(0, EventTableModel::PlaceColumn).data().toString(),
             QStringLiteral("Geneva"));
    QVERIFY(changed.count() >= 1);
    QVERIFY(model.setData(model.index(0, EventTableModel::KindColumn), Event::deadlineKind()));
    QCOMPARE(model.index(0, EventTableModel::KindColumn).data().toString(),
             QStringLiteral("Deadline"));
    QCOMPARE(stack.count(), 2);
    // The same value again is no step.
    QVERIFY(model.setData(model.index(0, EventTableModel::KindColumn), Event::deadlineKind()));
    QCOMPARE(stack.count(), 2);
    stack.undo();
    stack.undo();
    QCOMPARE(*m_store->events().byId(before.id), before);
    QCOMPARE(model.events().at(0), before);
}

void TestProgrammeModels::refusedEditChangesNothing()
{
    QUndoStack stack;
    EventTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Event before = model.events().at(0);
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    QVERIFY(!model.setData(model.index(0, EventTableModel::TitleColumn), QStringLiteral("  ")));
    QVERIFY(
        !model.setData(model.index(0, EventTableModel::EndColumn), before.startsOn.addDays(-1)));
    QCOMPARE(errors.count(), 2);
    QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("An event needs a title."));
    QVERIFY(errors.at(1).at(0).toString().contains(QStringLiteral("before it starts")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(*m_store->events().byId(before.id), before);
}

void TestProgrammeModels::illustrativeIsACheckBox()
{
    QUndoStack stack;
    EventTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex cell = model.index(0, EventTableModel::IllustrativeColumn);
    QVERIFY(model.flags(cell).testFlag(Qt::ItemIsUserCheckable));
    const bool was = model.events().at(0).illustrative;
    QVERIFY(model.setData(cell, was ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_store->events().byId(model.events().at(0).id)->illustrative, !was);
    QCOMPARE(cell.data(Qt::CheckStateRole).value<Qt::CheckState>(),
             was ? Qt::Unchecked : Qt::Checked);
}

void TestProgrammeModels::colleaguesChangeShows()
{
    QUndoStack stack;
    EventTableModel events(*m_store, &stack);
    IndicatorTableModel points(*m_store, &stack);
    QAbstractItemModelTester eventTester(&events,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pointTester(&points,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    DataVersionWatcher watcher(*m_store, 60000);
    watcher.check();
    const int eventRows = events.rowCount();
    const int pointRows = points.rowCount();

    Store colleague;
    colleague.open(m_db->path(), Store::OpenMode::ExistingOnly);
    Event added = event(QStringLiteral("Their meeting"), QDate(2025, 7, 1));
    colleague.events().insert(added);
    Indicator point;
    point.name = QStringLiteral("Their series");
    point.observedOn = QDate(2025, 7, 1);
    point.value = 12;
    colleague.indicators().insert(point);

    // A team database announces the change through the event loop (NOTIFY).
    QTRY_VERIFY_WITH_TIMEOUT(watcher.check() || (events.rowCount() == eventRows + 1 &&
                                                 points.rowCount() == pointRows + 1),
                             5000);
    QCOMPARE(events.rowCount(), eventRows + 1);
    QVERIFY(events.rowOfEvent(added.id) >= 0);
    QCOMPARE(points.rowCount(), pointRows + 1);
    QVERIFY(points.rowOfPoint(point.id) >= 0);
}

void TestProgrammeModels::indicatorsFilteredBySeries()
{
    QUndoStack stack;
    IndicatorTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList series = m_store->indicators().seriesNames();
    QVERIFY(series.size() >= 2);
    const int all = model.rowCount();
    QCOMPARE(all, m_store->indicators().all().size());
    model.setSeries(series.first());
    QVERIFY(model.rowCount() > 0 && model.rowCount() < all);
    for (const Indicator &point : model.points())
        QCOMPARE(point.name, series.first());

    Indicator added;
    added.name = series.first();
    added.observedOn = QDate(2030, 1, 1);
    added.value = 99;
    added.unit = m_store->indicators().unitOf(series.first());
    auto *command = new AddIndicatorPointCommand(*m_store, added);
    stack.push(command);
    QCOMPARE(model.rowOfPoint(command->pointId()), model.rowCount() - 1);
    Indicator other = added;
    other.name = series.last();
    stack.push(new AddIndicatorPointCommand(*m_store, other));
    for (const Indicator &point : model.points())
        QCOMPARE(point.name, series.first());
    model.setSeries({});
    QCOMPARE(model.rowCount(), all + 2);
}

void TestProgrammeModels::indicatorValueInTheUsersLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QUndoStack stack;
    IndicatorTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex value = model.index(0, IndicatorTableModel::ValueColumn);
    QVERIFY(model.setData(value, QStringLiteral("1234,5")));
    QCOMPARE(m_store->indicators().byId(model.points().at(0).id)->value, 1234.5);
    QCOMPARE(value.data().toString(), QStringLiteral("1.234,5"));
    QCOMPARE(value.data(Qt::EditRole).toString(), QStringLiteral("1234,5"));
    // What an editor shows is read back as the same number: no step.
    QVERIFY(model.setData(value, value.data(Qt::EditRole)));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(IndicatorTableModel::parseValue(QStringLiteral("2.25")), std::optional<double>(2.25));
    QCOMPARE(IndicatorTableModel::parseValue(QStringLiteral("-0,5")), std::optional<double>(-0.5));
}

void TestProgrammeModels::indicatorValueThatIsNotANumberIsRefused()
{
    QUndoStack stack;
    IndicatorTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Indicator before = model.points().at(0);
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    for (const QString &typed : {QStringLiteral("abc"), QStringLiteral("4kg"),
                                 QStringLiteral("inf"), QStringLiteral("nan"), QString()}) {
        QVERIFY2(!model.setData(model.index(0, IndicatorTableModel::ValueColumn), typed),
                 qPrintable(typed));
    }
    QCOMPARE(errors.count(), 5);
    QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("“abc” is not a number")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(*m_store->indicators().byId(before.id), before);
}

void TestProgrammeModels::editWithoutUndoStackIsReadOnly()
{
    EventTableModel events(*m_store, nullptr);
    IndicatorTableModel points(*m_store, nullptr);
    QVERIFY(
        !events.flags(events.index(0, EventTableModel::TitleColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!points.setData(points.index(0, IndicatorTableModel::ValueColumn), 3.0));

    // A file opened to read: nothing offered for editing either.
    const QString path = m_db->path();
    m_store.reset();
    Store readOnly;
    readOnly.open(path, Store::OpenMode::ReadOnly);
    QUndoStack stack;
    EventTableModel readEvents(readOnly, &stack);
    IndicatorTableModel readPoints(readOnly, &stack);
    QVERIFY(readEvents.rowCount() > 0 && readPoints.rowCount() > 0);
    QVERIFY(!readEvents.flags(readEvents.index(0, EventTableModel::TitleColumn))
                 .testFlag(Qt::ItemIsEditable));
    QVERIFY(!readPoints.flags(readPoints.index(0, IndicatorTableModel::IllustrativeColumn))
                 .testFlag(Qt::ItemIsUserCheckable));
}

QTEST_GUILESS_MAIN(TestProgrammeModels)
#include "test_programme_models.moc"
