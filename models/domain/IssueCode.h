#pragma once

#include <QString>
#include <QStringList>

// Issue codes are a letter prefix and a zero-padded number (RE-03). A new issue's
// code follows the pattern its category already uses.
namespace IssueCode {

struct Pattern
{
    QString prefix;    // "RE"
    QString separator; // "-"
    int width = 2;     // digits, zero-padded
};

// The pattern most of `categoryCodes` use (letters, an optional separator,
// digits); for a category without such codes, its initials ("Rare earths" ->
// "RE", "Trade" -> "TR") or "IS" when it has no ASCII letters.
Pattern patternFor(const QStringList &categoryCodes, const QString &category);

// The number after the highest one `codes` give this pattern's prefix (compared
// regardless of case); gaps are not filled. 1 when none does.
int nextNumber(const Pattern &pattern, const QStringList &codes);

QString format(const Pattern &pattern, int number);

} // namespace IssueCode
