#pragma once

#include <QList>
#include <QString>

#include <optional>

// How an issue's outcome is decided. Multilateral issues go by weighted majority
// (the median of the actors' pull); a party's own measures (export controls, its
// trade rules) need the consent of named parties, so the outcome lies between
// their positions. Stored as its key ("majority"), so the file reads on its own.
enum class DecisionRule
{
    WeightedMajority,
    Consent // agreement of the parties whose positions are marked consent-needed
};

namespace DecisionRuleText {
// Stable key used in the database, files and the CLI ("majority", "consent").
QString key(DecisionRule rule);
// Translated label for display ("Weighted majority").
QString label(DecisionRule rule);
std::optional<DecisionRule> fromKey(const QString &key);
QList<DecisionRule> all();
} // namespace DecisionRuleText
