#pragma once

#include <QString>

#include <functional>

class QByteArray;
class QIODevice;

namespace AtomicFile {

// Writes `path` through QSaveFile: `write` fills the device, and the file is
// replaced only once it returned true and everything reached the disk, so a
// failure (a writer's error, a full disk) leaves any old file as it was.
// Sets *error for failures of the file itself (a full disk says so, and that
// nothing was written), replacing what `write` said then; `write` reports its own
// other failures.
bool write(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

// Writes all of `bytes`. A full disk may take part of a write without an error;
// the rest is written again, so the device then reports why it stopped.
bool writeAll(QIODevice &device, const QByteArray &bytes);

// Why a write to `device` failed, for the end of a message: "the disk is full" when
// it is (ENOSPC), otherwise the device's own error string.
QString writeFailure(const QIODevice &device);

} // namespace AtomicFile
