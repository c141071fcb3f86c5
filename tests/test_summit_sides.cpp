// A summit is not always EU–China: its settings name our side and the
// counterpart, and every analysis, chart and pack follows them. Archived issues
// leave the packs and the dashboard's counts and come back when restored.

#include "TestSupport.h"

#include "briefing/BriefingPackComposer.h"
#include "briefing/PackExport.h"
#include "charts/BlocPalette.h"
#include "charts/ChartPanel.h"
#include "charts/DashboardData.h"
#include "charts/DashboardView.h"
#include "charts/PositionMapData.h"
#include "domain/FieldLimits.h"
#include "forecast/ForecastReport.h"
#include "io/ScenarioExporter.h"
#include "io/ScenarioImporter.h"
#include "io/SummitFile.h"
#include "items/ActorListModel.h"
#include "items/PositionMatrixModel.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

struct ActorSpec
{
    const char *name;
    const char *bloc;
};

// EU 1 and 2, India 3 and 4, Japan 5.
const ActorSpec actorSpecs[] = {{"European External Action Service", "EU"},
                                {"European Commission", "EU"},
                                {"Ministry of External Affairs", "India"},
                                {"Ministry of Commerce and Industry", "India"},
                                {"Japanese delegation", "Japan"}};

struct PositionSpec
{
    int actor; // index into actorSpecs
    int position;
    int salience;
    int clout;
};

} // namespace

class TestSummitSides : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void packNamesTheCounterpartFromTheSettings();
    void dashboardTitlesNameTheSettingsSides();
    void objectiveAndGapUseTheSettingsBlocs();
    void archivedIssueLeavesPackAndDashboardAndComesBack();
    void importKeepsTheSummitsSides();
    void exportedSidesSurviveImportIntoANewFile();
    void importSetsTheSidesWhereItSetsTheName();
    void importRefusesSidesThatAreNotTwoBlocs();
    void sidesMustBeTwoBlocNames();
    void paletteFollowsTheSides();

private:
    QString packText(PackFormat format, const QString &name);
    qint64 issueId(const QString &code) const;
    void setArchived(const QString &code, bool archived);
    void setSides(const QString &ours, const QString &theirs);

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
    QTemporaryDir m_out;
};

void TestSummitSides::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open();
    SummitInfo summit;
    summit.name = QStringLiteral("EU–India Summit");
    summit.place = QStringLiteral("New Delhi");
    summit.start = QDate(2026, 2, 10);
    summit.end = QDate(2026, 2, 11);
    summit.ourBloc = QStringLiteral("EU");
    summit.counterpartBloc = QStringLiteral("India");
    m_store->settings().setSummit(summit);

    QList<qint64> actorIds;
    for (const ActorSpec &spec : actorSpecs) {
        Actor actor;
        actor.name = QString::fromUtf8(spec.name);
        actor.kind = QStringLiteral("institution");
        actor.bloc = QString::fromUtf8(spec.bloc);
        actor.role = QStringLiteral("Negotiator");
        actorIds.append(m_store->actors().insert(actor));
    }
    const auto addIssue = [&](const QString &code, const QString &title, Priority priority,
                              const QList<PositionSpec> &positions) {
        Issue issue;
        issue.code = code;
        issue.title = title;
        issue.category = QStringLiteral("Trade");
        issue.status = Status::Open;
        issue.priority = priority;
        issue.euObjective = QStringLiteral("An agreement on %1.").arg(title.toLower());
        m_store->issues().insert(issue);
        for (const PositionSpec &spec : positions) {
            Position position;
            position.issueId = issue.id;
            position.actorId = actorIds.at(spec.actor);
            position.position = spec.position;
            position.salience = spec.salience;
            position.clout = spec.clout;
            position.stance = QStringLiteral("Stance");
            m_store->positions().insert(position);
        }
    };
    // FT-01: EU 90 (weight 80·50 = 4000) and 70 (weight 1000): median 90.
    // India 20 (weight 90·90 = 8100) and 60 (weight 500): median 20. Gap 70.
    addIssue(QStringLiteral("FT-01"), QStringLiteral("Free trade agreement"), Priority::Critical,
             {{0, 90, 80, 50}, {1, 70, 20, 50}, {2, 20, 90, 90}, {3, 60, 10, 50}, {4, 50, 50, 50}});
    // GI-02: EU 80, India 50 and 40 equal weight: median 40. Gap 40.
    addIssue(QStringLiteral("GI-02"), QStringLiteral("Geographical indications"), Priority::High,
             {{0, 80, 50, 50}, {2, 50, 50, 50}, {3, 40, 50, 50}});
    // CB-03: EU 100, India 0: gap 100, the widest; critical and open.
    addIssue(QStringLiteral("CB-03"), QStringLiteral("Carbon border adjustment"),
             Priority::Critical, {{1, 100, 50, 50}, {3, 0, 50, 50}});
}

