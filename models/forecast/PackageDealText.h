#pragma once

#include "ExchangeModel.h"

#include <QString>

class PackLanguage;

// The words for a package deal, shared by the window (language null: the
// application's translation and locale) and the pack (its own language).
namespace PackageDealText {

// "40 → 61.1"
QString move(const PackLanguage *language, double from, double to);
// "TR-02: 25 → 100"
QString concession(const PackLanguage *language, const ExchangeModel::OurDeal &deal);
// "+12.5": how far the outcome moves toward our objective.
QString gain(const PackLanguage *language, const ExchangeModel::OurDeal &deal);
// How far the conceded issue's forecast moves away from our objective there ("70",
// "0"; negative if it moves toward it); "–" when we hold no objective on it.
QString cost(const PackLanguage *language, const ExchangeModel::OurDeal &deal);
// Who gives what for what, what each issue's forecast does, and the model's figures.
QString explanation(const PackLanguage *language, const ExchangeModel::OurDeal &deal);
// Why there is nothing to list: no trade-off link (and how to add one), or links but
// no exchange that helps our side.
QString none(const PackLanguage *language, int tradeoffLinks, const QString &ourBloc);
// The model and its source, one sentence.
QString method(const PackLanguage *language);

} // namespace PackageDealText
