#include "TestSupport.h"

#include "commands/BulkEditCommand.h"
#include "items/ActivityModel.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/PackExportRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

namespace {

QList<BulkEditCommand::Target> targetsOf(const QList<Issue> &issues)
{
    QList<BulkEditCommand::Target> targets;
    for (const Issue &issue : issues)
        targets.append({issue.id, issue.version});
    return targets;
}

} // namespace

// Bulk edits (one undo step, one transaction), the activity feed and the pack
// export log.
class TestBulkEdit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bulkStatusIsOneStepWithHistoryPerIssue();
    void bulkOwnerAndPriorityUndoToEachOldValue();
    void staleVersionRefusesTheWholeEdit();
    void undoRefusedWhenAColleagueChangedOne();
    void invalidValueChangesNothing();
    void manyIssuesAnnounceOneReset();
    void historySinceIsNewestFirst();
    void activityModelInsertsNewChangesAtTheTop();
    void activityModelStartsAtTheLastPackExport();
    void packExportLog();

private:
    QList<Issue> issues(const QStringList &codes)
    {
        QList<Issue> list;
        for (const QString &code : codes)
            list.append(*m_store->issues().byCode(code));
        return list;
    }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestBulkEdit::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestBulkEdit::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestBulkEdit::bulkStatusIsOneStepWithHistoryPerIssue()
{
    const QStringList codes{QStringLiteral("RE-01"), QStringLiteral("RE-02"),
                            QStringLiteral("DR-02"), QStringLiteral("SC-01")};
    const QList<Issue> before = issues(codes);
    const qint64 historyBefore = m_store->history().count();
    QUndoStack stack;
    stack.push(new BulkEditCommand(*m_store, targetsOf(before), IssueField::Status,
                                   int(Status::Agreed), QStringLiteral("Agreed at the summit")));
    QCOMPARE(stack.count(), 1);
    QVERIFY2(stack.text(0).contains(QLatin1String("4")), qPrintable(stack.text(0)));
    QCOMPARE(m_store->history().count(), historyBefore + 4);
    for (const Issue &issue : before) {
        const Issue now = *m_store->issues().byId(issue.id);
        QCOMPARE(now.status, Status::Agreed);
        QCOMPARE(now.version, issue.version + 1);
        const StatusChange last = m_store->history().forIssue(issue.id).last();
        QCOMPARE(last.from, issue.status);
        QCOMPARE(last.to, Status::Agreed);
        QCOMPARE(last.changedBy, QStringLiteral("desk.officer"));
        QCOMPARE(last.reason, QStringLiteral("Agreed at the summit"));
    }

    stack.undo();
    QCOMPARE(m_store->history().count(), historyBefore + 8);
    for (const Issue &issue : before) {
        QCOMPARE(m_store->issues().byId(issue.id)->status, issue.status);
        const StatusChange last = m_store->history().forIssue(issue.id).last();
        QCOMPARE(last.to, issue.status);
        QVERIFY2(last.reason.startsWith(QLatin1String("Undo:")), qPrintable(last.reason));
    }
    stack.redo();
    for (const Issue &issue : before)
        QCOMPARE(m_store->issues().byId(issue.id)->status, Status::Agreed);
    QCOMPARE(stack.count(), 1);
}

void TestBulkEdit::bulkOwnerAndPriorityUndoToEachOldValue()
{
    const QList<Issue> before =
        issues({QStringLiteral("TR-01"), QStringLiteral("MG-01"), QStringLiteral("IR-01")});
    QUndoStack stack;
    stack.push(new BulkEditCommand(*m_store, targetsOf(before), IssueField::Owner,
                                   QStringLiteral("Zoë Dubois")));
    QList<BulkEditCommand::Target> targets;
    for (const Issue &issue : before)
        targets.append({issue.id, issue.version + 1});
    stack.push(
        new BulkEditCommand(*m_store, targets, IssueField::Priority, int(Priority::Critical)));
    QCOMPARE(stack.count(), 2);
    for (const Issue &issue : before) {
        const Issue now = *m_store->issues().byId(issue.id);
        QCOMPARE(now.owner, QStringLiteral("Zoë Dubois"));
        QCOMPARE(now.priority, Priority::Critical);
        QCOMPARE(now.status, issue.status);
    }
    stack.undo();
    stack.undo();
    for (const Issue &issue : before) {
        const Issue now = *m_store->issues().byId(issue.id);
        QCOMPARE(now.owner, issue.owner);
        QCOMPARE(now.priority, issue.priority);
    }
}

