// The briefing pack from the main window: File > Export Briefing Pack with the
// real dialog, the remembered choices, a refused path, and printing onto a PDF
// printer (the paint path print and print preview share). Output is read back
// with pdftotext.
#include "DialogScript.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "briefing/PackExportDialog.h"
#include "issues/IssueFilterBar.h"
#include "items/IssueTableModel.h"
#include "store/IssueRepository.h"
#include "store/PackExportRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>
#include <memory>

namespace {

using TestSupport::whenShown;

using TestSupport::pdfPages;

QStringList nonEmptyLines(const QString &page)
{
    QStringList lines;
    const QStringList all = page.split(QLatin1Char('\n'));
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

class TestPackDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportsFilteredIssuesAsPdf();
    void proposesTheFilesMarkingOverARememberedOne();
    void exportsSelectedIssueAsHtml();
    void preparedByShowsTheNamePrinted();
    void remembersChoices();
    void unwritablePathIsAnErrorAndWritesNothing();
    void asksBeforeReplacingAFile();
    void warnsOnAPackWithoutIssues();
    void offersThisDatabasesFolderAndANewName();
    void printsMarkedPackOntoPrinter();
    void printPreviewOpensAndCloses();
    void frenchWindowExportsThePackInTheLanguageChosen();

private:
    QStringList allCodes() const;
    QString summitName() const;
    // File > Export with the path typed, answering the questions that come with
    // the button of `role`; true when the export dialog stayed open after them.
    bool exportAnswering(const QString &path, PackExportDialog::Scope scope,
                         QMessageBox::ButtonRole role, QString *question,
                         QString *questionName = nullptr);
    // Codes whose brief starts (or continues) a page: the first line below the marking.
    QSet<QString> briefCodes(const QStringList &pages) const;
    // Triggers File > Export Briefing Pack and fills the dialog through its widgets.
    void exportThroughDialog(PackExportDialog::Scope scope, const QString &formatKey,
                             const QString &path, const QString &classification);

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestPackDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_pack_dialog"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is needed");
}

void TestPackDialog::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true);
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPackDialog::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_out.reset();
    QSettings().clear();
}

QStringList TestPackDialog::allCodes() const
{
    const QString name = QStringLiteral("check");
    QStringList codes;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_db->path());
        if (!db.open())
            qFatal("cannot open the test database");
        QSqlQuery query(QStringLiteral("SELECT code FROM issue ORDER BY code"), db);
        while (query.next())
            codes.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(name);
    return codes;
}

QSet<QString> TestPackDialog::briefCodes(const QStringList &pages) const
{
    const QStringList codes = allCodes();
    QSet<QString> found;
    for (const QString &page : pages) {
        const QStringList lines = nonEmptyLines(page);
        if (lines.size() < 2)
            continue;
        const QString first = lines.at(1).section(QLatin1Char(' '), 0, 0);
        if (codes.contains(first))
            found.insert(first);
    }
    return found;
}

void TestPackDialog::exportThroughDialog(PackExportDialog::Scope scope, const QString &formatKey,
                                         const QString &path, const QString &classification)
{
    bool handled = false;
    whenShown<PackExportDialog>([&](PackExportDialog *dialog) {
        handled = true;
        QRadioButton *button = scope == PackExportDialog::Scope::Filtered ? dialog->filteredButton()
                               : scope == PackExportDialog::Scope::Selected
                                   ? dialog->selectedButton()
                                   : dialog->allButton();
        QTest::mouseClick(button, Qt::LeftButton);
        dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(formatKey));
        dialog->classificationCombo()->setCurrentText(classification);
        dialog->registrationEdit()->setText(QStringLiteral("EU-SB/2025/0077"));
        dialog->copySpin()->setValue(7);
        dialog->preparedByEdit()->setText(QStringLiteral("Briefing unit"));
        // The steering note lists issues too; only briefs should name them here.
        dialog->sectionBox(PackSection::SteeringNote)->setChecked(false);
        dialog->pathEdit()->setText(path);
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    });
    m_window->exportPackAction()->trigger();
    QVERIFY(handled);
}

