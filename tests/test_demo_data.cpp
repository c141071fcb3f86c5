#include "TestSupport.h"

#include "io/DemoScenario.h"
#include "store/ActorRepository.h"
#include "store/EventRepository.h"
#include "store/HistoryRepository.h"
#include "store/IndicatorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A record taken from the article names it first ("seed article ¶2: ..."); one
// that is not says so first ("illustrative – not in the article; ...") and may
// name the passage it was drawn from later.
bool citesArticle(const QString &source)
{
    return source.trimmed().startsWith(QLatin1String("seed article"));
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void hasEnoughOfEverything();
    void everyIssueHasBothSides();
    void everyRecordIsSourced();
    void unsourcedRecordsAreIllustrative();
    void namedPeopleArePresent();
    void summitSettings();
    void everyIssueHasScaleLabels();

    void writingOverAnExistingFile_data();
    void writingOverAnExistingFile();
    void writingWhereItCannotLeavesNothing_data();
    void writingWhereItCannotLeavesNothing();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.db"));
    QString error;
    QVERIFY2(DemoScenario::write(path, false, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(entriesOf(m_dir.path()), QStringList{QStringLiteral("demo.db")});
    m_store.open(path, Store::OpenMode::ExistingOnly);
    QCOMPARE(m_store.schemaVersion(), Store::latestSchemaVersion());
}

void TestDemoData::hasEnoughOfEverything()
{
    QVERIFY2(m_store.issues().count() >= 8, qPrintable(QString::number(m_store.issues().count())));
    QVERIFY2(m_store.actors().all().size() >= 15,
             qPrintable(QString::number(m_store.actors().all().size())));
    QVERIFY(m_store.events().all().size() >= 2);
    QVERIFY(!m_store.indicators().all().isEmpty());
    QVERIFY(m_store.positions().count() >= 2 * m_store.issues().count());
    // Every issue carries its preparation history: dated before the summit, a
    // chain from its first status to its current one, so the burn-down has days.
    QSet<QDate> days;
    for (const Issue &issue : m_store.issues().all()) {
        const QList<StatusChange> history = m_store.history().forIssue(issue.id);
        QVERIFY2(!history.isEmpty(), qPrintable(issue.code));
        QVERIFY(!history.first().from.has_value());
        QCOMPARE(history.last().to, issue.status);
        for (const StatusChange &change : history) {
            QVERIFY2(change.changedAt.date() < m_store.settings().summit().start,
                     qPrintable(issue.code));
            QVERIFY(!change.reason.isEmpty());
            days.insert(change.changedAt.date());
        }
    }
    QVERIFY(days.size() >= 10);
}

void TestDemoData::everyIssueHasBothSides()
{
    for (const Issue &issue : m_store.issues().all()) {
        bool eu = false;
        bool china = false;
        for (const Position &position : m_store.positions().forIssue(issue.id)) {
            eu = eu || position.actorBloc == QLatin1String("EU");
            china = china || position.actorBloc == QLatin1String("China");
        }
        QVERIFY2(eu, qPrintable(issue.code + QStringLiteral(": no EU position")));
        QVERIFY2(china, qPrintable(issue.code + QStringLiteral(": no Chinese position")));
    }
}

void TestDemoData::everyRecordIsSourced()
{
    for (const Issue &issue : m_store.issues().all()) {
        QVERIFY2(!issue.source.trimmed().isEmpty(), qPrintable(issue.code));
        for (const Position &position : m_store.positions().forIssue(issue.id))
            QVERIFY2(!position.source.trimmed().isEmpty(),
                     qPrintable(issue.code + QLatin1Char(' ') + position.actorName));
    }
    for (const Actor &actor : m_store.actors().all())
        QVERIFY2(!actor.source.trimmed().isEmpty(), qPrintable(actor.name));
    for (const Event &event : m_store.events().all())
        QVERIFY2(!event.source.trimmed().isEmpty(), qPrintable(event.title));
    for (const Indicator &indicator : m_store.indicators().all())
        QVERIFY2(!indicator.source.trimmed().isEmpty(), qPrintable(indicator.name));
}

void TestDemoData::unsourcedRecordsAreIllustrative()
{
    int cited = 0;
    int illustrative = 0;
    QStringList unflagged;
    const auto check = [&](const QString &what, const QString &source, bool flagged) {
        cited += citesArticle(source) ? 1 : 0;
        illustrative += flagged ? 1 : 0;
        if (!citesArticle(source) && !flagged)
            unflagged.append(what);
    };
    for (const Issue &issue : m_store.issues().all()) {
        check(issue.code, issue.source, issue.illustrative);
        for (const Position &position : m_store.positions().forIssue(issue.id))
            check(issue.code + QLatin1Char(' ') + position.actorName, position.source,
                  position.illustrative);
    }
    for (const Actor &actor : m_store.actors().all())
        check(actor.name, actor.source, actor.illustrative);
    for (const Event &event : m_store.events().all())
        check(event.title, event.source, event.illustrative);
    for (const Indicator &indicator : m_store.indicators().all())
        check(indicator.name, indicator.source, indicator.illustrative);
    QVERIFY2(unflagged.isEmpty(),
             qPrintable(QStringLiteral("not from the article, not flagged illustrative: ") +
                        unflagged.join(QStringLiteral(", "))));
    // Both kinds are present, so the rule above was exercised both ways.
    QVERIFY(cited > 0);
    QVERIFY(illustrative > 0);
    bool illustrativeIndicator = false;
    for (const Indicator &indicator : m_store.indicators().all())
        illustrativeIndicator =
            illustrativeIndicator || (indicator.illustrative && !citesArticle(indicator.source));
    QVERIFY(illustrativeIndicator);
}

void TestDemoData::namedPeopleArePresent()
{
    const std::optional<Actor> sejourne =
        m_store.actors().byName(QStringLiteral("Stéphane Séjourné"));
    QVERIFY(sejourne);
    QCOMPARE(sejourne->bloc, QStringLiteral("EU"));
    bool wangYi = false;
    for (const Actor &actor : m_store.actors().all()) {
        if (actor.name.contains(QStringLiteral("王毅"))) {
            wangYi = true;
            QCOMPARE(actor.bloc, QStringLiteral("China"));
        }
    }
    QVERIFY(wangYi);
    for (const QString &name :
         {QStringLiteral("Kaja Kallas"), QStringLiteral("Ursula von der Leyen"),
          QStringLiteral("Antonio Costa")})
        QVERIFY2(m_store.actors().byName(name), qPrintable(name));
}

void TestDemoData::summitSettings()
{
    const SummitInfo info = m_store.settings().summit();
    QVERIFY(!info.name.isEmpty());
    QCOMPARE(info.place, QStringLiteral("Beijing"));
    QCOMPARE(info.start, QDate(2025, 7, 24));
    QCOMPARE(info.end, QDate(2025, 7, 25));
    QVERIFY(!info.classification.isEmpty());
    bool summitEvent = false;
    for (const Event &event : m_store.events().all())
        summitEvent = summitEvent || (event.startsOn == info.start && event.endsOn == info.end &&
                                      event.place == info.place);
    QVERIFY(summitEvent);
}

void TestDemoData::everyIssueHasScaleLabels()
{
    for (const Issue &issue : m_store.issues().all()) {
        QVERIFY2(!issue.scaleLow.trimmed().isEmpty(), qPrintable(issue.code));
        QVERIFY2(!issue.scaleHigh.trimmed().isEmpty(), qPrintable(issue.code));
        QVERIFY2(issue.scaleLow != issue.scaleHigh, qPrintable(issue.code));
    }
}

void TestDemoData::writingOverAnExistingFile_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<bool>("replace");
    QTest::newRow("text file") << QStringLiteral("text") << false;
    QTest::newRow("text file, replace") << QStringLiteral("text") << true;
    QTest::newRow("edited demo database") << QStringLiteral("demo") << false;
    QTest::newRow("edited demo database, replace") << QStringLiteral("demo") << true;
    QTest::newRow("database with stale WAL files, replace") << QStringLiteral("stale-wal") << true;
}

void TestDemoData::writingOverAnExistingFile()
{
    QFETCH(QString, existing);
    QFETCH(bool, replace);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("brief.db"));
    QString error;
    if (existing == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
    } else {
        QVERIFY2(DemoScenario::write(path, false, &error), qPrintable(error));
        Store store;
        store.open(path, Store::OpenMode::ExistingOnly);
        Issue extra;
        extra.code = QStringLiteral("EXTRA-01");
        extra.title = QStringLiteral("Added after the demo was written");
        store.issues().insert(extra);
    }
    if (existing == QLatin1String("stale-wal")) {
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile file(path + suffix);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("stale");
        }
    }

    const QStringList entriesBefore = entriesOf(dir.path());
    const QByteArray before = TestSupport::fileHash(path);
    QString backup;
    const bool written = DemoScenario::write(path, replace, &error, &backup);
    // Only a Summit Brief database is replaced, and only when asked; a refusal
    // names the file and leaves it as it was.
    if (!replace || existing == QLatin1String("text")) {
        QVERIFY(!written);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QCOMPARE(TestSupport::fileHash(path), before);
        QCOMPARE(entriesOf(dir.path()), entriesBefore);
        return;
    }
    QVERIFY2(written, qPrintable(error));
    // The replaced database is kept in a backup named as the store names them.
    QVERIFY(!backup.isEmpty());
    QCOMPARE(Store::backupsOf(path), QStringList{backup});
    QCOMPARE(entriesOf(dir.path()),
             (QStringList{QStringLiteral("brief.db"), QFileInfo(backup).fileName()}));
    {
        Store old;
        old.open(backup, Store::OpenMode::ReadOnly);
        QVERIFY(old.issues().byCode(QStringLiteral("EXTRA-01")));
    }
    Store store;
    store.open(path, Store::OpenMode::ExistingOnly);
    QVERIFY(!store.issues().byCode(QStringLiteral("EXTRA-01")));
    QCOMPARE(store.issues().count(), m_store.issues().count());
    QCOMPARE(store.actors().all().size(), m_store.actors().all().size());
    QCOMPARE(store.settings().summit().place, QStringLiteral("Beijing"));
}

void TestDemoData::writingWhereItCannotLeavesNothing_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("setup");
    QTest::newRow("missing folder") << QStringLiteral("missing/demo.db") << QString();
    QTest::newRow("folder is a file")
        << QStringLiteral("notes.txt/demo.db") << QStringLiteral("file");
    QTest::newRow("read-only folder")
        << QStringLiteral("locked/demo.db") << QStringLiteral("read-only");
}

void TestDemoData::writingWhereItCannotLeavesNothing()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(relativePath);
    const QString folder = QFileInfo(path).absolutePath();
    if (setup == QLatin1String("file")) {
        QFile file(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("notes\n");
    } else if (setup == QLatin1String("read-only")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("this account can write into a read-only folder (root)");
        }
    }
    const QStringList before = entriesOf(dir.path());

    QString error;
    const bool written = DemoScenario::write(path, false, &error);
    const QStringList inFolder = QFileInfo(folder).isDir() ? entriesOf(folder) : QStringList();
    if (setup == QLatin1String("read-only"))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QCOMPARE(entriesOf(dir.path()), before);
    QVERIFY(inFolder.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "test_demo_data.moc"
