// summit-bench-pack: the time to export a 50-issue briefing pack as PDF (position
// maps and indicator charts included, as the pack always draws them), against
// the usual way of getting a PDF from an office document: LibreOffice converting
// the same pack's HTML (soffice --headless --convert-to pdf), in the same run.
#include "BenchReport.h"
#include "LargeStoreGenerator.h"

#include "briefing/PackExport.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

namespace {

using BenchReport::loadAverage;
using BenchReport::medianOf;
using BenchReport::out;

QString tr(const char *text)
{
    return QCoreApplication::translate("PackBench", text);
}

// CPU milliseconds (user + system) used so far by this process, or by its
// finished children: unlike wall time, barely changed by a busy machine.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

// Median wall and CPU milliseconds of `runs` calls, after one untimed warm-up call
// (which for LibreOffice also creates its profile). False when a call fails.
bool timeMs(int runs, int who, const std::function<bool()> &call, Timing *median)
{
    if (!call())
        return false;
    QList<double> walls;
    QList<double> cpus;
    for (int i = 0; i < runs; ++i) {
        const double cpuBefore = cpuMs(who);
        QElapsedTimer timer;
        timer.start();
        if (!call())
            return false;
        walls.append(double(timer.nsecsElapsed()) / 1e6);
        cpus.append(cpuMs(who) - cpuBefore);
    }
    median->wallMs = medianOf(walls);
    median->cpuMs = medianOf(cpus);
    return true;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 100 ? 1 : 0) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    // Headless: fonts and the PDF writer need a GUI application, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("summit-bench-pack"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Times a briefing pack export to PDF against "
                                        "LibreOffice converting the same pack's HTML."));
    parser.addHelpOption();
    const QCommandLineOption issuesOption(QStringLiteral("issues"), tr("Issues in the pack."),
                                          QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), tr("Timed runs (median)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        tr("Keep the database and packs in this folder."),
                                        QStringLiteral("dir"));
    parser.addOptions({issuesOption, runsOption, keepOption});
    parser.process(app);
    const int issues = std::max(1, parser.value(issuesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir temp;
    QString dir = temp.path();
    if (parser.isSet(keepOption)) {
        dir = QFileInfo(parser.value(keepOption)).absoluteFilePath();
        QDir().mkpath(dir);
    }
    const QString dbPath = QDir(dir).filePath(QStringLiteral("pack-bench.db"));
    QFile::remove(dbPath);

    LargeStoreGenerator::Options generate;
    generate.issues = issues;
    generate.positionsPerIssue = 8;
    generate.actors = 40;
    Store store;
    try {
        LargeStoreGenerator::generate(dbPath, generate);
        store.open(dbPath, Store::OpenMode::ExistingOnly);
    } catch (const StoreError &error) {
        out() << tr("Cannot prepare the database: %1").arg(error.message()) << Qt::endl;
        return 1;
    }

    PackOptions options;
    options.classification = QStringLiteral("EU RESTRICTED");
    options.registrationNumber = QStringLiteral("EU-SB/2025/0042");
    options.issueDate = QDate(2025, 7, 20);

    const QString pdfPath = QDir(dir).filePath(QStringLiteral("pack.pdf"));
    const QString htmlPath = QDir(dir).filePath(QStringLiteral("pack.html"));
    QString error;
    int pages = 0;
    Timing oursPdf;
    Timing oursHtml;
    const bool okPdf = timeMs(
        runs, RUSAGE_SELF,
        [&] { return exportPack(store, options, pdfPath, PackFormat::Pdf, &error, &pages); },
        &oursPdf);
    const bool okHtml = timeMs(
        runs, RUSAGE_SELF,
        [&] { return exportPack(store, options, htmlPath, PackFormat::Html, &error); }, &oursHtml);
    if (!okPdf || !okHtml) {
        out() << tr("Export failed: %1").arg(error) << Qt::endl;
        return 1;
    }

    out() << tr("Briefing pack: %1 issues, %2 positions each, %3 PDF pages; median of %4 runs")
                 .arg(issues)
                 .arg(generate.positionsPerIssue)
                 .arg(pages)
                 .arg(runs)
          << Qt::endl;
    out() << tr("Machine: %1, %2 logical CPUs; Qt %3")
                 .arg(QSysInfo::prettyProductName())
                 .arg(QThread::idealThreadCount())
                 .arg(QString::fromLatin1(qVersion()))
          << Qt::endl
          << Qt::endl;

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    Timing office;
    bool haveBaseline = false;
    if (soffice.isEmpty()) {
        out() << tr("LibreOffice not installed: baseline skipped") << Qt::endl;
    } else {
        // A profile of its own, so a running office or the user's settings do not count.
        const QString profile =
            QUrl::fromLocalFile(QDir(dir).filePath(QStringLiteral("lo-profile"))).toString();
        const QString outDir = QDir(dir).filePath(QStringLiteral("libreoffice"));
        QDir().mkpath(outDir);
        const QStringList arguments = {QStringLiteral("-env:UserInstallation=") + profile,
                                       QStringLiteral("--headless"),
                                       QStringLiteral("--convert-to"),
                                       QStringLiteral("pdf"),
                                       QStringLiteral("--outdir"),
                                       outDir,
                                       htmlPath};
        const QString converted = QDir(outDir).filePath(QStringLiteral("pack.pdf"));
        haveBaseline = timeMs(
            runs, RUSAGE_CHILDREN,
            [&] {
                QFile::remove(converted);
                QProcess process;
                process.start(soffice, arguments);
                return process.waitForFinished(600000) && process.exitCode() == 0 &&
                       QFileInfo(converted).size() > 0;
            },
            &office);
        if (!haveBaseline)
            out() << tr("LibreOffice failed to convert %1: baseline skipped").arg(htmlPath)
                  << Qt::endl;
        else
            out() << tr("LibreOffice command: %1 %2").arg(soffice, arguments.join(QLatin1Char(' ')))
                  << Qt::endl;
    }

    out() << Qt::endl;
    const auto row = [](const QString &step, const QString &wall, const QString &cpu) {
        out() << QStringLiteral("| %1 | %2 | %3 |").arg(step, -52).arg(wall, 10).arg(cpu, 10)
              << Qt::endl;
    };
    row(tr("step"), tr("wall"), tr("CPU"));
    row(QString(52, QLatin1Char('-')), QString(10, QLatin1Char('-')),
        QString(10, QLatin1Char('-')));
    row(tr("ours: exportPack to PDF (compose, lay out, write)"), ms(oursPdf.wallMs),
        ms(oursPdf.cpuMs));
    row(tr("ours: exportPack to HTML (the baseline's input)"), ms(oursHtml.wallMs),
        ms(oursHtml.cpuMs));
    if (haveBaseline) {
        row(tr("LibreOffice: soffice --convert-to pdf pack.html"), ms(office.wallMs),
            ms(office.cpuMs));
        const auto ratio = [](double value) {
            return QString::number(value, 'f', 1) + QLatin1Char('x');
        };
        row(tr("ratio LibreOffice / ours (PDF)"), ratio(office.wallMs / oursPdf.wallMs),
            ratio(office.cpuMs / oursPdf.cpuMs));
    }
    out() << Qt::endl
          << tr("Load average during the run: %1 (on %2 CPUs)")
                 .arg(loadAverage())
                 .arg(QThread::idealThreadCount())
          << Qt::endl
          << tr("Target: ours <= 1000 ms wall for %1 issues: %2; aim: 10x faster than "
                "LibreOffice")
                 .arg(issues)
                 .arg(oursPdf.wallMs <= 1000 ? tr("met") : tr("NOT met"))
          << Qt::endl;
    return 0;
}
