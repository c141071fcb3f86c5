#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// What QJsonDocument::fromJson lets through silently: a key given twice in one
// object (the last one wins) and a \u escape of a lone UTF-16 surrogate (stored
// as U+FFFD). Both would change what a person wrote without a word, so the
// importer scans the text for them first. The scan expects JSON that fromJson
// accepts; on anything else it stops and reports nothing.
class JsonStrictScan
{
public:
    // One step from the document's root: an object's key or an array's index.
    struct Step
    {
        QString key;
        int index = -1; // >= 0 for an array element
    };

    struct Problem
    {
        enum class Kind
        {
            DuplicateKey,
            LoneSurrogate
        };
        Kind kind = Kind::DuplicateKey;
        // The object or array holding the problem, from the root.
        QList<Step> container;
        // The key given twice, or the key whose value (or the key itself) holds
        // the surrogate; empty when the string is an array element.
        QString key;
        ushort surrogate = 0; // the lone code unit (LoneSurrogate)
        qsizetype offset = 0; // byte offset in the text, for a line number
    };

    static std::optional<Problem> firstProblem(const QByteArray &json);
};
