#include "TestSupport.h"

#include "items/IssueTableModel.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace {

// What search must find, computed the slow and obvious way: every word of the
// query occurs, ignoring case, in one of the issue's texts (actors' names and
// stances joined as the index joins them).
QStringList expectedCodes(Store &store, const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    QStringList codes;
    if (words.isEmpty())
        return codes;
    for (const Issue &issue : store.issues().all()) {
        QList<Position> positions = store.positions().forIssue(issue.id);
        std::sort(positions.begin(), positions.end(),
                  [](const Position &a, const Position &b) { return a.actorName < b.actorName; });
        QStringList actors;
        QStringList stances;
        for (const Position &position : positions) {
            actors.append(position.actorName);
            stances.append(position.stance);
        }
        const QStringList fields{issue.code,
                                 issue.title,
                                 issue.euObjective,
                                 issue.linesToTake,
                                 issue.defensiveLines,
                                 issue.background,
                                 actors.join(QStringLiteral("; ")),
                                 stances.join(QStringLiteral("; "))};
        const bool all = std::all_of(words.cbegin(), words.cend(), [&fields](const QString &w) {
            return std::any_of(fields.cbegin(), fields.cend(), [&w](const QString &field) {
                return field.contains(w, Qt::CaseInsensitive);
            });
        });
        if (all)
            codes.append(issue.code);
    }
    codes.sort();
    return codes;
}

QStringList codesOf(const QList<SearchResult> &results)
{
    QStringList codes;
    for (const SearchResult &result : results)
        codes.append(result.code);
    codes.sort();
    return codes;
}

Issue makeIssue(const QString &code, const QString &title, const QString &background = {})
{
    Issue issue;
    issue.code = code;
    issue.title = title;
    issue.background = background;
    return issue;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsWhatASubstringSearchFinds_data();
    void findsWhatASubstringSearchFinds();
    void chineseAndAccentsFindTheirIssues();
    void ftsSyntaxIsTakenLiterally_data();
    void ftsSyntaxIsTakenLiterally();
    void emptyQueryFindsNothing();
    void codeAndTitleRankAboveBackground();
    void limitIsHonoured();
    void manyMatchesPutTitleMatchesFirst();
    void snippetsMarkTheMatch();
    void snippetHtmlEscapesUserText();
    void indexFollowsAnotherConnection();
    void readOnlyStoreSearches();
    void issueTableFiltersBySearch();
    void archivedIssueIsFoundAndMarked();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestSearch::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestSearch::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestSearch::findsWhatASubstringSearchFinds_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query :
         {"rare", "RARE-EARTH", "RE-0", "Kallas", "Wang Yi", "王毅", "王", "EU", "ea", "Séj",
          "SÉJOURNÉ", "rare Kallas", "magnet Japan", "Iran nuclear", "reserve France",
          "licensing delays", "premium", "zzzz-not-there", "Wang zzzz"})
        QTest::newRow(query) << QString::fromUtf8(query);
}

void TestSearch::findsWhatASubstringSearchFinds()
{
    QFETCH(QString, query);
    SearchRepository search(*m_store);
    const QStringList expected = expectedCodes(*m_store, query);
    QCOMPARE(codesOf(search.search(query, 1000)), expected);
}

void TestSearch::chineseAndAccentsFindTheirIssues()
{
    SearchRepository search(*m_store);
    // Wang Yi (王毅) holds a position on these four demo issues.
    const QStringList wang{QStringLiteral("IR-01"), QStringLiteral("RE-01"),
                           QStringLiteral("RE-02"), QStringLiteral("SC-01")};
    const QStringList found = codesOf(search.search(QStringLiteral("王毅")));
    for (const QString &code : wang)
        QVERIFY2(found.contains(code), qPrintable(found.join(QLatin1Char(' '))));
    QVERIFY(codesOf(search.search(QStringLiteral("Séj"))).contains(QStringLiteral("SR-01")));

    // Three Chinese characters use the trigram index, in any column.
    const Issue issue = *m_store->issues().byCode(QStringLiteral("CR-01"));
    m_store->issues().setField(issue.id, IssueField::LinesToTake,
                               QStringLiteral("强调稀土永磁的重要性"), issue.version);
    QCOMPARE(codesOf(search.search(QStringLiteral("稀土永磁"))),
             QStringList{QStringLiteral("CR-01")});
    QCOMPARE(codesOf(search.search(QStringLiteral("土永"))), QStringList{QStringLiteral("CR-01")});
}

