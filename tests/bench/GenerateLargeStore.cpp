// summit-generate: writes a large database for benchmarks and manual scale checks.
#include "LargeStoreGenerator.h"

#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GenerateLargeStore", text);
}

// Reads a positive integer option; 0 is allowed only where `allowZero`.
bool readCount(const QCommandLineParser &parser, const QString &name, bool allowZero, int *value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int number = parser.value(name).toInt(&ok);
    if (!ok || number < (allowZero ? 0 : 1))
        return false;
    *value = number;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("summit-generate"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a Summit Brief database of generated issues and positions for benchmarks."));
    parser.addHelpOption();
    const QString issuesName = QStringLiteral("issues");
    const QString positionsName = QStringLiteral("positions-per-issue");
    const QString actorsName = QStringLiteral("actors");
    const QString seedName = QStringLiteral("seed");
    const QString outName = QStringLiteral("out");
    parser.addOptions({
        {issuesName, tr("Number of issues (default 100000)."), tr("N")},
        {positionsName, tr("Positions per issue, one per actor (default 10)."), tr("K")},
        {actorsName, tr("Number of actors (default 200)."), tr("N")},
        {seedName, tr("Random seed; the same seed gives the same rows (default 2025)."), tr("S")},
        {outName, tr("Database file to write; it must not exist yet."), tr("FILE")},
    });
    parser.process(app);

    LargeStoreGenerator::Options options;
    int seed = int(options.seed);
    if (!readCount(parser, issuesName, false, &options.issues) ||
        !readCount(parser, positionsName, true, &options.positionsPerIssue) ||
        !readCount(parser, actorsName, false, &options.actors) ||
        !readCount(parser, seedName, true, &seed)) {
        err << tr("summit-generate: --issues and --actors take a number of at least 1, "
                  "--positions-per-issue and --seed a number of at least 0.")
            << Qt::endl;
        return 2;
    }
    options.seed = quint32(seed);
    const QString path = parser.value(outName);
    if (path.isEmpty()) {
        err << tr("summit-generate: --out FILE is required.") << Qt::endl;
        return 2;
    }

    try {
        const LargeStoreGenerator::Result result = LargeStoreGenerator::generate(path, options);
        out << tr("Wrote %1: %2 issues, %3 positions, %4 actors, %5 status changes in %6 ms.")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(result.issues)
                   .arg(result.positions)
                   .arg(result.actors)
                   .arg(result.statusChanges)
                   .arg(result.elapsedMs)
            << Qt::endl;
    } catch (const StoreError &error) {
        err << tr("summit-generate: %1").arg(error.message()) << Qt::endl;
        return 1;
    }
    return 0;
}
