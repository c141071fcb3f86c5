#include "TestSupport.h"

#include "commands/ChangeStatusCommand.h"
#include "items/ActorListModel.h"
#include "items/PositionTableModel.h"
#include "items/StatusHistoryModel.h"
#include "store/ActorRepository.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestPositionAndHistoryModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void positionsShowTheStore();
    void positionEditsAreUndoable();
    void positionEditRefused();
    void scaleValueSavedOnlyAsTyped_data();
    void scaleValueSavedOnlyAsTyped();
    void positionsRefreshOnlyForTheirIssue();
    void historyShowsTheStore();
    void historyGrowsWithStatusChanges();
    void actorsShowTheStore();
    void actorsRefreshOnInsert();

private:
    qint64 issueId(const QString &code) { return m_store->issues().byCode(code)->id; }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestPositionAndHistoryModels::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestPositionAndHistoryModels::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestPositionAndHistoryModels::positionsShowTheStore()
{
    QUndoStack stack;
    PositionTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    const qint64 re01 = issueId(QStringLiteral("RE-01"));
    model.setIssue(re01);
    QCOMPARE(model.issueId(), re01);
    const QList<Position> positions = m_store->positions().forIssue(re01);
    QVERIFY(!positions.isEmpty());
    QCOMPARE(model.rowCount(), int(positions.size()));
    QCOMPARE(model.columnCount(), int(PositionTableModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Position &p = positions.at(row);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(PositionTableModel::ActorColumn).toString(), p.actorName);
        QCOMPARE(cell(PositionTableModel::BlocColumn).toString(), p.actorBloc);
        QCOMPARE(cell(PositionTableModel::StanceColumn).toString(), p.stance);
        QCOMPARE(cell(PositionTableModel::PositionColumn, Qt::EditRole).metaType().id(),
                 QMetaType::Int);
        QCOMPARE(cell(PositionTableModel::PositionColumn, Qt::EditRole).toInt(), p.position);
        QCOMPARE(cell(PositionTableModel::SalienceColumn).toInt(), p.salience);
        QCOMPARE(cell(PositionTableModel::CloutColumn).toInt(), p.clout);
        QCOMPARE(cell(PositionTableModel::SourceColumn).toString(), p.source);
        QCOMPARE(cell(0, PositionTableModel::PositionIdRole).toLongLong(), p.id);
        QCOMPARE(cell(0, PositionTableModel::VersionRole).toInt(), p.version);
        QCOMPARE(cell(0, PositionTableModel::IllustrativeRole).toBool(), p.illustrative);
        const QString tip = cell(PositionTableModel::ActorColumn, Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(p.actorName));
        QCOMPARE(tip.contains(QStringLiteral("illustrative estimate")), p.illustrative);
    }
    // The demo marks RE-01's positions as illustrative.
    QVERIFY(model.index(0, 0).data(PositionTableModel::IllustrativeRole).toBool());
    QVERIFY(model.flags(model.index(0, PositionTableModel::PositionColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(0, PositionTableModel::StanceColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, PositionTableModel::ActorColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(0, PositionTableModel::BlocColumn)) & Qt::ItemIsEditable));

    model.setIssue(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestPositionAndHistoryModels::positionEditsAreUndoable()
{
    QUndoStack stack;
    PositionTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIssue(issueId(QStringLiteral("RE-02")));
    const Position before = model.positions().at(1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex selected = model.index(1, PositionTableModel::StanceColumn);

    QVERIFY(model.setData(model.index(1, PositionTableModel::PositionColumn), 12));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(m_store->positions().byId(before.id)->position, 12);
    QCOMPARE(model.index(1, PositionTableModel::PositionColumn).data().toInt(), 12);
    QCOMPARE(model.index(1, 0).data(PositionTableModel::VersionRole).toInt(), before.version + 1);
    QVERIFY(dataChanged.count() >= 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(selected.row(), 1);

    // A number typed as text is accepted the way a spin box would give it.
    QVERIFY(
        model.setData(model.index(1, PositionTableModel::SalienceColumn), QStringLiteral("77")));
    QCOMPARE(m_store->positions().byId(before.id)->salience, 77);

    const QString stance = QStringLiteral("Séjourné: « no » — 王毅: \"yes\"");
    QVERIFY(model.setData(model.index(1, PositionTableModel::StanceColumn), stance));
    QCOMPARE(m_store->positions().byId(before.id)->stance, stance);
    QCOMPARE(selected.data().toString(), stance);

    while (stack.canUndo())
        stack.undo();
    const Position after = *m_store->positions().byId(before.id);
    QCOMPARE(after.position, before.position);
    QCOMPARE(after.salience, before.salience);
    QCOMPARE(after.stance, before.stance);
    QCOMPARE(model.index(1, PositionTableModel::StanceColumn).data().toString(), before.stance);
    QCOMPARE(reset.count(), 0);

    // Without a stack nothing is edited.
    PositionTableModel readOnly(*m_store, nullptr);
    readOnly.setIssue(issueId(QStringLiteral("RE-02")));
    QVERIFY(!readOnly.setData(readOnly.index(1, PositionTableModel::PositionColumn), 40));
    QCOMPARE(m_store->positions().byId(before.id)->position, before.position);
}

void TestPositionAndHistoryModels::positionEditRefused()
{
    QUndoStack stack;
    PositionTableModel model(*m_store, &stack);
    model.setIssue(issueId(QStringLiteral("RE-02")));
    const Position before = model.positions().at(0);
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    QVERIFY(!model.setData(model.index(0, PositionTableModel::CloutColumn), 150));
    QVERIFY(
        !model.setData(model.index(0, PositionTableModel::CloutColumn), QStringLiteral("much")));
    QCOMPARE(errors.count(), 2);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_store->positions().byId(before.id)->clout, before.clout);
}

void TestPositionAndHistoryModels::scaleValueSavedOnlyAsTyped_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("saved");
    const QList<QPair<const char *, int>> columns = {
        {"position", PositionTableModel::PositionColumn},
        {"salience", PositionTableModel::SalienceColumn},
        {"clout", PositionTableModel::CloutColumn}};
    for (const auto &[name, column] : columns) {
        const QByteArray prefix = QByteArray(name) + ' ';
        QTest::newRow(prefix + "150") << column << QVariant(150) << false;
        QTest::newRow(prefix + "\"150\"") << column << QVariant(QStringLiteral("150")) << false;
        QTest::newRow(prefix + "101") << column << QVariant(101) << false;
        QTest::newRow(prefix + "-1") << column << QVariant(-1) << false;
        // Never rounded: 15.7 is not 16 (nor 15).
        QTest::newRow(prefix + "15.7") << column << QVariant(15.7) << false;
        QTest::newRow(prefix + "\"15.7\"") << column << QVariant(QStringLiteral("15.7")) << false;
        QTest::newRow(prefix + "\"1e2\"") << column << QVariant(QStringLiteral("1e2")) << false;
        QTest::newRow(prefix + "100") << column << QVariant(100) << true;
        QTest::newRow(prefix + "\" 0 \"") << column << QVariant(QStringLiteral(" 0 ")) << true;
    }
}

void TestPositionAndHistoryModels::scaleValueSavedOnlyAsTyped()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(bool, saved);
    QUndoStack stack;
    PositionTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIssue(issueId(QStringLiteral("RE-02")));
    const qint64 positionId = model.positions().at(0).id;
    const auto stored = [&] {
        const Position position = *m_store->positions().byId(positionId);
        return column == PositionTableModel::PositionColumn   ? position.position
               : column == PositionTableModel::SalienceColumn ? position.salience
                                                              : position.clout;
    };
    const int before = stored();
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);

    QCOMPARE(model.setData(model.index(0, column), value), saved);
    if (saved) {
        QCOMPARE(stored(), value.toString().trimmed().toInt());
        QCOMPARE(errors.count(), 0);
        return;
    }
    QCOMPARE(stored(), before);
    QCOMPARE(model.index(0, column).data().toInt(), before);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("0 to 100")) &&
                 message.contains(value.toString().trimmed()),
             qPrintable(message));
}

