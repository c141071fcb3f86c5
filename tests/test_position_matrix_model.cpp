#include "domain/Actor.h"
#include "items/PositionMatrixModel.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

class TestPositionMatrixModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void shape();
    void columnsOrderedByBlocThenName();
    void cellsMatchTheDatabase();
    void distanceAndColour();
    void distanceColourScale();
    void tooltipEscapesUserText();
    void editUpdatesCellInPlace();
    void editOfEuActorMovesObjective();
    void newActorAddsColumn();
    void newIssueAddsRow();
    void emptyStore();
    void rowsFollowTheFilter();
    void editMovesIssueOutOfTheFilter();

private:
    int rowOf(const QString &code) const;
    int columnOf(const QString &actorName) const;
    Position positionOf(const QString &code, const QString &actorName) const;

    std::unique_ptr<TestSupport::TempDatabase> m_temp;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<PositionMatrixModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestPositionMatrixModel::init()
{
    m_temp = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_temp->open(true);
    m_model = std::make_unique<PositionMatrixModel>(*m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPositionMatrixModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_temp.reset();
}

int TestPositionMatrixModel::rowOf(const QString &code) const
{
    const std::optional<Issue> issue = m_store->issues().byCode(code);
    return issue ? m_model->rowOfIssue(issue->id) : -1;
}

int TestPositionMatrixModel::columnOf(const QString &actorName) const
{
    const std::optional<Actor> actor = m_store->actors().byName(actorName);
    return actor ? m_model->columnOfActor(actor->id) : -1;
}

Position TestPositionMatrixModel::positionOf(const QString &code, const QString &actorName) const
{
    const std::optional<Issue> issue = m_store->issues().byCode(code);
    if (!issue)
        return {};
    for (const Position &position : m_store->positions().forIssue(issue->id)) {
        if (position.actorName == actorName)
            return position;
    }
    return {};
}

void TestPositionMatrixModel::shape()
{
    QCOMPARE(m_model->rowCount(), int(m_store->issues().count()));
    QCOMPARE(m_model->rowCount(), 12);
    const int actorsWithPositions =
        Sql::scalar(m_store->database(),
                    QStringLiteral("SELECT COUNT(DISTINCT actor_id) FROM position"))
            .toInt();
    QCOMPARE(m_model->columnCount(), actorsWithPositions);
    // The demo has actors without any position (e.g. Estonia): they get no column.
    const std::optional<Actor> estonia = m_store->actors().byName(QStringLiteral("Estonia"));
    QVERIFY(estonia);
    QCOMPARE(m_model->columnOfActor(estonia->id), -1);

    // Rows follow the issues' codes; the header shows code and title.
    const QList<Issue> issues = m_store->issues().all();
    for (int row = 0; row < issues.size(); ++row) {
        QCOMPARE(m_model->issueIdAt(row), issues[row].id);
        QCOMPARE(m_model->headerData(row, Qt::Vertical).toString(),
                 issues[row].code + QLatin1Char(' ') + issues[row].title);
        QCOMPARE(
            m_model->headerData(row, Qt::Vertical, PositionMatrixModel::IssueIdRole).toLongLong(),
            issues[row].id);
    }
}

void TestPositionMatrixModel::columnsOrderedByBlocThenName()
{
    const QStringList blocs = Actor::blocs(QStringLiteral("EU"), QStringLiteral("China"));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal, PositionMatrixModel::BlocRole).toString(),
             QStringLiteral("EU"));
    for (int column = 1; column < m_model->columnCount(); ++column) {
        const QString previousBloc =
            m_model->headerData(column - 1, Qt::Horizontal, PositionMatrixModel::BlocRole)
                .toString();
        const QString bloc =
            m_model->headerData(column, Qt::Horizontal, PositionMatrixModel::BlocRole).toString();
        QVERIFY2(blocs.indexOf(previousBloc) <= blocs.indexOf(bloc),
                 qPrintable(previousBloc + QStringLiteral(" before ") + bloc));
        if (previousBloc == bloc) {
            const QString previousName = m_model->headerData(column - 1, Qt::Horizontal).toString();
            const QString name = m_model->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(previousName.compare(name, Qt::CaseInsensitive) < 0,
                     qPrintable(previousName + QStringLiteral(" before ") + name));
        }
    }
    // Spot checks: China after the EU block, Russia after China.
    QVERIFY(columnOf(QStringLiteral("Siemens Gamesa")) <
            columnOf(QStringLiteral("China (Ministry of Foreign Affairs)")));
    QVERIFY(columnOf(QStringLiteral("Wang Yi (王毅)")) < columnOf(QStringLiteral("Russia")));
}

