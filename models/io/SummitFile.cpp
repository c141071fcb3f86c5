#include "SummitFile.h"

#include "domain/FieldLimits.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

SummitFile::Problem SummitFile::check(const SummitInfo &info)
{
    const auto tooLong = [](const QString &text) { return text.size() > FieldLimits::ShortText; };
    const QString limit = tr("at most %n characters", nullptr, int(FieldLimits::ShortText));
    if (info.name.trimmed().isEmpty())
        return {Field::Name, tr("The summit needs a name.")};
    if (tooLong(info.name))
        return {Field::Name, tr("The summit's name holds %1.").arg(limit)};
    if (tooLong(info.place))
        return {Field::Place, tr("The place holds %1.").arg(limit)};
    if (info.start.isValid() != info.end.isValid())
        return {Field::Dates,
                tr("Give both the first and the last day of the summit, or neither.")};
    if (info.start.isValid() && info.end < info.start)
        return {Field::Dates,
                tr("The summit cannot end (%1) before it starts (%2).")
                    .arg(info.end.toString(Qt::ISODate), info.start.toString(Qt::ISODate))};
    if (tooLong(info.classification))
        return {Field::Classification, tr("The classification marking holds %1.").arg(limit)};
    if (info.ourBloc.trimmed().isEmpty())
        return {Field::OurBloc, tr("Name our side's bloc, e.g. EU.")};
    if (tooLong(info.ourBloc))
        return {Field::OurBloc, tr("Our side's bloc holds %1.").arg(limit)};
    if (info.counterpartBloc.trimmed().isEmpty())
        return {Field::Counterpart, tr("Name the counterpart's bloc, e.g. China.")};
    if (tooLong(info.counterpartBloc))
        return {Field::Counterpart, tr("The counterpart's bloc holds %1.").arg(limit)};
    if (info.ourBloc.trimmed().compare(info.counterpartBloc.trimmed(), Qt::CaseInsensitive) == 0)
        return {Field::Counterpart,
                tr("Our side and the counterpart are both \"%1\"; choose two different blocs.")
                    .arg(info.ourBloc.trimmed())};
    return {};
}

bool SummitFile::create(const QString &path, const SummitInfo &info, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return fail(target.isDir()
                        ? tr("%1 is a folder; nothing was written.").arg(nativePath)
                        : tr("%1 already exists; nothing was written. A new summit never "
                             "replaces a file: choose a new file name.")
                              .arg(nativePath));
    const Problem problem = check(info);
    if (!problem.isEmpty())
        return fail(problem.message);

    SummitInfo trimmed = info;
    trimmed.name = info.name.trimmed();
    trimmed.place = info.place.trimmed();
    trimmed.classification = info.classification.trimmed();
    trimmed.ourBloc = info.ourBloc.trimmed();
    trimmed.counterpartBloc = info.counterpartBloc.trimmed();

    // Built beside the target and moved there complete, so a failure leaves no half file.
    const QString partial = path + QStringLiteral(".partial");
    const auto removePartial = [&partial] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
    };
    if (QFileInfo::exists(partial))
        return fail(tr("%1 exists (left by an earlier attempt?); nothing was written.")
                        .arg(QDir::toNativeSeparators(partial)));
    QString message;
    {
        Store store;
        try {
            store.open(partial, Store::OpenMode::CreateIfMissing);
            store.settings().setSummit(trimmed);
        } catch (const StoreError &storeError) {
            message = storeError.message();
        }
        store.close();
    }
    if (!message.isEmpty()) {
        removePartial();
        return fail(message);
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    // QFile::rename never replaces an existing file: one made meanwhile stays.
    QFile file(partial);
    if (!file.rename(path)) {
        const QString reason = file.errorString();
        removePartial();
        return fail(QFileInfo::exists(path)
                        ? tr("%1 already exists; nothing was written. A new summit never "
                             "replaces a file: choose a new file name.")
                              .arg(nativePath)
                        : tr("Cannot write %1: %2.").arg(nativePath, reason));
    }
    return true;
}
