#include "IssueCode.h"

#include <QHash>
#include <QRegularExpression>

namespace {

const QRegularExpression &codeShape()
{
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z]+)([-_./ ]?)(\\d+)$"));
    return shape;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

QString initialsOf(const QString &category)
{
    QStringList words;
    QString word;
    for (const QChar c : category + QLatin1Char(' ')) {
        if (isAsciiLetter(c)) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (words.isEmpty())
        return QStringLiteral("IS");
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    return (words.at(0).left(1) + words.at(1).left(1)).toUpper();
}

} // namespace

IssueCode::Pattern IssueCode::patternFor(const QStringList &categoryCodes, const QString &category)
{
    // The prefix most codes of the category use; its separator and width from them.
    QHash<QString, int> uses;
    QHash<QString, Pattern> seen;
    for (const QString &code : categoryCodes) {
        const QRegularExpressionMatch match = codeShape().match(code.trimmed());
        if (!match.hasMatch())
            continue;
        const QString key = match.captured(1).toUpper();
        Pattern &pattern = seen[key];
        if (!uses.contains(key)) {
            pattern.prefix = match.captured(1);
            pattern.separator = match.captured(2);
            pattern.width = int(match.captured(3).size());
        }
        pattern.width = qMax(pattern.width, int(match.captured(3).size()));
        ++uses[key];
    }
    QString best;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (best.isEmpty() || it.value() > uses.value(best) ||
            (it.value() == uses.value(best) && it.key() < best))
            best = it.key();
    }
    if (!best.isEmpty())
        return seen.value(best);
    return Pattern{initialsOf(category), QStringLiteral("-"), 2};
}

int IssueCode::nextNumber(const Pattern &pattern, const QStringList &codes)
{
    int highest = 0;
    for (const QString &code : codes) {
        const QRegularExpressionMatch match = codeShape().match(code.trimmed());
        if (match.hasMatch() && match.captured(1).compare(pattern.prefix, Qt::CaseInsensitive) == 0)
            highest = qMax(highest, match.captured(3).toInt());
    }
    return highest + 1;
}

QString IssueCode::format(const Pattern &pattern, int number)
{
    return pattern.prefix + pattern.separator +
           QStringLiteral("%1").arg(number, pattern.width, 10, QLatin1Char('0'));
}