void TestPositionAndHistoryModels::positionsRefreshOnlyForTheirIssue()
{
    PositionTableModel model(*m_store, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setIssue(issueId(QStringLiteral("RE-01")));
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const Position other = m_store->positions().forIssue(issueId(QStringLiteral("TR-01"))).first();
    m_store->positions().setField(other.id, PositionField::Clout, 1, other.version);
    QCOMPARE(dataChanged.count(), 0);
    QCOMPARE(reset.count(), 0);

    const Position mine = model.positions().first();
    m_store->positions().setField(mine.id, PositionField::Clout, 1, mine.version);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(model.index(0, PositionTableModel::CloutColumn).data().toInt(), 1);

    // A new position changes the rows: the model resets.
    Actor actor;
    actor.name = QStringLiteral("Zhang Wei (illustrative)");
    actor.kind = QStringLiteral("person");
    actor.bloc = QStringLiteral("China");
    m_store->actors().insert(actor);
    Position added;
    added.issueId = model.issueId();
    added.actorId = actor.id;
    added.stance = QStringLiteral("New");
    m_store->positions().insert(added);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), int(m_store->positions().forIssue(model.issueId()).size()));
}

void TestPositionAndHistoryModels::historyShowsTheStore()
{
    StatusHistoryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 re01 = issueId(QStringLiteral("RE-01"));
    model.setIssue(re01);
    QCOMPARE(model.issueId(), re01);
    const QList<StatusChange> history = m_store->history().forIssue(re01);
    QCOMPARE(model.rowCount(), int(history.size()));
    QCOMPARE(model.columnCount(), int(StatusHistoryModel::ColumnCount));
    // The first entry has no "from".
    QCOMPARE(model.index(0, StatusHistoryModel::FromColumn).data().toString(), QStringLiteral("—"));
    const StatusChange &last = history.last();
    const int row = model.rowCount() - 1;
    QCOMPARE(model.index(row, StatusHistoryModel::ToColumn).data().toString(),
             StatusText::label(last.to));
    QCOMPARE(model.index(row, StatusHistoryModel::WhoColumn).data().toString(), last.changedBy);
    QCOMPARE(model.index(row, StatusHistoryModel::WhyColumn).data().toString(), last.reason);
    const QString when = model.index(row, StatusHistoryModel::WhenColumn).data().toString();
    // In the user's format: day/month/year and 24-hour time for a French desk.
    QCOMPARE(when, QLocale().toString(last.changedAt.toLocalTime(), QLocale::ShortFormat));
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        QCOMPARE(model.index(row, StatusHistoryModel::WhenColumn).data().toString(),
                 last.changedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    }
    QCOMPARE(model.headerData(StatusHistoryModel::WhyColumn, Qt::Horizontal).toString(),
             QStringLiteral("Why"));
}

