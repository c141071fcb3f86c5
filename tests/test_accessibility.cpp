#include "TestSupport.h"

#include "AppSettings.h"
#include "DarkPalette.h"
#include "DialogScript.h"
#include "MainWindow.h"
#include "actors/ActorDialog.h"
#include "actors/MergeActorsDialog.h"
#include "briefing/PackExportDialog.h"
#include "charts/BlocPalette.h"
#include "delegates/ReadableItemDelegate.h"
#include "delegates/StatusDelegate.h"
#include "issues/AddPositionDialog.h"
#include "issues/IssueActions.h"
#include "issues/IssueDetailPanel.h"
#include "issues/IssueFilterBar.h"
#include "items/IssueTableModel.h"
#include "mainwindow/ImportDialog.h"
#include "mainwindow/NewSummitDialog.h"
#include "mainwindow/TeamDatabaseDialog.h"
#include "programme/EventDialog.h"
#include "programme/IndicatorPointDialog.h"
#include "store/ActorRepository.h"
#include "store/Store.h"
#include "tracking/ConflictDialog.h"
#include "tracking/IssueLinksView.h"
#include "tracking/StatusReasonDialog.h"
#include "tracking/UserNameDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace {

// The letter Alt reaches for this text ("&&" is a literal ampersand), lower case;
// a null QChar when there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// Every item of the menu and of its submenus has a letter of its own.
void checkMenu(QMenu *menu, const QString &path, QStringList &problems)
{
    emit menu->aboutToShow(); // the recent files and saved views fill themselves here
    QHash<QChar, QString> taken;
    // Saved views are named by the user: their names are printed as typed.
    const bool userNamed = menu->objectName() == QLatin1String("viewsMenu") ||
                           menu->objectName() == QLatin1String("deleteViewMenu");
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString where = path + QStringLiteral(" > ") + plain(action->text());
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull()) {
            const bool placeholder = !action->isEnabled() && !action->menu() &&
                                     menu->objectName() == QLatin1String("recentMenu");
            if (!userNamed && !placeholder)
                problems << where + QStringLiteral(": no mnemonic");
        } else if (taken.contains(letter)) {
            problems << where + QStringLiteral(": mnemonic '%1' also used by %2")
                                    .arg(letter)
                                    .arg(taken.value(letter));
        } else {
            taken.insert(letter, plain(action->text()));
        }
        if (action->menu())
            checkMenu(action->menu(), where, problems);
    }
}

// The labels with a buddy and the buttons of a dialog: each has a letter, and no
// two the same. OK and Cancel without one are reached by Enter and Escape.
QStringList dialogMnemonicProblems(QWidget *dialog)
{
    QStringList problems;
    QHash<QChar, QString> taken;
    const auto take = [&](const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull()) {
            problems << plain(text) + QStringLiteral(": no mnemonic");
            return;
        }
        if (taken.contains(letter))
            problems << plain(text) + QStringLiteral(": mnemonic '%1' also used by %2")
                                          .arg(letter)
                                          .arg(taken.value(letter));
        else
            taken.insert(letter, plain(text));
    };
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        // A form's label of a read-only value (a QLabel) has nothing to jump to.
        if (label->buddy() && (label->buddy()->focusPolicy() & Qt::TabFocus) &&
            !label->text().isEmpty())
            take(label->text());
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->text().isEmpty() || button->isHidden() ||
            button->inherits("QToolButton")) // tool buttons show an icon or a menu
            continue;
        if (auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget())) {
            const QDialogButtonBox::StandardButton standard = box->standardButton(button);
            if ((standard == QDialogButtonBox::Ok || standard == QDialogButtonBox::Cancel ||
                 standard == QDialogButtonBox::Close) &&
                mnemonicOf(button->text()).isNull())
                continue;
        }
        take(button->text());
    }
    return problems;
}

using DialogFactory = std::function<QDialog *()>;

