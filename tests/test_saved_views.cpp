#include "TestSupport.h"

#include "commands/ArchiveIssueCommand.h"
#include "commands/RemoveViewCommand.h"
#include "commands/SaveViewCommand.h"
#include "items/IssueTableModel.h"
#include "store/IssueRepository.h"
#include "store/SavedViewRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace {

SavedView sampleView(const QString &name)
{
    SavedView view;
    view.name = name;
    view.filter.text = QStringLiteral("rare \"earth\" 100% _");
    view.filter.statuses = {Status::Raised, Status::InNegotiation};
    view.filter.category = QStringLiteral("Critical raw materials");
    view.filter.priority = Priority::Critical;
    view.filter.searchText = QStringLiteral("王毅 Séj");
    view.sortColumn = IssueTableModel::DueDateColumn;
    view.sortOrder = Qt::DescendingOrder;
    return view;
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyPartRoundTrips();
    void emptyViewRoundTrips();
    void takenNameAsksFirst();
    void listAndRemove();
    void definitionIsStableJson();
    void unknownPartsAreIgnored();
    void emptyNameIsRefused();
    void commandsUndoRedo();
    void savedViewDrivesTheIssueTable();
    void showArchivedIsRemembered();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestSavedViews::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestSavedViews::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestSavedViews::everyPartRoundTrips()
{
    SavedViewRepository views(*m_store);
    SavedView view = sampleView(QStringLiteral("  Beijing: critical « raw » "));
    QSignalSpy changed(m_store.get(), &Store::savedViewsChanged);
    QCOMPARE(views.save(view), SavedViewRepository::SaveResult::Saved);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view.name, QStringLiteral("Beijing: critical « raw »"));
    QCOMPARE(view.createdBy, QStringLiteral("desk.officer"));
    const std::optional<SavedView> read = views.byName(QStringLiteral("Beijing: critical « raw »"));
    QVERIFY(read);
    QCOMPARE(*read, view);
    QCOMPARE(read->filter.searchText, QStringLiteral("王毅 Séj"));
    QCOMPARE(read->filter.statuses, (QList<Status>{Status::Raised, Status::InNegotiation}));
    QCOMPARE(read->filter.priority, Priority::Critical);
    QCOMPARE(read->sortColumn, int(IssueTableModel::DueDateColumn));
    QCOMPARE(read->sortOrder, Qt::DescendingOrder);
    QCOMPARE(read->createdBy, QStringLiteral("desk.officer"));
    QCOMPARE(read->createdAt, view.createdAt);
}

void TestSavedViews::emptyViewRoundTrips()
{
    SavedViewRepository views(*m_store);
    SavedView view;
    view.name = QStringLiteral("All");
    views.save(view);
    const SavedView read = *views.byName(QStringLiteral("All"));
    QCOMPARE(read, view);
    QVERIFY(read.filter.isEmpty());
    QVERIFY(!read.filter.priority);
}

void TestSavedViews::takenNameAsksFirst()
{
    SavedViewRepository views(*m_store);
    SavedView first = sampleView(QStringLiteral("Mine"));
    views.save(first);
    const QByteArray hash = TestSupport::contentHash(*m_store);
    SavedView second;
    second.name = QStringLiteral("Mine");
    second.filter.category = QStringLiteral("Security");
    QCOMPARE(views.save(second), SavedViewRepository::SaveResult::NameTaken);
    QCOMPARE(TestSupport::contentHash(*m_store), hash);
    QCOMPARE(*views.byName(QStringLiteral("Mine")), first);

    QCOMPARE(views.save(second, true), SavedViewRepository::SaveResult::Replaced);
    QCOMPARE(views.byName(QStringLiteral("Mine"))->filter.category, QStringLiteral("Security"));
    QCOMPARE(views.all().size(), 1);
}

void TestSavedViews::listAndRemove()
{
    SavedViewRepository views(*m_store);
    for (const char *name : {"Zeta", "Alpha", "Mid"}) {
        SavedView view = sampleView(QString::fromLatin1(name));
        views.save(view);
    }
    QStringList names;
    for (const SavedView &view : views.all())
        names.append(view.name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Mid"), QStringLiteral("Zeta")}));
    views.remove(QStringLiteral("Mid"));
    QCOMPARE(views.all().size(), 2);
    QVERIFY(!views.byName(QStringLiteral("Mid")));
    try {
        views.remove(QStringLiteral("Mid"));
        QFAIL("a missing view was removed");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
        QVERIFY(error.message().contains(QLatin1String("Mid")));
    }
}

void TestSavedViews::definitionIsStableJson()
{
    SavedViewRepository views(*m_store);
    SavedView view = sampleView(QStringLiteral("Stable"));
    views.save(view);
    const QString stored =
        Sql::scalar(m_store->database(),
                    QStringLiteral("SELECT definition FROM saved_view WHERE name = 'Stable'"))
            .toString();
    const QJsonObject object = QJsonDocument::fromJson(stored.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("sort_column")).toString(), QStringLiteral("due_date"));
    QCOMPARE(object.value(QStringLiteral("sort_order")).toString(), QStringLiteral("descending"));
    QCOMPARE(object.value(QStringLiteral("priority")).toString(), QStringLiteral("Critical"));
    QCOMPARE(object.value(QStringLiteral("statuses")).toArray().at(1).toString(),
             QStringLiteral("In negotiation"));
    QCOMPARE(object.value(QStringLiteral("search_text")).toString(), QStringLiteral("王毅 Séj"));
    QCOMPARE(object.value(QStringLiteral("filter_text")).toString(), view.filter.text);
    QCOMPARE(stored,
             QString::fromUtf8(QJsonDocument(view.toJson()).toJson(QJsonDocument::Compact)));
}

