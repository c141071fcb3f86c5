// summit-bench-pack-scale: how the briefing pack's time and memory grow.
//
// (a) With the number of issues: the HTML pack beside the PDF pack of the same
//     generated store at 50, 500 and 2,000 issues. Each export runs in a fresh
//     process of this program (--child), so its peak resident memory (VmHWM) is
//     its own and not the high-water mark of an earlier, larger export.
// (b) With the length of one field: the PDF pack of a one-issue store whose EU
//     objective (a paragraph of the brief and a table cell of the steering note)
//     has 5,000 to 20,000 characters (FieldLimits::LongText), written as one
//     unbroken "word" and as ordinary words.
#include "BenchReport.h"
#include "LargeStoreGenerator.h"

#include "briefing/PackExport.h"
#include "domain/FieldLimits.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

namespace {

using BenchReport::loadAverage;
using BenchReport::medianOf;
using BenchReport::out;

QString tr(const char *text)
{
    return QCoreApplication::translate("PackScaleBench", text);
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// A line of /proc/self/status in kB ("VmHWM", "VmRSS"), or -1.
qint64 statusKb(const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

PackOptions benchOptions()
{
    PackOptions options;
    options.classification = QStringLiteral("EU RESTRICTED");
    options.registrationNumber = QStringLiteral("EU-SB/2025/0042");
    options.issueDate = QDate(2025, 7, 20);
    return options;
}

// --child: one export in this process; prints "wall_ms cpu_ms hwm_before_kb
// hwm_after_kb pages bytes" on one line.
int runChild(const QString &dbPath, const QString &formatName, const QString &outPath)
{
    const std::optional<PackFormat> format = packFormatFromName(formatName);
    if (!format)
        return 2;
    Store store;
    try {
        store.open(dbPath, Store::OpenMode::ExistingOnly);
    } catch (const StoreError &error) {
        out() << error.message() << Qt::endl;
        return 1;
    }
    const qint64 before = statusKb("VmHWM");
    const double cpuBefore = cpuMs();
    QElapsedTimer timer;
    timer.start();
    QString error;
    int pages = 0;
    if (!exportPack(store, benchOptions(), outPath, *format, &error, &pages)) {
        out() << error << Qt::endl;
        return 1;
    }
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = cpuMs() - cpuBefore;
    out() << wall << ' ' << cpu << ' ' << before << ' ' << statusKb("VmHWM") << ' ' << pages << ' '
          << QFileInfo(outPath).size() << Qt::endl;
    return 0;
}

struct ChildResult
{
    double wallMs = 0;
    double cpuMs = 0;
    qint64 hwmBeforeKb = 0;
    qint64 hwmKb = 0;
    int pages = 0;
    qint64 bytes = 0;
};

bool runInChild(const QString &dbPath, const QString &format, const QString &outPath,
                ChildResult *result)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), QStringLiteral("--db"), dbPath,
                   QStringLiteral("--format"), format, QStringLiteral("--out"), outPath});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        out() << tr("Export to %1 failed (exit %2): %3")
                     .arg(format)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardOutput()).trimmed())
              << Qt::endl;
        return false;
    }
    const QStringList fields = QString::fromUtf8(process.readAllStandardOutput())
                                   .trimmed()
                                   .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 6)
        return false;
    result->wallMs = fields.at(0).toDouble();
    result->cpuMs = fields.at(1).toDouble();
    result->hwmBeforeKb = fields.at(2).toLongLong();
    result->hwmKb = fields.at(3).toLongLong();
    result->pages = fields.at(4).toInt();
    result->bytes = fields.at(5).toLongLong();
    return true;
}

QString ms(double value)
{
    return value >= 10000
               ? QString::number(value / 1000, 'f', 1) + QStringLiteral(" s")
               : QString::number(value, 'f', value < 100 ? 1 : 0) + QStringLiteral(" ms");
}

QString mb(double kb)
{
    return QString::number(kb / 1024, 'f', 0) + QStringLiteral(" MB");
}