void TestSummitSides::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestSummitSides::issueId(const QString &code) const
{
    return m_store->issues().byCode(code)->id;
}

void TestSummitSides::setArchived(const QString &code, bool archived)
{
    Sql::exec(m_store->database(),
              QStringLiteral("UPDATE issue SET archived_at = ? WHERE code = ?"),
              {archived ? QVariant(Sql::now()) : QVariant(QMetaType(QMetaType::QString)), code});
    m_store->notifyReset();
}

void TestSummitSides::setSides(const QString &ours, const QString &theirs)
{
    SummitInfo summit = m_store->settings().summit();
    summit.ourBloc = ours;
    summit.counterpartBloc = theirs;
    m_store->settings().setSummit(summit);
}

QString TestSummitSides::packText(PackFormat format, const QString &name)
{
    PackOptions options;
    options.issueDate = QDate(2026, 2, 1);
    options.registrationNumber = QStringLiteral("SB/2026/7");
    const QString path = m_out.filePath(name);
    QString error;
    if (!exportPack(*m_store, options, path, format, &error))
        qWarning() << error;
    if (format == PackFormat::Pdf)
        return TestSupport::pdfPages(path).join(QLatin1Char('\n'));
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestSummitSides::packNamesTheCounterpartFromTheSettings()
{
    const QString html = packText(PackFormat::Html, QStringLiteral("pack.html"));
    QVERIFY(!html.isEmpty());
    QVERIFY(html.contains(QStringLiteral("India")));
    QVERIFY(html.contains(QStringLiteral("EU objectives")));
    QVERIFY2(!html.contains(QStringLiteral("China")), "the HTML pack names China");
    // The counterparts table lists India's actors, not the EU's.
    const qsizetype counterparts = html.indexOf(QStringLiteral(">Counterparts</h2>"));
    QVERIFY(counterparts > 0);
    const QString afterCounterparts = html.mid(
        counterparts, html.indexOf(QStringLiteral("</table>"), counterparts) - counterparts);
    QVERIFY(afterCounterparts.contains(QStringLiteral("Ministry of External Affairs")));
    QVERIFY(!afterCounterparts.contains(QStringLiteral("European Commission")));

    // The PDF as a reader sees it: the steering table's columns, the map's legend.
    const QString pdf = packText(PackFormat::Pdf, QStringLiteral("pack.pdf"));
    QVERIFY(!pdf.isEmpty());
    QVERIFY(pdf.contains(QStringLiteral("India")));
    QVERIFY(pdf.contains(QStringLiteral("EU objective 90")));
    QVERIFY2(!pdf.contains(QStringLiteral("China")), "the PDF pack names China");

    // The ODT for finishing by hand: the same columns and headings.
    packText(PackFormat::Odt, QStringLiteral("pack.odt"));
    const TestSupport::ToolResult unzip = TestSupport::runTool(
        QStringLiteral("unzip"), {QStringLiteral("-p"), m_out.filePath(QStringLiteral("pack.odt")),
                                  QStringLiteral("content.xml")});
    QCOMPARE(unzip.exitCode, 0);
    const QString odt = QString::fromUtf8(unzip.out);
    QVERIFY(odt.contains(QStringLiteral("EU objectives")));
    QVERIFY(odt.contains(QStringLiteral(">India<")));
    QVERIFY2(!odt.contains(QStringLiteral("China")), "the ODT pack names China");
}

void TestSummitSides::dashboardTitlesNameTheSettingsSides()
{
    DashboardView view;
    view.resize(1400, 900);
    view.setStore(m_store.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refreshNow();

    QStringList texts;
    for (ChartPanel *panel : {view.statusChart(), view.priorityChart(), view.activityChart(),
                              view.indicatorChart(), view.gapChart()}) {
        texts << panel->chart()->title() << panel->caption();
        for (QAbstractAxis *axis : panel->chart()->axes())
            texts << axis->titleText();
    }
    texts << view.countdownLabel()->text();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(view.gapChart()->chart()->title().contains(QStringLiteral("EU–India gap")),
             qPrintable(view.gapChart()->chart()->title()));
    QVERIFY2(all.contains(QStringLiteral("|EU − India|")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("China")), qPrintable(all));
    QCOMPARE(view.data().ourBloc, QStringLiteral("EU"));
    QCOMPARE(view.data().counterpartBloc, QStringLiteral("India"));
}

void TestSummitSides::objectiveAndGapUseTheSettingsBlocs()
{
    // Our side EU: the objective is the EU's median, the gap EU against India.
    PositionMapData map = PositionMapData::load(*m_store, issueId(QStringLiteral("FT-01")));
    QVERIFY(map.forecast && map.forecast->hasEuObjective);
    QCOMPARE(map.forecast->euObjective, 90.0);
    QVERIFY(forecastReport(*m_store, QStringLiteral("FT-01"), false)
                .contains(QStringLiteral("\nEU objective: 90\n")));
    QCOMPARE(map.palette.colorOf(QStringLiteral("India")), map.palette.counterpartColor());
    QCOMPARE(map.palette.colorOf(QStringLiteral("EU")), map.palette.ourColor());
    QVERIFY(map.palette.colorOf(QStringLiteral("China")) != map.palette.counterpartColor());

    DashboardData data = DashboardData::build(*m_store, IssueFilter());
    QCOMPARE(data.gapCount, 3);
    QCOMPARE(data.gaps.size(), 3);
    QCOMPARE(data.gaps.at(0).code, QStringLiteral("CB-03"));
    QCOMPARE(data.gaps.at(1).code, QStringLiteral("FT-01"));
    QCOMPARE(data.gaps.at(1).eu, 90.0);
    QCOMPARE(data.gaps.at(1).china, 20.0);
    QCOMPARE(data.gaps.at(1).gap, 70.0);
    QCOMPARE(data.gaps.at(2).china, 40.0);

    // The sides swapped in the settings: India's median is now the objective,
    // and every stored gap is recomputed though no position changed.
    setSides(QStringLiteral("India"), QStringLiteral("EU"));
    map = PositionMapData::load(*m_store, issueId(QStringLiteral("FT-01")));
    QVERIFY(map.forecast && map.forecast->hasEuObjective);
    QCOMPARE(map.forecast->euObjective, 20.0);
    data = DashboardData::build(*m_store, IssueFilter());
    QCOMPARE(data.gaps.at(1).code, QStringLiteral("FT-01"));
    QCOMPARE(data.gaps.at(1).eu, 20.0);
    QCOMPARE(data.gaps.at(1).china, 90.0);

    // A counterpart nobody holds a position for: no gap at all.
    setSides(QStringLiteral("EU"), QStringLiteral("Brazil"));
    data = DashboardData::build(*m_store, IssueFilter());
    QCOMPARE(data.gapCount, 0);
}

void TestSummitSides::archivedIssueLeavesPackAndDashboardAndComesBack()
{
    PositionMatrixModel matrix(*m_store);
    QAbstractItemModelTester tester(&matrix,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DashboardData before = DashboardData::build(*m_store, IssueFilter());
    QCOMPARE(before.issueCount, 3);
    QCOMPARE(before.openCriticalCount, 2);
    QCOMPARE(matrix.rowCount(), 3);
    QVERIFY(packText(PackFormat::Html, QStringLiteral("before.html"))
                .contains(QStringLiteral("Carbon border adjustment")));

    QCOMPARE(BriefingPackComposer(*m_store).issuesInPack(), 3);
    setArchived(QStringLiteral("CB-03"), true);
    QCOMPARE(BriefingPackComposer(*m_store).issuesInPack(), 2);
    const QString html = packText(PackFormat::Html, QStringLiteral("archived.html"));
    QVERIFY(html.contains(QStringLiteral("Free trade agreement")));
    QVERIFY(!html.contains(QStringLiteral("CB-03")));
    QVERIFY(!html.contains(QStringLiteral("Carbon border adjustment")));
    // Named by code, it is still left out.
    PackOptions byCode;
    byCode.issueCodes = {QStringLiteral("CB-03"), QStringLiteral("GI-02")};
    QString error;
    const QString byCodePath = m_out.filePath(QStringLiteral("bycode.html"));
    QVERIFY2(exportPack(*m_store, byCode, byCodePath, PackFormat::Html, &error), qPrintable(error));
    QFile byCodeFile(byCodePath);
    QVERIFY(byCodeFile.open(QIODevice::ReadOnly));
    const QString byCodeHtml = QString::fromUtf8(byCodeFile.readAll());
    QVERIFY(byCodeHtml.contains(QStringLiteral("GI-02")));
    QVERIFY(!byCodeHtml.contains(QStringLiteral("CB-03")));

    const DashboardData archived = DashboardData::build(*m_store, IssueFilter());
    QCOMPARE(archived.issueCount, 2);
    QCOMPARE(archived.count(Status::Open), 2);
    QCOMPARE(archived.byPriority.value(Priority::Critical), 1);
    QCOMPARE(archived.openCriticalCount, 1);
    QCOMPARE(archived.openCritical.size(), 1);
    QCOMPARE(archived.openCritical.first().code, QStringLiteral("FT-01"));
    QCOMPARE(archived.gapCount, 2);
    for (const DashboardData::Gap &gap : archived.gaps)
        QVERIFY(gap.code != QLatin1String("CB-03"));
    // The history stays as it happened: each issue's creation is still counted.
    qint64 changes = 0;
    for (const DashboardData::DayCount &day : archived.changesPerDay)
        changes += day.count;
    qint64 changesBefore = 0;
    for (const DashboardData::DayCount &day : before.changesPerDay)
        changesBefore += day.count;
    QCOMPARE(changes, changesBefore);
    // It leaves the open count on the day it was archived.
    QVERIFY(!archived.openPerDay.isEmpty());
    QCOMPARE(archived.openPerDay.last().count, 2);
    matrix.refresh();
    QCOMPARE(matrix.rowCount(), 2);
    QCOMPARE(matrix.rowOfIssue(issueId(QStringLiteral("CB-03"))), -1);

    setArchived(QStringLiteral("CB-03"), false);
    const DashboardData restored = DashboardData::build(*m_store, IssueFilter());
    QCOMPARE(restored.issueCount, 3);
    QCOMPARE(restored.openCriticalCount, 2);
    QCOMPARE(restored.gapCount, 3);
    QCOMPARE(restored.openPerDay.last().count, 3);
    QVERIFY(packText(PackFormat::Html, QStringLiteral("restored.html"))
                .contains(QStringLiteral("Carbon border adjustment")));
    matrix.refresh();
    QCOMPARE(matrix.rowCount(), 3);
}

// A scenario file written before the sides were settings says nothing about
// them: importing one into an EU–India file renames the summit but keeps India
// as the counterpart.
void TestSummitSides::importKeepsTheSummitsSides()
{
    QByteArray json = R"({"format": "summit-brief-scenario", "version": 1,
        "settings": {"summit_name": "EU–India Summit, second round", "summit_place": "Brussels"},
        "actors": [{"name": "Piyush Goyal", "kind": "person", "bloc": "India"}]})";
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ScenarioImporter importer(*m_store);
    importer.setPolicy(ImportPolicy::Replace);
    QVERIFY2(importer.import(buffer), qPrintable(importer.errorString()));
    const SummitInfo summit = m_store->settings().summit();
    QCOMPARE(summit.name, QStringLiteral("EU–India Summit, second round"));
    QCOMPARE(summit.ourBloc, QStringLiteral("EU"));
    QCOMPARE(summit.counterpartBloc, QStringLiteral("India"));
    QCOMPARE(m_store->actors().byName(QStringLiteral("Piyush Goyal"))->bloc,
             QStringLiteral("India"));
}

// An EU–India file exported and imported into a new file (made as File > New
// and `summit-brief new` make one, EU–China by default) stays EU–India.
void TestSummitSides::exportedSidesSurviveImportIntoANewFile()
{
    const QJsonObject exported = ScenarioExporter(*m_store).toObject();
    const QJsonObject settings = exported.value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("our_bloc")).toString(), QStringLiteral("EU"));
    QCOMPARE(settings.value(QStringLiteral("counterpart_bloc")).toString(),
             QStringLiteral("India"));

    QByteArray json = ScenarioExporter(*m_store).toJson();
    const QString path = m_out.filePath(QStringLiteral("new-summit.db"));
    SummitInfo untitled;
    untitled.name = QStringLiteral("Untitled summit");
    QString error;
    QVERIFY2(SummitFile::create(path, untitled, &error), qPrintable(error));
    auto fresh = std::make_unique<Store>();
    fresh->setUserName(QStringLiteral("desk.officer"));
    fresh->open(path);
    QCOMPARE(fresh->settings().summit().counterpartBloc, QStringLiteral("China"));
    QBuffer buffer(&json);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ScenarioImporter importer(*fresh);
    QVERIFY2(importer.import(buffer), qPrintable(importer.errorString()));
    const SummitInfo summit = fresh->settings().summit();
    QCOMPARE(summit.name, QStringLiteral("EU–India Summit"));
    QCOMPARE(summit.ourBloc, QStringLiteral("EU"));
    QCOMPARE(summit.counterpartBloc, QStringLiteral("India"));
    // And the analysis reads it so: the counterpart's median on FT-01 is India's.
    QVERIFY(DashboardData::build(*fresh, IssueFilter()).gapCount > 0);
    // Exported again, the same bytes.
    QCOMPARE(ScenarioExporter(*fresh).toJson(), json);
}