// The cell as the delegate paints it: the colour that covers most of it is the
// background, the one farthest from it the text. Left of textFrom is the dot.
double sampledContrast(ReadableItemDelegate *delegate, QStyleOptionViewItem option,
                       const QModelIndex &index, const QColor &base, int textFrom)
{
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(base);
    option.rect = image.rect();
    {
        QPainter painter(&image);
        delegate->paint(&painter, option, index);
    }
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    double best = 1.0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = textFrom; x < image.width(); ++x)
            best = std::max(best, contrastRatio(QColor(image.pixel(x, y)), QColor(background)));
    return best;
}

// Every cell with text in the table: the colours the delegate picks reach 4.5:1,
// and the pixels it paints come close (the darkest or lightest pixel of the glyphs).
QStringList unreadableCells(QTableView *table, int maxRows = 60)
{
    QStringList problems;
    QAbstractItemModel *model = table->model();
    const QColor base = table->palette().color(QPalette::Base);
    for (int row = 0; row < std::min(model->rowCount(), maxRows); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table->isColumnHidden(column))
                continue;
            const QModelIndex index = model->index(row, column);
            if (index.data(Qt::DisplayRole).toString().isEmpty())
                continue;
            auto *delegate =
                qobject_cast<ReadableItemDelegate *>(table->itemDelegateForIndex(index));
            if (!delegate) {
                problems << QStringLiteral("column %1: not a readable delegate").arg(column);
                continue;
            }
            QStyleOptionViewItem option;
            option.initFrom(table);
            option.state &= ~QStyle::State_Selected;
            option.state &= ~QStyle::State_HasFocus;
            option.rect = QRect(0, 0, std::max(60, table->columnWidth(column)),
                                std::max(20, table->rowHeight(row)));
            option.widget = table;
            if (table->alternatingRowColors() && row % 2 == 1)
                option.features |= QStyleOptionViewItem::Alternate;
            const QColor text = delegate->textColor(option, index);
            const QColor background = delegate->backgroundColor(option, index);
            const double chosen = contrastRatio(text, background);
            const double painted =
                sampledContrast(delegate, option, index,
                                option.features & QStyleOptionViewItem::Alternate
                                    ? table->palette().color(QPalette::AlternateBase)
                                    : base,
                                delegate->inherits("ChoiceDelegate") ? 24 : 0);
            // The glyphs' edges are blended with the background: their darkest (or
            // lightest) pixel comes within a tenth of the colour the text is drawn in.
            if (chosen < 4.5 || painted < 4.05)
                problems << QStringLiteral("row %1 column %2 \"%3\": text %4 on %5, %6:1 "
                                           "chosen, %7:1 painted")
                                .arg(row)
                                .arg(column)
                                .arg(index.data().toString(), text.name(), background.name())
                                .arg(chosen, 0, 'f', 2)
                                .arg(painted, 0, 'f', 2);
        }
    }
    return problems;
}

bool isA(const QWidget *widget, std::initializer_list<const char *> classes)
{
    for (const char *name : classes)
        if (widget->inherits(name))
            return true;
    return false;
}

// The parts a screen reader meets as one control with its owner: a combo box's
// line edit, a table's cell editors and headers, a line edit's clear button.
bool isPartOfAnother(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root->parentWidget();
         parent = parent->parentWidget()) {
        if (isA(parent, {"QAbstractItemView", "QComboBox", "QAbstractSpinBox", "QTabBar",
                         "QLineEdit", "QCalendarWidget", "QMenu", "QMenuBar", "QScrollBar"}))
            return true;
    }
    return isA(widget, {"QHeaderView"}) ||
           widget->objectName() == QLatin1String("qt_toolbar_ext_button");
}

