#include "TestSupport.h"

#include "commands/ArchiveIssueCommand.h"
#include "commands/CreateIssueCommand.h"
#include "commands/DeleteIssueCommand.h"
#include "items/IssueTableModel.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QLocale>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

Q_DECLARE_METATYPE(IssueFilter)

namespace {

constexpr int generatedCount = 3000;
const QString injection = QStringLiteral("'; DROP TABLE issue; --");

// Fills the store with issues whose insertion order differs from their code
// order, with ties on every sort column, missing due dates and the text a
// filter must treat literally.
void generateIssues(Store &store, int count)
{
    const QStringList categories{QStringLiteral("Trade"),
                                 QStringLiteral("Security"),
                                 QStringLiteral("Critical raw materials"),
                                 QStringLiteral("Climate"),
                                 QStringLiteral("Human rights"),
                                 QStringLiteral("Industrial policy")};
    const QStringList owners{QStringLiteral("desk.officer"), QStringLiteral("Zoë Müller"),
                             QStringLiteral("李明"),         QStringLiteral("J. O'Brien"),
                             QStringLiteral("trade unit"),   QString()};
    const QStringList words{QStringLiteral("Export CONTROLS on gallium"),
                            QStringLiteral("Market access for pork"),
                            QStringLiteral("Drone components"),
                            QStringLiteral("Rare earth licences"),
                            QStringLiteral("Overcapacity in steel"),
                            QStringLiteral("Electric vehicle tariffs"),
                            QStringLiteral("Human rights dialogue"),
                            QStringLiteral("export controls on graphite")};
    QRandomGenerator random(20250724);
    QList<int> codes;
    for (int i = 0; i < count; ++i)
        codes.append(i);
    std::shuffle(codes.begin(), codes.end(), random);

    Sql::Transaction transaction(store.database());
    for (int i = 0; i < count; ++i) {
        Issue issue;
        issue.code = QStringLiteral("GN-%1").arg(codes.at(i), 5, 10, QLatin1Char('0'));
        QString title = words.at(random.bounded(int(words.size())));
        if (i % 50 == 0)
            title = QStringLiteral("Tariff rise of 100% on batteries");
        else if (i % 70 == 1)
            title = QStringLiteral("Visa_quota review");
        else if (i % 30 == 2)
            title = QStringLiteral("Meeting with Séjourné on sanctions");
        else if (i % 40 == 3)
            title = QStringLiteral("王毅 talks on export controls");
        else if (i == 1234)
            title = QStringLiteral("Robert") + injection + QStringLiteral(" (a title)");
        // Some titles tie, some differ only after the tie.
        if (i % 3 == 0)
            title += QStringLiteral(" %1").arg(random.bounded(20));
        issue.title = title;
        issue.category = categories.at(random.bounded(int(categories.size())));
        issue.status = Status(random.bounded(8));
        issue.priority = Priority(random.bounded(4));
        issue.owner = owners.at(random.bounded(int(owners.size())));
        if (random.bounded(10) != 0)
            issue.dueDate = QDate(2025, 1, 1).addDays(random.bounded(300));
        store.issues().insert(issue);
    }
    transaction.commit();
}

// The filter's meaning, computed in C++ from every issue (independent of SQL).
bool matches(const Issue &issue, const IssueFilter &filter)
{
    const QString text = filter.text.trimmed();
    if (!text.isEmpty() && !issue.code.contains(text, Qt::CaseInsensitive) &&
        !issue.title.contains(text, Qt::CaseInsensitive) &&
        !issue.category.contains(text, Qt::CaseInsensitive) &&
        !issue.owner.contains(text, Qt::CaseInsensitive))
        return false;
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(issue.status))
        return false;
    if (!filter.category.isEmpty() && issue.category != filter.category)
        return false;
    if (filter.priority && issue.priority != *filter.priority)
        return false;
    return true;
}

// SQLite compares text as UTF-8 bytes; so does this.
int compareKey(const Issue &a, const Issue &b, int column)
{
    const auto text = [](const QString &x, const QString &y) {
        const QByteArray u = x.toUtf8();
        const QByteArray v = y.toUtf8();
        return u < v ? -1 : v < u ? 1 : 0;
    };
    switch (column) {
    case IssueTableModel::CodeColumn:
        return text(a.code, b.code);
    case IssueTableModel::TitleColumn:
        return text(a.title, b.title);
    case IssueTableModel::CategoryColumn:
        return text(a.category, b.category);
    case IssueTableModel::StatusColumn:
        return int(a.status) - int(b.status);
    case IssueTableModel::PriorityColumn:
        return int(a.priority) - int(b.priority);
    case IssueTableModel::OwnerColumn:
        return text(a.owner, b.owner);
    case IssueTableModel::DueDateColumn:
        // No due date counts as the earliest.
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid() ? 1 : -1;
        return a.dueDate < b.dueDate ? -1 : b.dueDate < a.dueDate ? 1 : 0;
    case IssueTableModel::DaysBeforeSummitColumn:
        // More days before the summit = an earlier due date; no date comes last.
        return -compareKey(a, b, IssueTableModel::DueDateColumn);
    }
    return 0;
}

QList<qint64> expectedOrder(Store &store, const IssueFilter &filter, int column,
                            Qt::SortOrder order)
{
    QList<Issue> issues;
    for (const Issue &issue : store.issues().all()) {
        if (matches(issue, filter))
            issues.append(issue);
    }
    std::sort(issues.begin(), issues.end(), [column](const Issue &a, const Issue &b) {
        const int c = compareKey(a, b, column);
        if (c != 0)
            return c < 0;
        // Ties break on id, in the direction of the days (reversed dates) for that column.
        return column == IssueTableModel::DaysBeforeSummitColumn ? a.id > b.id : a.id < b.id;
    });
    if (order == Qt::DescendingOrder)
        std::reverse(issues.begin(), issues.end());
    QList<qint64> ids;
    for (const Issue &issue : issues)
        ids.append(issue.id);
    return ids;
}

QList<qint64> modelOrder(const IssueTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(IssueTableModel::IssueIdRole).toLongLong());
    return ids;
}

