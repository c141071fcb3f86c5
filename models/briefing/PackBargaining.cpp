#include "PackBargaining.h"

#include "forecast/Bargaining.h"

namespace PackBargaining {

QString line(const QList<Position> &positions, const QString &ourBloc, DecisionRule rule,
             const PackLanguage &language)
{
    const Bargaining::Result result = Bargaining::run(positions, ourBloc, rule);
    const std::optional<double> opening = result.openingOutcome();
    const std::optional<double> final = result.finalOutcome();
    if (!opening || !final)
        return QString();
    const QString from = language.number(*opening, 1);
    const QString to = language.number(*final, 1);
    const int rounds = result.roundCount();
    if (result.settled && rounds == 0)
        return language
            .translate("PackBargaining", "Opening forecast %1; no actor moves in bargaining.")
            .arg(from);
    // A round's number, not a count: "by round 6" reads the same for any number.
    const QString round = language.number(rounds, 0);
    if (!result.settled) {
        const std::optional<Bargaining::Result::Swing> swing = result.swing();
        if (swing && language.number(swing->low, 1) != language.number(swing->high, 1))
            return language
                .translate("PackBargaining",
                           "Opening forecast %1; bargaining does not settle: by round %2 the "
                           "forecast still swings between %3 and %4.")
                .arg(from, round, language.number(swing->low, 1), language.number(swing->high, 1));
        return language
            .translate("PackBargaining",
                       "Opening forecast %1; after bargaining %2 (not settled by round %3).")
            .arg(from, to, round);
    }
    return language
        .translate("PackBargaining",
                   "Opening forecast %1; after bargaining %2 (settled by round %3).")
        .arg(from, to, round);
}

} // namespace PackBargaining
