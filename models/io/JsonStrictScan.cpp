#include "JsonStrictScan.h"

#include <QSet>

namespace {

struct Frame
{
    bool isObject = false;
    bool expectKey = false; // objects: the next string is a key
    QSet<QByteArray> keys;  // objects: the keys seen, as UTF-8
    QByteArray key;         // objects: the key whose value is being read
    int index = 0;          // arrays: the element being read
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of a \uXXXX escape whose 'u' is at `at`, or -1.
int escapedUnit(const QByteArray &json, qsizetype at)
{
    if (at + 4 >= json.size() || json.at(at) != 'u')
        return -1;
    int unit = 0;
    for (int i = 1; i <= 4; ++i) {
        const int digit = hexValue(json.at(at + i));
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

char simpleEscape(char c)
{
    switch (c) {
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    default:
        return c; // \" \\ \/
    }
}

} // namespace

std::optional<JsonStrictScan::Problem> JsonStrictScan::firstProblem(const QByteArray &json)
{
    QList<Frame> stack;
    const qsizetype size = json.size();

    const auto pathTo = [&stack](qsizetype depth) {
        QList<Step> path;
        for (qsizetype i = 0; i < depth; ++i) {
            const Frame &frame = stack.at(i);
            path.append(frame.isObject ? Step{QString::fromUtf8(frame.key), -1}
                                       : Step{QString(), frame.index});
        }
        return path;
    };
    // Where a string being read sits: its object and key, or its array element.
    const auto problemHere = [&](Problem::Kind kind, const QByteArray &key, qsizetype offset) {
        Problem problem;
        problem.kind = kind;
        problem.offset = offset;
        if (stack.isEmpty())
            return problem;
        if (stack.last().isObject) {
            problem.container = pathTo(stack.size() - 1);
            problem.key = QString::fromUtf8(key);
        } else {
            problem.container = pathTo(stack.size());
        }
        return problem;
    };

    qsizetype i = 0;
    while (i < size) {
        const char c = json.at(i);
        switch (c) {
        case '{':
            stack.append(Frame{true, true, {}, {}, 0});
            ++i;
            continue;
        case '[':
            stack.append(Frame{false, false, {}, {}, 0});
            ++i;
            continue;
        case '}':
        case ']':
            if (stack.isEmpty())
                return std::nullopt;
            stack.removeLast();
            ++i;
            continue;
        case ',':
            if (stack.isEmpty())
                return std::nullopt;
            if (stack.last().isObject)
                stack.last().expectKey = true;
            else
                ++stack.last().index;
            ++i;
            continue;
        case '"':
            break;
        default:
            // Whitespace, ':' and the letters and digits of numbers and literals.
            ++i;
            continue;
        }

        // A string: a key (decoded, to compare) or a value (only its escapes matter).
        const qsizetype start = i;
        const bool isKey = !stack.isEmpty() && stack.last().isObject && stack.last().expectKey;
        QByteArray decoded;
        ++i;
        qsizetype runStart = i;
        while (i < size && json.at(i) != '"') {
            if (json.at(i) != '\\') {
                ++i;
                continue;
            }
            if (isKey)
                decoded.append(json.constData() + runStart, i - runStart);
            if (i + 1 >= size)
                return std::nullopt;
            const char escape = json.at(i + 1);
            if (escape != 'u') {
                if (isKey)
                    decoded.append(simpleEscape(escape));
                i += 2;
                runStart = i;
                continue;
            }
            const int unit = escapedUnit(json, i + 1);
            if (unit < 0)
                return std::nullopt;
            i += 6;
            QString character = QChar(char16_t(unit));
            if (isHighSurrogate(unit)) {
                const int next =
                    (i + 1 < size && json.at(i) == '\\') ? escapedUnit(json, i + 1) : -1;
                if (!isLowSurrogate(next)) {
                    Problem problem = problemHere(Problem::Kind::LoneSurrogate,
                                                  isKey             ? decoded
                                                  : stack.isEmpty() ? QByteArray()
                                                                    : stack.last().key,
                                                  start);
                    problem.surrogate = ushort(unit);
                    return problem;
                }
                character.append(QChar(char16_t(next)));
                i += 6;
            } else if (isLowSurrogate(unit)) {
                Problem problem = problemHere(Problem::Kind::LoneSurrogate,
                                              isKey             ? decoded
                                              : stack.isEmpty() ? QByteArray()
                                                                : stack.last().key,
                                              start);
                problem.surrogate = ushort(unit);
                return problem;
            }
            if (isKey)
                decoded.append(character.toUtf8());
            runStart = i;
        }
        if (i >= size)
            return std::nullopt;
        if (isKey)
            decoded.append(json.constData() + runStart, i - runStart);
        ++i; // the closing quote

        if (isKey) {
            Frame &frame = stack.last();
            frame.expectKey = false;
            if (frame.keys.contains(decoded))
                return problemHere(Problem::Kind::DuplicateKey, decoded, start);
            frame.keys.insert(decoded);
            frame.key = decoded;
        }
    }
    return std::nullopt;
}