// Each control, chart, table and tab set a screen reader cannot name: what it
// reads is QAccessible's Name (an accessible name, a button's text, a label buddy).
QStringList unnamedWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isA(widget, {"QAbstractButton", "QLineEdit", "QTextEdit", "QPlainTextEdit",
                          "QComboBox", "QAbstractSpinBox", "QAbstractItemView", "QChartView",
                          "QAbstractSlider", "QTabWidget", "QDateTimeEdit"}) ||
            isA(widget, {"QScrollBar"}) || isPartOfAnother(widget, root))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(),
                                widget->parentWidget() ? widget->parentWidget()->objectName()
                                                       : QString());
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyMenuItemHasItsOwnMnemonic();
    void noTwoActionsShareAShortcut();
    void frequentActionsHaveShortcuts();
    void controlKeysSwitchTabs();
    void dialogsHaveDistinctMnemonics_data();
    void dialogsHaveDistinctMnemonics();
    void tabLeavesIssueTableForDetails();
    void tabLeavesEveryTable();
    void overviewTabOrderFollowsTheForm();
    void f6CyclesTableDetailsAndFilter();
    void mainWindowControlsHaveNames();
    void dialogControlsHaveNames_data();
    void dialogControlsHaveNames();
    void addLinkDialogControlsHaveNames();
    void mergeActorsDialogHasNamesAndMnemonics();
    void delegateTextReadsOnDarkPalette();
    void statusAndBlocColoursDifferForColourBlindReaders();

private:
    static QList<QPair<QString, DialogFactory>> dialogFactories();
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SummitBriefTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_accessibility"));
    QSettings().clear();
    MainWindow::setQuietForTesting(true);
}

void TestAccessibility::init()
{
    m_db = std::make_unique<TestSupport::TempDatabase>();
    m_db->open(true);
    AppSettings().setUserName(QStringLiteral("Test Desk"));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_db.reset();
    QSettings().clear();
}

void TestAccessibility::everyMenuItemHasItsOwnMnemonic()
{
    QStringList problems;
    QHash<QChar, QString> bar;
    for (QAction *action : m_window->menuBar()->actions()) {
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull())
            problems << plain(action->text()) + QStringLiteral(": no mnemonic");
        else if (bar.contains(letter))
            problems << plain(action->text()) + QStringLiteral(": mnemonic '%1' also used by %2")
                                                    .arg(letter)
                                                    .arg(bar.value(letter));
        else
            bar.insert(letter, plain(action->text()));
        if (action->menu())
            checkMenu(action->menu(), plain(action->text()), problems);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::noTwoActionsShareAShortcut()
{
    QHash<QKeySequence, QString> taken;
    QStringList problems;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        // Keys of one widget (Delete in a list) do not reach the window.
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            if (taken.contains(key) && taken.value(key) != action->text())
                problems << QStringLiteral("%1: %2 and %3")
                                .arg(key.toString(), plain(taken.value(key)),
                                     plain(action->text()));
            taken.insert(key, action->text());
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::frequentActionsHaveShortcuts()
{
    const QList<QPair<QString, QKeySequence>> expected = {
        {QStringLiteral("printPreviewAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {QStringLiteral("newIssueAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {QStringLiteral("bulkStatusAction"), QKeySequence(Qt::CTRL | Qt::Key_T)},
        {QStringLiteral("showDashboardAction"), QKeySequence(Qt::CTRL | Qt::Key_5)},
        {QStringLiteral("showMatrixAction"), QKeySequence(Qt::CTRL | Qt::Key_6)},
        {QStringLiteral("showActivityAction"), QKeySequence(Qt::CTRL | Qt::Key_7)},
        {QStringLiteral("showPackageDealsAction"), QKeySequence(Qt::CTRL | Qt::Key_8)},
        {QStringLiteral("nextPaneAction"), QKeySequence(Qt::Key_F6)},
        {QStringLiteral("previousPaneAction"), QKeySequence(Qt::SHIFT | Qt::Key_F6)}};
    // In a menu, so the menu shows the key beside the item.
    QList<QAction *> inMenus;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            inMenus << action;
            if (action->menu())
                collect(action->menu());
        }
    };
    for (QAction *action : m_window->menuBar()->actions())
        if (action->menu())
            collect(action->menu());
    for (const auto &[name, key] : expected) {
        auto *action = m_window->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QCOMPARE(action->shortcut(), key);
        QVERIFY2(inMenus.contains(action), qPrintable(name + QStringLiteral(" is in no menu")));
    }
}

void TestAccessibility::controlKeysSwitchTabs()
{
    QTabWidget *tabs = m_window->tabs();
    const QStringList names = {QStringLiteral("Issues"),    QStringLiteral("Actors"),
                               QStringLiteral("Programme"), QStringLiteral("Indicators"),
                               QStringLiteral("Dashboard"), QStringLiteral("Matrix"),
                               QStringLiteral("Activity"),  QStringLiteral("Package deals")};
    QCOMPARE(tabs->count(), names.size());
    for (int i = int(names.size()) - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), names[i]);
    }
}

