#include "TestSupport.h"

#include "commands/ChangeStatusCommand.h"
#include "commands/SetIssueFieldCommand.h"
#include "commands/SetPositionFieldCommand.h"
#include "commands/SetSummitPropertiesCommand.h"
#include "store/HistoryRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setIssueFieldRedoUndoRedo();
    void setIssueFieldEveryKindOfValue();
    void userTextRoundTrips_data();
    void userTextRoundTrips();
    void invalidValueIsRefused();
    void conflictOnFirstRedo();
    void conflictOnUndo();
    void conflictOnLaterRedo();
    void changeStatusAppendsHistory();
    void changeStatusWithoutReasonIsRefused();
    void changeStatusConflict();
    void setPositionFieldRedoUndoRedo();
    void setPositionFieldConflict();
    void summitPropertiesAreOneUndoStep();
    void summitPropertiesConflict();

private:
    Issue issue(const QString &code) { return *m_store->issues().byCode(code); }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestCommands::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
}

void TestCommands::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestCommands::setIssueFieldRedoUndoRedo()
{
    const Issue before = issue(QStringLiteral("RE-01"));
    QUndoStack stack;
    QSignalSpy changed(m_store.get(), &Store::issueChanged);
    stack.push(new SetIssueFieldCommand(*m_store, before.id, IssueField::Title, before.title,
                                        QStringLiteral("New title"), before.version));
    QCOMPARE(stack.count(), 1);
    QVERIFY(stack.text(0).contains(QStringLiteral("RE-01")));
    QCOMPARE(m_store->issues().byId(before.id)->title, QStringLiteral("New title"));
    QCOMPARE(m_store->issues().byId(before.id)->version, before.version + 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), before.id);

    stack.undo();
    QCOMPARE(m_store->issues().byId(before.id)->title, before.title);
    QCOMPARE(m_store->issues().byId(before.id)->version, before.version + 2);
    stack.redo();
    QCOMPARE(m_store->issues().byId(before.id)->title, QStringLiteral("New title"));
    stack.undo();
    QCOMPARE(m_store->issues().byId(before.id)->title, before.title);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(changed.count(), 4);
}

void TestCommands::setIssueFieldEveryKindOfValue()
{
    const Issue before = issue(QStringLiteral("DR-02"));
    QUndoStack stack;
    stack.push(new SetIssueFieldCommand(*m_store, before.id, IssueField::Priority,
                                        int(before.priority), int(Priority::Low), before.version));
    stack.push(new SetIssueFieldCommand(*m_store, before.id, IssueField::DueDate, before.dueDate,
                                        QDate(), before.version + 1));
    stack.push(new SetIssueFieldCommand(*m_store, before.id, IssueField::Owner, before.owner,
                                        QStringLiteral("Zoë"), before.version + 2));
    stack.push(new SetIssueFieldCommand(*m_store, before.id, IssueField::LinesToTake,
                                        before.linesToTake, QStringLiteral("Hold the line."),
                                        before.version + 3));
    QCOMPARE(stack.count(), 4);
    Issue now = *m_store->issues().byId(before.id);
    QCOMPARE(now.priority, Priority::Low);
    QVERIFY(!now.dueDate.isValid());
    QCOMPARE(now.owner, QStringLiteral("Zoë"));
    QCOMPARE(now.linesToTake, QStringLiteral("Hold the line."));

    while (stack.canUndo())
        stack.undo();
    now = *m_store->issues().byId(before.id);
    QCOMPARE(now.priority, before.priority);
    QCOMPARE(now.dueDate, before.dueDate);
    QCOMPARE(now.owner, before.owner);
    QCOMPARE(now.linesToTake, before.linesToTake);
    QCOMPARE(stack.count(), 4);
    while (stack.canRedo())
        stack.redo();
    now = *m_store->issues().byId(before.id);
    QCOMPARE(now.priority, Priority::Low);
    QVERIFY(!now.dueDate.isValid());
    QCOMPARE(now.linesToTake, QStringLiteral("Hold the line."));
}

void TestCommands::userTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes") << QStringLiteral("It's \"non-negotiable\"; they said '--'");
    QTest::newRow("accents") << QStringLiteral("Stéphane Séjourné: « coopération »");
    QTest::newRow("chinese") << QStringLiteral("王毅会见欧盟代表");
    QTest::newRow("sql") << QStringLiteral("x'); DROP TABLE issue; --");
    QTest::newRow("markup") << QStringLiteral("<img src=/etc/passwd> & 100%_");
    QTest::newRow("lines") << QStringLiteral("first line\nsecond line\ttab");
}

