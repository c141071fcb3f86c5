#include "DialogScript.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include "AppSettings.h"
#include "MainWindow.h"
#include "io/IssueCsvExporter.h"
#include "io/IssueCsvImporter.h"
#include "io/KtabCsvImporter.h"
#include "io/ScenarioExporter.h"
#include "io/ScenarioImporter.h"
#include "io/SummitFile.h"
#include "issues/IssueDetailPanel.h"
#include "items/IssueTableModel.h"
#include "mainwindow/ExchangeController.h"
#include "mainwindow/ImportDialog.h"
#include "mainwindow/NewSummitDialog.h"
#include "mainwindow/SummitHeader.h"
#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using TestSupport::whenShown;

namespace {

// Answers the next file dialog with `path`, then waits for what comes next.
void chooseFile(const QString &path, bool *asked, std::function<void()> then = {})
{
    whenShown<QFileDialog>([path, asked, then](QFileDialog *dialog) {
        *asked = true;
        if (then)
            then();
        // Typed as a person would: selectFile() picks the folder while its
        // listing of an existing file is still loading.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QFileInfo(path).fileName());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own, checks included
    });
}

const QByteArray csvHeader =
    "code,title,category,status,priority,owner,due_date,likelihood,eu_objective,lines_to_take,"
    "defensive_lines,background\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSummitFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newSummitThroughTheDialog();
    void cancelledNewSummitLeavesNoFile();
    void newSummitRefusesAnExistingFile();
    void propertiesAreOneUndoStep();
    void importShowsWhatChangesBeforeWriting();
    void importTakesAKtabScenario();
    void exportMenuWritesAKtabScenario();
    void importOfAMalformedFileChangesNothing_data();
    void importOfAMalformedFileChangesNothing();
    void exportMenuWritesFilesThatImportIdentically();
    void exportToAnUnwritablePathSaysWhy();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestSummitFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_summit_file"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestSummitFile::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true); // the demo scenario
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSummitFile::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

void TestSummitFile::newSummitThroughTheDialog()
{
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("eu-india.db"));
    bool askedFile = false;
    bool filled = false;
    QStringList problems;
    bool okWhileWrong = true;
    chooseFile(path, &askedFile, [&] {
        whenShown<NewSummitDialog>([&](NewSummitDialog *dialog) {
            QVERIFY(!QFile::exists(path)); // nothing written before Create
            // An empty name is refused where it is typed.
            QVERIFY(!dialog->okButton()->isEnabled());
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("EU-India summit"));
            QTest::keyClicks(dialog->placeEdit(), QStringLiteral("New Delhi"));
            QCOMPARE(dialog->ourBlocCombo()->currentText(), QStringLiteral("EU"));
            QCOMPARE(dialog->counterpartCombo()->currentText(), QStringLiteral("China"));
            dialog->startEdit()->setDate(QDate(2026, 2, 10));
            dialog->endEdit()->setDate(QDate(2026, 2, 9));
            problems << dialog->problemText();
            okWhileWrong = dialog->okButton()->isEnabled();
            dialog->endEdit()->setDate(QDate(2026, 2, 11));
            dialog->counterpartCombo()->setCurrentText(QStringLiteral("eu"));
            problems << dialog->problemText();
            okWhileWrong = okWhileWrong || dialog->okButton()->isEnabled();
            dialog->counterpartCombo()->lineEdit()->clear();
            QTest::keyClicks(dialog->counterpartCombo()->lineEdit(), QStringLiteral("India"));
            dialog->classificationCombo()->setCurrentText(QStringLiteral("EU RESTRICTED"));
            problems << dialog->problemText();
            filled = true;
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        });
    });
    m_window->newAction()->trigger();
    QVERIFY(askedFile);
    QVERIFY(filled);
    QVERIFY2(problems.at(0).contains(QStringLiteral("before")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("different")), qPrintable(problems.at(1)));
    QCOMPARE(problems.at(2), QString());
    QVERIFY(!okWhileWrong);

    QVERIFY2(m_window->store(), qPrintable(m_window->lastError()));
    QCOMPARE(m_window->store()->path(), QFileInfo(path).absoluteFilePath());
    const SummitInfo summit = m_window->store()->settings().summit();
    QCOMPARE(summit.name, QStringLiteral("EU-India summit"));
    QCOMPARE(summit.place, QStringLiteral("New Delhi"));
    QCOMPARE(summit.start, QDate(2026, 2, 10));
    QCOMPARE(summit.end, QDate(2026, 2, 11));
    QCOMPARE(summit.classification, QStringLiteral("EU RESTRICTED"));
    QCOMPARE(summit.ourBloc, QStringLiteral("EU"));
    QCOMPARE(summit.counterpartBloc, QStringLiteral("India"));
    QCOMPARE(m_window->issueModel()->rowCount(), 0);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("EU-India summit")));
    QCOMPARE(m_window->summitHeader()->nameText(), QStringLiteral("EU-India summit"));
    QCOMPARE(m_window->undoStack()->count(), 0);

    whenShown<ImportDialog>([](ImportDialog *dialog) { dialog->accept(); });
    m_window->exchange()->importFileInteractive(
        QStringLiteral(SUMMIT_TEST_DATA_DIR "/issues-india.csv"));
    QCOMPARE(m_window->issueModel()->totalCount(), qint64(3));
    // The first issue of a table that was empty is shown, as on opening a file.
    QVERIFY(m_window->currentIssueId() != 0);
    QCOMPARE(m_window->detailPanel()->issueId(), m_window->currentIssueId());
}

