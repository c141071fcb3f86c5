#include "TestSupport.h"

#include "commands/ChangeStatusCommand.h"
#include "commands/SetIssueFieldCommand.h"
#include "commands/SetPositionFieldCommand.h"
#include "store/DataVersionWatcher.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

const QString writerPath = QString::fromUtf8(TRACKING_WRITER_PATH);

std::unique_ptr<Store> openAs(const QString &path, const QString &user)
{
    auto store = std::make_unique<Store>();
    store->setUserName(user);
    store->open(path, Store::OpenMode::ExistingOnly);
    return store;
}

std::optional<StoreError> errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

// Starts the helper and waits for its first line ("ready", "read 3").
std::unique_ptr<QProcess> startWriter(const QStringList &arguments, QString *firstLine)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(writerPath);
    process->setArguments(arguments);
    process->start();
    if (!process->waitForStarted(30000))
        return nullptr;
    while (!process->canReadLine()) {
        if (!process->waitForReadyRead(30000))
            return nullptr;
    }
    *firstLine = QString::fromUtf8(process->readLine()).trimmed();
    return process;
}

} // namespace

// Two people, one file: optimistic locking between connections and processes,
// and noticing a colleague's commits.
class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void twoConnectionsOneFieldExactlyOneWins();
    void twoConnectionsOneStatusHistoryHasTheWinnerOnly();
    void refusedCommandAnnouncesTheColleaguesValue();
    void refusedPositionEditCarriesTheColleaguesValue();
    void twoProcessesInterleaveWithoutLosingAnUpdate();
    void twoProcessesStaleWriteIsRefused();
    void watcherNoticesAnotherConnection();
    void watcherIgnoresOwnCommits();
    void processesUpgradingOneFileAtOnceAllSucceed();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestConcurrency::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestConcurrency::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestConcurrency::twoConnectionsOneFieldExactlyOneWins()
{
    auto colleague = openAs(m_db->path(), QStringLiteral("colleague"));
    const Issue mine = *m_store->issues().byCode(QStringLiteral("RE-01"));
    const Issue theirs = *colleague->issues().byCode(QStringLiteral("RE-01"));
    QCOMPARE(mine.version, theirs.version);

    colleague->issues().setField(theirs.id, IssueField::Owner, QStringLiteral("Liu Yang"),
                                 theirs.version);
    const std::optional<StoreError> error = errorOf([&] {
        m_store->issues().setField(mine.id, IssueField::Owner, QStringLiteral("Zoë Dubois"),
                                   mine.version);
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QCOMPARE(error->currentValue().toString(), QStringLiteral("Liu Yang"));
    QCOMPARE(error->currentVersion(), mine.version + 1);
    QCOMPARE(m_store->issues().byId(mine.id)->owner, QStringLiteral("Liu Yang"));
    QCOMPARE(colleague->issues().byId(mine.id)->owner, QStringLiteral("Liu Yang"));

    // Typed values come back in the type valueOf() gives.
    const std::optional<StoreError> dateError = errorOf([&] {
        colleague->issues().setField(mine.id, IssueField::DueDate, QDate(2025, 7, 20),
                                     mine.version + 1);
        m_store->issues().setField(mine.id, IssueField::DueDate, QDate(2025, 7, 21),
                                   mine.version + 1);
    });
    QVERIFY(dateError);
    QCOMPARE(dateError->currentValue().toDate(), QDate(2025, 7, 20));
}

void TestConcurrency::twoConnectionsOneStatusHistoryHasTheWinnerOnly()
{
    auto colleague = openAs(m_db->path(), QStringLiteral("colleague"));
    const Issue issue = *m_store->issues().byCode(QStringLiteral("TR-01"));
    const qint64 historyBefore = m_store->history().count();

    colleague->issues().changeStatus(issue.id, Status::Agreed, issue.version,
                                     QStringLiteral("deal reached"));
    const std::optional<StoreError> error = errorOf([&] {
        m_store->issues().changeStatus(issue.id, Status::Stalled, issue.version,
                                       QStringLiteral("talks paused"));
    });
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Conflict);
    QVERIFY2(error->message().contains(QLatin1String("TR-01")), qPrintable(error->message()));
    QCOMPARE(error->currentValue().toInt(), int(Status::Agreed));

    QCOMPARE(m_store->history().count(), historyBefore + 1);
    const StatusChange last = m_store->history().forIssue(issue.id).last();
    QCOMPARE(last.to, Status::Agreed);
    QCOMPARE(last.changedBy, QStringLiteral("colleague"));
    QCOMPARE(last.reason, QStringLiteral("deal reached"));
    QCOMPARE(m_store->issues().byId(issue.id)->status, Status::Agreed);
}

void TestConcurrency::refusedCommandAnnouncesTheColleaguesValue()
{
    auto colleague = openAs(m_db->path(), QStringLiteral("colleague"));
    const Issue issue = *m_store->issues().byCode(QStringLiteral("MG-01"));
    colleague->issues().setField(issue.id, IssueField::Title, QStringLiteral("Their title"),
                                 issue.version);

    QUndoStack stack;
    QSignalSpy conflicts(m_store.get(), &Store::conflictOccurred);
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new SetIssueFieldCommand(*m_store, issue.id, IssueField::Title, issue.title,
                                        QStringLiteral("My title"), issue.version));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(conflicts.first().at(1).value<QVariant>().toString(), QStringLiteral("Their title"));

    stack.push(new ChangeStatusCommand(*m_store, issue.id, issue.status, Status::Closed,
                                       issue.version, QStringLiteral("mine")));
    QCOMPARE(conflicts.count(), 2);
    QCOMPARE(conflicts.last().at(1).value<QVariant>().toInt(), int(issue.status));
}