qint64 bruteForceCount(Store &store, const IssueFilter &filter)
{
    qint64 count = 0;
    for (const Issue &issue : store.issues().all())
        count += matches(issue, filter) ? 1 : 0;
    return count;
}

qint64 sqlCount(Store &store, const QString &sql)
{
    return Sql::scalar(store.database(), sql).toLongLong();
}

} // namespace

class TestIssueTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoDisplay();
    void demoFilterCounts();
    void archivedRowsLeaveUnlessShown();
    void createdAndDeletedRowsComeAndGo();
    void filterCounts_data();
    void filterCounts();
    void sortMatchesIndependentOrder_data();
    void sortMatchesIndependentOrder();
    void rowOfIssueMatchesRows();
    void rowsBeyondFirstPage();
    void cacheStaysBounded();
    void setDataStatusIsUndoable();
    void setDataTextAndDate();
    void setDataWithoutUndoStack();
    void refreshKeepsPersistentIndexOnMove();
    void refreshFollowsIssueOutOfCache();
    void refreshRemovesAndInsertsRows();
    void storeResetKeepsSelectionAndRereadsSummit();
    void countsChangedSignals();
    void textFilterSortMatchesIndependentOrder_data();
    void textFilterSortMatchesIndependentOrder();
    void textFilterFoldsUnicodeCase();
    void textFilterFollowsEdits();
    void textFilterPerModelAndFile();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_generatedDb;
    std::unique_ptr<Store> m_generated;
};

void TestIssueTableModel::initTestCase()
{
    m_generatedDb = std::make_unique<TestSupport::TempDatabase>();
    m_generated = m_generatedDb->open();
    generateIssues(*m_generated, generatedCount);
    QCOMPARE(m_generated->issues().count(), generatedCount);
}

void TestIssueTableModel::demoDisplay()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.totalCount(), 12);
    QCOMPARE(model.columnCount(), int(IssueTableModel::ColumnCount));
    const Issue issue = *store->issues().byCode(QStringLiteral("RE-01"));
    const int row = model.rowOfIssue(issue.id);
    QVERIFY(row >= 0);
    QCOMPARE(model.issueIdAt(row), issue.id);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    QCOMPARE(cell(IssueTableModel::CodeColumn).toString(), QStringLiteral("RE-01"));
    QCOMPARE(cell(IssueTableModel::TitleColumn).toString(), issue.title);
    QCOMPARE(cell(IssueTableModel::TitleColumn, Qt::ToolTipRole).toString(), issue.title);
    QCOMPARE(cell(IssueTableModel::StatusColumn).toString(), StatusText::label(Status::Raised));
    QCOMPARE(cell(IssueTableModel::StatusColumn, Qt::EditRole).toInt(), int(Status::Raised));
    QCOMPARE(cell(IssueTableModel::PriorityColumn).toString(),
             PriorityText::label(Priority::Critical));
    QCOMPARE(cell(IssueTableModel::PriorityColumn, IssueTableModel::RawValueRole).toInt(),
             int(Priority::Critical));
    // In the user's format: a French desk reads 14/07/2025.
    QCOMPARE(cell(IssueTableModel::DueDateColumn).toString(),
             QLocale().toString(QDate(2025, 7, 14), QLocale::ShortFormat));
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        QCOMPARE(cell(IssueTableModel::DueDateColumn).toString(), QStringLiteral("14/07/2025"));
    }
    QCOMPARE(cell(IssueTableModel::DueDateColumn, Qt::EditRole).toDate(), QDate(2025, 7, 14));
    // Due 14 July, summit opens 24 July.
    QCOMPARE(cell(IssueTableModel::DaysBeforeSummitColumn).toInt(), 10);
    QCOMPARE(cell(IssueTableModel::CodeColumn, IssueTableModel::IssueIdRole).toLongLong(),
             issue.id);
    QCOMPARE(cell(IssueTableModel::CodeColumn, IssueTableModel::VersionRole).toInt(),
             issue.version);
    // The demo dates are in the past and RE-01 is not agreed: overdue.
    QVERIFY(cell(IssueTableModel::DueDateColumn, Qt::ForegroundRole).isValid());

    QVERIFY(model.flags(model.index(row, IssueTableModel::TitleColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(row, IssueTableModel::StatusColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, IssueTableModel::CodeColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(model.index(row, IssueTableModel::DaysBeforeSummitColumn)) &
              Qt::ItemIsEditable));
    QCOMPARE(model.headerData(IssueTableModel::CodeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Code"));
}

void TestIssueTableModel::demoFilterCounts()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    IssueTableModel model(*store, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    IssueFilter filter;
    filter.category = QStringLiteral("Critical raw materials");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(),
             sqlCount(*store, QStringLiteral("SELECT COUNT(*) FROM issue WHERE category = "
                                             "'Critical raw materials'")));
    QCOMPARE(model.rowCount(), 4);

    filter = {};
    filter.statuses = {Status::Open};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 4);
    filter.statuses = {Status::Open, Status::Raised};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 6);

    filter = {};
    filter.priority = Priority::Critical;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);

    filter = {};
    filter.text = QStringLiteral("re-0"); // codes RE-01..03, case-insensitive
    model.setFilter(filter);
    QCOMPARE(model.rowCount(),
             sqlCount(*store, QStringLiteral("SELECT COUNT(*) FROM issue WHERE code LIKE 'RE-0%' "
                                             "OR title LIKE '%re-0%' OR category LIKE '%re-0%' "
                                             "OR owner LIKE '%re-0%'")));
    QVERIFY(model.rowCount() >= 3);
    QCOMPARE(model.totalCount(), 12);
}

