#include "TestSupport.h"

#include "AppLanguage.h"
#include "AppSettings.h"
#include "DialogScript.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "actors/ActorsView.h"
#include "issues/IssueDetailPanel.h"
#include "mainwindow/ExchangeController.h"
#include "mainwindow/SummitTabs.h"
#include "tracking/TrackingController.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QXmlStreamReader>

#include <functional>
#include <memory>
#include <optional>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool finished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{
                context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            message.finished = type != u"unfinished" && type != u"vanished" && type != u"obsolete";
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations.append(xml.readElementText());
            }
            bool empty = true;
            for (const QString &text : std::as_const(message.translations))
                empty = empty && text.isEmpty();
            if (empty)
                message.finished = false;
            messages.append(message);
        }
    }
    return messages;
}

// What the user reads of a text: no mnemonic ampersands, plain text of rich text.
QString readable(const QString &text)
{
    QString plain =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return plain.trimmed();
}

// The English source texts of the translation whose French differs from them (or is
// still missing): one of these on screen is English left over.
class EnglishTexts
{
public:
    explicit EnglishTexts(const QList<TsMessage> &messages)
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        for (const TsMessage &message : messages) {
            if (message.finished && !message.numerus &&
                readable(message.translations.value(0)) == readable(message.source))
                continue; // the same in both languages ("Code", "Position")
            if (!message.source.contains(word))
                continue;
            if (message.source.contains(placeholder)) {
                // "Showing %1 of %2": enough English of its own to tell; "%1 and %2"
                // would take a user's text for English.
                QString literal = message.source;
                literal.remove(placeholder);
                static const QRegularExpression notLetters(QStringLiteral("[^A-Za-z]"));
                if (literal.remove(notLetters).size() < 6)
                    continue;
                QString pattern;
                const QStringList parts = readable(message.source).split(placeholder);
                for (qsizetype i = 0; i < parts.size(); ++i) {
                    if (i > 0)
                        pattern += QStringLiteral("(.+)");
                    pattern += QRegularExpression::escape(parts.at(i));
                }
                m_patternSources.append(message.source);
                m_patterns.append(
                    QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                       QRegularExpression::DotMatchesEverythingOption));
            } else {
                m_texts.insert(readable(message.source));
            }
        }
    }

    // The English source the text shows, or nothing when it is not English.
    std::optional<QString> englishSource(const QString &shown) const
    {
        const QString text = readable(shown);
        if (text.isEmpty())
            return std::nullopt;
        if (m_texts.contains(text))
            return text;
        for (qsizetype i = 0; i < m_patterns.size(); ++i) {
            if (m_patterns.at(i).match(text).hasMatch())
                return m_patternSources.at(i);
        }
        return std::nullopt;
    }

    qsizetype size() const { return m_texts.size() + m_patterns.size(); }

private:
    QSet<QString> m_texts;
    QList<QRegularExpression> m_patterns;
    QStringList m_patternSources;
};