void TestCommands::userTextRoundTrips()
{
    QFETCH(QString, text);
    const Issue before = issue(QStringLiteral("IR-01"));
    const Position position = m_store->positions().forIssue(before.id).first();
    QUndoStack stack;
    stack.push(new SetIssueFieldCommand(*m_store, before.id, IssueField::Background,
                                        before.background, text, before.version));
    stack.push(new SetPositionFieldCommand(*m_store, position.id, PositionField::Stance,
                                           position.stance, text, position.version));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(m_store->issues().byId(before.id)->background, text);
    QCOMPARE(m_store->positions().byId(position.id)->stance, text);
    stack.undo();
    stack.undo();
    QCOMPARE(m_store->issues().byId(before.id)->background, before.background);
    QCOMPARE(m_store->positions().byId(position.id)->stance, position.stance);
    stack.redo();
    QCOMPARE(m_store->issues().byId(before.id)->background, text);
    QCOMPARE(m_store->issues().count(), 12);
}

void TestCommands::invalidValueIsRefused()
{
    const Issue before = issue(QStringLiteral("RE-02"));
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new SetIssueFieldCommand(*m_store, before.id, IssueField::Title, before.title,
                                        QString(), before.version));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(stack.count(), 0); // obsolete: the stack dropped it
    QCOMPARE(m_store->issues().byId(before.id)->title, before.title);

    const Position position = m_store->positions().forIssue(before.id).first();
    stack.push(new SetPositionFieldCommand(*m_store, position.id, PositionField::Salience,
                                           position.salience, 101, position.version));
    QCOMPARE(errors.count(), 2);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_store->positions().byId(position.id)->salience, position.salience);
}

// A colleague's store on the same file changes the row after this one read it.
void TestCommands::conflictOnFirstRedo()
{
    auto colleague = m_db->open();
    const Issue seen = issue(QStringLiteral("RE-01"));
    colleague->issues().setField(seen.id, IssueField::Title, QStringLiteral("Colleague's title"),
                                 seen.version);

    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new SetIssueFieldCommand(*m_store, seen.id, IssueField::Title, seen.title,
                                        QStringLiteral("My title"), seen.version));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.first().at(0).toString().isEmpty());
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canUndo());
    QCOMPARE(m_store->issues().byId(seen.id)->title, QStringLiteral("Colleague's title"));
    QCOMPARE(colleague->issues().byId(seen.id)->title, QStringLiteral("Colleague's title"));
}

void TestCommands::conflictOnUndo()
{
    auto colleague = m_db->open();
    const Issue seen = issue(QStringLiteral("RE-01"));
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new SetIssueFieldCommand(*m_store, seen.id, IssueField::Category, seen.category,
                                        QStringLiteral("Mine"), seen.version));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(errors.count(), 0);
    const Issue mine = *colleague->issues().byId(seen.id);
    QCOMPARE(mine.category, QStringLiteral("Mine"));
    colleague->issues().setField(seen.id, IssueField::Category, QStringLiteral("Theirs"),
                                 mine.version);

    stack.undo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_store->issues().byId(seen.id)->category, QStringLiteral("Theirs"));
    // The refused command is gone, so the stack does not offer to redo it either.
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canRedo());
}

void TestCommands::conflictOnLaterRedo()
{
    auto colleague = m_db->open();
    const Issue seen = issue(QStringLiteral("TR-01"));
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new SetIssueFieldCommand(*m_store, seen.id, IssueField::Owner, seen.owner,
                                        QStringLiteral("Mine"), seen.version));
    stack.undo();
    QCOMPARE(m_store->issues().byId(seen.id)->owner, seen.owner);
    const Issue now = *colleague->issues().byId(seen.id);
    colleague->issues().setField(seen.id, IssueField::Owner, QStringLiteral("Theirs"), now.version);

    stack.redo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_store->issues().byId(seen.id)->owner, QStringLiteral("Theirs"));
    QVERIFY(!stack.canUndo());
    QVERIFY(!stack.canRedo());
}