void TestSummitFile::cancelledNewSummitLeavesNoFile()
{
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("cancelled.db"));
    bool askedFile = false;
    bool shown = false;
    chooseFile(path, &askedFile, [&] {
        whenShown<NewSummitDialog>([&](NewSummitDialog *dialog) {
            shown = true;
            QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Never made"));
            dialog->reject();
        });
    });
    m_window->newAction()->trigger();
    QVERIFY(askedFile);
    QVERIFY(shown);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    QCOMPARE(m_window->store()->path(), QFileInfo(m_db->path()).absoluteFilePath());
}

void TestSummitFile::newSummitRefusesAnExistingFile()
{
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("notes.db"));
    QFile notes(path);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("notes\n");
    notes.close();
    const QByteArray before = TestSupport::fileHash(path);
    bool askedFile = false;
    bool shown = false;
    chooseFile(path, &askedFile, [&] {
        // Were the form to come, it would be closed and noted.
        QTimer::singleShot(500, [&] {
            for (QWidget *window : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<NewSummitDialog *>(window);
                    dialog && dialog->isVisible()) {
                    shown = true;
                    dialog->reject();
                }
            }
        });
    });
    m_window->newAction()->trigger();
    QVERIFY(askedFile);
    QVERIFY(!shown);
    QVERIFY2(m_window->lastError().contains(QStringLiteral("already exists")),
             qPrintable(m_window->lastError()));
    QVERIFY2(true, qPrintable(m_window->lastError()));
    QCOMPARE(TestSupport::fileHash(path), before);
    QCOMPARE(m_window->store()->path(), QFileInfo(m_db->path()).absoluteFilePath());
    QTest::qWait(600);
    QVERIFY(!shown); // the form is never shown for a file that cannot be made
}