void TestBulkEdit::staleVersionRefusesTheWholeEdit()
{
    const QList<Issue> before =
        issues({QStringLiteral("RE-01"), QStringLiteral("RE-02"), QStringLiteral("RE-03")});
    // A colleague changes RE-02 after I selected the three.
    {
        Store colleague;
        colleague.setUserName(QStringLiteral("colleague"));
        colleague.open(m_db->path());
        colleague.issues().setField(before.at(1).id, IssueField::Owner, QStringLiteral("Liu Yang"),
                                    before.at(1).version);
    }
    const QByteArray hash = TestSupport::contentHash(*m_store);
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new BulkEditCommand(*m_store, targetsOf(before), IssueField::Status,
                                   int(Status::Closed), QStringLiteral("done")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(QLatin1String("RE-02")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("RE-01")) && !message.contains(QLatin1String("RE-03")),
             qPrintable(message));
    QCOMPARE(TestSupport::contentHash(*m_store), hash);
}

void TestBulkEdit::undoRefusedWhenAColleagueChangedOne()
{
    const QList<Issue> before = issues({QStringLiteral("DR-01"), QStringLiteral("NP-01")});
    QUndoStack stack;
    stack.push(new BulkEditCommand(*m_store, targetsOf(before), IssueField::Status,
                                   int(Status::Stalled), QStringLiteral("paused")));
    const Issue np = *m_store->issues().byCode(QStringLiteral("NP-01"));
    m_store->issues().changeStatus(np.id, Status::Converging, np.version, QStringLiteral("moved"));
    const QByteArray hash = TestSupport::contentHash(*m_store);
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QLatin1String("NP-01")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(TestSupport::contentHash(*m_store), hash);
    QCOMPARE(m_store->issues().byId(before.at(0).id)->status, Status::Stalled);
}

