#include "TestSupport.h"

#include "commands/AddLinkCommand.h"
#include "commands/RemoveLinkCommand.h"
#include "store/IssueRepository.h"
#include "store/LinkRepository.h"
#include "store/Store.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

Q_DECLARE_METATYPE(LinkKind)

namespace {

std::optional<StoreError> addError(Store &store, qint64 from, qint64 to, LinkKind kind)
{
    IssueLink link;
    link.fromIssue = from;
    link.toIssue = to;
    link.kind = kind;
    try {
        LinkRepository(store).add(link);
    } catch (const StoreError &error) {
        return error;
    }
    return std::nullopt;
}

} // namespace

class TestLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void labelsReadFromEachEnd_data();
    void labelsReadFromEachEnd();
    void symmetricLinksAreStoredOnce();
    void refusals();
    void removeAndSignals();
    void addLinkCommandUndoRedo();
    void addLinkCommandRefusedIsDropped();
    void addLinkUndoAfterAColleagueRemovedIt();
    void removeLinkCommandRestoresTheLinkAsItWas();

private:
    qint64 id(const QString &code) { return m_store->issues().byCode(code)->id; }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestLinks::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_store = m_db->open(true);
    // These tests count links from none; the demo's own links are not their subject.
    for (const IssueLink &link : LinkRepository(*m_store).all())
        LinkRepository(*m_store).remove(link.id);
}

void TestLinks::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestLinks::labelsReadFromEachEnd_data()
{
    QTest::addColumn<LinkKind>("kind");
    QTest::addColumn<QString>("fromLabel");
    QTest::addColumn<QString>("toLabel");
    QTest::newRow("blocks") << LinkKind::Blocks << QStringLiteral("blocks")
                            << QStringLiteral("is blocked by");
    QTest::newRow("relates") << LinkKind::Relates << QStringLiteral("relates to")
                             << QStringLiteral("relates to");
    QTest::newRow("tradeoff") << LinkKind::Tradeoff << QStringLiteral("trade-off with")
                              << QStringLiteral("trade-off with");
}

void TestLinks::labelsReadFromEachEnd()
{
    QFETCH(LinkKind, kind);
    QFETCH(QString, fromLabel);
    QFETCH(QString, toLabel);
    LinkRepository links(*m_store);
    // From the later issue to the earlier one, so a symmetric link is turned round.
    IssueLink link;
    link.fromIssue = id(QStringLiteral("SC-01"));
    link.toIssue = id(QStringLiteral("RE-01"));
    link.kind = kind;
    links.add(link);
    QVERIFY(link.id > 0);
    QCOMPARE(link.createdBy, QStringLiteral("desk.officer"));
    QVERIFY(link.createdAt.isValid());

    const QList<LinkedIssue> fromSide = links.forIssue(id(QStringLiteral("SC-01")));
    QCOMPARE(fromSide.size(), 1);
    QCOMPARE(fromSide.first().otherCode, QStringLiteral("RE-01"));
    QCOMPARE(fromSide.first().otherIssueId, id(QStringLiteral("RE-01")));
    QCOMPARE(fromSide.first().label, fromLabel);
    const QList<LinkedIssue> toSide = links.forIssue(id(QStringLiteral("RE-01")));
    QCOMPARE(toSide.size(), 1);
    QCOMPARE(toSide.first().otherCode, QStringLiteral("SC-01"));
    QCOMPARE(toSide.first().label, toLabel);
    QCOMPARE(toSide.first().otherTitle, m_store->issues().byCode(QStringLiteral("SC-01"))->title);
    QVERIFY(links.forIssue(id(QStringLiteral("TR-01"))).isEmpty());
    QCOMPARE(links.find(id(QStringLiteral("SC-01")), id(QStringLiteral("RE-01")), kind)->id,
             link.id);
}

void TestLinks::symmetricLinksAreStoredOnce()
{
    LinkRepository links(*m_store);
    const qint64 a = id(QStringLiteral("RE-01"));
    const qint64 b = id(QStringLiteral("RE-02"));
    QVERIFY(!addError(*m_store, a, b, LinkKind::Relates));
    const std::optional<StoreError> again = addError(*m_store, b, a, LinkKind::Relates);
    QVERIFY(again);
    QCOMPARE(again->kind(), StoreError::Kind::Invalid);
    QVERIFY2(again->message().contains(QLatin1String("RE-01")), qPrintable(again->message()));
    // Other kinds between the same two issues are separate links.
    QVERIFY(!addError(*m_store, b, a, LinkKind::Tradeoff));
    QVERIFY(!addError(*m_store, b, a, LinkKind::Blocks));
    QCOMPARE(links.count(), 3);
    QCOMPARE(links.forIssue(a).size(), 3);
    QVERIFY(links.find(b, a, LinkKind::Relates));
    QVERIFY(!links.find(a, b, LinkKind::Blocks));
    QVERIFY(links.find(b, a, LinkKind::Blocks));
}