void TestSummitFile::propertiesAreOneUndoStep()
{
    const SummitInfo before = m_window->store()->settings().summit();
    QVERIFY(!before.name.isEmpty());
    SummitInfo shown;
    bool handled = false;
    whenShown<NewSummitDialog>([&](NewSummitDialog *dialog) {
        handled = true;
        shown = dialog->summit();
        // The blocs of the file's actors are offered.
        QVERIFY(dialog->counterpartCombo()->findText(QStringLiteral("Russia")) >= 0);
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("EU-India summit"));
        dialog->counterpartCombo()->setCurrentText(QStringLiteral("India"));
        dialog->startEdit()->setDate(QDate(2026, 2, 10));
        dialog->endEdit()->setDate(QDate(2026, 2, 11));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    m_window->summitPropertiesAction()->trigger();
    QVERIFY(handled);
    QCOMPARE(shown.name, before.name);
    QCOMPARE(shown.start, before.start);
    QCOMPARE(shown.counterpartBloc, before.counterpartBloc);

    QUndoStack *stack = m_window->undoStack();
    QCOMPARE(stack->count(), 1);
    const auto check = [this](const QString &name, const QString &counterpart, const QDate &start) {
        const SummitInfo now = m_window->store()->settings().summit();
        QCOMPARE(now.name, name);
        QCOMPARE(now.counterpartBloc, counterpart);
        QCOMPARE(now.start, start);
        QCOMPARE(m_window->summitHeader()->nameText(), name);
        QVERIFY2(m_window->windowTitle().startsWith(name), qPrintable(m_window->windowTitle()));
    };
    check(QStringLiteral("EU-India summit"), QStringLiteral("India"), QDate(2026, 2, 10));
    QVERIFY(m_window->summitHeader()->detailsText().contains(QStringLiteral("February 2026")));
    m_window->undoAction()->trigger();
    check(before.name, before.counterpartBloc, before.start);
    m_window->redoAction()->trigger();
    check(QStringLiteral("EU-India summit"), QStringLiteral("India"), QDate(2026, 2, 10));

    // OK without a change adds no step.
    whenShown<NewSummitDialog>([](NewSummitDialog *dialog) { dialog->accept(); });
    m_window->summitPropertiesAction()->trigger();
    QCOMPARE(stack->count(), 1);
}

void TestSummitFile::importShowsWhatChangesBeforeWriting()
{
    const QString csv = QDir(m_db->dir()).filePath(QStringLiteral("two.csv"));
    QVERIFY(writeFile(csv, csvHeader +
                               "XX-01,A new issue,Trade,Open,High,Trade desk,2025-07-20,might,,,,\n"
                               "RE-01,Rare earths as the file has them,Trade,Open,High,Trade "
                               "desk,2025-07-20,might,,,,\n"));
    const QByteArray before = TestSupport::contentHash(*m_window->store());
    const qint64 rows = m_window->issueModel()->totalCount();
    m_window->undoStack()->push(new QUndoCommand(QStringLiteral("an earlier step")));
    QStringList previews;
    QList<bool> importable;
    QByteArray duringPreview;
    bool askedFile = false;
    chooseFile(csv, &askedFile, [&] {
        whenShown<ImportDialog>([&](ImportDialog *dialog) {
            // Refuse (the default): the existing code is named, nothing to import.
            previews << dialog->previewText();
            importable << dialog->importButton()->isEnabled();
            QTest::mouseClick(dialog->skipButton(), Qt::LeftButton);
            previews << dialog->previewText();
            importable << dialog->importButton()->isEnabled();
            QTest::mouseClick(dialog->replaceButton(), Qt::LeftButton);
            previews << dialog->previewText();
            importable << dialog->importButton()->isEnabled();
            duringPreview = TestSupport::contentHash(*m_window->store());
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        });
    });
    m_window->importAction()->trigger();
    QVERIFY(askedFile);
    QCOMPARE(previews.size(), 3);
    QVERIFY2(previews.at(0).contains(QStringLiteral("RE-01")), qPrintable(previews.at(0)));
    QCOMPARE(importable.at(0), false);
    QCOMPARE(previews.at(1), QStringLiteral("1 new issue, 0 issues replaced, 1 issue kept."));
    QCOMPARE(importable.at(1), true);
    QCOMPARE(previews.at(2), QStringLiteral("1 new issue, 1 issue replaced, 0 issues kept."));
    QCOMPARE(duringPreview, before); // the previews wrote nothing

    Store *store = m_window->store();
    QVERIFY2(store->issues().byCode(QStringLiteral("XX-01")), qPrintable(m_window->lastError()));
    QCOMPARE(store->issues().byCode(QStringLiteral("RE-01"))->title,
             QStringLiteral("Rare earths as the file has them"));
    QCOMPARE(m_window->issueModel()->totalCount(), rows + 1);
    // Not undoable, and said so: the stack starts again, a copy of the old file is kept.
    QCOMPARE(m_window->undoStack()->count(), 0);
    QCOMPARE(Store::backupsOf(m_db->path()).size(), 1);
}

void TestSummitFile::importTakesAKtabScenario()
{
    // File > Import knows KTAB's CSV by its first lines, says so, and adds its
    // dimensions as issues after the same preview and copy as any import.
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("dummyData_3Dim.csv"));
    QVERIFY(
        writeFile(path, readFile(QStringLiteral(SUMMIT_TEST_DATA_DIR "/ktab/dummyData_3Dim.csv"))));
    const qint64 rows = m_window->issueModel()->totalCount();
    QString preview;
    QString described;
    bool askedFile = false;
    chooseFile(path, &askedFile, [&] {
        whenShown<ImportDialog>([&](ImportDialog *dialog) {
            preview = dialog->previewText();
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                described += label->text();
            QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        });
    });
    m_window->importAction()->trigger();
    QVERIFY(askedFile);
    QVERIFY2(described.contains(QStringLiteral("KTAB")), qPrintable(described));
    QVERIFY2(preview.startsWith(QStringLiteral("3 new issues, 7 new actors")), qPrintable(preview));
    QCOMPARE(m_window->issueModel()->totalCount(), rows + 3);
    QCOMPARE(m_window->store()->actors().byName(QStringLiteral("SActor-02"))->biography,
             QStringLiteral("Random Spatial Actor"));
    QCOMPARE(Store::backupsOf(m_db->path()).size(), 1);
}