// Every text a user can read on a widget tree: titles, labels, buttons, menus and
// their actions, tabs, column headers, charts, tooltips and accessible names,
// each with where it was found.
class TextWalk
{
public:
    QList<QPair<QString, QString>> found; // where, text

    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            found.append({where, text});
    }

    void actions(const QString &where, const QList<QAction *> &list)
    {
        for (QAction *action : list) {
            if (action->isSeparator())
                continue;
            const QString here = where + QStringLiteral(" > ") + readable(action->text());
            if (!action->menu()) // a submenu's title is taken with the submenu
                add(where, action->text());
            if (action->toolTip() != readable(action->text()))
                add(here + QStringLiteral(" (tooltip)"), action->toolTip());
            add(here + QStringLiteral(" (status tip)"), action->statusTip());
            if (QMenu *menu = action->menu())
                this->menu(here, menu);
        }
    }

    void menu(const QString &where, QMenu *menu)
    {
        if (m_menus.contains(menu))
            return;
        m_menus.insert(menu);
        emit menu->aboutToShow(); // menus filled when they open (Open Recent, Views)
        add(where, menu->title());
        actions(where, menu->actions());
        emit menu->aboutToHide();
    }

    void widget(const QString &where, QWidget *root)
    {
        add(where + QStringLiteral(" (window title)"), root->windowTitle());
        if (auto *window = qobject_cast<QMainWindow *>(root))
            actions(where + QStringLiteral(" menu"), window->menuBar()->actions());
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : std::as_const(all)) {
            const QString here =
                where + QStringLiteral(" ") + QLatin1String(w->metaObject()->className()) +
                (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName());
            add(here + QStringLiteral(" (tooltip)"), w->toolTip());
            add(here + QStringLiteral(" (accessible name)"), w->accessibleName());
            add(here + QStringLiteral(" (accessible description)"), w->accessibleDescription());
            add(here + QStringLiteral(" (what's this)"), w->whatsThis());
            if (auto *menu = qobject_cast<QMenu *>(w))
                this->menu(here, menu);
            else if (!qobject_cast<QMenuBar *>(w))
                actions(here, w->actions()); // toolbars, context menus
            if (auto *label = qobject_cast<QLabel *>(w))
                add(here, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(here, button->text());
            if (auto *box = qobject_cast<QGroupBox *>(w))
                add(here, box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(here + QStringLiteral(" (placeholder)"), edit->placeholderText());
            // A language chooser names each language in itself ("English",
            // "Français"), whatever the window's language.
            if (auto *combo = qobject_cast<QComboBox *>(w);
                combo && combo->objectName() != QLatin1String("languageBox")) {
                for (int i = 0; i < combo->count(); ++i)
                    add(here + QStringLiteral(" (choice)"), combo->itemText(i));
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(here + QStringLiteral(" (tab)"), tabs->tabText(i));
                    add(here + QStringLiteral(" (tab tooltip)"), tabs->tabToolTip(i));
                }
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int c = 0; c < model->columnCount(); ++c) {
                    add(here + QStringLiteral(" (column header)"),
                        model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                    add(here + QStringLiteral(" (column header tooltip)"),
                        model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
                }
            }
            if (auto *chartView = qobject_cast<QChartView *>(w); chartView && chartView->chart()) {
                QChart *chart = chartView->chart();
                add(here + QStringLiteral(" (chart title)"), chart->title());
                for (QAbstractAxis *axis : chart->axes())
                    add(here + QStringLiteral(" (axis title)"), axis->titleText());
                for (QAbstractSeries *series : chart->series())
                    add(here + QStringLiteral(" (series)"), series->name());
            }
        }
    }

private:
    QSet<QMenu *> m_menus;
};

} // namespace

class TestFrench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void languageFollowsTheSystemOrTheChoice_data();
    void languageFollowsTheSystemOrTheChoice();
    void windowSpeaksFrenchDatesAndButtons();
    void systemLanguageFromTheEnvironment();
    void preferencesKeepTheLanguageForTheNextStart();
    void noEnglishLeftInTheWindow();
    void noEnglishLeftInTheDialogs();
    void everySourceStringHasFrench();
    void translationsKeepPlaceholdersAndMnemonics();

private:
    // The English texts among those walked, each printed on a line of its own.
    QStringList englishIn(const TextWalk &walk) const;
    // Opens a dialog with `open` and walks it (and any dialog it leads to when
    // `next` answers it), then closes it; false when none came.
    bool walkDialog(const QString &name, const std::function<void()> &open, TextWalk &walk,
                    const std::function<bool(QDialog *)> &next = {});

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<EnglishTexts> m_english;
};

void TestFrench::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_french"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
    QCOMPARE(AppLanguage::install(AppLanguage::french), QLocale::French);
    const QList<TsMessage> messages = readTs(QStringLiteral(SUMMIT_FRENCH_TS));
    QVERIFY2(messages.size() > 100, SUMMIT_FRENCH_TS);
    m_english = std::make_unique<EnglishTexts>(messages);
}

