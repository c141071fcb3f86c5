#include "HelpWindow.h"

#include <QAction>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>

HelpWindow::HelpWindow(QWidget *parent) : QMainWindow(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Summit Brief User Guide"));
    setAttribute(Qt::WA_DeleteOnClose, false); // F1 shows the same window again

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(true);
    // Guide pages stay here; a web address goes to the browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(
        QStringLiteral("h1 { margin-top: 0; } p.nav { margin-bottom: 12px; } "
                       "td, th { padding: 3px 8px; }"));
    setCentralWidget(m_browser);

    m_back = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this);
    m_back->setShortcuts(QKeySequence::Back);
    m_back->setEnabled(false);
    connect(m_back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);
    m_forward = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this);
    m_forward->setShortcuts(QKeySequence::Forward);
    m_forward->setEnabled(false);
    connect(m_forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    m_contents = new QAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("&Contents"), this);
    m_contents->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_contents, &QAction::triggered, this,
            [this] { m_browser->setSource(guideUrl(QStringLiteral("index.html"))); });
    auto *close = new QAction(tr("&Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("guideToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_back);
    bar->addAction(m_forward);
    bar->addAction(m_contents);

    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("Summit Brief User Guide")
                                       : tr("%1 — Summit Brief User Guide").arg(title));
    });
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 45);
    m_browser->setSource(guideUrl(QStringLiteral("index.html")));
}

QString HelpWindow::guideFolder()
{
    return QStringLiteral(":/guide");
}

QUrl HelpWindow::guideUrl(const QString &pageAndAnchor)
{
    return QUrl(QStringLiteral("qrc:/guide/") + pageAndAnchor);
}

void HelpWindow::showPage(const QUrl &url)
{
    m_browser->setSource(url);
    show();
    raise();
    activateWindow();
}