void TestSummitFile::exportMenuWritesAKtabScenario()
{
    const QString out = QDir(m_db->dir()).filePath(QStringLiteral("summit-ktab.csv"));
    // Every issue with positions: the demo has an actor name KTAB cannot read.
    bool asked = false;
    chooseFile(out, &asked);
    m_window->exportKtabAction()->trigger();
    QVERIFY(asked);
    QVERIFY2(m_window->lastError().contains(QStringLiteral("China (Ministry of Foreign Affairs)")),
             qPrintable(m_window->lastError()));
    QVERIFY(!QFile::exists(out));

    // The issues selected: those a KTAB file brought in.
    const QString in = QDir(m_db->dir()).filePath(QStringLiteral("dummyData_3Dim.csv"));
    QVERIFY(
        writeFile(in, readFile(QStringLiteral(SUMMIT_TEST_DATA_DIR "/ktab/dummyData_3Dim.csv"))));
    whenShown<ImportDialog>([](ImportDialog *dialog) { dialog->accept(); });
    m_window->exchange()->importFileInteractive(in);
    QTableView *table = m_window->issueTable();
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex code = table->model()->index(row, IssueTableModel::CodeColumn);
        if (code.data().toString().startsWith(QStringLiteral("KT-")))
            table->selectionModel()->select(code, QItemSelectionModel::Select |
                                                      QItemSelectionModel::Rows);
    }
    asked = false;
    chooseFile(out, &asked);
    m_window->exportKtabAction()->trigger();
    QVERIFY(asked);
    QString error;
    const std::optional<KtabCsvImporter::Scenario> scenario =
        KtabCsvImporter::parse(readFile(out), &error);
    QVERIFY2(scenario, qPrintable(error + m_window->lastError()));
    QCOMPARE(scenario->dimensions, QStringList({QStringLiteral("Pstn1"), QStringLiteral("Pstn2"),
                                                QStringLiteral("Pstn3")}));
    QCOMPARE(scenario->actors.size(), 7);
}

void TestSummitFile::importOfAMalformedFileChangesNothing_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // in the importer's message
    QTest::newRow("unknown status")
        << QStringLiteral("bad.csv")
        << (csvHeader + "XX-01,A new issue,Trade,Pending,High,Trade desk,2025-07-20,might,,,,\n")
        << QStringLiteral("Pending");
    QTest::newRow("formula-free but too long a code")
        << QStringLiteral("long.csv")
        << (csvHeader + QByteArray(30, 'X') + ",Title,Trade,Open,High,,,,,,,\n")
        << QStringLiteral("20");
    QTest::newRow("KTAB scenario with a salience over 100")
        << QStringLiteral("ktab.csv")
        << QByteArray("Trade,Two,3,1,\nActor,Description,Power,Tariffs Position,Tariffs "
                      "Salience,\nEU,European Union,80,20,40,\nCN,China,100,80,150,\nUS,United "
                      "States,40,50,20,\n")
        << QStringLiteral("line 4, field Tariffs Salience: 150 is outside 0–100");
    QTest::newRow("not JSON") << QStringLiteral("broken.json")
                              << QByteArray("{\"format_version\": 2, \"issues\": [")
                              << QStringLiteral("JSON");
    QTest::newRow("invalid UTF-8")
        << QStringLiteral("invalid-utf8.json")
        << readFile(QStringLiteral(SUMMIT_TEST_DATA_DIR "/invalid-utf8.json"))
        << QStringLiteral("UTF8");
}