// The file's sides are applied where its summit name, place and dates are: under
// Skip a database that names its summit keeps its own settings, sides included.
void TestSummitSides::importSetsTheSidesWhereItSetsTheName()
{
    const QByteArray japan = R"({"format": "summit-brief-scenario", "version": 2,
        "settings": {"summit_name": "EU–Japan Summit", "summit_place": "Tokyo",
                     "our_bloc": "EU", "counterpart_bloc": "Japan"}})";
    QByteArray json = japan;
    QBuffer skipped(&json);
    QVERIFY(skipped.open(QIODevice::ReadOnly));
    ScenarioImporter skip(*m_store);
    skip.setPolicy(ImportPolicy::Skip);
    QVERIFY2(skip.import(skipped), qPrintable(skip.errorString()));
    QCOMPARE(m_store->settings().summit().name, QStringLiteral("EU–India Summit"));
    QCOMPARE(m_store->settings().summit().counterpartBloc, QStringLiteral("India"));

    QBuffer replaced(&json);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    ScenarioImporter replace(*m_store);
    replace.setPolicy(ImportPolicy::Replace);
    QVERIFY2(replace.import(replaced), qPrintable(replace.errorString()));
    QCOMPARE(m_store->settings().summit().name, QStringLiteral("EU–Japan Summit"));
    QCOMPARE(m_store->settings().summit().ourBloc, QStringLiteral("EU"));
    QCOMPARE(m_store->settings().summit().counterpartBloc, QStringLiteral("Japan"));
}