void TestPackDialog::exportsFilteredIssuesAsPdf()
{
    QLineEdit *search = m_window->filterBar()->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("rare"));
    IssueTableModel *model = m_window->issueModel();
    const QStringList all = allCodes();
    QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < all.size());
    QSet<QString> expected;
    for (int row = 0; row < model->rowCount(); ++row)
        expected.insert(model->index(row, IssueTableModel::CodeColumn).data().toString());

    const QString path = m_out->filePath(QStringLiteral("filtered.pdf"));
    exportThroughDialog(PackExportDialog::Scope::Filtered, QStringLiteral("pdf"), path,
                        QStringLiteral("EU CONFIDENTIAL"));
    QVERIFY2(QFileInfo::exists(path), qPrintable(m_window->lastError()));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported ")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("filtered.pdf")));

    const QStringList pages = pdfPages(path);
    QVERIFY(pages.size() > 2);
    QCOMPARE(briefCodes(pages), expected);
    for (const QString &page : pages) {
        const QStringList lines = nonEmptyLines(page);
        QCOMPARE(lines.first(), QStringLiteral("EU CONFIDENTIAL"));
        QCOMPARE(lines.last(), QStringLiteral("EU CONFIDENTIAL"));
    }
    QVERIFY(pages.first().contains(QStringLiteral("EU-SB/2025/0077")));
    QVERIFY(pages.last().contains(QStringLiteral("Copy no. 7")));

    // The export is logged in the file: which issues, how marked, where.
    const QList<PackExportRecord> log = PackExportRepository(*m_window->store()).all();
    QCOMPARE(log.size(), 1);
    const QStringList logged = log.first().issueCodes;
    QCOMPARE(QSet<QString>(logged.cbegin(), logged.cend()), expected);
    QCOMPARE(log.first().classification, QStringLiteral("EU CONFIDENTIAL"));
    QCOMPARE(log.first().format, QStringLiteral("pdf"));
    QCOMPARE(log.first().path, path);
}

void TestPackDialog::exportsSelectedIssueAsHtml()
{
    QTableView *table = m_window->issueTable();
    IssueTableModel *model = m_window->issueModel();
    const QModelIndex index = model->index(2, IssueTableModel::CodeColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    const QString selected = index.data().toString();
    QCOMPARE(m_window->currentIssueId(), model->issueIdAt(2));

    const QString path = m_out->filePath(QStringLiteral("selected.html"));
    exportThroughDialog(PackExportDialog::Scope::Selected, QStringLiteral("html"), path,
                        QStringLiteral("EU RESTRICTED"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_window->lastError()));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(QStringLiteral("EU RESTRICTED")));
    QVERIFY(html.contains(selected));
    // Only that issue: every other code is absent.
    for (const QString &code : allCodes()) {
        if (code != selected)
            QVERIFY2(!html.contains(code), qPrintable(code));
    }
    QCOMPARE(
        m_window->statusBar()->currentMessage(),
        QStringLiteral("Exported the briefing pack to %1").arg(QDir::toNativeSeparators(path)));
}

// An empty "Prepared by" prints the user's name: the box shows that name.
void TestPackDialog::preparedByShowsTheNamePrinted()
{
    m_window->store()->setUserName(QStringLiteral("Anna Novak"));
    QString shown;
    const QString path = m_out->filePath(QStringLiteral("prepared.html"));
    bool handled = false;
    whenShown<PackExportDialog>([&](PackExportDialog *dialog) {
        handled = true;
        QLineEdit *edit = dialog->preparedByEdit();
        shown = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
        dialog->formatCombo()->setCurrentIndex(
            dialog->formatCombo()->findData(QStringLiteral("html")));
        dialog->pathEdit()->setText(path);
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    });
    m_window->exportPackAction()->trigger();
    QVERIFY(handled);
    QCOMPARE(shown, QStringLiteral("Anna Novak"));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m_window->lastError()));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(shown));
}

