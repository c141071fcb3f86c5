#pragma once

#include "domain/SummitInfo.h"

#include <QCoreApplication>
#include <QString>

// A new summit file: an empty Summit Brief database holding the summit's
// settings from the start. The window's File > New and `summit-brief new` both
// make one through here, so both check the same things.
class SummitFile
{
    Q_DECLARE_TR_FUNCTIONS(SummitFile)
public:
    enum class Field
    {
        None,
        Name,
        Place,
        Dates,
        Classification,
        OurBloc,
        Counterpart
    };
    struct Problem
    {
        Field field = Field::None;
        QString message; // a sentence; empty when there is no problem
        bool isEmpty() const { return message.isEmpty(); }
    };

    // The first thing wrong with these settings: an empty name, an end before the
    // start, a date without the other, the same bloc on both sides, an empty bloc,
    // text longer than FieldLimits allows.
    static Problem check(const SummitInfo &info);

    // Writes a new database at `path` with these settings. Refuses anything at
    // `path` (a file of any kind, a folder, a link) and leaves it untouched;
    // on any failure leaves nothing behind and says why in `error`.
    static bool create(const QString &path, const SummitInfo &info, QString *error);
};
