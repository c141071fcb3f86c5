#pragma once

#include <QMainWindow>
#include <QUrl>

class QAction;
class QTextBrowser;

// The user guide (HTML pages built into the app) in a window of its own beside
// the main window: back, forward, contents, and links between the pages.
class HelpWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // qrc:/guide/PAGE, e.g. guideUrl("status.html#undo").
    static QUrl guideUrl(const QString &pageAndAnchor);
    // The folder that holds the pages, ":/guide".
    static QString guideFolder();

    // Shows `url` (a page of the guide, with its anchor) and raises the window.
    void showPage(const QUrl &url);

    QTextBrowser *browser() const { return m_browser; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *contentsAction() const { return m_contents; }

private:
    QTextBrowser *m_browser = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_contents = nullptr;
};