void TestPositionMatrixModel::cellsMatchTheDatabase()
{
    const QList<Issue> issues = m_store->issues().all();
    int filled = 0;
    for (const Issue &issue : issues) {
        const int row = m_model->rowOfIssue(issue.id);
        QVERIFY(row >= 0);
        const QList<Position> positions = m_store->positions().forIssue(issue.id);
        QSet<int> columnsWithPosition;
        for (const Position &position : positions) {
            const int column = m_model->columnOfActor(position.actorId);
            QVERIFY(column >= 0);
            const QModelIndex index = m_model->index(row, column);
            QCOMPARE(index.data().toInt(), position.position);
            QCOMPARE(index.data(PositionMatrixModel::PositionIdRole).toLongLong(), position.id);
            columnsWithPosition.insert(column);
        }
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            if (!columnsWithPosition.contains(column)) {
                QVERIFY(!index.data().isValid());
                QVERIFY(!index.data(Qt::BackgroundRole).isValid());
            }
            QCOMPARE(index.data(PositionMatrixModel::IssueIdRole).toLongLong(), issue.id);
        }
        filled += int(positions.size());
    }
    QCOMPARE(filled, int(m_store->positions().count()));
}

void TestPositionMatrixModel::distanceAndColour()
{
    // RE-01: EU objective 95 (weighted median of EEAS 95, Commission 90, Kallas 95).
    const int row = rowOf(QStringLiteral("RE-01"));
    QCOMPARE(m_model->objectiveAt(row).value_or(-1), 95.0);

    const QModelIndex china =
        m_model->index(row, columnOf(QStringLiteral("China (Ministry of Foreign Affairs)")));
    QCOMPARE(china.data().toInt(), 20);
    QCOMPARE(china.data(PositionMatrixModel::DistanceFromObjectiveRole).toDouble(), 75.0);
    QCOMPARE(china.data(Qt::BackgroundRole).value<QColor>(),
             PositionMatrixModel::distanceColor(PositionMatrixModel::farDistance)); // orange

    const QModelIndex eeas = m_model->index(row, columnOf(QStringLiteral("European Union (EEAS)")));
    QCOMPARE(eeas.data(PositionMatrixModel::DistanceFromObjectiveRole).toDouble(), 0.0);
    QCOMPARE(eeas.data(Qt::BackgroundRole).value<QColor>(),
             PositionMatrixModel::distanceColor(0)); // blue

    const QModelIndex commission =
        m_model->index(row, columnOf(QStringLiteral("European Commission")));
    QCOMPARE(commission.data(PositionMatrixModel::DistanceFromObjectiveRole).toDouble(), 5.0);

    // MG-01 has the Commission and Siemens Gamesa at 85: objective 85; TDK at 75 is 10 off.
    const int mg = rowOf(QStringLiteral("MG-01"));
    QCOMPARE(m_model->objectiveAt(mg).value_or(-1), 85.0);
    QCOMPARE(m_model->index(mg, columnOf(QStringLiteral("TDK")))
                 .data(PositionMatrixModel::DistanceFromObjectiveRole)
                 .toDouble(),
             10.0);
}

void TestPositionMatrixModel::distanceColourScale()
{
    // Blue when close, orange when far (not green and red: colour-blind readers
    // tell these apart), grey halfway, and pale enough for dark text throughout.
    const QColor close = PositionMatrixModel::distanceColor(0);
    const QColor halfway = PositionMatrixModel::distanceColor(30);
    const QColor far = PositionMatrixModel::distanceColor(60);
    QVERIFY(close.hsvHue() > 180 && close.hsvHue() < 220);
    QVERIFY(far.hsvHue() > 25 && far.hsvHue() < 50);
    QVERIFY(halfway.hsvSaturation() < 20);
    QCOMPARE(PositionMatrixModel::distanceColor(100), far);
    QVERIFY(PositionMatrixModel::distanceColor(10).blue() >
            PositionMatrixModel::distanceColor(20).blue());
    for (double distance = 0; distance <= 60; distance += 5)
        QVERIFY(PositionMatrixModel::distanceColor(distance).lightnessF() > 0.7);
}