void TestConcurrency::refusedPositionEditCarriesTheColleaguesValue()
{
    auto colleague = openAs(m_db->path(), QStringLiteral("colleague"));
    const Issue issue = *m_store->issues().byCode(QStringLiteral("RE-01"));
    const Position position = m_store->positions().forIssue(issue.id).first();
    colleague->positions().setField(position.id, PositionField::Position, 12, position.version);
    QUndoStack stack;
    QSignalSpy conflicts(m_store.get(), &Store::conflictOccurred);
    stack.push(new SetPositionFieldCommand(*m_store, position.id, PositionField::Position,
                                           position.position, 88, position.version));
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(conflicts.first().at(1).value<QVariant>().toInt(), 12);
}

void TestConcurrency::twoProcessesInterleaveWithoutLosingAnUpdate()
{
    const int perWriter = 500;
    const Issue issue = *m_store->issues().byCode(QStringLiteral("RE-02"));
    const qint64 before = m_store->history().forIssue(issue.id).size();

    QString first;
    auto a = startWriter({m_db->path(), QStringLiteral("RE-02"), QStringLiteral("loop"),
                          QString::number(perWriter), QStringLiteral("A")},
                         &first);
    QVERIFY(a);
    QCOMPARE(first, QStringLiteral("ready"));
    auto b = startWriter({m_db->path(), QStringLiteral("RE-02"), QStringLiteral("loop"),
                          QString::number(perWriter), QStringLiteral("B")},
                         &first);
    QVERIFY(b);
    QCOMPARE(first, QStringLiteral("ready"));
    // Both start together.
    a->write("go\n");
    b->write("go\n");
    QVERIFY(a->waitForBytesWritten(30000));
    QVERIFY(b->waitForBytesWritten(30000));
    QVERIFY(a->waitForFinished(300000));
    QVERIFY(b->waitForFinished(300000));
    QCOMPARE(a->exitCode(), 0);
    QCOMPARE(b->exitCode(), 0);
    const QString aOut = QString::fromUtf8(a->readAllStandardOutput()).trimmed();
    const QString bOut = QString::fromUtf8(b->readAllStandardOutput()).trimmed();
    QVERIFY2(aOut.startsWith(QLatin1String("done")),
             qPrintable(aOut + QString::fromUtf8(a->readAllStandardError())));
    QVERIFY2(bOut.startsWith(QLatin1String("done")),
             qPrintable(bOut + QString::fromUtf8(b->readAllStandardError())));

    const QList<StatusChange> history = m_store->history().forIssue(issue.id);
    QCOMPARE(history.size(), before + 2 * perWriter);
    // Every change starts where the one before it ended: no update was lost.
    int fromA = 0;
    int fromB = 0;
    int switches = 0;
    for (qsizetype i = 1; i < history.size(); ++i) {
        QCOMPARE(history.at(i).from, history.at(i - 1).to);
        const QString reason = history.at(i).reason;
        fromA += reason.startsWith(QLatin1String("A #")) ? 1 : 0;
        fromB += reason.startsWith(QLatin1String("B #")) ? 1 : 0;
        if (i > before && reason.at(0) != history.at(i - 1).reason.at(0))
            ++switches;
    }
    QCOMPARE(fromA, perWriter);
    QCOMPARE(fromB, perWriter);
    QVERIFY2(switches > 0, "the two writers never interleaved");
    const Issue now = *m_store->issues().byId(issue.id);
    QCOMPARE(now.status, history.last().to);
    QCOMPARE(now.version, issue.version + 2 * perWriter);
    if (!m_db->isPostgreSQL())
        QCOMPARE(
            Sql::scalar(m_store->database(), QStringLiteral("PRAGMA integrity_check")).toString(),
            QStringLiteral("ok"));
    qDebug("writers: %s / %s, %d switches", qPrintable(aOut), qPrintable(bOut), switches);
}