void TestPackDialog::remembersChoices()
{
    const QString path = m_out->filePath(QStringLiteral("remembered.odt"));
    exportThroughDialog(PackExportDialog::Scope::Filtered, QStringLiteral("odt"), path,
                        QStringLiteral("RESTREINT UE / EU RESTRICTED"));
    QVERIFY2(QFileInfo::exists(path), qPrintable(m_window->lastError()));

    // A fresh dialog, as the next run would show it for a file with no marking of
    // its own (a file's own marking wins: proposesTheFilesMarkingOverARememberedOne).
    PackExportDialog again(PackExportDialog::Purpose::Export, QString(), 10, 1);
    QCOMPARE(again.scope(), PackExportDialog::Scope::Filtered);
    QCOMPARE(again.format(), PackFormat::Odt);
    QCOMPARE(again.classificationCombo()->currentText(),
             QStringLiteral("RESTREINT UE / EU RESTRICTED"));
    QCOMPARE(again.registrationEdit()->text(), QStringLiteral("EU-SB/2025/0077"));
    QCOMPARE(again.copySpin()->value(), 7);
    QCOMPARE(again.preparedByEdit()->text(), QStringLiteral("Briefing unit"));
    // Not the last file (another database's, maybe): this database's folder
    // with a fresh name from the summit and the date.
    again.setDatabase(m_db->path(), summitName(), QDate(2025, 7, 20));
    QCOMPARE(QDir::fromNativeSeparators(again.outputPath()),
             QDir(m_out->path())
                 .filePath(PackExportDialog::defaultFileName(summitName(), QDate(2025, 7, 20),
                                                             PackFormat::Odt)));
    QVERIFY(!again.sectionBox(PackSection::SteeringNote)->isChecked());
    QVERIFY(again.sectionBox(PackSection::Briefs)->isChecked());
    const PackOptions options = again.options();
    QCOMPARE(options.copyNumber, 7);
    QCOMPARE(options.sections,
             PackSections(PackSection::All) & ~PackSections(PackSection::SteeringNote));

    // Before any choice, the database's classification is offered.
    QSettings().clear();
    PackExportDialog first(PackExportDialog::Purpose::Export, QStringLiteral("EU CONFIDENTIAL"), 10,
                           1);
    QCOMPARE(first.classificationCombo()->currentText(), QStringLiteral("EU CONFIDENTIAL"));
    QCOMPARE(first.scope(), PackExportDialog::Scope::All);
    QCOMPARE(first.format(), PackFormat::Pdf);
    QVERIFY(first.outputPath().endsWith(QStringLiteral(".pdf")));
    // Changing the format follows with the file's suffix.
    first.formatCombo()->setCurrentIndex(first.formatCombo()->findData(QStringLiteral("html")));
    QVERIFY(first.outputPath().endsWith(QStringLiteral(".html")));
}

void TestPackDialog::unwritablePathIsAnErrorAndWritesNothing()
{
    // A folder that is a file cannot hold the pack, even for root.
    const QString blocker = m_out->filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    const QString path = blocker + QStringLiteral("/pack.pdf");
    exportThroughDialog(PackExportDialog::Scope::All, QStringLiteral("pdf"), path,
                        QStringLiteral("EU RESTRICTED"));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(m_window->lastError().contains(QStringLiteral("pack.pdf")),
             qPrintable(m_window->lastError()));
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("not-a-folder")});
    QVERIFY(PackExportRepository(*m_window->store()).all().isEmpty());
}

QString TestPackDialog::summitName() const
{
    return m_window->store()->settings().summit().name;
}

bool TestPackDialog::exportAnswering(const QString &path, PackExportDialog::Scope scope,
                                     QMessageBox::ButtonRole role, QString *question,
                                     QString *questionName)
{
    bool stayedOpen = false;
    bool shown = false;
    whenShown<PackExportDialog>([&](PackExportDialog *dialog) {
        shown = true;
        QTest::mouseClick(scope == PackExportDialog::Scope::Selected ? dialog->selectedButton()
                                                                     : dialog->allButton(),
                          Qt::LeftButton);
        dialog->formatCombo()->setCurrentIndex(
            dialog->formatCombo()->findData(QStringLiteral("pdf")));
        dialog->pathEdit()->selectAll();
        QTest::keyClicks(dialog->pathEdit(), path);
        whenShown<QMessageBox>([&](QMessageBox *box) {
            *question = box->text();
            if (questionName)
                *questionName = box->objectName();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role) {
                    button->click();
                    return;
                }
            }
            box->reject();
        });
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        if (stayedOpen)
            dialog->reject();
    });
    m_window->exportPackAction()->trigger();
    return shown && stayedOpen;
}

// A typed (or pre-filled) path to an existing file is questioned; going back
// leaves the file as it was, replacing writes the pack.
void TestPackDialog::asksBeforeReplacingAFile()
{
    const QString path = m_out->filePath(QStringLiteral("existing.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the 37-page pack of yesterday");
    }
    const QByteArray before = TestSupport::fileHash(path);
    QString question;
    QVERIFY(
        exportAnswering(path, PackExportDialog::Scope::All, QMessageBox::RejectRole, &question));
    QVERIFY2(question.contains(QStringLiteral("existing.pdf")) &&
                 question.contains(QStringLiteral("Replace")),
             qPrintable(question));
    QCOMPARE(TestSupport::fileHash(path), before);

    question.clear();
    QVERIFY(
        !exportAnswering(path, PackExportDialog::Scope::All, QMessageBox::AcceptRole, &question));
    QVERIFY(!question.isEmpty());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.read(5).startsWith("%PDF"));
}