void TestIssueTableModel::filterCounts_data()
{
    QTest::addColumn<IssueFilter>("filter");
    const auto text = [](const QString &t) {
        IssueFilter f;
        f.text = t;
        return f;
    };
    QTest::newRow("none") << IssueFilter();
    QTest::newRow("accents") << text(QStringLiteral("séjourné"));
    QTest::newRow("accents, upper case typed") << text(QStringLiteral("SÉJOURNÉ"));
    QTest::newRow("owner with umlaut") << text(QStringLiteral("müller"));
    QTest::newRow("chinese") << text(QStringLiteral("王毅"));
    QTest::newRow("chinese owner") << text(QStringLiteral("李"));
    QTest::newRow("percent is literal") << text(QStringLiteral("%"));
    QTest::newRow("percent inside") << text(QStringLiteral("100% on"));
    QTest::newRow("underscore is literal") << text(QStringLiteral("_"));
    QTest::newRow("backslash") << text(QStringLiteral("\\"));
    QTest::newRow("quote") << text(QStringLiteral("O'Brien"));
    QTest::newRow("injection") << text(injection);
    // Three characters or more go to the trigram index: nothing typed is FTS syntax.
    QTest::newRow("fts quotes and OR") << text(QStringLiteral("controls\" OR \"pork"));
    QTest::newRow("fts column filter") << text(QStringLiteral("{title}: gallium"));
    QTest::newRow("fts star and NOT") << text(QStringLiteral("gall* NOT pork"));
    QTest::newRow("fts keyword alone") << text(QStringLiteral("NOT"));
    QTest::newRow("three characters") << text(QStringLiteral("ork"));
    QTest::newRow("ascii case") << text(QStringLiteral("EXPORT controls"));
    QTest::newRow("code") << text(QStringLiteral("gn-0012"));
    QTest::newRow("spaces trimmed") << text(QStringLiteral("  drone  "));
    IssueFilter statuses;
    statuses.statuses = {Status::Open, Status::Stalled};
    QTest::newRow("statuses") << statuses;
    IssueFilter category;
    category.category = QStringLiteral("Security");
    QTest::newRow("category") << category;
    IssueFilter priority;
    priority.priority = Priority::Critical;
    QTest::newRow("priority") << priority;
    IssueFilter combined;
    combined.text = QStringLiteral("export");
    combined.statuses = {Status::Raised, Status::InNegotiation, Status::Draft};
    combined.category = QStringLiteral("Trade");
    combined.priority = Priority::High;
    QTest::newRow("combined") << combined;
    IssueFilter nothing;
    nothing.text = QStringLiteral("no issue has this text");
    QTest::newRow("nothing") << nothing;
}

void TestIssueTableModel::filterCounts()
{
    QFETCH(IssueFilter, filter);
    IssueTableModel model(*m_generated, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);

    const QList<qint64> expected = expectedOrder(*m_generated, filter, 0, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(modelOrder(model), expected);
    QCOMPARE(model.totalCount(), generatedCount);
    QCOMPARE(model.filter(), filter);
    // The injection text is a search term, nothing else.
    QCOMPARE(m_generated->issues().count(), generatedCount);
    if (QTest::currentDataTag() == QByteArray("injection"))
        QCOMPARE(model.rowCount(), 1);
    if (QTest::currentDataTag() == QByteArray("accents, upper case typed"))
        QVERIFY(model.rowCount() > 0);
    if (QTest::currentDataTag() == QByteArray("underscore is literal"))
        QVERIFY(model.rowCount() > 0 && model.rowCount() < generatedCount / 10);
}

void TestIssueTableModel::sortMatchesIndependentOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < IssueTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column,
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << order;
        }
    }
}

void TestIssueTableModel::sortMatchesIndependentOrder()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    IssueTableModel model(*m_generated, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    QCOMPARE(model.sortColumn(), column);
    QCOMPARE(model.sortOrder(), order);

    const QList<qint64> expected = expectedOrder(*m_generated, IssueFilter(), column, order);
    const QList<qint64> actual = modelOrder(model);
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(actual.first(), expected.first());
    QCOMPARE(actual.last(), expected.last());
    QCOMPARE(actual, expected);

    // What the column shows is monotonic over all rows.
    const int sign = order == Qt::AscendingOrder ? 1 : -1;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QVariant a = model.index(row - 1, column).data(IssueTableModel::RawValueRole);
        const QVariant b = model.index(row, column).data(IssueTableModel::RawValueRole);
        if (!a.isValid() || !b.isValid())
            continue; // missing dates were placed by the id comparison above
        const QPartialOrdering ordering = QVariant::compare(a, b);
        if (a.metaType().id() == QMetaType::QString) {
            const QByteArray u = a.toString().toUtf8();
            const QByteArray v = b.toString().toUtf8();
            QVERIFY2(sign > 0 ? !(v < u) : !(u < v), qPrintable(QString::number(row)));
        } else {
            QVERIFY2(sign > 0 ? ordering != QPartialOrdering::Greater
                              : ordering != QPartialOrdering::Less,
                     qPrintable(QString::number(row)));
        }
    }
    if (column == IssueTableModel::PriorityColumn && order == Qt::DescendingOrder)
        QCOMPARE(model.index(0, column).data(Qt::EditRole).toInt(), int(Priority::Critical));
}

void TestIssueTableModel::rowOfIssueMatchesRows()
{
    IssueTableModel model(*m_generated, nullptr);
    IssueFilter withFilter;
    withFilter.statuses = {Status::Open, Status::Draft, Status::Stalled};
    withFilter.text = QStringLiteral("e");
    for (const IssueFilter &filter : {IssueFilter(), withFilter}) {
        model.setFilter(filter);
        for (int column = 0; column < IssueTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                for (int row = 0; row < model.rowCount(); row += 37)
                    QCOMPARE(model.rowOfIssue(model.issueIdAt(row)), row);
                QCOMPARE(model.rowOfIssue(model.issueIdAt(model.rowCount() - 1)),
                         model.rowCount() - 1);
                // Issues without a due date are where the sort puts them, too.
                for (int row = 0; row < model.rowCount(); ++row) {
                    if (!model.index(row, IssueTableModel::DueDateColumn)
                             .data(Qt::EditRole)
                             .toDate()
                             .isValid() &&
                        row % 5 == 0)
                        QCOMPARE(model.rowOfIssue(model.issueIdAt(row)), row);
                }
            }
        }
    }
    // An issue the filter hides has no row.
    model.setFilter(withFilter);
    const QList<qint64> shown = modelOrder(model);
    for (const Issue &issue : m_generated->issues().all()) {
        if (!shown.contains(issue.id)) {
            QCOMPARE(model.rowOfIssue(issue.id), -1);
            break;
        }
    }
    QCOMPARE(model.rowOfIssue(999999), -1);
}