// Sides that cannot be a summit's are refused with the field named, and the
// database is left as it was.
void TestSummitSides::importRefusesSidesThatAreNotTwoBlocs()
{
    const QByteArray before = TestSupport::contentHash(*m_store);
    const QString tooLong(FieldLimits::Bloc + 1, QLatin1Char('x'));
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral(R"("our_bloc": "India")"), QStringLiteral("counterpart_bloc")},
        {QStringLiteral(R"("counterpart_bloc": "EU")"), QStringLiteral("counterpart_bloc")},
        {QStringLiteral(R"("counterpart_bloc": "  ")"), QStringLiteral("counterpart_bloc")},
        {QStringLiteral(R"("our_bloc": "%1")").arg(tooLong), QStringLiteral("our_bloc")},
        {QStringLiteral(R"("our_bloc": 7)"), QStringLiteral("our_bloc")}};
    for (const auto &[field, named] : cases) {
        QByteArray json = QStringLiteral(R"({"format": "summit-brief-scenario", "version": 2,
            "settings": {"summit_name": "EU–India Summit", %1}})")
                              .arg(field)
                              .toUtf8();
        QBuffer buffer(&json);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ScenarioImporter importer(*m_store);
        importer.setPolicy(ImportPolicy::Replace);
        QVERIFY2(!importer.import(buffer), qPrintable(field));
        QVERIFY2(importer.errorString().contains(QStringLiteral("settings")),
                 qPrintable(importer.errorString()));
        QVERIFY2(importer.errorString().contains(named), qPrintable(importer.errorString()));
    }
    QCOMPARE(TestSupport::contentHash(*m_store), before);
}