void TestConcurrency::twoProcessesStaleWriteIsRefused()
{
    const Issue issue = *m_store->issues().byCode(QStringLiteral("IR-01"));
    const qint64 before = m_store->history().forIssue(issue.id).size();
    QString line;
    auto a = startWriter({m_db->path(), QStringLiteral("IR-01"), QStringLiteral("hold")}, &line);
    QVERIFY(a);
    QCOMPARE(line, QStringLiteral("read %1").arg(issue.version));

    QProcess b;
    b.start(writerPath, {m_db->path(), QStringLiteral("IR-01"), QStringLiteral("once"),
                         QStringLiteral("Agreed")});
    QVERIFY(b.waitForFinished(60000));
    QCOMPARE(b.exitCode(), 0);

    a->write("go\n");
    QVERIFY(a->waitForBytesWritten(30000));
    QVERIFY(a->waitForFinished(60000));
    QCOMPARE(a->exitCode(), 3);
    QCOMPARE(QString::fromUtf8(a->readAllStandardOutput()).trimmed(),
             QStringLiteral("conflict Agreed"));

    const QList<StatusChange> history = m_store->history().forIssue(issue.id);
    QCOMPARE(history.size(), before + 1);
    QCOMPARE(history.last().to, Status::Agreed);
    QCOMPARE(history.last().reason, QStringLiteral("once"));
    QCOMPARE(m_store->issues().byId(issue.id)->status, Status::Agreed);
}