int scaleWithIssues(const QList<int> &sizes, const QStringList &formats, int runs,
                    const QString &dir)
{
    QList<QStringList> rows = {{tr("issues"), tr("format"), tr("runs"), tr("wall (median)"),
                                tr("CPU (median)"), tr("peak RSS (VmHWM)"), tr("RSS before export"),
                                tr("file size"), tr("PDF pages")}};
    for (int issues : sizes) {
        const QString dbPath = QDir(dir).filePath(QStringLiteral("scale-%1.db").arg(issues));
        QFile::remove(dbPath);
        LargeStoreGenerator::Options generate;
        generate.issues = issues;
        generate.positionsPerIssue = 8;
        generate.actors = 40;
        try {
            LargeStoreGenerator::generate(dbPath, generate);
        } catch (const StoreError &error) {
            out() << tr("Cannot prepare the database: %1").arg(error.message()) << Qt::endl;
            return 1;
        }
        for (const QString &format : formats) {
            const QString outPath =
                QDir(dir).filePath(QStringLiteral("pack-%1.%2").arg(issues).arg(format));
            QList<double> walls;
            QList<double> cpus;
            ChildResult worst;
            for (int run = 0; run < runs; ++run) {
                ChildResult result;
                if (!runInChild(dbPath, format, outPath, &result))
                    return 1;
                walls.append(result.wallMs);
                cpus.append(result.cpuMs);
                if (result.hwmKb > worst.hwmKb)
                    worst = result;
            }
            rows.append({QString::number(issues), format, QString::number(runs),
                         ms(medianOf(walls)), ms(medianOf(cpus)), mb(worst.hwmKb),
                         mb(worst.hwmBeforeKb), mb(worst.bytes / 1024.0),
                         format == QLatin1String("pdf") ? QString::number(worst.pages)
                                                        : QStringLiteral("–")});
            out() << tr("... %1 issues, %2: %3, peak %4")
                         .arg(issues)
                         .arg(format, ms(medianOf(walls)), mb(worst.hwmKb))
                  << Qt::endl;
        }
        QFile::remove(dbPath);
    }
    out() << Qt::endl;
    BenchReport::printTable(rows);
    return 0;
}

// A text of `length` characters: one unbroken run, or words of 4 to 11 letters.
QString longText(int length, bool words)
{
    QString text;
    text.reserve(length);
    int i = 0;
    while (text.size() < length) {
        const int word = 4 + (i * 7) % 8;
        for (int c = 0; c < word && text.size() < length; ++c)
            text.append(QChar(u'a' + char16_t((i + c) % 26)));
        if (words && text.size() < length)
            text.append(QLatin1Char(' '));
        ++i;
    }
    return text;
}

int scaleWithTextLength(const QList<int> &lengths, int runs, const QString &dir)
{
    QList<QStringList> rows = {{tr("objective length"), tr("written as"), tr("runs"),
                                tr("PDF wall (median)"), tr("PDF CPU (median)"), tr("pages")}};
    for (const bool words : {false, true}) {
        for (int length : lengths) {
            const QString dbPath =
                QDir(dir).filePath(QStringLiteral("text-%1-%2.db").arg(length).arg(words));
            QFile::remove(dbPath);
            Store store;
            try {
                store.open(dbPath, Store::OpenMode::CreateIfMissing);
                Actor actor;
                actor.name = QStringLiteral("Actor");
                actor.kind = QStringLiteral("person");
                actor.bloc = QStringLiteral("EU");
                store.actors().insert(actor);
                Issue issue;
                issue.code = QStringLiteral("LT-01");
                issue.title = QStringLiteral("A long objective");
                // Printed twice: a paragraph of the brief and a cell of the steering
                // note's table.
                issue.euObjective = longText(length, words);
                store.issues().insert(issue);
                Position position;
                position.issueId = issue.id;
                position.actorId = actor.id;
                position.stance = QStringLiteral("A stance");
                store.positions().insert(position);
            } catch (const StoreError &error) {
                out() << tr("Cannot prepare the database: %1").arg(error.message()) << Qt::endl;
                return 1;
            }
            const QString outPath = QDir(dir).filePath(QStringLiteral("text.pdf"));
            QList<double> walls;
            QList<double> cpus;
            int pages = 0;
            for (int run = 0; run < runs; ++run) {
                const double cpuBefore = cpuMs();
                QElapsedTimer timer;
                timer.start();
                QString error;
                if (!exportPack(store, benchOptions(), outPath, PackFormat::Pdf, &error, &pages)) {
                    out() << tr("Export failed: %1").arg(error) << Qt::endl;
                    return 1;
                }
                walls.append(double(timer.nsecsElapsed()) / 1e6);
                cpus.append(cpuMs() - cpuBefore);
            }
            rows.append({QString::number(length),
                         words ? tr("words of 4–11 letters") : tr("one unbroken word"),
                         QString::number(runs), ms(medianOf(walls)), ms(medianOf(cpus)),
                         QString::number(pages)});
            out() << tr("... %1 characters, %2: %3")
                         .arg(length)
                         .arg(words ? tr("words") : tr("one word"), ms(medianOf(walls)))
                  << Qt::endl;
        }
    }
    out() << Qt::endl;
    BenchReport::printTable(rows);
    return 0;
}

