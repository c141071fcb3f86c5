// A second Summit Brief for the two-process tests: opens the database and
// changes one issue's status, the way another person's copy would.
//   tracking_writer DB CODE loop N LABEL   waits for "go" on stdin, then makes N
//                                          status changes, re-reading and trying
//                                          again whenever a colleague was first
//   tracking_writer DB CODE hold           reads the version, prints "read V",
//                                          waits for a line on stdin, then tries
//                                          to change the status with version V
//   tracking_writer DB CODE once STATUS    one status change from a fresh read
//   tracking_writer DB - open              prints "ready", waits for a line, opens
//                                          (upgrading) the file and prints
//                                          "opened VERSION BACKUP" (BACKUP "-" if
//                                          this process made none)
// Exit status: 0 done, 3 refused as stale ("conflict <status now>"), 1 error.
#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString waitForLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

Status next(Status status)
{
    return Status((int(status) + 1) % int(StatusText::all().size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: tracking_writer DB CODE loop|hold|once ..." << Qt::endl;
        return 1;
    }
    const QString mode = args.at(3);
    try {
        if (mode == QLatin1String("open")) {
            out() << "ready" << Qt::endl;
            waitForLine();
            Store store;
            store.open(args.at(1), Store::OpenMode::ExistingOnly);
            const QString backup = store.lastBackupPath();
            out() << "opened " << store.schemaVersion() << ' '
                  << (backup.isEmpty() ? QStringLiteral("-") : backup) << Qt::endl;
            return 0;
        }
        Store store;
        store.setUserName(QStringLiteral("writer-%1").arg(QCoreApplication::applicationPid()));
        store.open(args.at(1), Store::OpenMode::ExistingOnly);
        const auto issue = [&] {
            const std::optional<Issue> found = store.issues().byCode(args.at(2));
            if (!found)
                throw StoreError(StoreError::Kind::NotFound, QStringLiteral("no such issue"));
            return *found;
        };

        if (mode == QLatin1String("loop") && args.size() >= 6) {
            const int count = args.at(4).toInt();
            const QString label = args.at(5);
            out() << "ready" << Qt::endl;
            waitForLine();
            int conflicts = 0;
            for (int i = 0; i < count; ++i) {
                for (;;) {
                    const Issue current = issue();
                    try {
                        store.issues().changeStatus(current.id, next(current.status),
                                                    current.version,
                                                    QStringLiteral("%1 #%2").arg(label).arg(i));
                        break;
                    } catch (const StoreError &error) {
                        if (error.kind() != StoreError::Kind::Conflict)
                            throw;
                        ++conflicts; // a colleague was first: read again and retry
                    }
                }
            }
            out() << "done " << conflicts << Qt::endl;
            return 0;
        }
        if (mode == QLatin1String("hold")) {
            const Issue seen = issue();
            out() << "read " << seen.version << Qt::endl;
            waitForLine();
            try {
                store.issues().changeStatus(seen.id, Status::Stalled, seen.version,
                                            QStringLiteral("held"));
            } catch (const StoreError &error) {
                if (error.kind() != StoreError::Kind::Conflict)
                    throw;
                const std::optional<Status> now = StatusText::fromInt(error.currentValue().toInt());
                out() << "conflict " << (now ? StatusText::key(*now) : QString()) << Qt::endl;
                return 3;
            }
            out() << "done" << Qt::endl;
            return 0;
        }
        if (mode == QLatin1String("once") && args.size() >= 5) {
            const std::optional<Status> to = StatusText::fromKey(args.at(4));
            if (!to)
                throw StoreError(StoreError::Kind::Invalid, QStringLiteral("unknown status"));
            const Issue current = issue();
            store.issues().changeStatus(current.id, *to, current.version, QStringLiteral("once"));
            out() << "done" << Qt::endl;
            return 0;
        }
        QTextStream(stderr) << "tracking_writer: unknown mode " << mode << Qt::endl;
        return 1;
    } catch (const StoreError &error) {
        QTextStream(stderr) << "tracking_writer: " << error.message() << Qt::endl;
        return 1;
    }
}