void TestPositionMatrixModel::tooltipEscapesUserText()
{
    const Position position = positionOf(QStringLiteral("RE-01"), QStringLiteral("Kaja Kallas"));
    QVERIFY(position.id);
    m_store->positions().setField(position.id, PositionField::Stance,
                                  QStringLiteral("<img src=/etc/passwd> & more"), position.version);
    const QModelIndex index =
        m_model->index(rowOf(QStringLiteral("RE-01")), columnOf(QStringLiteral("Kaja Kallas")));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;img src=/etc/passwd&gt; &amp; more")),
             qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    QVERIFY(tip.contains(QStringLiteral("Kaja Kallas")));
    QVERIFY(tip.contains(QStringLiteral("Position: 95")));
}

void TestPositionMatrixModel::editUpdatesCellInPlace()
{
    const int row = rowOf(QStringLiteral("RE-01"));
    const int column = columnOf(QStringLiteral("China (Ministry of Foreign Affairs)"));
    const Position position =
        positionOf(QStringLiteral("RE-01"), QStringLiteral("China (Ministry of Foreign Affairs)"));
    QCOMPARE(m_model->index(row, column).data().toInt(), 20);

    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    m_store->positions().setField(position.id, PositionField::Position, 55, position.version);

    QCOMPARE(m_model->index(row, column).data().toInt(), 55);
    QCOMPARE(
        m_model->index(row, column).data(PositionMatrixModel::DistanceFromObjectiveRole).toDouble(),
        40.0);
    // One row changed in place: the views keep their selection and scroll position.
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(changedSpy.count(), 1);
    const QModelIndex topLeft = changedSpy.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changedSpy.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), row);
    QCOMPARE(bottomRight.row(), row);
    QVERIFY(topLeft.column() <= column && column <= bottomRight.column());
    QCOMPARE(m_model->rowCount(), 12);
}

void TestPositionMatrixModel::editOfEuActorMovesObjective()
{
    // RE-01: Commission 90 -> 50. EU weights 50 (5850), 95 (6650 + 5400 = 12050);
    // total 17900, half 8950: running 5850, 17900 -> objective stays 95. Kallas and EEAS
    // moved to 50 as well would take it there; move EEAS: EU 50 (5850 + 6650 = 12500
    // >= 8950) -> objective 50, and China's 20 is then 30 away.
    const int row = rowOf(QStringLiteral("RE-01"));
    const Position commission =
        positionOf(QStringLiteral("RE-01"), QStringLiteral("European Commission"));
    m_store->positions().setField(commission.id, PositionField::Position, 50, commission.version);
    QCOMPARE(m_model->objectiveAt(row).value_or(-1), 95.0);
    const Position eeas =
        positionOf(QStringLiteral("RE-01"), QStringLiteral("European Union (EEAS)"));
    m_store->positions().setField(eeas.id, PositionField::Position, 50, eeas.version);
    QCOMPARE(m_model->objectiveAt(row).value_or(-1), 50.0);
    const QModelIndex china =
        m_model->index(row, columnOf(QStringLiteral("China (Ministry of Foreign Affairs)")));
    QCOMPARE(china.data(PositionMatrixModel::DistanceFromObjectiveRole).toDouble(), 30.0);
}

void TestPositionMatrixModel::newActorAddsColumn()
{
    const int columnsBefore = m_model->columnCount();
    const std::optional<Actor> estonia = m_store->actors().byName(QStringLiteral("Estonia"));
    QVERIFY(estonia);
    Position position;
    position.issueId = m_store->issues().byCode(QStringLiteral("SR-01"))->id;
    position.actorId = estonia->id;
    position.position = 65;
    position.salience = 40;
    position.clout = 20;
    m_store->positions().insert(position);

    QCOMPARE(m_model->columnCount(), columnsBefore + 1);
    const int column = m_model->columnOfActor(estonia->id);
    QVERIFY(column >= 0);
    QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Estonia"));
    QCOMPARE(m_model->index(rowOf(QStringLiteral("SR-01")), column).data().toInt(), 65);
    QVERIFY(!m_model->index(rowOf(QStringLiteral("RE-01")), column).data().isValid());
}

