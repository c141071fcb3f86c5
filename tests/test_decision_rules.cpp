#include "TestSupport.h"

#include "commands/SetIssueFieldCommand.h"
#include "commands/SetPositionFieldCommand.h"
#include "domain/DecisionRule.h"
#include "domain/FieldLimits.h"
#include "io/ScenarioExporter.h"
#include "io/ScenarioImporter.h"
#include "io/SummitCopy.h"
#include "items/PositionTableModel.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// An issue's decision rule and its source, and a position's consent flag: stored,
// edited with undo, carried by the scenario file, and set in the demo.
class TestDecisionRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void repositoryRoundTrip();
    void colleaguesEditIsAConflict();
    void refusesUnknownRuleAndOverlongSource();
    void editsAreUndoable();
    void consentColumnInThePositionTable();
    void scenarioFileRoundTrip();
    void summitCopyCarriesThem();
    void olderFileGetsTheDefaults();
    void unknownRuleInAFileIsAClearError();
    void demoBilateralIssuesNeedBothSidesConsent();

private:
    qint64 issueId(const QString &code) { return m_store->issues().byCode(code)->id; }
    std::optional<Position> positionOf(qint64 issue, const QString &actor)
    {
        for (const Position &position : m_store->positions().forIssue(issue)) {
            if (position.actorName == actor)
                return position;
        }
        return std::nullopt;
    }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

const QString eeas = QStringLiteral("European Union (EEAS)");
const QString china = QStringLiteral("China (Ministry of Foreign Affairs)");