QList<int> numbers(const QString &list)
{
    QList<int> values;
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int value = part.trimmed().toInt();
        if (value > 0)
            values.append(value);
    }
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless: fonts and the PDF writer need a GUI application, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("summit-bench-pack-scale"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times the briefing pack and measures its peak memory as the number of issues and "
           "the length of a field grow."));
    parser.addHelpOption();
    const QCommandLineOption issuesOption(QStringLiteral("issues"),
                                          tr("Pack sizes, comma-separated."),
                                          QStringLiteral("list"), QStringLiteral("50,500,2000"));
    const QCommandLineOption formatsOption(QStringLiteral("formats"),
                                           tr("Formats, comma-separated (pdf, html, odt)."),
                                           QStringLiteral("list"), QStringLiteral("html,pdf"));
    const QCommandLineOption lengthsOption(
        QStringLiteral("text-lengths"),
        tr("Instead of pack sizes: lengths of one issue's objective, comma-separated."),
        QStringLiteral("list"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), tr("Runs of each (median)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        tr("Keep the databases and packs in this folder."),
                                        QStringLiteral("dir"));
    const QCommandLineOption childOption(QStringLiteral("child"),
                                         tr("Internal: one export in this process."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Internal: --child's database."),
                                      QStringLiteral("file"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("Internal: --child's format."), QStringLiteral("f"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Internal: --child's output."),
                                       QStringLiteral("file"));
    parser.addOptions({issuesOption, formatsOption, lengthsOption, runsOption, keepOption,
                       childOption, dbOption, formatOption, outOption});
    parser.process(app);

    if (parser.isSet(childOption))
        return runChild(parser.value(dbOption), parser.value(formatOption),
                        parser.value(outOption));

    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir temp;
    QString dir = temp.path();
    if (parser.isSet(keepOption)) {
        dir = QFileInfo(parser.value(keepOption)).absoluteFilePath();
        QDir().mkpath(dir);
    }

    out() << tr("Machine: %1, %2 logical CPUs; Qt %3; load average at start %4")
                 .arg(QSysInfo::prettyProductName())
                 .arg(QThread::idealThreadCount())
                 .arg(QString::fromLatin1(qVersion()), loadAverage())
          << Qt::endl;
    int status = 0;
    if (parser.isSet(lengthsOption)) {
        status = scaleWithTextLength(numbers(parser.value(lengthsOption)), runs, dir);
    } else {
        status = scaleWithIssues(
            numbers(parser.value(issuesOption)),
            parser.value(formatsOption).split(QLatin1Char(','), Qt::SkipEmptyParts), runs, dir);
    }
    out() << tr("Load average at the end: %1").arg(loadAverage()) << Qt::endl;
    return status;
}
