#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace AtomicFile {

bool write(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    QSaveFile file(path);
    auto fail = [&] {
        if (error)
            *error = QCoreApplication::translate("AtomicFile", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (!write(file))
        return false; // QSaveFile discards the partial file
    if (!file.commit())
        return fail();
    return true;
}

} // namespace AtomicFile
