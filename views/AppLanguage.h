#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The language the window speaks: the user's choice in Edit > Preferences, else the
// first of the system's UI languages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that the
// application is translated into, else English.
namespace AppLanguage {

inline const QString systemDefault; // follow the system
inline const QString english = QStringLiteral("en");
inline const QString french = QStringLiteral("fr");

// The language to use for a stored choice ("", "en" or "fr") on a system whose UI
// languages are uiLanguages (most preferred first).
QLocale::Language resolve(const QString &choice, const QStringList &uiLanguages);

// Installs the translations of the application and of Qt's own dialogs and buttons
// for that language, and makes QLocale() follow it (dates and numbers). Call once,
// after the application object exists and before the first window. Returns the
// language installed.
QLocale::Language install(const QString &choice);

} // namespace AppLanguage