// No issue marked for the pack: the dialog says so and lets the user go back.
void TestPackDialog::warnsOnAPackWithoutIssues()
{
    {
        Store other;
        other.open(m_db->path(), Store::OpenMode::ExistingOnly);
        for (const Issue &issue : other.issues().all())
            if (issue.inPack)
                other.issues().setField(issue.id, IssueField::InPack, false, issue.version);
    }
    const QString path = m_out->filePath(QStringLiteral("empty.pdf"));
    QString question;
    QString name;
    QVERIFY(exportAnswering(path, PackExportDialog::Scope::All, QMessageBox::RejectRole, &question,
                            &name));
    QCOMPARE(name, QStringLiteral("emptyPackWarning"));
    QVERIFY2(question.contains(QStringLiteral("no briefs")), qPrintable(question));
    QVERIFY(!QFileInfo::exists(path));
}

// The path offered is never another database's last file: the folder this
// database's last pack went to, else Documents or home, and a new name.
void TestPackDialog::offersThisDatabasesFolderAndANewName()
{
    const QString name =
        PackExportDialog::defaultFileName(summitName(), QDate::currentDate(), PackFormat::Pdf);
    QVERIFY2(name.endsWith(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")) +
                           QStringLiteral(".pdf")),
             qPrintable(name));
    QVERIFY(!name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('/')));
    const auto offered = [this] {
        QString path;
        whenShown<PackExportDialog>([&](PackExportDialog *dialog) {
            path = QDir::fromNativeSeparators(dialog->outputPath());
            dialog->reject();
        });
        m_window->exportPackAction()->trigger();
        return path;
    };

    const QString first = offered();
    QCOMPARE(QFileInfo(first).fileName(), name);
    QVERIFY(QFileInfo(QFileInfo(first).absolutePath()).isDir());

    const QString written = m_out->filePath(QStringLiteral("for-the-minister.pdf"));
    exportThroughDialog(PackExportDialog::Scope::All, QStringLiteral("pdf"), written,
                        QStringLiteral("EU RESTRICTED"));
    QVERIFY2(QFileInfo::exists(written), qPrintable(m_window->lastError()));
    const QString again = offered();
    QCOMPARE(QFileInfo(again).absolutePath(), QFileInfo(written).absolutePath());
    QCOMPARE(QFileInfo(again).fileName(), name);

    // Another database does not get this one's folder.
    TestSupport::TempDatabase other;
    other.open(true);
    QVERIFY(m_window->openDatabase(other.path()));
    const QString elsewhere = offered();
    QVERIFY(QFileInfo(elsewhere).absolutePath() != QFileInfo(written).absolutePath());
    QVERIFY(QFileInfo(QFileInfo(elsewhere).absolutePath()).isDir());
}

void TestPackDialog::printsMarkedPackOntoPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_out->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    PackOptions options;
    options.issueCodes = {QStringLiteral("RE-01")};
    options.classification = QStringLiteral("EU RESTRICTED");
    options.registrationNumber = QStringLiteral("EU-SB/2025/0099");
    QVERIFY2(m_window->printPack(&printer, options), qPrintable(m_window->lastError()));

    const QStringList pages = pdfPages(path);
    QVERIFY(pages.size() > 2);
    QCOMPARE(briefCodes(pages), QSet<QString>{QStringLiteral("RE-01")});
    for (int i = 0; i < pages.size(); ++i) {
        const QStringList lines = nonEmptyLines(pages.at(i));
        QCOMPARE(lines.first(), QStringLiteral("EU RESTRICTED"));
        QCOMPARE(lines.last(), QStringLiteral("EU RESTRICTED"));
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                 qPrintable(pages.at(i)));
    }

    // An unknown issue is reported, not printed.
    options.issueCodes = {QStringLiteral("NO-SUCH")};
    QPrinter other(QPrinter::HighResolution);
    other.setOutputFormat(QPrinter::PdfFormat);
    other.setOutputFileName(m_out->filePath(QStringLiteral("other.pdf")));
    QVERIFY(!m_window->printPack(&other, options));
    QVERIFY2(m_window->lastError().contains(QStringLiteral("NO-SUCH")),
             qPrintable(m_window->lastError()));
}

