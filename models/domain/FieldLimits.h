#pragma once

#include <QtGlobal>

// How much one field may hold, in UTF-16 code units (QString::size()). A briefing
// field is read aloud in a meeting, not stored as a document: the bounds keep the
// pack's layout and every dialog usable, and the importer, the repositories and
// the window's editors all refuse (never truncate) text beyond them.
namespace FieldLimits {
// Issue codes such as RE-01.
constexpr qsizetype Code = 20;
// Titles, names, owners, categories, scale labels, places: one line in a table or
// a running header.
constexpr qsizetype Title = 200;
constexpr qsizetype ShortText = 200;
// Bloc names (EU, China, India, "Gulf Cooperation Council"): a column heading in
// the pack's steering table and a legend entry.
constexpr qsizetype Bloc = 40;
// Objectives, lines to take, defensive lines, background, stances, biographies,
// sources, reasons: a few pages at most.
constexpr qsizetype LongText = 20000;
} // namespace FieldLimits
