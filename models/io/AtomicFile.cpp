#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

namespace {

constexpr qint64 NearlyFullBytes = 64 * 1024;

bool isDiskFull(const QIODevice &device)
{
    // Qt reports ENOSPC from a file as a resource error with the system's text.
    if (const auto *file = qobject_cast<const QFileDevice *>(&device);
        file && file->error() == QFileDevice::ResourceError)
        return true;
    return device.errorString() == qt_error_string(ENOSPC);
}

} // namespace

namespace AtomicFile {

bool writeAll(QIODevice &device, const QByteArray &bytes)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = device.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

QString writeFailure(const QIODevice &device)
{
    return isDiskFull(device) ? QCoreApplication::translate("AtomicFile", "the disk is full")
                              : device.errorString();
}

bool write(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    auto fail = [&] {
        if (!error)
            return false;
        // A full disk can also end in a write error of unknown cause (a flush that
        // wrote part); next to no free space tells then.
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        const bool noRoom =
            isDiskFull(file) || (file.error() == QFileDevice::WriteError && storage.isValid() &&
                                 storage.bytesAvailable() < NearlyFullBytes);
        if (noRoom)
            *error = QCoreApplication::translate(
                         "AtomicFile", "Cannot write %1: the disk is full; nothing was written.")
                         .arg(QDir::toNativeSeparators(path));
        else
            *error = QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    // Unbuffered: each write reaches the file at once, so a failure names its cause.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    if (!write(file)) {
        // The writer's own message stands unless the file itself failed.
        if (file.error() != QFileDevice::NoError)
            return fail();
        return false; // QSaveFile discards the partial file
    }
    if (!file.commit())
        return fail();
    return true;
}

} // namespace AtomicFile
