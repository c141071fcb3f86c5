#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// What the window shows while no summit is open: the ways to open one (the demo,
// a new summit, a file, a team database) and the recent files and team databases.
// It only asks; the window does the opening.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Reads the recent list from the settings again.
    void refreshRecent();

    QPushButton *demoButton() const { return m_demoButton; }
    QPushButton *newSummitButton() const { return m_newButton; }
    QPushButton *openFileButton() const { return m_openButton; }
    QPushButton *teamDatabaseButton() const { return m_teamButton; }
    QListWidget *recentList() const { return m_recentList; }

signals:
    void openDemoRequested();
    void newSummitRequested();
    void openFileRequested();
    void connectTeamDatabaseRequested();
    // A file path or a team database's URL from the recent list.
    void openRecentRequested(const QString &location);

private:
    QPushButton *addButton(const QString &text, const QString &description);
    void openItem(QListWidgetItem *item);

    QWidget *m_buttonColumn = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_teamButton = nullptr;
    QListWidget *m_recentList = nullptr;
    QLabel *m_noRecent = nullptr;
};
