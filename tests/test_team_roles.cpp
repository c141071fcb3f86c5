// Roles on a team database, enforced by the server whatever the client does: a
// reader's writes are refused, an editor cannot rewrite the status history even
// in raw SQL, and the append-only triggers refuse its owner too.
#include "TeamTestDatabase.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include "briefing/PackExport.h"
#include "briefing/PackOptions.h"
#include "io/DemoScenario.h"
#include "io/ScenarioImporter.h"
#include "store/ActorRepository.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QProcess>
#include <QSqlError>
#include <QtTest>

#include <memory>

namespace {

using Run = TestSupport::AppRun;
using TestSupport::runApp;

std::optional<StoreError> errorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readerStoreIsReadOnly();
    void readerWritesAreDeniedByTheServer();
    void readerStatusCommandFailsInOneLine();
    void readerExportsAPackWithoutAWarning();
    void editorChangesStatusButCannotRewriteHistory();
    void ownerCannotRewriteHistoryEither();

private:
    // A login role granted `group`, on the summit's database.
    QString loginAs(const QString &role) const;
    std::unique_ptr<Store> openAs(const QString &role) const;

    std::unique_ptr<Target> m_summit;
    QString m_reader;
    QString m_editor;
};

void TestTeamRoles::initTestCase()
{
    m_summit = std::make_unique<Target>(true);
    {
        // The owner creates the schema and the group roles, and fills it.
        Store owner;
        owner.open(m_summit->location());
        ScenarioImporter importer(owner);
        QVERIFY2(importer.importFile(DemoScenario::resourcePath()),
                 qPrintable(importer.errorString()));
    }
    // Roles belong to the whole server: names of this run only.
    const QString suffix = m_summit->database().section(QLatin1Char('_'), -2);
    m_reader = QStringLiteral("reader_%1").arg(suffix);
    m_editor = QStringLiteral("editor_%1").arg(suffix);
    // What the README tells an administrator to run.
    for (const QString &statement :
         {QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_reader),
          QStringLiteral("GRANT summit_reader TO %1").arg(m_reader),
          QStringLiteral("CREATE ROLE %1 LOGIN").arg(m_editor),
          QStringLiteral("GRANT summit_editor TO %1").arg(m_editor),
          QStringLiteral("GRANT CONNECT ON DATABASE %1 TO summit_reader, summit_editor")
              .arg(m_summit->database())})
        adminExec(m_summit->database(), statement);
}

void TestTeamRoles::cleanupTestCase()
{
    if (!m_summit)
        return;
    m_summit.reset(); // the database goes first: the roles hold grants on it
    for (const QString &role : {m_reader, m_editor})
        adminExec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
}

QString TestTeamRoles::loginAs(const QString &role) const
{
    const StoreLocation owner = StoreLocation::parse(m_summit->location());
    return StoreLocation::teamDatabase(owner.host(), owner.port(), owner.database(), role)
        .toString();
}

std::unique_ptr<Store> TestTeamRoles::openAs(const QString &role) const
{
    auto store = std::make_unique<Store>();
    store->setUserName(role);
    store->open(loginAs(role), Store::OpenMode::ExistingOnly);
    return store;
}

void TestTeamRoles::readerStoreIsReadOnly()
{
    auto reader = openAs(m_reader);
    QVERIFY(reader->isReaderAccount());
    QVERIFY(reader->isReadOnly());
    QCOMPARE(reader->issues().count(), 12);
    auto editor = openAs(m_editor);
    QVERIFY(!editor->isReaderAccount());
    QVERIFY(!editor->isReadOnly());
}

void TestTeamRoles::readerWritesAreDeniedByTheServer()
{
    auto reader = openAs(m_reader);
    const Issue issue = *reader->issues().byCode(QStringLiteral("RE-01"));
    const qint64 history = reader->history().count();
    const std::optional<StoreError> status = errorOf([&] {
        reader->issues().changeStatus(issue.id, Status::Stalled, issue.version,
                                      QStringLiteral("reader tries"));
    });
    QVERIFY(status);
    QVERIFY2(status->kind() == StoreError::Kind::Denied, qPrintable(status->message()));
    QVERIFY2(status->message().contains(QLatin1String("refused")), qPrintable(status->message()));
    const std::optional<StoreError> field = errorOf([&] {
        reader->issues().setField(issue.id, IssueField::Title, QStringLiteral("Rewritten"),
                                  issue.version);
    });
    QVERIFY(field);
    QVERIFY2(field->kind() == StoreError::Kind::Denied, qPrintable(field->message()));
    Actor actor;
    actor.name = QStringLiteral("Reader's friend");
    actor.kind = QStringLiteral("person");
    actor.bloc = QStringLiteral("EU");
    const std::optional<StoreError> insert = errorOf([&] { reader->actors().insert(actor); });
    QVERIFY(insert);
    QVERIFY2(insert->kind() == StoreError::Kind::Denied, qPrintable(insert->message()));
    // Refused on the server: nothing changed there.
    auto owner = std::make_unique<Store>();
    owner->open(m_summit->location());
    QCOMPARE(owner->issues().byId(issue.id)->status, issue.status);
    QCOMPARE(owner->issues().byId(issue.id)->title, issue.title);
    QCOMPARE(owner->history().count(), history);
}