void TestSearch::ftsSyntaxIsTakenLiterally_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("codes");
    const QStringList tricky{QStringLiteral("TK-01")};
    QTest::newRow("quote") << QStringLiteral("\"earth\" AND") << tricky;
    QTest::newRow("lone quote") << QStringLiteral("\"") << tricky;
    QTest::newRow("star") << QStringLiteral("magnets*") << tricky;
    QTest::newRow("minus") << QStringLiteral("-x") << tricky;
    QTest::newRow("NEAR") << QStringLiteral("NEAR(a") << tricky;
    QTest::newRow("column filter") << QStringLiteral("title:weird") << tricky;
    QTest::newRow("caret") << QStringLiteral("^Rare") << QStringList();
    QTest::newRow("OR is a word") << QStringLiteral("rare OR drones") << QStringList();
    QTest::newRow("NOT is a word") << QStringLiteral("Zanzibar NOT") << QStringList();
    QTest::newRow("percent") << QStringLiteral("100%") << tricky;
    QTest::newRow("underscore") << QStringLiteral("a_b") << tricky;
    QTest::newRow("short percent") << QStringLiteral("%") << tricky;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE issue; --") << QStringList();
}

void TestSearch::ftsSyntaxIsTakenLiterally()
{
    QFETCH(QString, query);
    QFETCH(QStringList, codes);
    Issue issue = makeIssue(QStringLiteral("TK-01"),
                            QStringLiteral("Rare \"earth\" AND magnets* -x NEAR(a title:weird"),
                            QStringLiteral("100% of a_b"));
    m_store->issues().insert(issue);
    SearchRepository search(*m_store);
    QList<SearchResult> results;
    try {
        results = search.search(query, 1000);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(codesOf(results), expectedCodes(*m_store, query));
    for (const QString &code : codes)
        QVERIFY(codesOf(results).contains(code));
    QCOMPARE(m_store->issues().count(), 13);
}

void TestSearch::emptyQueryFindsNothing()
{
    SearchRepository search(*m_store);
    QVERIFY(search.search(QString()).isEmpty());
    QVERIFY(search.search(QStringLiteral("   \t ")).isEmpty());
    QVERIFY(search.search(QStringLiteral("rare"), 0).isEmpty());
    QVERIFY(
        SearchRepository::issueCondition(m_store->database(), QStringLiteral("  ")).sql.isEmpty());
}

void TestSearch::codeAndTitleRankAboveBackground()
{
    Issue inBackground = makeIssue(QStringLiteral("AA-01"), QStringLiteral("Fisheries"),
                                   QStringLiteral("Mentions zebrafish once, among many other "
                                                  "words about quotas and fleets."));
    Issue inTitle = makeIssue(QStringLiteral("ZZ-01"), QStringLiteral("Zebrafish quotas"));
    m_store->issues().insert(inBackground);
    m_store->issues().insert(inTitle);
    SearchRepository search(*m_store);
    const QList<SearchResult> results = search.search(QStringLiteral("zebrafish"));
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).code, QStringLiteral("ZZ-01"));
    QCOMPARE(results.at(1).code, QStringLiteral("AA-01"));
    QVERIFY(results.at(0).ranked);
    QVERIFY(results.at(0).rank < results.at(1).rank);
    QCOMPARE(results.at(0).title, QStringLiteral("Zebrafish quotas"));
    QCOMPARE(results.at(0).issueId, inTitle.id);
}