void TestDecisionRules::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestDecisionRules::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestDecisionRules::repositoryRoundTrip()
{
    Issue issue;
    issue.code = QStringLiteral("XX-01");
    issue.title = QStringLiteral("Port access");
    issue.decisionRule = DecisionRule::Consent;
    issue.decisionRuleSource = QStringLiteral("Port access is a national competence.");
    const qint64 id = m_store->issues().insert(issue);
    std::optional<Issue> read = m_store->issues().byId(id);
    QCOMPARE(read->decisionRule, DecisionRule::Consent);
    QCOMPARE(read->decisionRuleSource, issue.decisionRuleSource);
    QCOMPARE(TestSupport::valueInFile(
                 m_db->path(), QStringLiteral("SELECT decision_rule FROM issue WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("consent"));

    // A whole-issue update writes them too.
    read->decisionRule = DecisionRule::WeightedMajority;
    read->decisionRuleSource = QStringLiteral("Decided at 27.");
    m_store->issues().update(*read, QString());
    read = m_store->issues().byId(id);
    QCOMPARE(read->decisionRule, DecisionRule::WeightedMajority);
    QCOMPARE(read->decisionRuleSource, QStringLiteral("Decided at 27."));

    const int version = m_store->issues().setField(id, IssueField::DecisionRule,
                                                   QStringLiteral("consent"), read->version);
    m_store->issues().setField(id, IssueField::DecisionRuleSource, QStringLiteral("Art. 207"),
                               version);
    read = m_store->issues().byId(id);
    QCOMPARE(read->decisionRule, DecisionRule::Consent);
    QCOMPARE(read->decisionRuleSource, QStringLiteral("Art. 207"));

    Position position;
    position.issueId = id;
    position.actorId = positionOf(issueId(QStringLiteral("RE-01")), china)->actorId;
    position.consentNeeded = true;
    m_store->positions().insert(position);
    QVERIFY(m_store->positions().byId(position.id)->consentNeeded);
    m_store->positions().setField(position.id, PositionField::ConsentNeeded, false,
                                  position.version);
    QVERIFY(!m_store->positions().byId(position.id)->consentNeeded);
    QCOMPARE(TestSupport::valueInFile(
                 m_db->path(), QStringLiteral("SELECT consent_needed FROM position WHERE id = ?"),
                 {position.id})
                 .toInt(),
             0);
}

void TestDecisionRules::colleaguesEditIsAConflict()
{
    const qint64 id = issueId(QStringLiteral("RE-03"));
    const Issue seen = *m_store->issues().byId(id);
    // A colleague saves first.
    m_store->issues().setField(id, IssueField::DecisionRuleSource, QStringLiteral("theirs"),
                               seen.version);
    try {
        m_store->issues().setField(id, IssueField::DecisionRule, QStringLiteral("consent"),
                                   seen.version);
        QFAIL("a stale edit was saved");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Conflict);
        QVERIFY2(error.message().contains(QStringLiteral("Someone else changed this issue")),
                 qPrintable(error.message()));
    }
    QCOMPARE(m_store->issues().byId(id)->decisionRule, DecisionRule::WeightedMajority);

    const Position position = *positionOf(id, china);
    m_store->positions().setField(position.id, PositionField::Salience, 10, position.version);
    try {
        m_store->positions().setField(position.id, PositionField::ConsentNeeded, true,
                                      position.version);
        QFAIL("a stale edit was saved");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Conflict);
        QVERIFY2(error.message().contains(QStringLiteral("Someone else changed this position")),
                 qPrintable(error.message()));
    }
    QVERIFY(!m_store->positions().byId(position.id)->consentNeeded);
}

void TestDecisionRules::refusesUnknownRuleAndOverlongSource()
{
    const qint64 id = issueId(QStringLiteral("RE-03"));
    const int version = m_store->issues().byId(id)->version;
    try {
        m_store->issues().setField(id, IssueField::DecisionRule, QStringLiteral("unanimity"),
                                   version);
        QFAIL("an unknown rule was saved");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
        QVERIFY(error.message().contains(QStringLiteral("unanimity")));
    }
    try {
        m_store->issues().setField(id, IssueField::DecisionRuleSource,
                                   QString(FieldLimits::LongText + 1, QLatin1Char('x')), version);
        QFAIL("an overlong source was saved");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
    QCOMPARE(m_store->issues().byId(id)->version, version);
}

void TestDecisionRules::editsAreUndoable()
{
    QUndoStack stack;
    const qint64 id = issueId(QStringLiteral("RE-03"));
    const Issue before = *m_store->issues().byId(id);
    stack.push(new SetIssueFieldCommand(*m_store, id, IssueField::DecisionRule,
                                        QStringLiteral("majority"), QStringLiteral("consent"),
                                        before.version));
    QCOMPARE(m_store->issues().byId(id)->decisionRule, DecisionRule::Consent);
    stack.push(new SetIssueFieldCommand(*m_store, id, IssueField::DecisionRuleSource, QString(),
                                        QStringLiteral("Pricing is the market's"),
                                        m_store->issues().byId(id)->version));
    QCOMPARE(m_store->issues().byId(id)->decisionRuleSource,
             QStringLiteral("Pricing is the market's"));

    const Position china03 = *positionOf(id, china);
    stack.push(new SetPositionFieldCommand(*m_store, china03.id, PositionField::ConsentNeeded,
                                           false, true, china03.version));
    QVERIFY(m_store->positions().byId(china03.id)->consentNeeded);
    QCOMPARE(stack.count(), 3);

    stack.undo();
    QVERIFY(!m_store->positions().byId(china03.id)->consentNeeded);
    stack.undo();
    QCOMPARE(m_store->issues().byId(id)->decisionRuleSource, QString());
    stack.undo();
    QCOMPARE(m_store->issues().byId(id)->decisionRule, DecisionRule::WeightedMajority);

    stack.redo();
    stack.redo();
    stack.redo();
    const Issue after = *m_store->issues().byId(id);
    QCOMPARE(after.decisionRule, DecisionRule::Consent);
    QCOMPARE(after.decisionRuleSource, QStringLiteral("Pricing is the market's"));
    QVERIFY(m_store->positions().byId(china03.id)->consentNeeded);
    QCOMPARE(stack.index(), 3);
}

void TestDecisionRules::consentColumnInThePositionTable()
{
    QUndoStack stack;
    PositionTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rowOf = [&](const QString &actor) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, PositionTableModel::ActorColumn).data().toString() == actor)
                return row;
        }
        return -1;
    };

    // RE-01 is decided by the consent of the EU and China.
    model.setIssue(issueId(QStringLiteral("RE-01")));
    QCOMPARE(model.decisionRule(), DecisionRule::Consent);
    QCOMPARE(model.headerData(PositionTableModel::ConsentColumn, Qt::Horizontal).toString(),
             QStringLiteral("Consent"));
    const QModelIndex chinaCell = model.index(rowOf(china), PositionTableModel::ConsentColumn);
    QCOMPARE(chinaCell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.flags(chinaCell) & Qt::ItemIsUserCheckable);
    QVERIFY(model.flags(chinaCell) & Qt::ItemIsEnabled);
    QVERIFY(!(model.flags(chinaCell) & Qt::ItemIsEditable));
    const QString kallas = QStringLiteral("Kaja Kallas");
    const QModelIndex kallasCell = model.index(rowOf(kallas), PositionTableModel::ConsentColumn);
    QCOMPARE(kallasCell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QVERIFY(model.setData(kallasCell, Qt::Checked, Qt::CheckStateRole));
    const qint64 re01 = issueId(QStringLiteral("RE-01"));
    QVERIFY(positionOf(re01, kallas)->consentNeeded);
    QCOMPARE(model.index(rowOf(kallas), PositionTableModel::ConsentColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Checked));
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(!positionOf(re01, kallas)->consentNeeded);
    QCOMPARE(model.index(rowOf(kallas), PositionTableModel::ConsentColumn)
                 .data(Qt::CheckStateRole)
                 .toInt(),
             int(Qt::Unchecked));

    // Under weighted majority the flag changes nothing: shown, not changeable,
    // and the tooltip says why.
    const qint64 re03 = issueId(QStringLiteral("RE-03"));
    model.setIssue(re03);
    QCOMPARE(model.decisionRule(), DecisionRule::WeightedMajority);
    const QModelIndex majorityCell = model.index(0, PositionTableModel::ConsentColumn);
    QVERIFY(!(model.flags(majorityCell) & Qt::ItemIsEnabled));
    QVERIFY(!model.setData(majorityCell, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!m_store->positions().forIssue(re03).first().consentNeeded);
    QVERIFY(majorityCell.data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("weighted majority")));

    // Switching the issue's rule makes the column count, without reselecting it.
    m_store->issues().setField(re03, IssueField::DecisionRule, QStringLiteral("consent"),
                               m_store->issues().byId(re03)->version);
    QCOMPARE(model.decisionRule(), DecisionRule::Consent);
    QVERIFY(model.flags(model.index(0, PositionTableModel::ConsentColumn)) &
            Qt::ItemIsUserCheckable);
}

