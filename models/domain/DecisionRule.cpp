#include "DecisionRule.h"

#include <QCoreApplication>

namespace DecisionRuleText {

QString key(DecisionRule rule)
{
    switch (rule) {
    case DecisionRule::WeightedMajority:
        return QStringLiteral("majority");
    case DecisionRule::Consent:
        return QStringLiteral("consent");
    }
    return {};
}

QString label(DecisionRule rule)
{
    switch (rule) {
    case DecisionRule::WeightedMajority:
        return QCoreApplication::translate("DecisionRule", "Weighted majority");
    case DecisionRule::Consent:
        return QCoreApplication::translate("DecisionRule", "Agreement of named parties");
    }
    return {};
}

std::optional<DecisionRule> fromKey(const QString &text)
{
    for (DecisionRule rule : all()) {
        if (key(rule).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return rule;
    }
    return std::nullopt;
}

QList<DecisionRule> all()
{
    return {DecisionRule::WeightedMajority, DecisionRule::Consent};
}

} // namespace DecisionRuleText
