#include "PackLanguage.h"

#include "domain/Priority.h"
#include "domain/Status.h"

#include <QDate>
#include <QMutex>
#include <QTranslator>

#include <cmath>

namespace {

const QString English = QStringLiteral("en");
const QString French = QStringLiteral("fr");

// One translator per language for the whole run: loading is cheap, but a pack
// asks for hundreds of strings and several packs may be written.
std::shared_ptr<const QTranslator> translatorFor(QLocale::Language language)
{
    static QMutex mutex; // packs are also written from a worker thread
    const QMutexLocker lock(&mutex);
    static std::shared_ptr<QTranslator> english;
    static std::shared_ptr<QTranslator> french;
    std::shared_ptr<QTranslator> &slot = language == QLocale::French ? french : english;
    if (!slot) {
        auto translator = std::make_shared<QTranslator>();
        // English carries only the plural forms ("1 issue", "2 issues").
        const QString file = language == QLocale::French
                                 ? QStringLiteral(":/i18n/summit-brief_fr.qm")
                                 : QStringLiteral(":/i18n/summit-brief_en.qm");
        if (!translator->load(file))
            translator.reset();
        slot = translator;
    }
    return slot;
}

// The user's own locale when it speaks the pack's language (or is the C locale,
// which is English), so an English user's English pack looks as it always did.
QLocale localeFor(QLocale::Language language)
{
    const QLocale user;
    if (language == QLocale::French)
        return user.language() == QLocale::French ? user
                                                  : QLocale(QLocale::French, QLocale::France);
    if (user.language() == QLocale::English || user.language() == QLocale::C)
        return user;
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

PackLanguage::PackLanguage()
    : PackLanguage(QLocale().language() == QLocale::French ? QLocale::French : QLocale::English)
{
}

PackLanguage::PackLanguage(QLocale::Language language)
    : m_locale(localeFor(language)), m_translator(translatorFor(language))
{
}

std::optional<PackLanguage> PackLanguage::fromCode(const QString &code)
{
    const QString key = code.trimmed().toLower();
    if (key == English)
        return PackLanguage(QLocale::English);
    if (key == French)
        return PackLanguage(QLocale::French);
    return std::nullopt;
}

QStringList PackLanguage::codes()
{
    return {English, French};
}

QString PackLanguage::applicationCode()
{
    return PackLanguage().code();
}

QString PackLanguage::code() const
{
    return m_locale.language() == QLocale::French ? French : English;
}

QString PackLanguage::translate(const char *context, const char *source, const char *disambiguation,
                                int n) const
{
    QString result;
    if (m_translator)
        result = m_translator->translate(context, source, disambiguation, n);
    if (result.isEmpty())
        result = QString::fromUtf8(source);
    if (n >= 0) {
        result.replace(QLatin1String("%Ln"), m_locale.toString(n));
        result.replace(QLatin1String("%n"), QString::number(n));
    }
    return result;
}

QString PackLanguage::status(Status status) const
{
    return translate("Status", StatusText::sourceLabel(status));
}

QString PackLanguage::priority(Priority priority) const
{
    return translate("Priority", PriorityText::sourceLabel(priority));
}

QString PackLanguage::longDate(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

QString PackLanguage::dateRange(const QDate &start, const QDate &end) const
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return longDate(start);
    if (start.year() == end.year() && start.month() == end.month())
        return QStringLiteral("%1–%2").arg(start.day()).arg(longDate(end));
    if (start.year() == end.year())
        return QStringLiteral("%1 – %2").arg(m_locale.toString(start, QStringLiteral("d MMMM")),
                                             longDate(end));
    return QStringLiteral("%1 – %2").arg(longDate(start), longDate(end));
}

QString PackLanguage::shortDate(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString PackLanguage::utcDateTime(const QDateTime &moment) const
{
    if (!moment.isValid())
        return QString();
    const QDateTime utc = moment.toUTC();
    // Day before month in both languages, 24-hour time, as in the rest of the pack.
    return m_locale.toString(utc.date(), QStringLiteral("d MMM yyyy")) + QLatin1Char(' ') +
           utc.time().toString(QStringLiteral("HH:mm"));
}

QString PackLanguage::number(double value, int decimals) const
{
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
        return m_locale.toString(qint64(std::llround(value)));
    QString text = m_locale.toString(value, 'f', decimals);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(m_locale.decimalPoint()))
        text.chop(m_locale.decimalPoint().size());
    return text;
}