void TestDecisionRules::scenarioFileRoundTrip()
{
    const QByteArray json = ScenarioExporter(*m_store).toJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), ScenarioImporter::formatVersion);

    TestSupport::TempDatabase other;
    std::unique_ptr<Store> copy = other.open(false);
    ScenarioImporter importer(*copy);
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    QVERIFY2(importer.import(buffer), qPrintable(importer.errorString()));

    int consentIssues = 0;
    for (const Issue &issue : m_store->issues().all()) {
        const std::optional<Issue> imported = copy->issues().byCode(issue.code);
        QVERIFY(imported);
        QCOMPARE(imported->decisionRule, issue.decisionRule);
        QCOMPARE(imported->decisionRuleSource, issue.decisionRuleSource);
        if (issue.decisionRule == DecisionRule::Consent)
            ++consentIssues;
        const QList<Position> mine = m_store->positions().forIssue(issue.id);
        const QList<Position> theirs = copy->positions().forIssue(imported->id);
        QCOMPARE(theirs.size(), mine.size());
        for (int i = 0; i < mine.size(); ++i) {
            QCOMPARE(theirs.at(i).actorName, mine.at(i).actorName);
            QCOMPARE(theirs.at(i).consentNeeded, mine.at(i).consentNeeded);
        }
    }
    QVERIFY(consentIssues > 0);
}