void TestLinks::refusals()
{
    const qint64 a = id(QStringLiteral("RE-01"));
    const qint64 b = id(QStringLiteral("RE-02"));
    QVERIFY(!addError(*m_store, a, b, LinkKind::Blocks));
    const QByteArray hash = TestSupport::contentHash(*m_store);

    std::optional<StoreError> error = addError(*m_store, a, a, LinkKind::Relates);
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    error = addError(*m_store, a, b, LinkKind::Blocks);
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::Invalid);
    error = addError(*m_store, b, a, LinkKind::Blocks);
    QVERIFY(error);
    QVERIFY2(error->message().contains(QLatin1String("RE-01 already blocks RE-02")),
             qPrintable(error->message()));
    error = addError(*m_store, a, 999999, LinkKind::Relates);
    QVERIFY(error);
    QCOMPARE(error->kind(), StoreError::Kind::NotFound);
    QCOMPARE(TestSupport::contentHash(*m_store), hash);
}

void TestLinks::removeAndSignals()
{
    LinkRepository links(*m_store);
    QSignalSpy changed(m_store.get(), &Store::linksChanged);
    IssueLink link;
    link.fromIssue = id(QStringLiteral("DR-01"));
    link.toIssue = id(QStringLiteral("DR-02"));
    link.kind = LinkKind::Blocks;
    links.add(link);
    QCOMPARE(changed.count(), 2);
    QSet<qint64> announced{changed.at(0).at(0).toLongLong(), changed.at(1).at(0).toLongLong()};
    QCOMPARE(announced, (QSet<qint64>{link.fromIssue, link.toIssue}));
    links.remove(link.id);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(links.count(), 0);
    try {
        links.remove(link.id);
        QFAIL("a missing link was removed");
    } catch (const StoreError &error) {
        QCOMPARE(error.kind(), StoreError::Kind::NotFound);
    }
}

void TestLinks::addLinkCommandUndoRedo()
{
    QUndoStack stack;
    LinkRepository links(*m_store);
    const qint64 a = id(QStringLiteral("MG-01"));
    const qint64 b = id(QStringLiteral("CR-01"));
    auto *command = new AddLinkCommand(*m_store, a, b, LinkKind::Tradeoff);
    stack.push(command);
    QCOMPARE(stack.count(), 1);
    QVERIFY2(stack.text(0).contains(QLatin1String("MG-01")) &&
                 stack.text(0).contains(QLatin1String("CR-01")),
             qPrintable(stack.text(0)));
    QVERIFY(links.find(a, b, LinkKind::Tradeoff));
    stack.undo();
    QCOMPARE(links.count(), 0);
    stack.redo();
    QVERIFY(links.find(b, a, LinkKind::Tradeoff));
    QCOMPARE(command->linkId(), links.find(a, b, LinkKind::Tradeoff)->id);
}

void TestLinks::addLinkCommandRefusedIsDropped()
{
    QUndoStack stack;
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    const qint64 a = id(QStringLiteral("MG-01"));
    const QByteArray hash = TestSupport::contentHash(*m_store);
    stack.push(new AddLinkCommand(*m_store, a, a, LinkKind::Relates));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(TestSupport::contentHash(*m_store), hash);
}

void TestLinks::addLinkUndoAfterAColleagueRemovedIt()
{
    QUndoStack stack;
    const qint64 a = id(QStringLiteral("IR-01"));
    const qint64 b = id(QStringLiteral("NP-01"));
    stack.push(new AddLinkCommand(*m_store, a, b, LinkKind::Relates));
    {
        Store colleague;
        colleague.open(m_db->path());
        LinkRepository theirs(colleague);
        theirs.remove(theirs.find(a, b, LinkKind::Relates)->id);
    }
    QSignalSpy errors(m_store.get(), &Store::errorOccurred);
    stack.undo();
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QLatin1String("removed")),
             qPrintable(errors.first().at(0).toString()));
}

void TestLinks::removeLinkCommandRestoresTheLinkAsItWas()
{
    LinkRepository links(*m_store);
    IssueLink link;
    link.fromIssue = id(QStringLiteral("RE-03"));
    link.toIssue = id(QStringLiteral("SR-01"));
    link.kind = LinkKind::Blocks;
    link.createdBy = QStringLiteral("colleague");
    link.createdAt = QDateTime(QDate(2025, 7, 1), QTime(9, 30), QTimeZone::utc());
    links.add(link);

    QUndoStack stack;
    stack.push(new RemoveLinkCommand(*m_store, link.id));
    QCOMPARE(stack.count(), 1);
    QVERIFY2(stack.text(0).contains(QLatin1String("RE-03")), qPrintable(stack.text(0)));
    QCOMPARE(links.count(), 0);
    stack.undo();
    const std::optional<IssueLink> back = links.find(link.fromIssue, link.toIssue, link.kind);
    QVERIFY(back);
    QCOMPARE(back->createdBy, QStringLiteral("colleague"));
    QCOMPARE(back->createdAt, link.createdAt);
    QCOMPARE(back->fromIssue, link.fromIssue); // the direction of "blocks" is kept
    stack.redo();
    QCOMPARE(links.count(), 0);
}

QTEST_GUILESS_MAIN(TestLinks)
#include "test_links.moc"