void TestSummitFile::importOfAMalformedFileChangesNothing()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = QDir(m_db->dir()).filePath(fileName);
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = TestSupport::contentHash(*m_window->store());
    QString preview;
    bool importable = true;
    whenShown<ImportDialog>([&](ImportDialog *dialog) {
        QTest::mouseClick(dialog->replaceButton(), Qt::LeftButton);
        preview = dialog->previewText();
        importable = dialog->importButton()->isEnabled();
        dialog->accept(); // even pressed through, nothing may be written
    });
    m_window->exchange()->importFileInteractive(path);
    QVERIFY2(preview.contains(expected), qPrintable(preview));
    QVERIFY(!importable);
    QVERIFY2(m_window->lastError().contains(expected), qPrintable(m_window->lastError()));
    QCOMPARE(TestSupport::contentHash(*m_window->store()), before);
}

void TestSummitFile::exportMenuWritesFilesThatImportIdentically()
{
    const QDir dir(m_db->dir());
    const QString json = dir.filePath(QStringLiteral("summit.json"));
    const QString csv = dir.filePath(QStringLiteral("summit.csv"));
    bool asked = false;
    chooseFile(json, &asked);
    m_window->exportScenarioAction()->trigger();
    QVERIFY(asked);
    asked = false;
    chooseFile(csv, &asked);
    m_window->exportIssueTableAction()->trigger();
    QVERIFY(asked);
    const QByteArray scenario = readFile(json);
    const QByteArray table = readFile(csv);
    QVERIFY2(!scenario.isEmpty() && !table.isEmpty(), qPrintable(m_window->lastError()));

    // An existing file is replaced only when the question says so.
    const auto exportAgain = [&](QMessageBox::StandardButton answer) {
        bool questioned = false;
        asked = false;
        chooseFile(json, &asked, [&] {
            whenShown<QMessageBox>([&](QMessageBox *box) {
                questioned = true;
                box->button(answer)->click();
            });
        });
        m_window->exportScenarioAction()->trigger();
        return questioned;
    };
    QVERIFY(writeFile(json, "kept"));
    QVERIFY(exportAgain(QMessageBox::Cancel));
    QCOMPARE(readFile(json), QByteArray("kept"));
    QVERIFY(exportAgain(QMessageBox::Yes));
    QCOMPARE(readFile(json), scenario);

    // Into a new summit file, the files read back as they were written.
    for (const QString &source : {json, csv}) {
        const QString copy = dir.filePath(QFileInfo(source).suffix() + QStringLiteral("-copy.db"));
        QString error;
        QVERIFY2(SummitFile::create(copy, m_window->store()->settings().summit(), &error),
                 qPrintable(error));
        Store store;
        store.open(copy, Store::OpenMode::ExistingOnly);
        QBuffer again;
        again.open(QIODevice::WriteOnly);
        if (source == json) {
            ScenarioImporter importer(store);
            QVERIFY2(importer.importFile(json), qPrintable(importer.errorString()));
            QVERIFY(ScenarioExporter(store).write(again));
            QCOMPARE(again.data(), scenario);
        } else {
            IssueCsvImporter importer(store);
            QVERIFY2(importer.importFile(csv), qPrintable(importer.errorString()));
            QVERIFY(IssueCsvExporter(store).write(again));
            QCOMPARE(again.data(), table);
        }
    }
}

void TestSummitFile::exportToAnUnwritablePathSaysWhy()
{
    const QString path = QStringLiteral("/nonexistent-folder/summit.json");
    QVERIFY(!m_window->exchange()->exportScenario(path));
    QVERIFY2(m_window->lastError().contains(QStringLiteral("/nonexistent-folder")),
             qPrintable(m_window->lastError()));
    QVERIFY(!m_window->exchange()->exportIssueTable(QStringLiteral("/nonexistent-folder/x.csv")));
    QVERIFY(!m_window->lastError().isEmpty());
}

QTEST_MAIN(TestSummitFile)
#include "test_summit_file.moc"