// A copy of the summit into a new file (or from a team database) keeps the
// rules, their sources and the consent flags.
void TestDecisionRules::summitCopyCarriesThem()
{
    const QString target = QDir(m_db->dir()).filePath(QStringLiteral("copy.db"));
    SummitCopy::copy(m_db->path(), target);
    Store copy;
    copy.open(target);
    int consentParties = 0;
    for (const Issue &issue : m_store->issues().all()) {
        const std::optional<Issue> copied = copy.issues().byCode(issue.code);
        QVERIFY(copied);
        QCOMPARE(copied->decisionRule, issue.decisionRule);
        QCOMPARE(copied->decisionRuleSource, issue.decisionRuleSource);
        const QList<Position> mine = m_store->positions().forIssue(issue.id);
        const QList<Position> theirs = copy.positions().forIssue(copied->id);
        QCOMPARE(theirs.size(), mine.size());
        for (int i = 0; i < mine.size(); ++i) {
            QCOMPARE(theirs.at(i).consentNeeded, mine.at(i).consentNeeded);
            consentParties += theirs.at(i).consentNeeded ? 1 : 0;
        }
    }
    QVERIFY(consentParties > 0);
}

namespace {

QByteArray scenario(const QString &issueExtra, const QString &positionExtra, int version)
{
    return QStringLiteral(R"({"format": "summit-brief-scenario", "version": %1,
        "actors": [{"name": "MOFCOM", "kind": "institution", "bloc": "China"}],
        "issues": [{"code": "EX-01", "title": "Export rules", "status": "Open",
                    "priority": "High"%2,
                    "positions": [{"actor": "MOFCOM", "position": 20, "salience": 80,
                                   "clout": 90%3}]}]})")
        .arg(version)
        .arg(issueExtra, positionExtra)
        .toUtf8();
}

} // namespace

void TestDecisionRules::olderFileGetsTheDefaults()
{
    TestSupport::TempDatabase other;
    std::unique_ptr<Store> store = other.open(false);
    ScenarioImporter importer(*store);
    QBuffer buffer;
    buffer.setData(scenario(QString(), QString(), 2));
    buffer.open(QIODevice::ReadOnly);
    QVERIFY2(importer.import(buffer), qPrintable(importer.errorString()));
    const std::optional<Issue> issue = store->issues().byCode(QStringLiteral("EX-01"));
    QVERIFY(issue);
    QCOMPARE(issue->decisionRule, DecisionRule::WeightedMajority);
    QCOMPARE(issue->decisionRuleSource, QString());
    QVERIFY(!store->positions().forIssue(issue->id).first().consentNeeded);

    // A version-3 file with them.
    TestSupport::TempDatabase third;
    std::unique_ptr<Store> withRules = third.open(false);
    ScenarioImporter rulesImporter(*withRules);
    QBuffer rules;
    rules.setData(scenario(
        QStringLiteral(R"(, "decision_rule": "consent", "decision_rule_source": "Its own rules")"),
        QStringLiteral(R"(, "consent_needed": true)"), 3));
    rules.open(QIODevice::ReadOnly);
    QVERIFY2(rulesImporter.import(rules), qPrintable(rulesImporter.errorString()));
    const std::optional<Issue> ruled = withRules->issues().byCode(QStringLiteral("EX-01"));
    QCOMPARE(ruled->decisionRule, DecisionRule::Consent);
    QCOMPARE(ruled->decisionRuleSource, QStringLiteral("Its own rules"));
    QVERIFY(withRules->positions().forIssue(ruled->id).first().consentNeeded);
}