void TestSavedViews::unknownPartsAreIgnored()
{
    const QJsonObject definition =
        QJsonDocument::fromJson(R"({"version": 7, "statuses": ["Open", "Pending", 3],
            "priority": "Urgent", "sort_column": "colour", "sort_order": "sideways",
            "new_key": {"x": 1}, "category": "Trade"})")
            .object();
    const SavedView view = SavedView::fromJson(QStringLiteral("Newer"), definition);
    QCOMPARE(view.filter.statuses, QList<Status>{Status::Open});
    QVERIFY(!view.filter.priority);
    QCOMPARE(view.filter.category, QStringLiteral("Trade"));
    QCOMPARE(view.sortColumn, int(IssueTableModel::CodeColumn));
    QCOMPARE(view.sortOrder, Qt::AscendingOrder);
}

void TestSavedViews::emptyNameIsRefused()
{
    SavedViewRepository views(*m_store);
    SavedView view = sampleView(QStringLiteral("   "));
    try {
        views.save(view);
        QFAIL("a view without a name was saved");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
}

void TestSavedViews::commandsUndoRedo()
{
    SavedViewRepository views(*m_store);
    QUndoStack stack;
    const SavedView original = sampleView(QStringLiteral("Desk"));
    stack.push(new SaveViewCommand(*m_store, original, false));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(*views.byName(QStringLiteral("Desk")), original);

    // A taken name without permission to replace: refused, nothing changes.
    SavedView other;
    other.name = QStringLiteral("Desk");
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new SaveViewCommand(*m_store, other, false));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(*views.byName(QStringLiteral("Desk")), original);

    // Replacing, then undoing, brings the first view back.
    stack.push(new SaveViewCommand(*m_store, other, true));
    QCOMPARE(*views.byName(QStringLiteral("Desk")), other);
    stack.undo();
    QCOMPARE(*views.byName(QStringLiteral("Desk")), original);
    stack.undo();
    QVERIFY(!views.byName(QStringLiteral("Desk")));
    stack.redo();
    QCOMPARE(*views.byName(QStringLiteral("Desk")), original);

    stack.push(new RemoveViewCommand(*m_store, QStringLiteral("Desk")));
    QVERIFY(!views.byName(QStringLiteral("Desk")));
    stack.undo();
    QCOMPARE(*views.byName(QStringLiteral("Desk")), original);
}

void TestSavedViews::savedViewDrivesTheIssueTable()
{
    SavedViewRepository views(*m_store);
    SavedView view;
    view.name = QStringLiteral("Wang Yi, latest first");
    view.filter.searchText = QStringLiteral("王毅");
    view.sortColumn = IssueTableModel::CodeColumn;
    view.sortOrder = Qt::DescendingOrder;
    views.save(view);

    const SavedView read = *views.byName(view.name);
    QUndoStack stack;
    IssueTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(read.filter);
    model.sort(read.sortColumn, read.sortOrder);
    QVERIFY(model.rowCount() >= 4);
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.index(row, IssueTableModel::CodeColumn).data().toString());
    QStringList sorted = codes;
    std::sort(sorted.begin(), sorted.end(), std::greater<QString>());
    QCOMPARE(codes, sorted);
    QVERIFY(codes.contains(QStringLiteral("SC-01")));
}

// A view saved while archived issues are listed lists them again; one saved
// before views knew of them (no "show_archived") leaves them out, as then.
void TestSavedViews::showArchivedIsRemembered()
{
    QUndoStack stack;
    const Issue archived = *m_store->issues().byCode(QStringLiteral("RE-01"));
    stack.push(new ArchiveIssueCommand(*m_store, {{archived.id, archived.version}}, true));

    SavedViewRepository views(*m_store);
    SavedView view;
    view.name = QStringLiteral("Everything, archived too");
    view.filter.showArchived = true;
    views.save(view);
    const SavedView read = *views.byName(view.name);
    QVERIFY(read.filter.showArchived);
    QCOMPARE(read, view);
    QCOMPARE(read.toJson().value(QStringLiteral("show_archived")), QJsonValue(true));

    IssueTableModel model(*m_store, &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowOfIssue(archived.id), -1);
    model.setFilter(read.filter);
    QVERIFY(model.rowOfIssue(archived.id) >= 0);

    QJsonObject older = read.toJson();
    older.remove(QStringLiteral("show_archived"));
    const SavedView before = SavedView::fromJson(QStringLiteral("Older"), older);
    QVERIFY(!before.filter.showArchived);
    model.setFilter(before.filter);
    QCOMPARE(model.rowOfIssue(archived.id), -1);
}

QTEST_GUILESS_MAIN(TestSavedViews)
#include "test_saved_views.moc"