void TestPositionMatrixModel::newIssueAddsRow()
{
    Issue issue;
    issue.code = QStringLiteral("AA-00");
    issue.title = QStringLiteral("First by code");
    m_store->issues().insert(issue);
    QCOMPARE(m_model->rowCount(), 13);
    QCOMPARE(m_model->rowOfIssue(issue.id), 0);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(),
             QStringLiteral("AA-00 First by code"));
    for (int column = 0; column < m_model->columnCount(); ++column)
        QVERIFY(!m_model->index(0, column).data().isValid());

    // A title edit updates the header without a reset.
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy headerSpy(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_store->issues().setField(issue.id, IssueField::Title, QStringLiteral("Renamed"),
                               issue.version);
    QCOMPARE(resetSpy.count(), 0);
    QCOMPARE(headerSpy.count(), 1);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("AA-00 Renamed"));
}

void TestPositionMatrixModel::emptyStore()
{
    TestSupport::TempDatabase temp;
    auto store = temp.open(false);
    PositionMatrixModel model(*store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
    QVERIFY(!model.objectiveAt(0));
}

QTEST_GUILESS_MAIN(TestPositionMatrixModel)
// The same issues as the issue table shows for the filter, counted in SQL.
void TestPositionMatrixModel::rowsFollowTheFilter()
{
    IssueFilter filter;
    filter.statuses = {Status::Open, Status::Raised};
    m_model->setFilter(filter);
    QSqlQuery expected = Sql::exec(m_store->database(),
                                   QStringLiteral("SELECT id FROM issue WHERE status IN (?, ?)"),
                                   {int(Status::Open), int(Status::Raised)});
    int matching = 0;
    while (Sql::next(expected)) {
        ++matching;
        QVERIFY(m_model->rowOfIssue(expected.value(0).toLongLong()) >= 0);
    }
    QVERIFY(matching > 0);
    QCOMPARE(m_model->rowCount(), matching);
    // Only the actors with a position on a shown issue get a column.
    for (int column = 0; column < m_model->columnCount(); ++column) {
        bool used = false;
        for (int row = 0; row < m_model->rowCount(); ++row)
            used = used ||
                   m_model->index(row, column).data(PositionMatrixModel::PositionIdRole).isValid();
        QVERIFY(used);
    }

    IssueFilter text;
    text.text = QStringLiteral("rare");
    m_model->setFilter(text);
    // Whatever the letter case ("Rare-earth"): PostgreSQL's LIKE heeds it.
    const QString like = Sql::likeOperator(m_store->database());
    QSqlQuery rare = Sql::exec(m_store->database(),
                               QStringLiteral("SELECT COUNT(*) FROM issue WHERE code %1 ? OR "
                                              "title %1 ? OR category %1 ? OR owner %1 ?")
                                   .arg(like),
                               {QStringLiteral("%rare%"), QStringLiteral("%rare%"),
                                QStringLiteral("%rare%"), QStringLiteral("%rare%")});
    QVERIFY(Sql::next(rare));
    QCOMPARE(m_model->rowCount(), rare.value(0).toInt());

    m_model->setFilter({});
    QCOMPARE(m_model->rowCount(), int(m_store->issues().count()));
}

void TestPositionMatrixModel::editMovesIssueOutOfTheFilter()
{
    IssueFilter filter;
    filter.statuses = {Status::Open};
    m_model->setFilter(filter);
    const int before = m_model->rowCount();
    QVERIFY(before > 0);
    const qint64 issueId = m_model->issueIdAt(0);
    const Issue issue = *m_store->issues().byId(issueId);
    m_store->issues().changeStatus(issueId, Status::Raised, issue.version,
                                   QStringLiteral("Raised"));
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->rowOfIssue(issueId), -1);
}

#include "test_position_matrix_model.moc"