QList<QPair<QString, DialogFactory>> TestAccessibility::dialogFactories()
{
    Actor actor;
    actor.id = 1;
    actor.name = QStringLiteral("Commission");
    actor.bloc = QStringLiteral("EU");
    const QList<Actor> actors = {actor};
    return {
        {QStringLiteral("new summit"),
         [] { return new NewSummitDialog(NewSummitDialog::Mode::NewSummit); }},
        {QStringLiteral("summit properties"),
         [] { return new NewSummitDialog(NewSummitDialog::Mode::Properties); }},
        {QStringLiteral("team database"), [] { return new TeamDatabaseDialog; }},
        {QStringLiteral("import"),
         [] {
             return new ImportDialog(QStringLiteral("/tmp/scenario.json"),
                                     [](ImportPolicy) { return FileImport::Result(); });
         }},
        {QStringLiteral("pack export"),
         [] { return new PackExportDialog(PackExportDialog::Purpose::Export, QString(), 3, 1); }},
        {QStringLiteral("pack print"),
         [] { return new PackExportDialog(PackExportDialog::Purpose::Print, QString(), 3, 1); }},
        {QStringLiteral("add position"),
         [actors] {
             return new AddPositionDialog(QStringLiteral("TR-01"), QStringLiteral("no"),
                                          QStringLiteral("yes"), actors);
         }},
        {QStringLiteral("actor"),
         [] {
             return new ActorDialog({QStringLiteral("EU"), QStringLiteral("China")});
         }},
        {QStringLiteral("event"), [] { return new EventDialog(SummitInfo()); }},
        {QStringLiteral("indicator point"),
         [] { return new IndicatorPointDialog({}, QDate(2025, 7, 1)); }},
        {QStringLiteral("conflict"),
         [] {
             return new ConflictDialog(QStringLiteral("Title"), QStringLiteral("TR-01"),
                                       QStringLiteral("a"), QStringLiteral("b"));
         }},
        {QStringLiteral("status reason"),
         [] {
             return new StatusReasonDialog(QStringLiteral("TR-01"), Status::Open, Status::Agreed,
                                           QStringLiteral("Test Desk"));
         }},
        {QStringLiteral("user name"), [] { return new UserNameDialog; }},
    };
}

void TestAccessibility::dialogsHaveDistinctMnemonics_data()
{
    QTest::addColumn<int>("index");
    const auto factories = dialogFactories();
    for (int i = 0; i < factories.size(); ++i)
        QTest::newRow(qPrintable(factories[i].first)) << i;
}

void TestAccessibility::dialogsHaveDistinctMnemonics()
{
    QFETCH(int, index);
    std::unique_ptr<QDialog> dialog(dialogFactories()[index].second());
    dialog->show();
    const QStringList problems = dialogMnemonicProblems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::tabLeavesIssueTableForDetails()
{
    QTableView *table = m_window->issueTable();
    QVERIFY(table->model()->rowCount() > 2);
    table->setCurrentIndex(table->model()->index(0, IssueTableModel::CodeColumn));
    const QModelIndex before = table->currentIndex();
    table->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(table->currentIndex(), before);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY2(m_window->detailPanel()->isAncestorOf(focus),
             qPrintable(QStringLiteral("focus went to %1").arg(focus->objectName())));
    // Down still moves to the next issue.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), before.row() + 1);
}

void TestAccessibility::tabLeavesEveryTable()
{
    QStringList walking;
    for (QTableView *table : m_window->findChildren<QTableView *>())
        if (table->tabKeyNavigation())
            walking << table->objectName();
    QVERIFY2(walking.isEmpty(), qPrintable(walking.join(QStringLiteral(", "))));
}

void TestAccessibility::overviewTabOrderFollowsTheForm()
{
    QWidget *title = m_window->findChild<QWidget *>(QStringLiteral("titleEdit"));
    QVERIFY(title);
    title->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), title);
    const QStringList order = {QStringLiteral("categoryEdit"), QStringLiteral("statusEdit"),
                               QStringLiteral("ownerEdit"), QStringLiteral("priorityEdit"),
                               QStringLiteral("dueDateEdit")};
    for (const QString &name : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *expected = m_window->findChild<QWidget *>(name);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus == expected || expected->isAncestorOf(focus),
                 qPrintable(QStringLiteral("expected %1, focus on %2")
                                .arg(name, focus ? focus->objectName() : QString())));
    }
}