void TestPackDialog::printPreviewOpensAndCloses()
{
    bool asked = false;
    bool previewed = false;
    whenShown<PackExportDialog>([&](PackExportDialog *dialog) {
        asked = true;
        QVERIFY(!dialog->pathEdit()->isVisible());
        whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
            // The preview painted the pack through printPack(): its pages are there.
            auto *pages = preview->findChild<QPrintPreviewWidget *>();
            previewed = pages && pages->pageCount() > 2;
            preview->reject();
        });
        QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    });
    m_window->printPreviewAction()->trigger();
    QVERIFY(asked);
    QVERIFY(previewed);
    QVERIFY2(m_window->lastError().isEmpty(), qPrintable(m_window->lastError()));
}

void TestPackDialog::proposesTheFilesMarkingOverARememberedOne()
{
    // The last export (of another file) was EU RESTRICTED; this file is marked higher.
    AppSettings().setPackClassification(QStringLiteral("EU RESTRICTED"));
    {
        PackExportDialog dialog(PackExportDialog::Purpose::Export,
                                QStringLiteral("EU CONFIDENTIAL"), 10, 0);
        QCOMPARE(dialog.classificationCombo()->currentText(), QStringLiteral("EU CONFIDENTIAL"));
    }
    // A file with no marking of its own is offered the one used last.
    PackExportDialog unmarked(PackExportDialog::Purpose::Export, QString(), 10, 0);
    QCOMPARE(unmarked.classificationCombo()->currentText(), QStringLiteral("EU RESTRICTED"));
}

QTEST_MAIN(TestPackDialog)
void TestPackDialog::frenchWindowExportsThePackInTheLanguageChosen()
{
    // The window in French: its locale and its translator, from the start.
    const QLocale before;
    QTranslator windowTranslator;
    QVERIFY(windowTranslator.load(QStringLiteral(":/i18n/summit-brief_fr.qm")));
    QVERIFY(QCoreApplication::installTranslator(&windowTranslator));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&windowTranslator);
        QLocale::setDefault(before);
    });
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    const auto exportIn = [&](const QString &language, const QString &path) {
        bool handled = false;
        QString offered;
        whenShown<PackExportDialog>([&](PackExportDialog *dialog) {
            handled = true;
            offered = dialog->languageCombo()->currentData().toString();
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Exporter le dossier de sommet"));
            if (!language.isEmpty())
                dialog->languageCombo()->setCurrentIndex(
                    dialog->languageCombo()->findData(language));
            dialog->formatCombo()->setCurrentIndex(
                dialog->formatCombo()->findData(QStringLiteral("pdf")));
            dialog->pathEdit()->setText(path);
            QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
        });
        m_window->exportPackAction()->trigger();
        return handled ? offered : QStringLiteral("no dialog");
    };

    // The dialog offers the window's language; English chosen gives an English pack.
    const QString english = m_out->filePath(QStringLiteral("english.pdf"));
    QCOMPARE(exportIn(QStringLiteral("en"), english), QStringLiteral("fr"));
    QVERIFY2(QFileInfo::exists(english), qPrintable(m_window->lastError()));
    const QString englishText = pdfPages(english).join(QLatin1Char('\n'));
    QVERIFY(englishText.contains(QStringLiteral("Lines to take")));
    QVERIFY(englishText.contains(QStringLiteral("Page 1 of ")));
    QVERIFY(
        englishText.contains(QLocale(QLocale::English).monthName(QDate::currentDate().month())));
    QVERIFY(!englishText.contains(QStringLiteral("Éléments de langage")));
    QVERIFY(!englishText.contains(QStringLiteral("Page 1 sur ")));

    // Left as offered, the pack is French; the language is not remembered.
    const QString french = m_out->filePath(QStringLiteral("french.pdf"));
    QCOMPARE(exportIn(QString(), french), QStringLiteral("fr"));
    QVERIFY2(QFileInfo::exists(french), qPrintable(m_window->lastError()));
    const QString frenchText = pdfPages(french).join(QLatin1Char('\n'));
    QVERIFY(frenchText.contains(QStringLiteral("Éléments de langage")));
    QVERIFY(frenchText.contains(QStringLiteral("Page 1 sur ")));
    QVERIFY(!frenchText.contains(QStringLiteral("Lines to take")));
}

#include "test_pack_dialog.moc"