void TestIssueTableModel::rowsBeyondFirstPage()
{
    IssueTableModel model(*m_generated, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), generatedCount);
    // Reading the last row first must not need the pages before it.
    const QString last =
        model.index(generatedCount - 1, IssueTableModel::CodeColumn).data().toString();
    QCOMPARE(last, QStringLiteral("GN-%1").arg(generatedCount - 1, 5, 10, QLatin1Char('0')));
    // The tester read row 0 too: two pages, not the twelve before the last row.
    QVERIFY(model.cachedRowCount() <= 2 * 256);
    QCOMPARE(model.index(1000, IssueTableModel::CodeColumn).data().toString(),
             QStringLiteral("GN-01000"));
    QVERIFY(!model.index(generatedCount, 0).isValid());
}

void TestIssueTableModel::cacheStaysBounded()
{
    IssueTableModel model(*m_generated, nullptr);
    model.setCacheLimits(64, 4);
    model.sort(IssueTableModel::TitleColumn, Qt::AscendingOrder);
    const QList<qint64> expected = expectedOrder(*m_generated, IssueFilter(),
                                                 IssueTableModel::TitleColumn, Qt::AscendingOrder);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.issueIdAt(row), expected.at(row));
        QVERIFY(model.cachedRowCount() <= 4 * 64);
    }
    // Backwards, to hit pages dropped earlier.
    for (int row = model.rowCount() - 1; row >= 0; row -= 7)
        QCOMPARE(model.issueIdAt(row), expected.at(row));
    QVERIFY(model.cachedRowCount() <= 4 * 64);
}

void TestIssueTableModel::setDataStatusIsUndoable()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Issue before = *store->issues().byCode(QStringLiteral("RE-01"));
    const int row = model.rowOfIssue(before.id);
    const qint64 historyBefore = store->history().count();
    const int entriesBefore = int(store->history().forIssue(before.id).size());

    // Every status change says why (the window asks; here, a fixed reason).
    model.setReasonProvider([](qint64, Status, Status) {
        return std::optional<QString>(QStringLiteral("Agreed at the summit"));
    });
    QVERIFY(model.setData(model.index(row, IssueTableModel::StatusColumn), int(Status::Agreed)));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(store->issues().byId(before.id)->status, Status::Agreed);
    QCOMPARE(store->history().count(), historyBefore + 1);
    const QList<StatusChange> history = store->history().forIssue(before.id);
    QCOMPARE(history.size(), entriesBefore + 1);
    QCOMPARE(history.last().from, std::optional<Status>(Status::Raised));
    QCOMPARE(history.last().to, Status::Agreed);
    QCOMPARE(history.last().changedBy, QStringLiteral("desk.officer"));
    const int shownRow = model.rowOfIssue(before.id);
    QCOMPARE(model.index(shownRow, IssueTableModel::StatusColumn).data().toString(),
             StatusText::label(Status::Agreed));
    QCOMPARE(model.index(shownRow, IssueTableModel::CodeColumn)
                 .data(IssueTableModel::VersionRole)
                 .toInt(),
             before.version + 1);
    // Agreed is not overdue any more.
    QVERIFY(
        !model.index(shownRow, IssueTableModel::DueDateColumn).data(Qt::ForegroundRole).isValid());

    stack.undo();
    QCOMPARE(store->issues().byId(before.id)->status, Status::Raised);
    QCOMPARE(model.index(model.rowOfIssue(before.id), IssueTableModel::StatusColumn)
                 .data(Qt::EditRole)
                 .toInt(),
             int(Status::Raised));
    // Undo appends the reverse change; the history never shrinks.
    QCOMPARE(store->history().count(), historyBefore + 2);
    stack.redo();
    QCOMPARE(store->issues().byId(before.id)->status, Status::Agreed);
    QCOMPARE(store->history().count(), historyBefore + 3);
    QCOMPARE(stack.count(), 1);

    // A value that is not a status is refused before any command.
    QVERIFY(!model.setData(model.index(row, IssueTableModel::StatusColumn), 42));
    QCOMPARE(stack.count(), 1);
    // Setting what is there already changes nothing.
    QVERIFY(model.setData(model.index(model.rowOfIssue(before.id), IssueTableModel::StatusColumn),
                          int(Status::Agreed)));
    QCOMPARE(stack.count(), 1);
}