void TestFrench::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true);
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->resize(1280, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFrench::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

void TestFrench::languageFollowsTheSystemOrTheChoice_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<int>("expected");
    const QStringList french{QStringLiteral("fr-FR"), QStringLiteral("fr")};
    const QStringList english{QStringLiteral("en-GB"), QStringLiteral("en")};
    QTest::newRow("French system") << QString() << french << int(QLocale::French);
    QTest::newRow("Belgian French system")
        << QString() << QStringList{QStringLiteral("fr-BE")} << int(QLocale::French);
    QTest::newRow("English system") << QString() << english << int(QLocale::English);
    // LANGUAGE=de:fr: German first, but no German translation.
    QTest::newRow("German then French")
        << QString() << QStringList{QStringLiteral("de-DE"), QStringLiteral("fr-FR")}
        << int(QLocale::French);
    QTest::newRow("German only") << QString() << QStringList{QStringLiteral("de-DE")}
                                 << int(QLocale::English);
    QTest::newRow("C locale") << QString() << QStringList{QStringLiteral("C")}
                              << int(QLocale::English);
    QTest::newRow("English chosen on a French system")
        << AppLanguage::english << french << int(QLocale::English);
    QTest::newRow("French chosen on an English system")
        << AppLanguage::french << english << int(QLocale::French);
}

void TestFrench::languageFollowsTheSystemOrTheChoice()
{
    QFETCH(QString, choice);
    QFETCH(QStringList, uiLanguages);
    QFETCH(int, expected);
    QCOMPARE(int(AppLanguage::resolve(choice, uiLanguages)), expected);
}

void TestFrench::windowSpeaksFrenchDatesAndButtons()
{
    // Dates and numbers follow the language, whatever LC_ALL the test runs with.
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(QLocale().toString(QDate(2025, 7, 24), QLocale::LongFormat),
             QStringLiteral("jeudi 24 juillet 2025"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1\u202f234,5"));
    // Qt's own buttons come from qtbase_fr.qm (Debian's qt6-translations-l10n).
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(QFile::exists(qtTranslations + QStringLiteral("/qtbase_fr.qm")),
             qPrintable(QStringLiteral("no qtbase_fr.qm in %1: install qt6-translations-l10n")
                            .arg(qtTranslations)));
    PreferencesDialog dialog(m_window.get());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(readable(buttons->button(QDialogButtonBox::Cancel)->text()),
             QStringLiteral("Annuler"));
}

void TestFrench::systemLanguageFromTheEnvironment()
{
    // test_french_environment starts this function with LANGUAGE=fr:en and
    // LANG=en_GB.UTF-8: a French desk on an English system's formats.
    if (qEnvironmentVariable("LANGUAGE") != QStringLiteral("fr:en"))
        QSKIP("run by test_french_environment (LANGUAGE=fr:en LANG=en_GB.UTF-8)");
    QCOMPARE(AppLanguage::install(AppLanguage::systemDefault), QLocale::French);
    // The window's dates follow its language, not LC_TIME's English.
    QCOMPARE(QLocale().toString(QDate(2025, 7, 24), QStringLiteral("d MMMM yyyy")),
             QStringLiteral("24 juillet 2025"));
    QCOMPARE(AppLanguage::install(AppLanguage::english), QLocale::English);
    QCOMPARE(QLocale().toString(QDate(2025, 7, 24), QStringLiteral("d MMMM yyyy")),
             QStringLiteral("24 July 2025"));
}

void TestFrench::preferencesKeepTheLanguageForTheNextStart()
{
    QCOMPARE(AppSettings().language(), QString());
    auto *action = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    bool shown = false;
    QString note;
    TestSupport::whenShown<PreferencesDialog>([&](PreferencesDialog *dialog) {
        shown = true;
        QCOMPARE(dialog->language(), AppLanguage::systemDefault);
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("restartNote"));
        note = label ? label->text() : QString();
        // The label's mnemonic moves the focus to the list.
        bool labelled = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == dialog->languageBox() &&
                                    label->text().contains(QLatin1Char('&')));
        QVERIFY(labelled);
        dialog->languageBox()->setCurrentIndex(
            dialog->languageBox()->findData(AppLanguage::french));
        dialog->accept();
    });
    action->trigger();
    QVERIFY(shown);
    QVERIFY(!note.isEmpty());
    QCOMPARE(AppSettings().language(), AppLanguage::french);
    // The window keeps its language until the next start, and says so.
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());

    // Back to the system's language: nothing stored.
    TestSupport::whenShown<PreferencesDialog>([&](PreferencesDialog *dialog) {
        QCOMPARE(dialog->language(), AppLanguage::french);
        dialog->languageBox()->setCurrentIndex(0);
        dialog->accept();
    });
    action->trigger();
    QCOMPARE(AppSettings().language(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

QStringList TestFrench::englishIn(const TextWalk &walk) const
{
    QStringList english;
    for (const auto &[where, text] : walk.found) {
        if (const std::optional<QString> source = m_english->englishSource(text)) {
            QString line = QStringLiteral("%1: %2").arg(where, readable(text));
            if (*source != readable(text))
                line += QStringLiteral("   [from \"%1\"]").arg(*source);
            if (!english.contains(line))
                english.append(line);
        }
    }
    return english;
}

bool TestFrench::walkDialog(const QString &name, const std::function<void()> &open, TextWalk &walk,
                            const std::function<bool(QDialog *)> &next)
{
    bool shown = false;
    TestSupport::whenShown<QDialog>([&](QDialog *dialog) {
        shown = true;
        walk.widget(name, dialog);
        if (next && next(dialog))
            return;
        dialog->reject();
    });
    open();
    if (!shown)
        qWarning("%s: no dialog came", qPrintable(name));
    return shown;
}

void TestFrench::noEnglishLeftInTheWindow()
{
    TextWalk walk;
    QTabWidget *tabs = m_window->tabs();
    // Each tab once current, so that what it fills on first show is there.
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(50);
    }
    tabs->setCurrentIndex(SummitTabs::IssuesTab);
    walk.widget(QStringLiteral("main window"), m_window.get());
    QVERIFY(walk.found.size() > 50);
    const QStringList english = englishIn(walk);
    for (const QString &line : english)
        printf("English left: %s\n", qPrintable(line));
    fflush(stdout);
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("%1 texts of the window are still English (listed above)")
                            .arg(english.size())));
}

