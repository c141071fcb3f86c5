#include "PackageDealText.h"

#include "briefing/PackLanguage.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace PackageDealText {

namespace {

constexpr const char *Context = "PackageDealText";

QString text(const PackLanguage *language, const char *source, int n = -1)
{
    return language ? language->translate(Context, source, nullptr, n)
                    : QCoreApplication::translate(Context, source, nullptr, n);
}

// One decimal at most, in the language's digits.
QString number(const PackLanguage *language, double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    if (language)
        return language->number(rounded, 1);
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

// Two decimals, for the model's own figures.
QString fixed(const PackLanguage *language, double value)
{
    return (language ? language->locale() : QLocale()).toString(value, 'f', 2);
}

} // namespace

QString move(const PackLanguage *language, double from, double to)
{
    return text(language, QT_TRANSLATE_NOOP("PackageDealText", "%1 → %2"))
        .arg(number(language, from), number(language, to));
}

QString concession(const PackLanguage *language, const ExchangeModel::OurDeal &deal)
{
    // Who gives the ground: our actor, not "we" as a whole.
    return text(language, QT_TRANSLATE_NOOP("PackageDealText", "%1 on %2: %3"))
        .arg(deal.ours.actorName, deal.concededIssueCode,
             move(language, deal.ours.from, deal.ours.to));
}

QString gain(const PackLanguage *language, const ExchangeModel::OurDeal &deal)
{
    return text(language, QT_TRANSLATE_NOOP("PackageDealText", "+%1"))
        .arg(number(language, deal.gainTowardObjective));
}

QString cost(const PackLanguage *language, const ExchangeModel::OurDeal &deal)
{
    if (!deal.concededHasObjective)
        return text(language, QT_TRANSLATE_NOOP("PackageDealText", "–"));
    const double away = -deal.concededOutcomeShift;
    return std::abs(away) < 0.05 ? number(language, 0) : number(language, away);
}

QString explanation(const PackLanguage *language, const ExchangeModel::OurDeal &deal)
{
    QString result =
        text(language, QT_TRANSLATE_NOOP("PackageDealText",
                                         "%1 moves from %2 to %3 on %4 if %5 moves from %6 to "
                                         "%7 on %8 in return."))
            .arg(deal.partner.actorName, number(language, deal.partner.from),
                 number(language, deal.partner.to), deal.issueCode, deal.ours.actorName,
                 number(language, deal.ours.from), number(language, deal.ours.to),
                 deal.concededIssueCode);
    result += QLatin1Char(' ');
    result += text(language, QT_TRANSLATE_NOOP("PackageDealText",
                                               "The forecast for %1 goes from %2 to %3, toward "
                                               "our objective of %4."))
                  .arg(deal.issueCode, number(language, deal.outcomeBefore),
                       number(language, deal.outcomeAfter), number(language, deal.objective));
    result += QLatin1Char(' ');
    const ExchangeModel::IssueEffect &conceded =
        deal.exchange.firstIssue.issueId == deal.concededIssueId ? deal.exchange.firstIssue
                                                                 : deal.exchange.secondIssue;
    if (std::round(conceded.outcomeBefore * 10) == std::round(conceded.outcomeAfter * 10))
        // A free concession on paper can still be a public retreat (an actor with no
        // say under the issue's rule): say how far our actor's stated position moves.
        result += text(language, QT_TRANSLATE_NOOP("PackageDealText",
                                                   "The forecast for %1 stays at %2, but %3 "
                                                   "gives up %4 points of its stated position "
                                                   "there."))
                      .arg(deal.concededIssueCode, number(language, conceded.outcomeBefore),
                           deal.ours.actorName,
                           number(language, std::abs(deal.ours.to - deal.ours.from)));
    else
        result += text(language, QT_TRANSLATE_NOOP("PackageDealText",
                                                   "The forecast for %1 goes from %2 to %3."))
                      .arg(deal.concededIssueCode, number(language, conceded.outcomeBefore),
                           number(language, conceded.outcomeAfter));
    result += QLatin1Char(' ');
    result += text(language,
                   QT_TRANSLATE_NOOP("PackageDealText", "In the exchange model both sides gain %1 "
                                                        "(exchange rate %2)."))
                  .arg(fixed(language, deal.exchange.gain), fixed(language, deal.exchange.rate));
    return result;
}

QString none(const PackLanguage *language, int tradeoffLinks, const QString &ourBloc)
{
    if (tradeoffLinks == 0)
        return text(language,
                    QT_TRANSLATE_NOOP("PackageDealText",
                                      "Package deals are made across issues joined by a "
                                      "trade-off link, and no two issues are linked that way "
                                      "yet. To add one, select an issue, open its Links tab, "
                                      "choose Add link… and pick “trade-off with” and the other "
                                      "issue."));
    return text(language,
                QT_TRANSLATE_N_NOOP("PackageDealText",
                                    "No exchange across the %n trade-off link(s) moves "
                                    "an issue toward the objective of %1."),
                tradeoffLinks)
        .arg(ourBloc);
}

QString method(const PackLanguage *language)
{
    return text(language,
                QT_TRANSLATE_NOOP("PackageDealText",
                                  "Exchange model of Stokman and van Oosten (1994), equal-gain "
                                  "form: two actors each give ground on the issue they care less "
                                  "about for ground on the one they care more about."));
}

} // namespace PackageDealText