void TestSearch::limitIsHonoured()
{
    SearchRepository search(*m_store);
    const int all = int(search.search(QStringLiteral("rare"), 1000).size());
    QVERIFY(all > 3);
    QCOMPARE(search.search(QStringLiteral("rare"), 3).size(), 3);
}

void TestSearch::manyMatchesPutTitleMatchesFirst()
{
    // More matches than are ranked: first 300 issues with the word in the
    // background, then 300 with it in the title.
    const int perKind = 300;
    {
        Sql::Transaction transaction(m_store->database());
        for (int i = 0; i < 2 * perKind; ++i) {
            const QString code = QStringLiteral("ZR-%1").arg(i, 3, 10, QLatin1Char('0'));
            Issue issue = i < perKind
                              ? makeIssue(code, QStringLiteral("Other %1").arg(i),
                                          QStringLiteral("Also about zirconiumx."))
                              : makeIssue(code, QStringLiteral("Zirconiumx exports %1").arg(i));
            m_store->issues().insert(issue);
        }
        transaction.commit();
    }
    SearchRepository search(*m_store);
    // Title matches come first among the first maxRankedMatches + 1 matches.
    const int titlesCounted = SearchRepository::maxRankedMatches + 1 - perKind;
    QList<SearchResult> results = search.search(QStringLiteral("zirconiumx"), 50);
    QCOMPARE(results.size(), 50);
    for (const SearchResult &result : results) {
        QVERIFY(!result.ranked);
        QVERIFY2(result.title.startsWith(QLatin1String("Zirconiumx")), qPrintable(result.title));
    }
    results = search.search(QStringLiteral("zirconiumx"), 400);
    QCOMPARE(results.size(), 400);
    QSet<qint64> ids;
    for (int i = 0; i < results.size(); ++i) {
        ids.insert(results.at(i).issueId);
        QCOMPARE(results.at(i).title.startsWith(QLatin1String("Zirconiumx")), i < titlesCounted);
    }
    QCOMPARE(ids.size(), 400);
}

void TestSearch::snippetsMarkTheMatch()
{
    SearchRepository search(*m_store);
    const QString start(SearchRepository::matchStart);
    const QString end(SearchRepository::matchEnd);
    QList<SearchResult> results = search.search(QStringLiteral("Séj"));
    QVERIFY(!results.isEmpty());
    for (const SearchResult &result : results)
        QVERIFY2(result.snippet.contains(start + QStringLiteral("Séj") + end),
                 qPrintable(result.snippet));
    // Short words are matched with LIKE and marked here.
    results = search.search(QStringLiteral("王毅"));
    QVERIFY(!results.isEmpty());
    for (const SearchResult &result : results)
        QVERIFY2(result.snippet.contains(start + QStringLiteral("王毅") + end),
                 qPrintable(result.snippet));
    // The snippet shows the text holding every word, not the first holding one
    // ("yi" is also in "diversifying").
    results = search.search(QStringLiteral("Yi 王"));
    QVERIFY(!results.isEmpty());
    for (const SearchResult &result : results) {
        QVERIFY2(result.snippet.contains(start + QStringLiteral("Yi") + end) &&
                     result.snippet.contains(start + QStringLiteral("王") + end),
                 qPrintable(result.snippet));
    }
}

void TestSearch::snippetHtmlEscapesUserText()
{
    Issue issue = makeIssue(QStringLiteral("XS-01"),
                            QStringLiteral("<img src=/etc/passwd> & gallium <b>bold</b>"));
    m_store->issues().insert(issue);
    SearchRepository search(*m_store);
    const QList<SearchResult> results = search.search(QStringLiteral("gallium"));
    QCOMPARE(results.size(), 1);
    const QString html = SearchRepository::snippetToHtml(results.first().snippet);
    QVERIFY2(html.contains(QLatin1String("&lt;img src=/etc/passwd&gt; &amp; <b>gallium</b> "
                                         "&lt;b&gt;bold&lt;/b&gt;")),
             qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("<img")));

    const QString start(SearchRepository::matchStart);
    const QString end(SearchRepository::matchEnd);
    QCOMPARE(SearchRepository::snippetToHtml(start + QStringLiteral("<a>")),
             QStringLiteral("<b>&lt;a&gt;</b>"));
    QCOMPARE(SearchRepository::snippetToHtml(end + QStringLiteral("x") + end), QStringLiteral("x"));
    QCOMPARE(SearchRepository::snippetToHtml(QString()), QString());
}