void TestSummitSides::sidesMustBeTwoBlocNames()
{
    const QByteArray before = TestSupport::contentHash(*m_store);
    for (const auto &[ours, theirs] :
         {std::pair{QStringLiteral("EU"), QStringLiteral("EU")},
          std::pair{QStringLiteral("EU"), QString()},
          std::pair{QStringLiteral(" EU"), QStringLiteral("India")},
          std::pair{QString(FieldLimits::Bloc + 1, QLatin1Char('x')), QStringLiteral("India")}}) {
        QVERIFY_THROWS_EXCEPTION(StoreError, setSides(ours, theirs));
    }
    QCOMPARE(TestSupport::contentHash(*m_store), before);
    QCOMPARE(m_store->settings().summit().counterpartBloc, QStringLiteral("India"));
}

// Our side blue, the counterpart red, the usual third parties as always, any
// other bloc a colour of its own that stays the same.
void TestSummitSides::paletteFollowsTheSides()
{
    const BlocPalette demo(QStringLiteral("EU"), QStringLiteral("China"));
    const BlocPalette india(QStringLiteral("EU"), QStringLiteral("India"));
    QCOMPARE(india.colorOf(QStringLiteral("India")), demo.colorOf(QStringLiteral("China")));
    QCOMPARE(india.colorOf(QStringLiteral("EU")), demo.colorOf(QStringLiteral("EU")));
    QCOMPARE(india.colorOf(QStringLiteral("Russia")), demo.colorOf(QStringLiteral("Russia")));
    QCOMPARE(india.colorOf(QStringLiteral("Japan")), demo.colorOf(QStringLiteral("Japan")));
    const QColor brazil = india.colorOf(QStringLiteral("Brazil"));
    QCOMPARE(BlocPalette(QStringLiteral("EU"), QStringLiteral("India"))
                 .colorOf(QStringLiteral("Brazil")),
             brazil);
    for (const QString &other :
         {QStringLiteral("EU"), QStringLiteral("India"), QStringLiteral("Russia"),
          QStringLiteral("US"), QStringLiteral("Iran"), QStringLiteral("Japan"),
          QStringLiteral("Other")})
        QVERIFY2(india.colorOf(other) != brazil, qPrintable(other));
    // China, no side here, is not painted as the counterpart.
    QVERIFY(india.colorOf(QStringLiteral("China")) != india.counterpartColor());

    // The actor list gives each actor its bloc's colour for this summit.
    ActorListModel actors(*m_store);
    QAbstractItemModelTester tester(&actors,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool sawIndia = false;
    for (int row = 0; row < actors.rowCount(); ++row) {
        const QModelIndex index = actors.index(row);
        if (index.data(ActorListModel::BlocRole).toString() == QLatin1String("India")) {
            QCOMPARE(index.data(ActorListModel::BlocColorRole).value<QColor>(),
                     india.counterpartColor());
            sawIndia = true;
        }
    }
    QVERIFY(sawIndia);
}

QTEST_MAIN(TestSummitSides)
#include "test_summit_sides.moc"