void TestConcurrency::watcherNoticesAnotherConnection()
{
    DataVersionWatcher watcher(*m_store, 20);
    QSignalSpy external(m_store.get(), &Store::externalChange);
    QVERIFY(!watcher.check());
    {
        auto colleague = openAs(m_db->path(), QStringLiteral("colleague"));
        const Issue issue = *colleague->issues().byCode(QStringLiteral("NP-01"));
        colleague->issues().setField(issue.id, IssueField::Owner, QStringLiteral("x"),
                                     issue.version);
    }
    QTRY_VERIFY_WITH_TIMEOUT(external.count() >= 1, 30000);

    // Another process too.
    external.clear();
    QProcess writer;
    writer.start(writerPath, {m_db->path(), QStringLiteral("NP-01"), QStringLiteral("once"),
                              QStringLiteral("Closed")});
    QVERIFY(writer.waitForFinished(60000));
    QCOMPARE(writer.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(external.count() >= 1, 30000);
}

void TestConcurrency::watcherIgnoresOwnCommits()
{
    DataVersionWatcher watcher(*m_store, 1000000); // checked by hand below
    QSignalSpy external(m_store.get(), &Store::externalChange);
    const Issue issue = *m_store->issues().byCode(QStringLiteral("NP-01"));
    m_store->issues().setField(issue.id, IssueField::Owner, QStringLiteral("me"), issue.version);
    QVERIFY(!watcher.check());
    QCOMPARE(external.count(), 0);
    {
        auto colleague = openAs(m_db->path(), QStringLiteral("colleague"));
        colleague->issues().setField(issue.id, IssueField::Owner, QStringLiteral("them"),
                                     issue.version + 1);
    }
    // A team database announces the change through the event loop (NOTIFY).
    QTRY_VERIFY_WITH_TIMEOUT(watcher.check() || external.count() == 1, 5000);
    QCOMPARE(external.count(), 1);
    QVERIFY(!watcher.check());
    QCOMPARE(external.count(), 1);
}

// Several processes opening an old file at the same moment: one upgrades it
// (and backs it up) under the write lock, the others wait and find it done.
void TestConcurrency::processesUpgradingOneFileAtOnceAllSucceed()
{
    const int processes = 6;
    const int issueCount = 5000;
    for (int round = 0; round < 3; ++round) {
        TestSupport::TempDatabase temp;
        {
            Store store;
            store.setUserName(QStringLiteral("desk.officer"));
            store.open(temp.path(), Store::OpenMode::CreateIfMissing, 3);
            // Enough rows that an upgrade takes a while, so the openers overlap.
            Sql::Transaction transaction(store.database());
            for (int i = 0; i < issueCount; ++i) {
                Issue issue;
                issue.code = QStringLiteral("UP-%1").arg(i);
                issue.title = QStringLiteral("Issue %1").arg(i);
                issue.background = QString(200, QLatin1Char('b'));
                store.issues().insert(issue);
            }
            transaction.commit();
        }
        std::vector<std::unique_ptr<QProcess>> writers;
        for (int i = 0; i < processes; ++i) {
            QString first;
            auto writer =
                startWriter({temp.path(), QStringLiteral("-"), QStringLiteral("open")}, &first);
            QVERIFY(writer);
            QCOMPARE(first, QStringLiteral("ready"));
            writers.push_back(std::move(writer));
        }
        // All at once: each "go" is sent before any opener is waited for.
        for (auto &writer : writers)
            writer->write("go\n");
        for (auto &writer : writers)
            QVERIFY(writer->waitForBytesWritten(30000));
        QStringList backups;
        for (auto &writer : writers) {
            QVERIFY(writer->waitForFinished(120000));
            const QString out = QString::fromUtf8(writer->readAllStandardOutput()).trimmed();
            QVERIFY2(writer->exitCode() == 0,
                     qPrintable(out + QString::fromUtf8(writer->readAllStandardError())));
            const QStringList words = out.split(QLatin1Char(' '));
            QCOMPARE(words.size(), 3);
            QCOMPARE(words.at(0), QStringLiteral("opened"));
            QCOMPARE(words.at(1).toInt(), Store::latestSchemaVersion());
            if (words.at(2) != QLatin1String("-"))
                backups.append(words.at(2));
        }
        if (temp.isPostgreSQL()) {
            QVERIFY2(backups.isEmpty(), qPrintable(backups.join(QLatin1Char(' '))));
        } else {
            // One file backup, by the one opener that upgraded.
            QCOMPARE(backups.size(), 1);
            QCOMPARE(Store::backupsOf(temp.path()), backups);
            QVERIFY(
                QDir(temp.dir()).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());
        }
        auto store = temp.open();
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(store->issues().count(), issueCount);
        QCOMPARE(
            Sql::scalar(store->database(), QStringLiteral("SELECT COUNT(*) FROM schema_migration"))
                .toInt(),
            Store::latestSchemaVersion());
    }
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "test_concurrency.moc"
