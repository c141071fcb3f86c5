#include "WelcomePage.h"

#include "AppSettings.h"
#include "store/StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int LocationRole = Qt::UserRole + 1;

} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Welcome"));

    auto *title = new QLabel(tr("Welcome to Summit Brief"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextFormat(Qt::PlainText);

    auto *intro = new QLabel(
        tr("Summit Brief keeps a delegation's negotiation issues, every actor's position "
           "on them and each issue's status history, and prints the briefing pack. "
           "Open a summit to begin."),
        this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_buttonColumn = new QWidget(this);
    auto *buttons = new QVBoxLayout(m_buttonColumn);
    buttons->setContentsMargins(0, 0, 0, 0);
    m_demoButton =
        addButton(tr("Open the &Demo Summit"),
                  tr("The EU–China summit in Beijing, July 2025, with its issues, actors and "
                     "positions: a safe place to try everything"));
    m_demoButton->setObjectName(QStringLiteral("welcomeDemoButton"));
    m_newButton = addButton(tr("Start a &New Summit…"),
                            tr("A new file for your own summit: its name, place, dates and the "
                               "two sides compared"));
    m_newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    m_openButton = addButton(tr("&Open a File…"), tr("A Summit Brief database on this computer "
                                                     "or a shared folder"));
    m_openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    m_teamButton = addButton(tr("Connect to a &Team Database…"),
                             tr("A summit your delegation shares on a PostgreSQL server"));
    m_teamButton->setObjectName(QStringLiteral("welcomeTeamButton"));
    buttons->addStretch(1);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newSummitRequested);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(m_teamButton, &QPushButton::clicked, this, &WelcomePage::connectTeamDatabaseRequested);

    auto *recentLabel = new QLabel(tr("&Recent summits"), this);
    QFont headingFont = recentLabel->font();
    headingFont.setBold(true);
    recentLabel->setFont(headingFont);
    m_recentList = new QListWidget(this);
    m_recentList->setObjectName(QStringLiteral("welcomeRecentList"));
    m_recentList->setAccessibleName(tr("Recent summits"));
    m_recentList->setAccessibleDescription(
        tr("The files and team databases opened lately; Enter or a click opens one"));
    m_recentList->setSpacing(3);
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    recentLabel->setBuddy(m_recentList);
    // One click opens, as on a start page; Enter opens the current one.
    connect(m_recentList, &QListWidget::itemClicked, this, &WelcomePage::openItem);
    connect(m_recentList, &QListWidget::itemActivated, this, &WelcomePage::openItem);
    m_noRecent = new QLabel(tr("No summit opened yet."), this);
    m_noRecent->setObjectName(QStringLiteral("welcomeNoRecent"));
    m_noRecent->setEnabled(false);

    auto *recentColumn = new QVBoxLayout;
    recentLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    recentColumn->addWidget(recentLabel);
    recentColumn->addWidget(m_recentList, 0, Qt::AlignTop);
    recentColumn->addWidget(m_noRecent);
    recentColumn->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(fontMetrics().averageCharWidth() * 4);
    columns->addWidget(m_buttonColumn, 1);
    columns->addLayout(recentColumn, 1);

    // A column of readable width in the middle of a wide window.
    auto *content = new QWidget(this);
    content->setMaximumWidth(fontMetrics().averageCharWidth() * 130);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(title);
    contentLayout->addWidget(intro);
    contentLayout->addSpacing(fontMetrics().height());
    contentLayout->addLayout(columns, 1);

    auto *outer = new QHBoxLayout(this);
    const int margin = fontMetrics().averageCharWidth() * 4;
    outer->setContentsMargins(margin, margin, margin, margin);
    outer->addStretch(0);
    outer->addWidget(content, 10);
    outer->addStretch(0);

    setTabOrder(m_demoButton, m_newButton);
    setTabOrder(m_newButton, m_openButton);
    setTabOrder(m_openButton, m_teamButton);
    setTabOrder(m_teamButton, m_recentList);
    setFocusProxy(m_demoButton);
    refreshRecent();
}

QPushButton *WelcomePage::addButton(const QString &text, const QString &description)
{
    auto *button = new QPushButton(text, m_buttonColumn);
    QString name = text;
    button->setAccessibleName(name.remove(QLatin1Char('&')));
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    button->setMinimumHeight(fontMetrics().height() * 3);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setAutoDefault(true);
    auto *detail = new QLabel(description, m_buttonColumn);
    detail->setTextFormat(Qt::PlainText);
    detail->setWordWrap(true);
    detail->setContentsMargins(fontMetrics().averageCharWidth(), 0, 0, fontMetrics().height() / 2);
    auto *layout = static_cast<QVBoxLayout *>(m_buttonColumn->layout());
    layout->addWidget(button);
    layout->addWidget(detail);
    return button;
}

void WelcomePage::refreshRecent()
{
    m_recentList->clear();
    const QStringList recent = AppSettings().recentDatabases();
    for (const QString &path : recent) {
        const StoreLocation location = StoreLocation::parse(path);
        // The name to recognise first, where it is on the second line.
        QString shown;
        QString where;
        if (location.isPostgreSQL()) {
            where = location.toString();
            shown = location.displayName() + QLatin1Char('\n') + tr("Team database");
        } else {
            where = QDir::toNativeSeparators(path);
            shown = QFileInfo(path).fileName() + QLatin1Char('\n') +
                    QDir::toNativeSeparators(QFileInfo(path).path());
        }
        auto *item = new QListWidgetItem(shown, m_recentList);
        item->setData(LocationRole, path);
        item->setToolTip(where);
        item->setStatusTip(where);
    }
    // As tall as its entries: no empty box under a short list.
    int height = 2 * m_recentList->frameWidth();
    for (int row = 0; row < m_recentList->count(); ++row)
        height += m_recentList->sizeHintForRow(row) + 2 * m_recentList->spacing();
    m_recentList->setMaximumHeight(height);
    m_recentList->setVisible(!recent.isEmpty());
    m_noRecent->setVisible(recent.isEmpty());
}

void WelcomePage::openItem(QListWidgetItem *item)
{
    if (item)
        emit openRecentRequested(item->data(LocationRole).toString());
}