void TestSearch::indexFollowsAnotherConnection()
{
    Store colleague;
    colleague.open(m_db->path());
    const Issue issue = *colleague.issues().byCode(QStringLiteral("TR-01"));
    colleague.issues().setField(issue.id, IssueField::Title,
                                QStringLiteral("Quokka balance of trade"), issue.version);
    SearchRepository search(*m_store);
    QCOMPARE(codesOf(search.search(QStringLiteral("Quokka of"))),
             QStringList{QStringLiteral("TR-01")});
}

// A store opened read-only (on a team database, as a reader's account is) still
// searches: the server brings the documents up to date with its owner's rights.
// A SQLite file opened read-only is searched as last indexed.
void TestSearch::readOnlyStoreSearches()
{
    SearchRepository(*m_store).sync();
    const Issue issue = *m_store->issues().byCode(QStringLiteral("TR-01"));
    m_store->issues().setField(issue.id, IssueField::Title, QStringLiteral("Quokka balance"),
                               issue.version);
    Store reader;
    reader.open(m_db->path(), Store::OpenMode::ReadOnly);
    QVERIFY(reader.isReadOnly());
    QList<SearchResult> quokka;
    QList<SearchResult> before;
    try {
        quokka = SearchRepository(reader).search(QStringLiteral("Quokka"));
        before = SearchRepository(reader).search(issue.title);
    } catch (const StoreError &error) {
        QFAIL(qPrintable(error.message()));
    }
    if (Sql::isPostgreSQL(reader.database())) {
        QCOMPARE(codesOf(quokka), QStringList{QStringLiteral("TR-01")});
    } else {
        QVERIFY(quokka.isEmpty());
        QVERIFY(codesOf(before).contains(QStringLiteral("TR-01")));
    }
}

void TestSearch::issueTableFiltersBySearch()
{
    QUndoStack stack;
    IssueTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IssueFilter filter;
    filter.searchText = QStringLiteral("王毅");
    model.setFilter(filter);
    const QStringList expected = expectedCodes(*m_store, filter.searchText);
    QCOMPARE(model.rowCount(), int(expected.size()));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.data(model.index(row, IssueTableModel::CodeColumn)).toString());
    QCOMPARE(shown, expected); // sorted by code

    filter.statuses = {Status::InNegotiation};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2); // RE-02 and IR-01
    QVERIFY(!filter.isEmpty());

    // A change made elsewhere is found after a refresh.
    filter = IssueFilter();
    filter.searchText = QStringLiteral("Zanzibar");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    const Issue issue = *m_store->issues().byCode(QStringLiteral("NP-01"));
    m_store->issues().setField(issue.id, IssueField::EuObjective, QStringLiteral("Zanzibar talks"),
                               issue.version);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, IssueTableModel::CodeColumn)).toString(),
             QStringLiteral("NP-01"));
}

QTEST_GUILESS_MAIN(TestSearch)
void TestSearch::archivedIssueIsFoundAndMarked()
{
    const Issue re1 = *m_store->issues().byCode(QStringLiteral("RE-01"));
    m_store->issues().setArchived({{re1.id, re1.version}}, true);
    const QList<SearchResult> results = SearchRepository(*m_store).search(re1.title, 50);
    bool found = false;
    for (const SearchResult &result : results) {
        if (result.issueId == re1.id)
            found = true;
        QCOMPARE(result.archived, result.issueId == re1.id);
    }
    QVERIFY(found);
}

#include "test_search.moc"
