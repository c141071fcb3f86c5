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

    // Writes a fresh demo database at `path`, replacing any file there only once
    // the new one is complete. Returns false and sets *error on failure.
    static bool write(const QString &path, QString *error);
};
