#pragma once

// The English forms of every tr("%n issue(s)", nullptr, n) string ("1 issue",
// "2 issues"), compiled in from resources/translations. Without them Qt shows
// the source text, "(s)" and all. Safe to call more than once; needs the
// application object.
namespace PluralForms {
void install();
}
