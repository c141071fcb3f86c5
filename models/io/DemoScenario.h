#pragma once

#include <QCoreApplication>
#include <QString>

// The EU–China summit scenario shipped in resources/demo, loaded through the same
// importer a user runs.
class DemoScenario
{
    Q_DECLARE_TR_FUNCTIONS(DemoScenario)
public:
    static QString resourcePath() { return QStringLiteral(":/demo/eu-china-2025.json"); }

    // Writes a fresh demo database at `path`: built beside it under a temporary
    // name and renamed into place, so a failure leaves nothing half-written. An
    // existing file is refused, unless `replace` is set and it is a Summit Brief
    // database, which is then backed up first (*backupPath says where). Returns
    // false and sets *error on failure; the existing file is then untouched.
    static bool write(const QString &path, bool replace, QString *error,
                      QString *backupPath = nullptr);
};