void TestIssueTableModel::setDataTextAndDate()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Issue issue = *store->issues().byCode(QStringLiteral("TR-01"));
    const auto indexOf = [&](int column) {
        return model.index(model.rowOfIssue(issue.id), column);
    };

    const QString title = QStringLiteral("Séjourné meets 王毅: \"fair\" 'trade' 100%_ok");
    QVERIFY(model.setData(indexOf(IssueTableModel::TitleColumn), title));
    QCOMPARE(store->issues().byId(issue.id)->title, title);
    QCOMPARE(indexOf(IssueTableModel::TitleColumn).data().toString(), title);

    QVERIFY(model.setData(indexOf(IssueTableModel::DueDateColumn), QDate(2025, 7, 20)));
    QCOMPARE(store->issues().byId(issue.id)->dueDate, QDate(2025, 7, 20));
    QCOMPARE(indexOf(IssueTableModel::DaysBeforeSummitColumn).data().toInt(), 4);
    QVERIFY(model.setData(indexOf(IssueTableModel::DueDateColumn), QString()));
    QVERIFY(!store->issues().byId(issue.id)->dueDate.isValid());
    QVERIFY(!indexOf(IssueTableModel::DaysBeforeSummitColumn).data().isValid());
    QVERIFY(!model.setData(indexOf(IssueTableModel::DueDateColumn), QStringLiteral("not a date")));

    QVERIFY(model.setData(indexOf(IssueTableModel::PriorityColumn), int(Priority::Low)));
    QCOMPARE(store->issues().byId(issue.id)->priority, Priority::Low);
    QVERIFY(model.setData(indexOf(IssueTableModel::OwnerColumn), QStringLiteral("  Zoë  ")));
    QCOMPARE(store->issues().byId(issue.id)->owner, QStringLiteral("Zoë"));

    // An empty title is refused by the store: reported, nothing on the stack.
    QSignalSpy errors(store.get(), &Store::errorOccurred);
    const int commands = stack.count();
    QVERIFY(!model.setData(indexOf(IssueTableModel::TitleColumn), QStringLiteral("   ")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(stack.count(), commands);
    QCOMPARE(store->issues().byId(issue.id)->title, title);

    // Not editable.
    QVERIFY(!model.setData(indexOf(IssueTableModel::CodeColumn), QStringLiteral("XX-99")));

    while (stack.canUndo())
        stack.undo();
    const Issue restored = *store->issues().byId(issue.id);
    QCOMPARE(restored.title, issue.title);
    QCOMPARE(restored.dueDate, issue.dueDate);
    QCOMPARE(restored.priority, issue.priority);
    QCOMPARE(restored.owner, issue.owner);
}

void TestIssueTableModel::setDataWithoutUndoStack()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    IssueTableModel model(*store, nullptr);
    const Issue issue = *store->issues().byCode(QStringLiteral("RE-01"));
    QVERIFY(!model.setData(model.index(model.rowOfIssue(issue.id), IssueTableModel::TitleColumn),
                           QStringLiteral("Changed")));
    QCOMPARE(store->issues().byId(issue.id)->title, issue.title);

    // The stack can go away before the model.
    auto stack = std::make_unique<QUndoStack>();
    IssueTableModel withStack(*store, stack.get());
    stack.reset();
    QVERIFY(!withStack.setData(withStack.index(0, IssueTableModel::TitleColumn),
                               QStringLiteral("Changed")));
}

void TestIssueTableModel::refreshKeepsPersistentIndexOnMove()
{
    TestSupport::TempDatabase db;
    auto store = db.open();
    generateIssues(*store, 600);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(IssueTableModel::TitleColumn, Qt::AscendingOrder);

    const qint64 moving = model.issueIdAt(10);
    const qint64 neighbour = model.issueIdAt(11);
    const qint64 before = model.issueIdAt(5);
    const QPersistentModelIndex movingIndex = model.index(10, IssueTableModel::TitleColumn);
    const QPersistentModelIndex neighbourIndex = model.index(11, IssueTableModel::CodeColumn);
    const QPersistentModelIndex beforeIndex = model.index(5, IssueTableModel::CodeColumn);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    QVERIFY(model.setData(movingIndex, QStringLiteral("zzz moves to the end")));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 600);
    QVERIFY(movingIndex.isValid());
    // Past every Latin title (the Chinese ones sort after it, as UTF-8 bytes do).
    const QList<qint64> order =
        expectedOrder(*store, IssueFilter(), IssueTableModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(order.indexOf(moving) > 500);
    QCOMPARE(movingIndex.row(), order.indexOf(moving));
    QCOMPARE(movingIndex.column(), int(IssueTableModel::TitleColumn));
    QCOMPARE(model.issueIdAt(movingIndex.row()), moving);
    QCOMPARE(movingIndex.data().toString(), QStringLiteral("zzz moves to the end"));
    QCOMPARE(neighbourIndex.row(), 10);
    QCOMPARE(model.issueIdAt(neighbourIndex.row()), neighbour);
    QCOMPARE(beforeIndex.row(), 5);
    QCOMPARE(model.issueIdAt(beforeIndex.row()), before);
    QCOMPARE(modelOrder(model), expectedOrder(*store, IssueFilter(), IssueTableModel::TitleColumn,
                                              Qt::AscendingOrder));

    // Undo moves it back, and the index follows.
    stack.undo();
    QCOMPARE(movingIndex.row(), 10);
    QCOMPARE(model.issueIdAt(movingIndex.row()), moving);
    QCOMPARE(neighbourIndex.row(), 11);

    // An edit that keeps the row only changes data.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const int layoutsBefore = layout.count();
    QVERIFY(model.setData(model.index(10, IssueTableModel::OwnerColumn), QStringLiteral("新的")));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.first().at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(layout.count(), layoutsBefore);
    QCOMPARE(model.index(10, IssueTableModel::OwnerColumn).data().toString(),
             QStringLiteral("新的"));
}

