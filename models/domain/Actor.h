#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

struct Actor
{
    qint64 id = 0;
    QString name;
    QString kind; // delegation | institution | member_state | company | person
    QString bloc; // any name (isValidBloc); the summit's settings say which two are its sides
    QString role;
    QString biography;
    QString source;
    bool illustrative = false;
    int version = 1;
    QDateTime updatedAt;

    static QStringList kinds();
    // The blocs offered for an actor: the summit's two sides first, then the
    // blocs the file's actors use (`used`), then the usual ones; each once.
    static QStringList blocs(const QString &ourBloc, const QString &counterpartBloc,
                             const QStringList &used = {});
    // Blocs most summits meet (the demo's), offered after the file's own.
    static QStringList usualBlocs();
    // A name with no spaces around it, of 1 to FieldLimits::Bloc characters.
    static bool isValidBloc(const QString &bloc);
};
