#include "PluralForms.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTranslator>

namespace PluralForms {

void install()
{
    static QPointer<QTranslator> installed;
    QCoreApplication *app = QCoreApplication::instance();
    if (installed || !app)
        return;
    auto *translator = new QTranslator(app);
    // The source language's own plural forms, whatever the locale: a translation
    // into another language, installed later, is searched first.
    if (translator->load(QStringLiteral(":/i18n/summit-brief_en.qm")) &&
        QCoreApplication::installTranslator(translator))
        installed = translator;
    else
        delete translator;
}

} // namespace PluralForms