void TestIssueTableModel::refreshFollowsIssueOutOfCache()
{
    TestSupport::TempDatabase db;
    auto store = db.open();
    generateIssues(*store, 600);
    IssueTableModel model(*store, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCacheLimits(32, 3);
    model.sort(IssueTableModel::TitleColumn, Qt::AscendingOrder);

    const qint64 moving = model.issueIdAt(3);
    const qint64 neighbour = model.issueIdAt(4);
    const QPersistentModelIndex movingIndex = model.index(3, 0);
    const QPersistentModelIndex neighbourIndex = model.index(4, 0);
    // Scroll far away: the first page leaves the cache.
    for (int row = 100; row < 600; ++row)
        model.issueIdAt(row);
    QVERIFY(model.cachedRowCount() <= 3 * 32);

    // A change from outside the model (another window's command, say).
    const Issue issue = *store->issues().byId(moving);
    store->issues().setField(moving, IssueField::Title, QStringLiteral("zzz last"), issue.version);
    const int expectedRow =
        int(expectedOrder(*store, IssueFilter(), IssueTableModel::TitleColumn, Qt::AscendingOrder)
                .indexOf(moving));
    QVERIFY(expectedRow > 500);
    QCOMPARE(movingIndex.row(), expectedRow);
    QCOMPARE(model.issueIdAt(movingIndex.row()), moving);
    QCOMPARE(neighbourIndex.row(), 3);
    QCOMPARE(model.issueIdAt(neighbourIndex.row()), neighbour);

    // And again, now that the row moved within an evicted page.
    for (int row = 0; row < 300; ++row)
        model.issueIdAt(row);
    const Issue again = *store->issues().byId(moving);
    store->issues().setField(moving, IssueField::Title, QStringLiteral("  first"), again.version);
    QCOMPARE(movingIndex.row(), 0);
    QCOMPARE(model.issueIdAt(movingIndex.row()), moving);
    QCOMPARE(neighbourIndex.row(), 4);
    QCOMPARE(model.issueIdAt(neighbourIndex.row()), neighbour);
}

void TestIssueTableModel::refreshRemovesAndInsertsRows()
{
    TestSupport::TempDatabase db;
    auto store = db.open();
    generateIssues(*store, 500);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IssueFilter filter;
    filter.statuses = {Status::Open};
    model.setFilter(filter);
    const int shown = model.rowCount();
    QVERIFY(shown > 20);

    const qint64 leaving = model.issueIdAt(2);
    const qint64 staying = model.issueIdAt(5);
    const QPersistentModelIndex stayingIndex = model.index(5, 0);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Agreed is filtered out: the row leaves the table, the selection stays.
    model.setReasonProvider(
        [](qint64, Status, Status) { return std::optional<QString>(QStringLiteral("Done")); });
    QVERIFY(model.setData(model.index(2, IssueTableModel::StatusColumn), int(Status::Agreed)));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), shown - 1);
    QCOMPARE(model.rowOfIssue(leaving), -1);
    QCOMPARE(stayingIndex.row(), 4);
    QCOMPARE(model.issueIdAt(stayingIndex.row()), staying);

    // Undo brings it back where it was.
    stack.undo();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(model.rowCount(), shown);
    QCOMPARE(model.issueIdAt(2), leaving);
    QCOMPARE(stayingIndex.row(), 5);

    // A new issue that matches the filter appears at its sorted place.
    Issue issue;
    issue.code = QStringLiteral("GN-00000a");
    issue.title = QStringLiteral("Inserted");
    issue.status = Status::Open;
    store->issues().insert(issue);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), shown + 1);
    QCOMPARE(model.issueIdAt(inserted.last().at(1).toInt()), issue.id);
    QCOMPARE(model.issueIdAt(stayingIndex.row()), staying);
    QCOMPARE(model.totalCount(), 501);
    // One that does not match changes only the total.
    Issue hidden;
    hidden.code = QStringLiteral("ZZ-1");
    hidden.title = QStringLiteral("Hidden");
    hidden.status = Status::Closed;
    store->issues().insert(hidden);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.totalCount(), 502);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(modelOrder(model), expectedOrder(*store, filter, 0, Qt::AscendingOrder));
}

void TestIssueTableModel::storeResetKeepsSelectionAndRereadsSummit()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    IssueTableModel model(*store, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(IssueTableModel::DueDateColumn, Qt::AscendingOrder);
    const qint64 issueId = store->issues().byCode(QStringLiteral("RE-01"))->id;
    const QPersistentModelIndex index =
        model.index(model.rowOfIssue(issueId), IssueTableModel::DaysBeforeSummitColumn);
    QCOMPARE(index.data().toInt(), 10);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    SummitInfo summit = store->settings().summit();
    summit.start = summit.start.addDays(5);
    store->settings().setSummit(summit); // announces Store::reset
    QCOMPARE(reset.count(), 0);
    QVERIFY(index.isValid());
    QCOMPARE(model.issueIdAt(index.row()), issueId);
    QCOMPARE(index.data().toInt(), 15);
}

void TestIssueTableModel::countsChangedSignals()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QSignalSpy counts(&model, &IssueTableModel::countsChanged);

    IssueFilter filter;
    filter.statuses = {Status::Open};
    model.setFilter(filter);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.last().at(0).toLongLong(), 4);
    QCOMPARE(counts.last().at(1).toLongLong(), 12);

    model.setReasonProvider(
        [](qint64, Status, Status) { return std::optional<QString>(QStringLiteral("Done")); });
    QVERIFY(model.setData(model.index(0, IssueTableModel::StatusColumn), int(Status::Closed)));
    QCOMPARE(counts.last().at(0).toLongLong(), 3);
    QCOMPARE(counts.last().at(1).toLongLong(), 12);

    Issue issue;
    issue.code = QStringLiteral("NEW-01");
    issue.title = QStringLiteral("New");
    issue.status = Status::Open;
    store->issues().insert(issue);
    QCOMPARE(counts.last().at(0).toLongLong(), 4);
    QCOMPARE(counts.last().at(1).toLongLong(), 13);

    model.setFilter(IssueFilter());
    QCOMPARE(counts.last().at(0).toLongLong(), 13);
    QCOMPARE(counts.last().at(1).toLongLong(), 13);
    model.refresh();
    QCOMPARE(counts.last().at(0).toLongLong(), 13);
}

QTEST_GUILESS_MAIN(TestIssueTableModel)
void TestIssueTableModel::archivedRowsLeaveUnlessShown()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Issue re1 = *store->issues().byCode(QStringLiteral("RE-01"));
    QCOMPARE(model.rowCount(), 12);

    stack.push(new ArchiveIssueCommand(*store, {{re1.id, re1.version}}, true));
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.totalCount(), 12);
    QCOMPARE(model.rowOfIssue(re1.id), -1);

    IssueFilter filter;
    filter.text = QStringLiteral("re-0"); // through the search index: RE-02, RE-03
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    filter.text = QStringLiteral("RE"); // too short for it: LIKE
    model.setFilter(filter);
    const int likeCount = model.rowCount();
    filter.showArchived = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), likeCount + 1);
    filter.text = QStringLiteral("re-0");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);

    filter = {};
    filter.showArchived = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 12);
    const int row = model.rowOfIssue(re1.id);
    QVERIFY(row >= 0);
    const QModelIndex title = model.index(row, IssueTableModel::TitleColumn);
    QCOMPARE(title.data().toString(), QStringLiteral("(archived) %1").arg(re1.title));
    QCOMPARE(title.data(Qt::EditRole).toString(), re1.title);
    QVERIFY(title.data(IssueTableModel::ArchivedRole).toBool());
    QVERIFY(title.data(Qt::ForegroundRole).isValid());
    const int live = model.rowOfIssue(store->issues().byCode(QStringLiteral("RE-02"))->id);
    QVERIFY(!model.index(live, IssueTableModel::TitleColumn)
                 .data(IssueTableModel::ArchivedRole)
                 .toBool());

    // Restored by undo: back in the table without "Show archived".
    model.setFilter({});
    QCOMPARE(model.rowCount(), 11);
    stack.undo();
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(model.rowOfIssue(re1.id) >= 0);

    // A colleague archives it: seen after the refresh.
    auto colleague = db.open();
    const Issue theirs = *colleague->issues().byId(re1.id);
    colleague->issues().setArchived({{re1.id, theirs.version}}, true);
    model.refresh();
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.rowOfIssue(re1.id), -1);
}