void TestFrench::noEnglishLeftInTheDialogs()
{
    TextWalk walk;
    QStringList missing;
    auto check = [&](const QString &name, const std::function<void()> &open,
                     const std::function<bool(QDialog *)> &next = {}) {
        if (!walkDialog(name, open, walk, next))
            missing.append(name);
    };
    auto trigger = [](QAction *action) {
        return [action] {
            QVERIFY(action);
            action->setEnabled(true);
            action->trigger();
        };
    };

    check(QStringLiteral("Preferences"),
          trigger(m_window->findChild<QAction *>(QStringLiteral("preferencesAction"))));
    // New summit: the file to write, then the summit's name, dates and sides.
    QTemporaryDir folder;
    check(QStringLiteral("New summit file"), trigger(m_window->newAction()), [&](QDialog *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        if (!files)
            return false;
        TestSupport::whenShown<QDialog>([&](QDialog *summit) {
            walk.widget(QStringLiteral("New summit"), summit);
            summit->reject();
        });
        files->setDirectory(folder.path());
        if (auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(QStringLiteral("new.db"));
        static_cast<QDialog *>(files)->accept();
        return true;
    });
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    check(QStringLiteral("Summit properties"), trigger(m_window->summitPropertiesAction()));
    check(QStringLiteral("Import file"), trigger(m_window->importAction()));
    check(QStringLiteral("Import preview"), [this] {
        m_window->exchange()->importFileInteractive(
            QStringLiteral(SUMMIT_TEST_DATA_DIR "/issues-india.csv"));
    });
    check(QStringLiteral("Team database"), trigger(m_window->connectTeamDatabaseAction()));
    check(QStringLiteral("Briefing pack export"), trigger(m_window->exportPackAction()));
    check(QStringLiteral("Export scenario"), trigger(m_window->exportScenarioAction()));

    m_window->tabs()->setCurrentIndex(SummitTabs::IssuesTab);
    check(QStringLiteral("Add position"), trigger(m_window->detailPanel()->addPositionAction()));
    check(QStringLiteral("Set status"), trigger(m_window->tracking()->bulkStatusAction()));
    check(QStringLiteral("Your name"), trigger(m_window->tracking()->userNameAction()));

    m_window->tabs()->setCurrentIndex(SummitTabs::ActorsTab);
    check(QStringLiteral("Add actor"), trigger(m_window->actorsView()->addActorAction()));
    check(QStringLiteral("Edit actor"), trigger(m_window->actorsView()->editActorAction()));
    check(QStringLiteral("Merge actors"), trigger(m_window->actorsView()->mergeActorAction()));

    m_window->tabs()->setCurrentIndex(SummitTabs::ProgrammeTab);
    check(QStringLiteral("Add event"), [this] {
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addEventButton"));
        QVERIFY(button);
        button->click();
    });
    m_window->tabs()->setCurrentIndex(SummitTabs::IndicatorsTab);
    check(QStringLiteral("Add point"), [this] {
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("addPointButton"));
        QVERIFY(button);
        button->click();
    });

    const QStringList english = englishIn(walk);
    for (const QString &line : english)
        printf("English left: %s\n", qPrintable(line));
    fflush(stdout);
    QVERIFY2(missing.isEmpty(),
             qPrintable(
                 QStringLiteral("no dialog came for: %1").arg(missing.join(QStringLiteral(", ")))));
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("%1 texts of the dialogs are still English (listed above)")
                            .arg(english.size())));
}

