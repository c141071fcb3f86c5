#pragma once

#include <functional>

// How far long work has come: `done` of `total` steps. Returning false stops the
// work, and work stopped this way leaves nothing behind (an import rolls back,
// a file is not written). No widgets here: the window shows the progress.
using ProgressCallback = std::function<bool(int done, int total)>;