void TestIssueTableModel::createdAndDeletedRowsComeAndGo()
{
    TestSupport::TempDatabase db;
    auto store = db.open(true);
    QUndoStack stack;
    IssueTableModel model(*store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Issue fresh;
    fresh.code = store->issues().suggestCode(QStringLiteral("Trade"));
    fresh.title = QStringLiteral("New issue");
    fresh.category = QStringLiteral("Trade");
    auto *create = new CreateIssueCommand(*store, fresh);
    stack.push(create);
    QCOMPARE(model.rowCount(), 13);
    const int row = model.rowOfIssue(create->issueId());
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, IssueTableModel::TitleColumn).data().toString(),
             QStringLiteral("New issue"));
    stack.undo();
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.rowOfIssue(create->issueId()), -1);
    stack.redo();
    QCOMPARE(model.rowCount(), 13);
    stack.push(new DeleteIssueCommand(*store, create->issueId(),
                                      store->issues().byId(create->issueId())->version));
    QCOMPARE(model.rowCount(), 12);

    // A colleague creates one: seen after the refresh.
    auto colleague = db.open();
    Issue theirs = fresh;
    theirs.code = colleague->issues().suggestCode(QStringLiteral("Trade"));
    colleague->issues().insert(theirs);
    model.refresh();
    QCOMPARE(model.rowCount(), 13);
    QVERIFY(model.rowOfIssue(theirs.id) >= 0);
}

#include "test_issue_table_model.moc"

void TestIssueTableModel::textFilterSortMatchesIndependentOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    // Many matches (the page is found by walking the sort index), a few (the
    // matches are read and sorted), one in the category, and LIKE's two characters.
    const QStringList texts{QStringLiteral("export"), QStringLiteral("gn-001"),
                            QStringLiteral("rights"), QStringLiteral("o'b"), QStringLiteral("üL")};
    for (const QString &text : texts) {
        for (int column = 0; column < IssueTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s, column %d %s", qPrintable(text), column,
                              order == Qt::AscendingOrder ? "ascending" : "descending")
                    << text << column << order;
            }
        }
    }
}

void TestIssueTableModel::textFilterSortMatchesIndependentOrder()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    IssueTableModel model(*m_generated, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCacheLimits(64, 4);
    IssueFilter filter;
    filter.text = text;
    model.setFilter(filter);
    model.sort(column, order);

    const QList<qint64> expected = expectedOrder(*m_generated, filter, column, order);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(modelOrder(model), expected);
    for (int row = 0; row < expected.size(); row += 29)
        QCOMPARE(model.rowOfIssue(expected.at(row)), row);
    QCOMPARE(model.rowOfIssue(expected.last()), expected.size() - 1);
}

// Code and title are matched through the trigram index, which folds case in
// every script: "état" finds "ÉTAT", which SQLite's LIKE (ASCII only) missed.
void TestIssueTableModel::textFilterFoldsUnicodeCase()
{
    TestSupport::TempDatabase db;
    auto store = db.open();
    const QStringList titles{
        QStringLiteral("ÉTAT DES LIEUX"),    QStringLiteral("État de droit"),
        QStringLiteral("Un état des lieux"), QStringLiteral("Etat sans accent"),
        QStringLiteral("ÜBERPRÜFUNG"),       QStringLiteral("Ölpreis")};
    int number = 0;
    for (const QString &title : titles) {
        Issue issue;
        issue.code = QStringLiteral("UC-%1").arg(++number);
        issue.title = title;
        issue.status = Status::Open;
        issue.priority = Priority::Medium;
        store->issues().insert(issue);
    }
    IssueTableModel model(*store, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shownTitles = [&model] {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, IssueTableModel::TitleColumn).data().toString());
        return result;
    };
    IssueFilter filter;
    for (const QString &typed :
         {QStringLiteral("état"), QStringLiteral("ÉTAT"), QStringLiteral("éTaT")}) {
        filter.text = typed;
        model.setFilter(filter);
        QCOMPARE(shownTitles(),
                 (QStringList{QStringLiteral("ÉTAT DES LIEUX"), QStringLiteral("État de droit"),
                              QStringLiteral("Un état des lieux")}));
        QCOMPARE(model.rowCount(), bruteForceCount(*store, filter));
    }
    filter.text = QStringLiteral("überprüfung");
    model.setFilter(filter);
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("ÜBERPRÜFUNG")});
    filter.text = QStringLiteral("ÖLP");
    model.setFilter(filter);
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Ölpreis")});
    // Accents still count: "etat" is not "état".
    filter.text = QStringLiteral("etat");
    model.setFilter(filter);
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Etat sans accent")});

    // The search index holds the long texts too; the filter reads code and title
    // only (full-text search is IssueFilter::searchText).
    Issue longText;
    longText.code = QStringLiteral("UC-9");
    longText.title = QStringLiteral("Plain title");
    longText.euObjective = QStringLiteral("Zirconium objective");
    longText.linesToTake = QStringLiteral("zirconium lines");
    longText.defensiveLines = QStringLiteral("ZIRCONIUM if raised");
    longText.background = QStringLiteral("zirconium background");
    longText.status = Status::Open;
    longText.priority = Priority::Medium;
    store->issues().insert(longText);
    filter.text = QStringLiteral("zirconium");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    filter = {};
    filter.searchText = QStringLiteral("zirconium");
    model.setFilter(filter);
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Plain title")});
    filter = {};
    filter.text = QStringLiteral("plain t");
    model.setFilter(filter);
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Plain title")});
    filter.text = QStringLiteral("uc-9");
    model.setFilter(filter);
    QCOMPARE(shownTitles(), QStringList{QStringLiteral("Plain title")});
}