void TestCommands::changeStatusAppendsHistory()
{
    const Issue before = issue(QStringLiteral("RE-01"));
    QCOMPARE(before.status, Status::Raised);
    const qint64 total = m_store->history().count();
    const int entries = int(m_store->history().forIssue(before.id).size());
    const QString reason = QStringLiteral("Séjourné and 王毅 agreed \"in principle\"");

    QUndoStack stack;
    stack.push(new ChangeStatusCommand(*m_store, before.id, Status::Raised, Status::InNegotiation,
                                       before.version, reason));
    QVERIFY(stack.text(0).contains(QStringLiteral("RE-01")));
    QCOMPARE(m_store->issues().byId(before.id)->status, Status::InNegotiation);
    QList<StatusChange> history = m_store->history().forIssue(before.id);
    QCOMPARE(history.size(), entries + 1);
    QCOMPARE(history.last().from, std::optional<Status>(Status::Raised));
    QCOMPARE(history.last().to, Status::InNegotiation);
    QCOMPARE(history.last().reason, reason);
    QCOMPARE(history.last().changedBy, QStringLiteral("desk.officer"));

    stack.undo();
    QCOMPARE(m_store->issues().byId(before.id)->status, Status::Raised);
    const QList<StatusChange> afterUndo = m_store->history().forIssue(before.id);
    QCOMPARE(afterUndo.size(), entries + 2);
    // The earlier entries are untouched: undo appends the reverse change.
    for (int i = 0; i < history.size(); ++i) {
        QCOMPARE(afterUndo.at(i).id, history.at(i).id);
        QCOMPARE(afterUndo.at(i).reason, history.at(i).reason);
    }
    QCOMPARE(afterUndo.last().from, std::optional<Status>(Status::InNegotiation));
    QCOMPARE(afterUndo.last().to, Status::Raised);
    QCOMPARE(afterUndo.last().reason, QStringLiteral("Undo: %1").arg(reason));
    QCOMPARE(m_store->history().count(), total + 2);

    stack.redo();
    QCOMPARE(m_store->issues().byId(before.id)->status, Status::InNegotiation);
    history = m_store->history().forIssue(before.id);
    QCOMPARE(history.size(), entries + 3);
    QCOMPARE(history.last().to, Status::InNegotiation);
    QCOMPARE(history.last().reason, reason);
    QCOMPARE(m_store->history().count(), total + 3);
}

void TestCommands::changeStatusWithoutReasonIsRefused()
{
    const Issue before = issue(QStringLiteral("SC-01"));
    const qint64 historyBefore = m_store->history().count();
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.push(new ChangeStatusCommand(*m_store, before.id, before.status, Status::Open,
                                       before.version, QString()));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QLatin1String("reason")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(m_store->issues().byId(before.id)->status, before.status);
    QCOMPARE(m_store->history().count(), historyBefore);
}

void TestCommands::changeStatusConflict()
{
    auto colleague = m_db->open();
    const Issue seen = issue(QStringLiteral("NP-01"));
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);

    // First redo with a stale version.
    const Issue now = *colleague->issues().byId(seen.id);
    colleague->issues().changeStatus(seen.id, Status::Stalled, now.version,
                                     QStringLiteral("Talks broke down"));
    const qint64 total = m_store->history().count();
    stack.push(new ChangeStatusCommand(*m_store, seen.id, seen.status, Status::Agreed, seen.version,
                                       QStringLiteral("Deal")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_store->issues().byId(seen.id)->status, Status::Stalled);
    QCOMPARE(m_store->history().count(), total);

    // Undo after the colleague moved the status on.
    const Issue fresh = *m_store->issues().byId(seen.id);
    stack.push(new ChangeStatusCommand(*m_store, seen.id, Status::Stalled, Status::Agreed,
                                       fresh.version, QStringLiteral("Deal")));
    QCOMPARE(stack.count(), 1);
    const Issue agreed = *colleague->issues().byId(seen.id);
    colleague->issues().changeStatus(seen.id, Status::Closed, agreed.version,
                                     QStringLiteral("Signed"));
    const qint64 beforeUndo = m_store->history().count();
    stack.undo();
    QCOMPARE(errors.count(), 2);
    QCOMPARE(m_store->issues().byId(seen.id)->status, Status::Closed);
    QCOMPARE(m_store->history().count(), beforeUndo);
    QCOMPARE(stack.count(), 0);
}

