#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

enum class Priority;
enum class Status;
class QDate;
class QTranslator;

// The language a briefing pack is written in, whatever the window's: the pack's
// fixed text is looked up in a translator of its own, never the application's, and
// its dates and numbers follow its locale. User text is never passed through it.
// Cheap to copy: the translator is shared.
class PackLanguage
{
public:
    // The application's language: French when the default locale is French.
    PackLanguage();

    // "en" or "fr", any case; nothing for another code.
    static std::optional<PackLanguage> fromCode(const QString &code);
    // The codes fromCode() takes, for messages and combo boxes.
    static QStringList codes();
    static bool isCode(const QString &code) { return codes().contains(code.trimmed().toLower()); }
    // The code of the application's language ("fr" when QLocale() is French, else "en").
    static QString applicationCode();

    QString code() const;
    const QLocale &locale() const { return m_locale; }

    // The pack's text for `source` in `context`, as QCoreApplication::translate()
    // gives it (lupdate reads these calls too); the English source when there is no
    // translation. %n is replaced by n, as tr() does.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    // A status's or priority's name, as the window shows it in this language.
    QString status(Status status) const;
    QString priority(Priority priority) const;

    // "1 December 2026" / "1 décembre 2026".
    QString longDate(const QDate &date) const;
    // "24–25 July 2025", "30 June – 2 July 2025": a date or a span.
    QString dateRange(const QDate &start, const QDate &end) const;
    // "12 Jan 2025" / "12 janv. 2025", for table cells.
    QString shortDate(const QDate &date) const;
    // A moment of the status history, in UTC: "26 Jun 2025 11:00", "26 juin 2025 11:00".
    QString utcDateTime(const QDateTime &moment) const;
    // Whole numbers without decimals, others with at most `decimals`, in the
    // locale's digits ("47.5" / "47,5").
    QString number(double value, int decimals = 3) const;

private:
    explicit PackLanguage(QLocale::Language language);

    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
};