// The index the filter reads is brought up to date before the model counts, so
// the count follows edits of code, title, category and owner, made through the
// model's undo stack or by the repository directly.
void TestIssueTableModel::textFilterFollowsEdits()
{
    TestSupport::TempDatabase db;
    auto store = db.open();
    generateIssues(*store, 400);
    QUndoStack undoStack;
    IssueTableModel model(*store, &undoStack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto checkCount = [&] {
        const qint64 expected = bruteForceCount(*store, model.filter());
        if (model.rowCount() != expected)
            return false;
        return modelOrder(model) ==
               expectedOrder(*store, model.filter(), model.sortColumn(), model.sortOrder());
    };
    IssueFilter filter;
    filter.text = QStringLiteral("gallium");
    model.setFilter(filter);
    QVERIFY(checkCount());
    const qint64 before = model.rowCount();
    QVERIFY(before > 0);

    // A title edit through the model: the issue joins the filter.
    const QList<Issue> all = store->issues().all();
    const auto notShown = [&](const IssueFilter &f) {
        for (const Issue &issue : all) {
            if (!matches(issue, f))
                return issue;
        }
        return Issue();
    };
    const Issue outside = notShown(filter);
    QVERIFY(outside.id > 0);
    filter.text.clear();
    model.setFilter(filter);
    const int outsideRow = model.rowOfIssue(outside.id);
    QVERIFY(outsideRow >= 0);
    filter.text = QStringLiteral("gallium");
    QVERIFY(model.setData(model.index(outsideRow, IssueTableModel::TitleColumn),
                          QStringLiteral("New controls on GALLIUM")));
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(checkCount());
    QVERIFY(model.rowOfIssue(outside.id) >= 0);

    // Undo with the filter on: the model refreshes itself.
    undoStack.undo();
    QCOMPARE(model.rowCount(), before);
    QVERIFY(checkCount());
    QCOMPARE(model.rowOfIssue(outside.id), -1);
    undoStack.redo();
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(checkCount());

    // A title edit by the repository, with the filter on: the issue leaves.
    const std::optional<Issue> edited = store->issues().byId(outside.id);
    QVERIFY(edited);
    store->issues().setField(outside.id, IssueField::Title, QStringLiteral("Germanium only"),
                             edited->version);
    QCOMPARE(model.rowCount(), before);
    QVERIFY(checkCount());

    // A new issue whose code matches.
    Issue added;
    added.code = QStringLiteral("GALLIUM-1");
    added.title = QStringLiteral("Export licences");
    added.status = Status::Draft;
    added.priority = Priority::Low;
    store->issues().insert(added);
    QCOMPARE(model.rowCount(), before + 1);
    QVERIFY(checkCount());

    // Category and owner: matched among their distinct values.
    filter.text = QStringLiteral("RAW MAT");
    model.setFilter(filter);
    QVERIFY(checkCount());
    const qint64 rawBefore = model.rowCount();
    const Issue notRaw = notShown(filter);
    const std::optional<Issue> current = store->issues().byId(notRaw.id);
    QVERIFY(current);
    store->issues().setField(notRaw.id, IssueField::Category,
                             QStringLiteral("Critical raw materials"), current->version);
    QCOMPARE(model.rowCount(), rawBefore + 1);
    QVERIFY(checkCount());

    filter.text = QStringLiteral("new owner");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    const std::optional<Issue> again = store->issues().byId(notRaw.id);
    QVERIFY(again);
    store->issues().setField(notRaw.id, IssueField::Owner, QStringLiteral("A New Owner"),
                             again->version);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(checkCount());

    // A literal '%' and '_' among three characters or more.
    for (const QString &text : {QStringLiteral("100% on"), QStringLiteral("visa_q"),
                                QStringLiteral("a_q"), QStringLiteral("0%")}) {
        filter.text = text;
        model.setFilter(filter);
        QVERIFY2(checkCount(), qPrintable(text));
    }
    filter.text = QStringLiteral("0% ");
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    filter.text = QStringLiteral("s_a");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
}

// Two models on one connection keep their own matches; a store that opens another
// file gives the filter that file's issues.
void TestIssueTableModel::textFilterPerModelAndFile()
{
    TestSupport::TempDatabase firstDb;
    auto store = firstDb.open();
    generateIssues(*store, 300);
    IssueTableModel first(*store, nullptr);
    QAbstractItemModelTester firstTester(&first,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    IssueFilter exportFilter;
    exportFilter.text = QStringLiteral("export");
    first.setFilter(exportFilter);
    const QList<qint64> exportOrder =
        expectedOrder(*store, exportFilter, IssueTableModel::CodeColumn, Qt::AscendingOrder);
    QVERIFY(!exportOrder.isEmpty());
    QCOMPARE(modelOrder(first), exportOrder);
    {
        IssueTableModel second(*store, nullptr);
        QAbstractItemModelTester secondTester(
            &second, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IssueFilter porkFilter;
        porkFilter.text = QStringLiteral("pork");
        porkFilter.statuses = {Status::Open, Status::Draft, Status::Raised};
        second.setFilter(porkFilter);
        QCOMPARE(modelOrder(second), expectedOrder(*store, porkFilter, IssueTableModel::CodeColumn,
                                                   Qt::AscendingOrder));
        QVERIFY(second.rowCount() > 0);
        first.setCacheLimits(16, 2); // re-reads its pages after the second model's search
        QCOMPARE(modelOrder(first), exportOrder);
    }
    QCOMPARE(modelOrder(first), exportOrder);

    // Another file, through the same Store.
    TestSupport::TempDatabase secondDb;
    {
        auto other = secondDb.open();
        generateIssues(*other, 120);
    }
    store->open(secondDb.path(), Store::OpenMode::ExistingOnly);
    QCOMPARE(store->issues().count(), 120);
    QCOMPARE(modelOrder(first),
             expectedOrder(*store, exportFilter, IssueTableModel::CodeColumn, Qt::AscendingOrder));
    QVERIFY(first.rowCount() > 0);
    QVERIFY(first.rowCount() < exportOrder.size());
}