void TestPositionAndHistoryModels::historyGrowsWithStatusChanges()
{
    StatusHistoryModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Issue issue = *m_store->issues().byCode(QStringLiteral("DR-02"));
    model.setIssue(issue.id);
    const int rows = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QUndoStack stack;
    stack.push(new ChangeStatusCommand(*m_store, issue.id, issue.status, Status::Converging,
                                       issue.version, QStringLiteral("Brussels talks, 王毅")));
    QCOMPARE(model.rowCount(), rows + 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), rows);
    QCOMPARE(model.index(rows, StatusHistoryModel::FromColumn).data().toString(),
             StatusText::label(issue.status));
    QCOMPARE(model.index(rows, StatusHistoryModel::ToColumn).data().toString(),
             StatusText::label(Status::Converging));
    QCOMPARE(model.index(rows, StatusHistoryModel::WhoColumn).data().toString(),
             QStringLiteral("desk.officer"));
    QCOMPARE(model.index(rows, StatusHistoryModel::WhyColumn).data().toString(),
             QStringLiteral("Brussels talks, 王毅"));

    stack.undo();
    QCOMPARE(model.rowCount(), rows + 2);
    QCOMPARE(model.index(rows + 1, StatusHistoryModel::ToColumn).data().toString(),
             StatusText::label(issue.status));
    QVERIFY(model.index(rows + 1, StatusHistoryModel::WhyColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Undo: ")));
    QCOMPARE(reset.count(), 0);

    // Another issue's change does not touch this history.
    const Issue other = *m_store->issues().byCode(QStringLiteral("RE-01"));
    m_store->issues().changeStatus(other.id, Status::Agreed, other.version,
                                   QStringLiteral("Agreed"));
    QCOMPARE(model.rowCount(), rows + 2);
    QCOMPARE(inserted.count(), 2);
}

void TestPositionAndHistoryModels::actorsShowTheStore()
{
    ActorListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Actor> actors = m_store->actors().all();
    QCOMPARE(model.rowCount(), int(actors.size()));
    QCOMPARE(model.actors().size(), actors.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), actors.at(row).name);
        QCOMPARE(index.data(ActorListModel::ActorIdRole).toLongLong(), actors.at(row).id);
        QCOMPARE(index.data(ActorListModel::BlocRole).toString(), actors.at(row).bloc);
        QCOMPARE(index.data(ActorListModel::KindRole).toString(), actors.at(row).kind);
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(actors.at(row).bloc));
        QCOMPARE(model.rowOfActor(actors.at(row).id), row);
    }
    QCOMPARE(model.rowOfActor(-5), -1);
    const int wang =
        model.rowOfActor(m_store->actors().byName(QStringLiteral("Wang Yi (王毅)"))->id);
    QVERIFY(wang >= 0);
    QCOMPARE(model.index(wang).data().toString(), QStringLiteral("Wang Yi (王毅)"));
}

void TestPositionAndHistoryModels::actorsRefreshOnInsert()
{
    ActorListModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = model.rowCount();
    Actor actor;
    actor.name = QStringLiteral("Hélène Dupré-Ørsted");
    actor.kind = QStringLiteral("person");
    actor.bloc = QStringLiteral("EU");
    actor.role = QStringLiteral("Executive Vice-President");
    m_store->actors().insert(actor);
    QCOMPARE(model.rowCount(), rows + 1);
    const int row = model.rowOfActor(actor.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row).data().toString(), QStringLiteral("Hélène Dupré-Ørsted"));
    QVERIFY(
        model.index(row).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Executive")));
}

QTEST_GUILESS_MAIN(TestPositionAndHistoryModels)
#include "test_position_and_history_models.moc"
