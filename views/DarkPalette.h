#pragma once

#include <QPalette>

// A dark palette for the Fusion style (light text on dark windows and bases), to
// check the app reads in one; SUMMIT_DARK_PALETTE=1 starts the app with it.
QPalette darkPalette();
// Fusion and darkPalette() when SUMMIT_DARK_PALETTE is set; true when it did.
bool applyDarkPaletteFromEnvironment();