void TestTeamRoles::readerStatusCommandFailsInOneLine()
{
    const Run run =
        runApp({QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Stalled"),
                QStringLiteral("--reason"), QStringLiteral("reader tries"), QStringLiteral("--db"),
                loginAs(m_reader)});
    QVERIFY2(run.exitCode != 0, qPrintable(run.out));
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(QLatin1String("summit-brief: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("refused the change")), qPrintable(run.err));
    const Run editor =
        runApp({QStringLiteral("status"), QStringLiteral("RE-01"), QStringLiteral("Stalled"),
                QStringLiteral("--reason"), QStringLiteral("editor may"), QStringLiteral("--db"),
                loginAs(m_editor)});
    QVERIFY2(editor.exitCode == 0, qPrintable(editor.err));
    QCOMPARE(editor.out.count(QLatin1Char('\n')), 1);
}

void TestTeamRoles::readerExportsAPackWithoutAWarning()
{
    auto reader = openAs(m_reader);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reader.html"));
    QString error;
    QString logWarning;
    int pages = 0;
    QVERIFY2(
        exportPack(*reader, PackOptions(), path, PackFormat::Html, &error, &pages, &logWarning),
        qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 0);
    // The reader role may not write the log, and could not fix that: no warning.
    QVERIFY2(logWarning.isEmpty(), qPrintable(logWarning));
}

void TestTeamRoles::editorChangesStatusButCannotRewriteHistory()
{
    auto editor = openAs(m_editor);
    const Issue issue = *editor->issues().byCode(QStringLiteral("DR-01"));
    const Status to = issue.status == Status::Converging ? Status::Agreed : Status::Converging;
    editor->issues().changeStatus(issue.id, to, issue.version, QStringLiteral("editor moves it"));
    const QList<StatusChange> history = editor->history().forIssue(issue.id);
    QCOMPARE(history.last().to, to);
    QCOMPARE(history.last().changedBy, m_editor);
    const QSqlDatabase db = editor->database();
    for (const QString &sql :
         {QStringLiteral("UPDATE status_change SET reason = 'rewritten' WHERE id = %1"),
          QStringLiteral("DELETE FROM status_change WHERE id = %1"),
          QStringLiteral("UPDATE status_day SET changes = 0"),
          QStringLiteral("DELETE FROM status_day_group")}) {
        QSqlQuery query(db);
        QVERIFY2(!query.exec(
                     QString(sql).replace(QLatin1String("%1"), QString::number(history.last().id))),
                 qPrintable(sql));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
        const StoreError error = Sql::errorFrom(db.driver(), query.lastError(), QString());
        QVERIFY2(error.kind() == StoreError::Kind::Denied, qPrintable(error.message()));
    }
    const QList<StatusChange> after = editor->history().forIssue(issue.id);
    QCOMPARE(after.size(), history.size());
    QCOMPARE(after.last().reason, QStringLiteral("editor moves it"));
}

void TestTeamRoles::ownerCannotRewriteHistoryEither()
{
    Store owner;
    owner.open(m_summit->location());
    const QSqlDatabase db = owner.database();
    const qint64 entries = owner.history().count();
    const qint64 first =
        Sql::scalar(db, QStringLiteral("SELECT MIN(id) FROM status_change")).toLongLong();
    for (const QString &sql :
         {QStringLiteral("UPDATE status_change SET reason = 'rewritten' WHERE id = %1"),
          QStringLiteral("DELETE FROM status_change WHERE id = %1"),
          QStringLiteral("TRUNCATE status_change CASCADE")}) {
        const std::optional<StoreError> error = errorOf([&] {
            Sql::exec(db, QString(sql).replace(QLatin1String("%1"), QString::number(first)));
        });
        QVERIFY2(error, qPrintable(sql));
        QVERIFY2(error->message().contains(QLatin1String("append-only")),
                 qPrintable(error->message()));
    }
    QCOMPARE(owner.history().count(), entries);
}

QTEST_MAIN(TestTeamRoles)
#include "test_team_roles.moc"
