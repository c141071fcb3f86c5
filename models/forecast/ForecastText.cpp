#include "ForecastText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr const char *Context = "ForecastText";

// Trailing full stops of a source ("Art. 5 of the treaty.") would double the
// sentence's own.
QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.trimmed();
}

} // namespace

ForecastText::ForecastText() = default;

ForecastText::ForecastText(const PackLanguage &language) : m_pack(language) {}

QString ForecastText::text(const char *source, int n) const
{
    // Every source passed here is marked with QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP
    // in the "ForecastText" context, so lupdate finds it.
    if (m_pack)
        return m_pack->translate(Context, source, nullptr, n);
    return QCoreApplication::translate(Context, source, nullptr, n);
}

QString ForecastText::number(double value, int decimals) const
{
    const QLocale locale = m_pack ? m_pack->locale() : QLocale();
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    if (rounded == std::round(rounded))
        return locale.toString(qint64(std::llround(rounded)));
    QString digits = locale.toString(rounded, 'f', decimals);
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    return digits;
}

QString ForecastText::shift(double value) const
{
    const QString digits = number(std::abs(value));
    if (digits == number(0))
        return digits;
    const QLocale locale = m_pack ? m_pack->locale() : QLocale();
    return (value > 0 ? locale.positiveSign() : locale.negativeSign()) + digits;
}

int ForecastText::timesInTen(double probability)
{
    return std::clamp(int(std::lround(probability * 10.0)), 1, 10);
}

QString ForecastText::likelyOutcome(const ForecastResult &forecast) const
{
    if (!forecast.band)
        return text(QT_TRANSLATE_NOOP("ForecastText", "Forecast %1")).arg(number(forecast.outcome));
    const ForecastResult::Band &band = *forecast.band;
    const int times = timesInTen(band.probability);
    const QString low = number(band.low);
    const QString high = number(band.high);
    if (low == high)
        return text(QT_TRANSLATE_N_NOOP("ForecastText", "Likely outcome %1 (%n time(s) in 10)"),
                    times)
            .arg(number(band.likely));
    return text(QT_TRANSLATE_N_NOOP("ForecastText", "Likely outcome %1 (%2–%3; %n time(s) in 10)"),
                times)
        .arg(number(band.likely), low, high);
}

QString ForecastText::names(const QStringList &parties) const
{
    if (parties.size() < 2)
        return parties.value(0);
    const QStringList first = parties.first(parties.size() - 1);
    return text(QT_TRANSLATE_NOOP("ForecastText", "%1 and %2"))
        .arg(first.join(QStringLiteral(", ")), parties.last());
}

QString ForecastText::rule(const ForecastResult &forecast, const QString &source) const
{
    const QString why = withoutFinalStop(source);
    if (forecast.ruleFellBack)
        return text(QT_TRANSLATE_NOOP("ForecastText",
                                      "The agreement of named parties is asked for, but no party "
                                      "is marked as needed, so the weighted majority was used."));
    if (forecast.rule == DecisionRule::Consent) {
        const QString parties = names(forecast.consentParties);
        if (parties.isEmpty())
            return why.isEmpty()
                       ? text(QT_TRANSLATE_NOOP("ForecastText",
                                                "Needs the agreement of the named parties."))
                       : text(QT_TRANSLATE_NOOP("ForecastText",
                                                "Needs the agreement of the named parties (%1)."))
                             .arg(why);
        return why.isEmpty()
                   ? text(QT_TRANSLATE_NOOP("ForecastText", "Needs the agreement of %1."))
                         .arg(parties)
                   : text(QT_TRANSLATE_NOOP("ForecastText", "Needs the agreement of %1 (%2)."))
                         .arg(parties, why);
    }
    return why.isEmpty()
               ? text(QT_TRANSLATE_NOOP("ForecastText", "Decided by weighted majority."))
               : text(QT_TRANSLATE_NOOP("ForecastText", "Decided by weighted majority (%1)."))
                     .arg(why);
}

QString ForecastText::end(double value, const QString &label) const
{
    if (label.trimmed().isEmpty())
        return number(value);
    return QStringLiteral("%1 (%2)").arg(number(value), label.trimmed());
}

QString ForecastText::tie(const ForecastResult &forecast, const QString &scaleLow,
                          const QString &scaleHigh) const
{
    if (!forecast.tie)
        return QString();
    return text(QT_TRANSLATE_NOOP("ForecastText", "The weight is evenly split between %1 and %2: "
                                                  "a deadlock, not a forecast."))
        .arg(end(forecast.tieLow, scaleLow), end(forecast.tieHigh, scaleHigh));
}

QString ForecastText::objectiveSplit(const ForecastResult &forecast, const QString &scaleLow,
                                     const QString &scaleHigh) const
{
    if (!forecast.objectiveSplit)
        return QString();
    const QString low = end(forecast.objectiveLow, scaleLow);
    const QString high = end(forecast.objectiveHigh, scaleHigh);
    const QString objective = number(forecast.euObjective);
    if (forecast.objectiveBloc.isEmpty())
        return text(QT_TRANSLATE_NOOP("ForecastText",
                                      "Our side is evenly split between %1 and %2: its objective "
                                      "%3 is only their midpoint, not a position it holds."))
            .arg(low, high, objective);
    return text(QT_TRANSLATE_NOOP("ForecastText",
                                  "The %1 side is evenly split between %2 and %3: its objective "
                                  "%4 is only their midpoint, not a position it holds."))
        .arg(forecast.objectiveBloc, low, high, objective);
}

QString ForecastText::noSingleActor(const ForecastResult &forecast) const
{
    if (!forecast.noSingleActorShifts || !forecast.hasEuObjective)
        return QString();
    // Nothing left to gain is not the same as nobody able to gain it.
    if (number(forecast.outcome) == number(forecast.euObjective))
        return forecast.objectiveBloc.isEmpty()
                   ? text(QT_TRANSLATE_NOOP("ForecastText",
                                            "The forecast outcome is already at the objective."))
                   : text(QT_TRANSLATE_NOOP("ForecastText",
                                            "The forecast outcome is already at the %1 objective."))
                         .arg(forecast.objectiveBloc);
    if (forecast.objectiveBloc.isEmpty())
        return text(QT_TRANSLATE_NOOP("ForecastText",
                                      "No single actor moving to the objective shifts the "
                                      "outcome toward it: it takes several together."));
    return text(QT_TRANSLATE_NOOP("ForecastText",
                                  "No single actor moving to the %1 objective shifts the outcome "
                                  "toward it: it takes several together."))
        .arg(forecast.objectiveBloc);
}

QStringList ForecastText::sentences(const ForecastResult &forecast, const QString &ruleSource,
                                    const QString &scaleLow, const QString &scaleHigh) const
{
    QStringList lines = {likelyOutcome(forecast), rule(forecast, ruleSource)};
    for (const QString &warning :
         {tie(forecast, scaleLow, scaleHigh), objectiveSplit(forecast, scaleLow, scaleHigh)}) {
        if (!warning.isEmpty())
            lines.append(warning);
    }
    return lines;
}
