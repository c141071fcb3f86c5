#pragma once

#include <QList>
#include <QString>

#include <optional>

// How likely an issue is to come up at the summit; the briefing pack leads with
// the certain ones. Stored as its key ("certain"), so the file reads on its own.
enum class Likelihood
{
    Certain,
    Might,
    Unlikely
};

namespace LikelihoodText {
// Stable key used in the database, files and the CLI ("might").
QString key(Likelihood likelihood);
// Translated label for display.
QString label(Likelihood likelihood);
std::optional<Likelihood> fromKey(const QString &key);
QList<Likelihood> all();
} // namespace LikelihoodText