void TestDecisionRules::unknownRuleInAFileIsAClearError()
{
    TestSupport::TempDatabase other;
    std::unique_ptr<Store> store = other.open(false);
    ScenarioImporter importer(*store);
    QBuffer buffer;
    buffer.setData(scenario(QStringLiteral(R"(, "decision_rule": "unanimity")"), QString(), 3));
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(!importer.import(buffer));
    const QString error = importer.errorString();
    QVERIFY2(error.contains(QStringLiteral("\"decision_rule\" is \"unanimity\"")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("majority, consent")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("EX-01")) || error.contains(QStringLiteral("issues[0]")),
             qPrintable(error));
    QCOMPARE(store->issues().count(), 0);

    // A consent flag that is not true or false is refused the same way.
    ScenarioImporter flagImporter(*store);
    QBuffer flag;
    flag.setData(scenario(QString(), QStringLiteral(R"(, "consent_needed": "yes")"), 3));
    flag.open(QIODevice::ReadOnly);
    QVERIFY(!flagImporter.import(flag));
    QVERIFY2(flagImporter.errorString().contains(QStringLiteral("consent_needed")),
             qPrintable(flagImporter.errorString()));
}

// The demo's bilateral issues on a party's own measures are decided by the
// agreement of both sides; the multilateral and internal ones by majority.
void TestDecisionRules::demoBilateralIssuesNeedBothSidesConsent()
{
    const Issue re01 = *m_store->issues().byCode(QStringLiteral("RE-01"));
    QCOMPARE(re01.decisionRule, DecisionRule::Consent);
    QVERIFY(re01.decisionRuleSource.contains(QStringLiteral("China")));

    QStringList parties;
    double weighted = 0;
    double weights = 0;
    for (const Position &position : m_store->positions().forIssue(re01.id)) {
        if (!position.consentNeeded)
            continue;
        parties.append(position.actorName);
        const double weight = double(position.clout) * position.salience;
        weighted += weight * position.position;
        weights += weight;
    }
    parties.sort();
    QCOMPARE(parties, (QStringList{china, eeas}));
    // The compromise of the two, from the demo's figures: EEAS 95 (95 x 70 = 6650),
    // China 20 (85 x 90 = 7650): (95 x 6650 + 20 x 7650) / 14300.
    const double compromise = weighted / weights;
    QCOMPARE(qRound(compromise * 10), 549);
    const int chinaAt = positionOf(re01.id, china)->position;
    const int euAt = positionOf(re01.id, eeas)->position;
    QCOMPARE(chinaAt, 20);
    QCOMPARE(euAt, 95);
    QVERIFY(compromise > chinaAt && compromise < euAt);
    // No longer "controls lifted" because more EU voices are listed.
    QVERIFY(compromise < 90);

    for (const QString &code :
         {QStringLiteral("RE-02"), QStringLiteral("DR-01"), QStringLiteral("DR-02"),
          QStringLiteral("IR-01"), QStringLiteral("NP-01"), QStringLiteral("TR-01"),
          QStringLiteral("SC-01")}) {
        const Issue issue = *m_store->issues().byCode(code);
        QVERIFY2(issue.decisionRule == DecisionRule::Consent, qPrintable(code));
        QVERIFY2(!issue.decisionRuleSource.isEmpty(), qPrintable(code));
        QStringList blocs;
        for (const Position &position : m_store->positions().forIssue(issue.id)) {
            if (position.consentNeeded)
                blocs.append(position.actorBloc);
        }
        blocs.sort();
        // One party a side: EU and China.
        QCOMPARE(blocs, (QStringList{QStringLiteral("China"), QStringLiteral("EU")}));
    }
    for (const QString &code : {QStringLiteral("RE-03"), QStringLiteral("MG-01"),
                                QStringLiteral("SR-01"), QStringLiteral("CR-01")}) {
        const Issue issue = *m_store->issues().byCode(code);
        QVERIFY2(issue.decisionRule == DecisionRule::WeightedMajority, qPrintable(code));
        for (const Position &position : m_store->positions().forIssue(issue.id))
            QVERIFY2(!position.consentNeeded, qPrintable(code + position.actorName));
    }
}

QTEST_GUILESS_MAIN(TestDecisionRules)
#include "test_decision_rules.moc"