void TestFrench::everySourceStringHasFrench()
{
    // lupdate on today's sources, into a copy: a tr() string added since the
    // translators' last pass is there, without French.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QStringLiteral("summit-brief_fr.ts"));
    QVERIFY(QFile::copy(QStringLiteral(SUMMIT_FRENCH_TS), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(SUMMIT_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SUMMIT_LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp,h"), QStringLiteral("app"), QStringLiteral("views"),
                   QStringLiteral("models"), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), SUMMIT_LUPDATE_PATH);
    const QString said = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(said));
    // A tr() lupdate cannot place is never translated: it is missing from the file,
    // or filed under a context the running code does not ask for.
    QStringList unplaced;
    for (const QString &line : said.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("cannot be called without context")) ||
            line.contains(QLatin1String("lacks Q_OBJECT macro")))
            unplaced.append(line.trimmed());
    }
    QVERIFY2(unplaced.isEmpty(), qPrintable(unplaced.join(QLatin1Char('\n'))));

    const QList<TsMessage> messages = readTs(copy);
    QVERIFY(messages.size() > 100);
    QStringList untranslated;
    for (const TsMessage &message : messages) {
        if (!message.finished)
            untranslated.append(QStringLiteral("%1: %2").arg(message.context, message.source));
    }
    for (const QString &line : std::as_const(untranslated))
        printf("No French: %s\n",
               qPrintable(QString(line).replace(QLatin1Char('\n'), QStringLiteral("\\n"))));
    fflush(stdout);
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 source strings have no French (listed above)")
                            .arg(untranslated.size())
                            .arg(messages.size())));
}

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?([0-9]+|n)"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(QLatin1Char('%') + it.next().captured(1));
    found.sort();
    return found;
}

// '&' before a letter marks a mnemonic; "&&" is a literal ampersand.
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

} // namespace

void TestFrench::translationsKeepPlaceholdersAndMnemonics()
{
    const QList<TsMessage> messages = readTs(QStringLiteral(SUMMIT_FRENCH_TS));
    QVERIFY(messages.size() > 100);
    QStringList wrong;
    for (const TsMessage &message : messages) {
        if (!message.finished)
            continue;
        for (const QString &french : message.translations) {
            // A %n form may leave the number out ("une question"), never another one.
            QStringList expected = placeholders(message.source);
            QStringList got = placeholders(french);
            if (message.numerus) {
                expected.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (got != expected)
                wrong.append(QStringLiteral("%1: \"%2\" -> \"%3\": placeholders %4, not %5")
                                 .arg(message.context, message.source, french,
                                      got.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
            if (mnemonics(french) != mnemonics(message.source))
                wrong.append(QStringLiteral("%1: \"%2\" -> \"%3\": %4 mnemonics, not %5")
                                 .arg(message.context, message.source, french)
                                 .arg(mnemonics(french))
                                 .arg(mnemonics(message.source)));
        }
    }
    for (const QString &line : std::as_const(wrong))
        printf("%s\n", qPrintable(line));
    fflush(stdout);
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 translations lose a placeholder or a "
                                                        "mnemonic (listed above)")
                                             .arg(wrong.size())));
}

QTEST_MAIN(TestFrench)
#include "test_french.moc"
