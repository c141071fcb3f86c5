#pragma once

#include "ForecastResult.h"
#include "briefing/PackLanguage.h"

#include <QString>
#include <QStringList>

#include <optional>

// The forecast as people read it, in the window's language or in a pack's (which
// may differ): the likely outcome with its range and probability, the decision rule
// applied and why, and the warnings a reader must not miss (a deadlock, our own side
// split, no single actor able to move the outcome). Plain text: callers escape it
// for rich text.
class ForecastText
{
public:
    // The window's language: its installed translator and QLocale().
    ForecastText();
    // A pack's language, whatever the window's.
    explicit ForecastText(const PackLanguage &language);

    // "Likely outcome 40 (30–40; 9 times in 10)"; "Forecast 40" when the result has
    // no band.
    QString likelyOutcome(const ForecastResult &forecast) const;
    // "Decided by weighted majority." or "Needs the agreement of A and B.", with the
    // rule's source when given; says so when consent was asked but no party is marked.
    QString rule(const ForecastResult &forecast, const QString &source = QString()) const;
    // Empty unless the weight is evenly split; names both ends with the scale's labels.
    QString tie(const ForecastResult &forecast, const QString &scaleLow,
                const QString &scaleHigh) const;
    // Empty unless our own side is evenly split.
    QString objectiveSplit(const ForecastResult &forecast, const QString &scaleLow,
                           const QString &scaleHigh) const;
    // Empty unless no single actor moved to the objective shifts the outcome toward it;
    // says so when the outcome is at the objective already.
    QString noSingleActor(const ForecastResult &forecast) const;
    // What a brief prints: the likely outcome, the rule, then the warnings that apply.
    QStringList sentences(const ForecastResult &forecast, const QString &ruleSource,
                          const QString &scaleLow, const QString &scaleHigh) const;

    // A scale value in this language: one decimal at most ("47.5", "47,5").
    QString number(double value, int decimals = 1) const;
    // A shift with its sign ("+10", "−2.5", "0").
    QString shift(double value) const;
    // The probability as "N times in 10": rounded, at least 1, at most 10.
    static int timesInTen(double probability);

private:
    QString text(const char *source, int n = -1) const;
    QString end(double value, const QString &label) const;
    QString names(const QStringList &parties) const;

    std::optional<PackLanguage> m_pack; // empty: the window's language
};
