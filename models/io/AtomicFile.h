#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace AtomicFile {

// Writes `path` through QSaveFile: `write` fills the device, and the file is
// replaced only once it returned true and everything reached the disk, so a
// failure (a writer's error, a full disk) leaves any old file as it was.
// Sets *error only for failures of the file itself; `write` reports its own.
bool write(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

} // namespace AtomicFile