void TestBulkEdit::invalidValueChangesNothing()
{
    const QList<Issue> before = issues({QStringLiteral("DR-01"), QStringLiteral("NP-01")});
    const QByteArray hash = TestSupport::contentHash(*m_store);
    QList<IssueRepository::FieldChange> changes;
    for (const Issue &issue : before)
        changes.append({issue.id, issue.version, 9});
    try {
        m_store->issues().setFieldMany(IssueField::Priority, changes);
        QFAIL("an unknown priority was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
    changes = {{before.at(0).id, before.at(0).version, int(Status::Open)},
               {before.at(1).id, before.at(1).version, 12}};
    try {
        m_store->issues().setFieldMany(IssueField::Status, changes);
        QFAIL("an unknown status was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
    QCOMPARE(TestSupport::contentHash(*m_store), hash);
}

void TestBulkEdit::manyIssuesAnnounceOneReset()
{
    {
        Sql::Transaction transaction(m_store->database());
        for (int i = 0; i < IssueRepository::maxSignalsPerEdit + 8; ++i) {
            Issue issue;
            issue.code = QStringLiteral("BK-%1").arg(i, 3, 10, QLatin1Char('0'));
            issue.title = QStringLiteral("Bulk %1").arg(i);
            m_store->issues().insert(issue);
        }
        transaction.commit();
    }
    QList<Issue> all;
    for (const Issue &issue : m_store->issues().all()) {
        if (issue.code.startsWith(QLatin1String("BK-")))
            all.append(issue);
    }
    QSignalSpy resets(m_store.get(), &Store::reset);
    QSignalSpy changed(m_store.get(), &Store::issueChanged);
    QUndoStack stack;
    stack.push(
        new BulkEditCommand(*m_store, targetsOf(all), IssueField::Priority, int(Priority::High)));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(changed.count(), 0);

    // A handful announce each issue.
    resets.clear();
    stack.push(new BulkEditCommand(*m_store, {{all.at(0).id, all.at(0).version + 1}},
                                   IssueField::Owner, QStringLiteral("x")));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestBulkEdit::historySinceIsNewestFirst()
{
    QTest::qSleep(5); // the next changes carry a later millisecond
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QList<Issue> before = issues({QStringLiteral("RE-01"), QStringLiteral("TR-01")});
    int v = m_store->issues().changeStatus(before.at(0).id, Status::Converging,
                                           before.at(0).version, QStringLiteral("first"));
    m_store->issues().changeStatus(before.at(1).id, Status::Raised, before.at(1).version,
                                   QStringLiteral("second"));
    m_store->issues().changeStatus(before.at(0).id, Status::Agreed, v, QStringLiteral("third"));

    const QList<ActivityEntry> since = m_store->history().since(start);
    QCOMPARE(since.size(), 3);
    QCOMPARE(since.at(0).change.reason, QStringLiteral("third"));
    QCOMPARE(since.at(1).change.reason, QStringLiteral("second"));
    QCOMPARE(since.at(2).change.reason, QStringLiteral("first"));
    QCOMPARE(since.at(0).code, QStringLiteral("RE-01"));
    QCOMPARE(since.at(0).title, before.at(0).title);
    QCOMPARE(since.at(0).change.from, Status::Converging);
    QCOMPARE(since.at(1).code, QStringLiteral("TR-01"));
    QCOMPARE(m_store->history().since(start, 2).size(), 2);
    // An invalid time means everything, the import's entries included.
    QCOMPARE(m_store->history().since(QDateTime()).size(), int(m_store->history().count()));
}

void TestBulkEdit::activityModelInsertsNewChangesAtTheTop()
{
    ActivityModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSince(QDateTime());
    const int before = int(m_store->history().count()); // the demo's history
    QVERIFY(before >= 12);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
    QCOMPARE(model.headerData(ActivityModel::WhoColumn, Qt::Horizontal).toString(),
             QStringLiteral("Who"));

    const QPersistentModelIndex oldTop = model.index(0, 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const Issue issue = *m_store->issues().byCode(QStringLiteral("CR-01"));
    m_store->issues().changeStatus(issue.id, Status::Raised, issue.version,
                                   QStringLiteral("Raised by <France>"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(oldTop.row(), 1);
    const auto cell = [&model](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(cell(ActivityModel::CodeColumn), QStringLiteral("CR-01"));
    QCOMPARE(cell(ActivityModel::TitleColumn), issue.title);
    QCOMPARE(cell(ActivityModel::FromColumn), StatusText::label(issue.status));
    QCOMPARE(cell(ActivityModel::ToColumn), StatusText::label(Status::Raised));
    QCOMPARE(cell(ActivityModel::WhoColumn), QStringLiteral("desk.officer"));
    QCOMPARE(cell(ActivityModel::WhyColumn), QStringLiteral("Raised by <France>"));
    QCOMPARE(model.index(0, 0).data(ActivityModel::IssueIdRole).toLongLong(), issue.id);

    // A renamed issue is shown with its new title, without a reset.
    m_store->issues().setField(issue.id, IssueField::Title, QStringLiteral("Renamed"),
                               issue.version + 1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(cell(ActivityModel::TitleColumn), QStringLiteral("Renamed"));

    // A time after everything: empty.
    model.setSince(QDateTime::currentDateTimeUtc().addDays(1));
    QCOMPARE(model.rowCount(), 0);
}

void TestBulkEdit::activityModelStartsAtTheLastPackExport()
{
    QTest::qSleep(5);
    PackExportRecord record;
    record.format = QStringLiteral("pdf");
    record.issueCodes = {QStringLiteral("RE-01")};
    PackExportRepository(*m_store).record(record);
    QTest::qSleep(5);
    const Issue issue = *m_store->issues().byCode(QStringLiteral("TR-01"));
    m_store->issues().changeStatus(issue.id, Status::Stalled, issue.version, QStringLiteral("x"));

    ActivityModel model(*m_store);
    QCOMPARE(model.since(), record.exportedAt);
    QCOMPARE(ActivityModel::defaultSince(*m_store), record.exportedAt);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ActivityModel::CodeColumn).data().toString(), QStringLiteral("TR-01"));
}

void TestBulkEdit::packExportLog()
{
    PackExportRepository packs(*m_store);
    QVERIFY(!packs.lastExportTime().isValid());
    // No pack yet: the week before the file's latest change (the demo's history
    // ends on 14 July 2025), so an old file opens on its last changes.
    const QDateTime lastChange = HistoryRepository(*m_store).lastChangeTime();
    QCOMPARE(lastChange, QDateTime(QDate(2025, 7, 14), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(ActivityModel::defaultSince(*m_store), lastChange.addDays(-7));
    QVERIFY(ActivityModel(*m_store).rowCount() > 0);

    PackExportRecord first;
    first.exportedAt = QDateTime(QDate(2025, 7, 20), QTime(18, 0), QTimeZone::utc());
    first.issueCodes = {QStringLiteral("RE-01"), QStringLiteral("ODD,CODE")};
    first.classification = QStringLiteral("EU RESTRICTED");
    first.format = QStringLiteral("pdf");
    first.path = QStringLiteral("/tmp/pack é.pdf");
    packs.record(first);
    QCOMPARE(first.exportedBy, QStringLiteral("desk.officer"));
    PackExportRecord second;
    second.exportedAt = QDateTime(QDate(2025, 7, 23), QTime(22, 30), QTimeZone::utc());
    second.format = QStringLiteral("odt");
    packs.record(second);

    QCOMPARE(packs.lastExportTime(), second.exportedAt);
    const QList<PackExportRecord> all = packs.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).format, QStringLiteral("odt"));
    QCOMPARE(all.at(1).issueCodes, first.issueCodes);
    QCOMPARE(all.at(1).path, first.path);
    QCOMPARE(all.at(1).classification, first.classification);

    PackExportRecord noFormat;
    try {
        packs.record(noFormat);
        QFAIL("a pack export without a format was recorded");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::Invalid);
    }
}

QTEST_GUILESS_MAIN(TestBulkEdit)
#include "test_bulk_edit.moc"