void TestCommands::setPositionFieldRedoUndoRedo()
{
    const Issue re01 = issue(QStringLiteral("RE-01"));
    const Position before = m_store->positions().forIssue(re01.id).first();
    QUndoStack stack;
    QSignalSpy changed(m_store.get(), &Store::positionsChanged);
    stack.push(new SetPositionFieldCommand(*m_store, before.id, PositionField::Position,
                                           before.position, 33, before.version));
    QVERIFY(stack.text(0).contains(before.actorName));
    QCOMPARE(m_store->positions().byId(before.id)->position, 33);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), re01.id);
    stack.undo();
    QCOMPARE(m_store->positions().byId(before.id)->position, before.position);
    stack.redo();
    QCOMPARE(m_store->positions().byId(before.id)->position, 33);

    stack.push(new SetPositionFieldCommand(*m_store, before.id, PositionField::Source,
                                           before.source, QStringLiteral("王毅, press briefing"),
                                           before.version + 3));
    QCOMPARE(m_store->positions().byId(before.id)->source, QStringLiteral("王毅, press briefing"));
    stack.undo();
    stack.undo();
    QCOMPARE(m_store->positions().byId(before.id)->source, before.source);
    QCOMPARE(m_store->positions().byId(before.id)->position, before.position);
}

void TestCommands::setPositionFieldConflict()
{
    auto colleague = m_db->open();
    const Issue re01 = issue(QStringLiteral("RE-01"));
    const Position seen = m_store->positions().forIssue(re01.id).first();
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    colleague->positions().setField(seen.id, PositionField::Clout, 5, seen.version);
    stack.push(new SetPositionFieldCommand(*m_store, seen.id, PositionField::Clout, seen.clout, 99,
                                           seen.version));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_store->positions().byId(seen.id)->clout, 5);

    const Position fresh = *m_store->positions().byId(seen.id);
    stack.push(new SetPositionFieldCommand(*m_store, seen.id, PositionField::Clout, fresh.clout, 99,
                                           fresh.version));
    QCOMPARE(m_store->positions().byId(seen.id)->clout, 99);
    colleague->positions().setField(seen.id, PositionField::Clout, 7, fresh.version + 1);
    stack.undo();
    QCOMPARE(errors.count(), 2);
    QCOMPARE(m_store->positions().byId(seen.id)->clout, 7);
    QCOMPARE(stack.count(), 0);
}

void TestCommands::summitPropertiesAreOneUndoStep()
{
    const SummitInfo before = m_store->settings().summit();
    SummitInfo after = before;
    after.name = QStringLiteral("EU–India summit");
    after.place = QStringLiteral("New Delhi");
    after.start = QDate(2026, 2, 10);
    after.end = QDate(2026, 2, 11);
    after.classification = QStringLiteral("EU CONFIDENTIAL");
    after.counterpartBloc = QStringLiteral("India");
    QUndoStack stack;
    QSignalSpy reset(m_store.get(), &Store::reset);
    stack.push(new SetSummitPropertiesCommand(*m_store, before, after));
    QCOMPARE(stack.count(), 1);
    QVERIFY(SetSummitPropertiesCommand::same(m_store->settings().summit(), after));
    QVERIFY(reset.count() >= 1); // the header, title and dashboard reload
    stack.undo();
    QVERIFY(SetSummitPropertiesCommand::same(m_store->settings().summit(), before));
    QCOMPARE(m_store->settings().summit().counterpartBloc, before.counterpartBloc);
    stack.redo();
    QCOMPARE(m_store->settings().summit().counterpartBloc, QStringLiteral("India"));
    QCOMPARE(m_store->settings().summit().end, QDate(2026, 2, 11));
}

void TestCommands::summitPropertiesConflict()
{
    const SummitInfo before = m_store->settings().summit();
    SummitInfo mine = before;
    mine.name = QStringLiteral("Mine");
    QUndoStack stack;
    stack.push(new SetSummitPropertiesCommand(*m_store, before, mine));
    // A colleague renames it meanwhile: undo must not put back the old name over theirs.
    SummitInfo theirs = mine;
    theirs.name = QStringLiteral("Theirs");
    m_store->settings().setSummit(theirs);
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.undo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_store->settings().summit().name, QStringLiteral("Theirs"));
    // A dialog that showed stale values is refused too.
    stack.clear();
    stack.push(new SetSummitPropertiesCommand(*m_store, before, mine));
    QCOMPARE(errors.count(), 2);
    QCOMPARE(m_store->settings().summit().name, QStringLiteral("Theirs"));
    QCOMPARE(stack.count(), 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "test_commands.moc"
