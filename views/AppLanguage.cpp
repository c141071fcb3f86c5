#include "AppLanguage.h"

#include "i18n/PluralForms.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace AppLanguage {

QLocale::Language resolve(const QString &choice, const QStringList &uiLanguages)
{
    if (choice == french)
        return QLocale::French;
    if (choice == english)
        return QLocale::English;
    for (const QString &name : uiLanguages) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::French || language == QLocale::English)
            return language;
    }
    return QLocale::English;
}

namespace {

bool installTranslator(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QLocale::Language install(const QString &choice)
{
    PluralForms::install(); // English, searched after the translation installed below
    const QLocale system = QLocale::system();
    const QLocale::Language language = resolve(choice, system.uiLanguages());
    // The system's country when it speaks that language (fr_CA keeps its dates), the
    // language's main country otherwise. Not the system locale object itself: its
    // dates follow LC_TIME, which may be another language (LANGUAGE=fr LANG=en_GB).
    const QLocale locale(language, system.language() == language ? system.territory()
                                                                 : QLocale::AnyTerritory);
    QLocale::setDefault(locale);
    if (language == QLocale::French) {
        installTranslator(QStringLiteral("summit-brief_fr.qm"), QStringLiteral(":/i18n"));
        // OK, Cancel, Close and the file dialogs: Debian's qt6-translations-l10n.
        installTranslator(QStringLiteral("qtbase_fr.qm"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return language;
}

} // namespace AppLanguage