void TestAccessibility::f6CyclesTableDetailsAndFilter()
{
    QTableView *table = m_window->issueTable();
    QWidget *details = m_window->detailPanel();
    QWidget *filter = m_window->filterBar();
    const auto focusIn = [](QWidget *area) {
        QWidget *focus = QApplication::focusWidget();
        return focus && (focus == area || area->isAncestorOf(focus));
    };
    table->setFocus();
    QTRY_VERIFY(focusIn(table));
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(focusIn(details));
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(focusIn(filter));
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QVERIFY(focusIn(table));
    QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(focusIn(filter));
    QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(focusIn(details));
    // From another tab, F6 brings the issues back with the table focused.
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(m_window->tabs()->currentIndex(), 0);
    QVERIFY(focusIn(table));
}

void TestAccessibility::mainWindowControlsHaveNames()
{
    // Every tab shown once, so the views have built what they show.
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QTest::qWait(10);
    }
    tabs->setCurrentIndex(0);
    const QStringList unnamed = unnamedWidgets(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::dialogControlsHaveNames_data()
{
    dialogsHaveDistinctMnemonics_data();
}

void TestAccessibility::dialogControlsHaveNames()
{
    QFETCH(int, index);
    std::unique_ptr<QDialog> dialog(dialogFactories()[index].second());
    dialog->show();
    const QStringList unnamed = unnamedWidgets(dialog.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::addLinkDialogControlsHaveNames()
{
    auto *links = m_window->findChild<IssueLinksView *>();
    QVERIFY(links);
    QStringList unnamed;
    QStringList mnemonics;
    bool seen = false;
    TestSupport::whenShown<QDialog>([&](QDialog *dialog) {
        seen = true;
        unnamed = unnamedWidgets(dialog);
        mnemonics = dialogMnemonicProblems(dialog);
        dialog->reject();
    });
    links->addButton()->click();
    QVERIFY(seen);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    QVERIFY2(mnemonics.isEmpty(), qPrintable(mnemonics.join(QLatin1Char('\n'))));
}

void TestAccessibility::mergeActorsDialogHasNamesAndMnemonics()
{
    const QList<Actor> actors = m_window->store()->actors().all();
    QVERIFY(actors.size() > 2);
    MergeActorsDialog dialog(*m_window->store(), actors.first(), actors);
    dialog.show();
    const QStringList problems = unnamedWidgets(&dialog) + dialogMnemonicProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::delegateTextReadsOnDarkPalette()
{
    QStyle *oldStyle = QApplication::style();
    const QString oldStyleName = oldStyle->name();
    const QPalette oldPalette = QApplication::palette();
    const auto restore = qScopeGuard([&] {
        QApplication::setStyle(oldStyleName);
        QApplication::setPalette(oldPalette);
    });
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(darkPalette());
    // A window made after the palette, as the app makes it at start.
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    QVERIFY(m_window->openDatabase(m_db->path()));
    m_window->show();

    // An archived issue among the others: its grey must read too, as the red of
    // the overdue dates (the demo summit is past).
    QTableView *table = m_window->issueTable();
    table->setCurrentIndex(table->model()->index(1, 0));
    m_window->issueActions()->archiveAction()->trigger();
    m_window->issueActions()->showArchivedAction()->setChecked(true);
    bool anyArchived = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        anyArchived |= table->model()->index(row, 0).data(IssueTableModel::ArchivedRole).toBool();
    QVERIFY(anyArchived);
    QCOMPARE(table->palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
    QStringList problems = unreadableCells(table);
    // Who to work on: actor names in their bloc's colour.
    m_window->detailPanel()->tabs()->setCurrentIndex(3);
    auto *leverage = m_window->findChild<QTreeWidget *>(QStringLiteral("leverageList"));
    QTRY_VERIFY(leverage && leverage->topLevelItemCount() > 0);
    for (int i = 0; i < leverage->topLevelItemCount(); ++i) {
        const QColor name = leverage->topLevelItem(i)->foreground(0).color();
        const double ratio = contrastRatio(name, leverage->palette().color(QPalette::Base));
        if (ratio < 4.5)
            problems << QStringLiteral("who to work on, %1: %2:1")
                            .arg(leverage->topLevelItem(i)->text(0))
                            .arg(ratio);
    }
    // The classification marking in the header, as drawn.
    auto *marking = m_window->findChild<QLabel *>(QStringLiteral("summitClassification"));
    QVERIFY(marking && !marking->text().isEmpty());
    const QImage shot = marking->grab().toImage();
    QHash<QRgb, int> counts;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            ++counts[shot.pixel(x, y)];
    const QRgb ground =
        std::max_element(counts.cbegin(), counts.cend()).key(); // the most frequent colour
    double markingContrast = 1.0;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            markingContrast =
                std::max(markingContrast, contrastRatio(QColor(shot.pixel(x, y)), QColor(ground)));
    if (markingContrast < 4.5)
        problems << QStringLiteral("classification marking: %1:1").arg(markingContrast);
    m_window->tabs()->setCurrentIndex(5);
    auto *matrix = m_window->findChild<QTableView *>(QStringLiteral("matrixTable"));
    QVERIFY(matrix && matrix->model() && matrix->model()->rowCount() > 0);
    problems << unreadableCells(matrix, 30);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibility::statusAndBlocColoursDifferForColourBlindReaders()
{
    // Agreed and Stalled, our side and the counterpart: apart for a red-green
    // colour-blind reader (simulated deuteranopia, Viénot et al. 1999).
    const auto deuteranope = [](const QColor &color) {
        const auto linear = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        const auto encoded = [](double v) {
            v = std::clamp(v, 0.0, 1.0);
            return float(v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055);
        };
        const double r = linear(color.redF()), g = linear(color.greenF()),
                     b = linear(color.blueF());
        const double l = 17.8824 * r + 43.5161 * g + 4.11935 * b;
        const double s = 0.0299566 * r + 0.184309 * g + 1.46709 * b;
        const double m = 0.494207 * l + 1.24827 * s; // what the missing cones would see
        return QColor::fromRgbF(encoded(0.0809444479 * l - 0.130504409 * m + 0.116721066 * s),
                                encoded(-0.0102485335 * l + 0.0540193266 * m - 0.113614708 * s),
                                encoded(-0.000365296938 * l - 0.00412161469 * m + 0.693511405 * s));
    };
    const auto distance = [](const QColor &a, const QColor &b) {
        return std::hypot(a.redF() - b.redF(), a.greenF() - b.greenF(), a.blueF() - b.blueF());
    };
    const QColor agreed = deuteranope(StatusDelegate::colorOf(Status::Agreed));
    const QColor stalled = deuteranope(StatusDelegate::colorOf(Status::Stalled));
    QVERIFY2(distance(agreed, stalled) > 0.3,
             qPrintable(QStringLiteral("%1 vs %2").arg(agreed.name(), stalled.name())));
    const BlocPalette palette(QStringLiteral("EU"), QStringLiteral("China"));
    const QList<QColor> blocs = {palette.ourColor(),
                                 palette.counterpartColor(),
                                 palette.colorOf(QStringLiteral("US")),
                                 palette.colorOf(QStringLiteral("Iran")),
                                 palette.colorOf(QStringLiteral("Russia")),
                                 palette.colorOf(QStringLiteral("Japan"))};
    for (qsizetype i = 0; i < blocs.size(); ++i)
        for (qsizetype j = i + 1; j < blocs.size(); ++j)
            QVERIFY2(distance(deuteranope(blocs[i]), deuteranope(blocs[j])) > 0.18,
                     qPrintable(QStringLiteral("blocs %1 and %2: %3 vs %4")
                                    .arg(i)
                                    .arg(j)
                                    .arg(blocs[i].name(), blocs[j].name())));
}

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
