// How long a colleague's commit takes to reach another window: from the moment
// one Store's commit returns to the moment the other Store emits
// externalChange(), 100 times, on a team database (LISTEN/NOTIFY) and, as the
// baseline, on a SQLite file (DataVersionWatcher polling PRAGMA data_version
// every 500 ms, as the window does). Not registered with CTest.
//
//   SUMMIT_BENCH_POSTGRES=postgresql://USER@HOST:PORT/postgres
//   build/tests/bench/summit-bench-live-update [rounds]
//
// The account must be allowed to CREATE DATABASE; the benchmark's database is
// dropped at the end. Without the variable only SQLite is measured.
#include "io/DemoScenario.h"
#include "io/ScenarioImporter.h"
#include "store/DataVersionWatcher.h"
#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

bool adminExec(const StoreLocation &server, const QString &sql)
{
    const QString name = QStringLiteral("bench-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host());
        db.setPort(server.port());
        db.setUserName(server.user());
        if (!server.password().isEmpty())
            db.setPassword(server.password());
        db.setDatabaseName(server.database());
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                std::fprintf(stderr, "%s: %s\n", qPrintable(sql),
                             qPrintable(query.lastError().text()));
        } else {
            std::fprintf(stderr, "cannot connect: %s\n", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

struct Figures
{
    double medianMs = 0;
    double worstMs = 0;
    int missed = 0;
};

// `rounds` commits through `colleague`, each timed until `watched` announces it.
Figures measure(const QString &location, int rounds)
{
    auto watched = std::make_unique<Store>();
    watched->open(location, Store::OpenMode::ExistingOnly);
    auto colleague = std::make_unique<Store>();
    colleague->setUserName(QStringLiteral("colleague"));
    colleague->open(location, Store::OpenMode::ExistingOnly);
    DataVersionWatcher watcher(*watched); // the window's settings
    Issue issue = *colleague->issues().byCode(QStringLiteral("NP-01"));

    QList<double> times;
    int missed = 0;
    for (int round = 0; round < rounds; ++round) {
        // Not in step with the polling timer, as a colleague is not.
        QEventLoop settle;
        QTimer::singleShot(37 * (round % 13), &settle, &QEventLoop::quit);
        settle.exec();

        QEventLoop loop;
        QElapsedTimer clock;
        const auto announced =
            QObject::connect(watched.get(), &Store::externalChange, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        issue.version = colleague->issues().setField(
            issue.id, IssueField::Owner, QStringLiteral("desk %1").arg(round), issue.version);
        clock.start();
        loop.exec();
        const double ms = clock.nsecsElapsed() / 1e6;
        QObject::disconnect(announced);
        if (ms >= 5000)
            ++missed;
        else
            times.append(ms);
    }
    Figures figures;
    figures.missed = missed;
    if (!times.isEmpty()) {
        std::sort(times.begin(), times.end());
        figures.medianMs = times.at(times.size() / 2);
        figures.worstMs = times.last();
    }
    return figures;
}

void print(const char *backend, const Figures &figures, int rounds)
{
    std::printf("%-32s median %7.1f ms   worst %7.1f ms   (%d commits, %d not seen in 5 s)\n",
                backend, figures.medianMs, figures.worstMs, rounds, figures.missed);
}

void importDemo(const QString &location)
{
    Store store;
    store.open(location);
    ScenarioImporter importer(store);
    if (!importer.importFile(DemoScenario::resourcePath()))
        qFatal("cannot import the demo: %s", qPrintable(importer.errorString()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;

    const QString serverUrl = qEnvironmentVariable("SUMMIT_BENCH_POSTGRES");
    if (!serverUrl.isEmpty()) {
        const StoreLocation server = StoreLocation::parse(serverUrl);
        const QString name =
            QStringLiteral("summit_bench_live_%1").arg(QCoreApplication::applicationPid());
        if (!adminExec(server, QStringLiteral("CREATE DATABASE ") + name))
            return 1;
        const QString location =
            StoreLocation::teamDatabase(server.host(), server.port(), name, server.user())
                .toString();
        try {
            importDemo(location);
            print("PostgreSQL (LISTEN/NOTIFY)", measure(location, rounds), rounds);
        } catch (const StoreError &error) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        }
        adminExec(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    } else {
        std::printf("SUMMIT_BENCH_POSTGRES is not set: PostgreSQL not measured.\n");
    }

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("live.db"));
    importDemo(file);
    print("SQLite (data_version, 500 ms)", measure(file, rounds), rounds);
    return 0;
}
