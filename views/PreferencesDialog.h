#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

// Edit > Preferences: the user's settings that are not a summit's (those are in
// Summit > Properties). Today the window's language, which applies at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    // The choice as AppSettings::language() stores it: "", "en" or "fr".
    QString language() const;
    // True when OK saved a language other than the one the window was started with.
    bool languageChanged() const { return m_languageChanged; }

    void accept() override;

private:
    QComboBox *m_language;
    QLabel *m_restartNote;
    QString m_startLanguage;
    bool m_languageChanged = false;
};
