#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;
class Store;

// Reads a scenario file (resources/demo/FORMAT.md) into the store, all or nothing:
// any error leaves the database as it was and names the record and field.
class ScenarioImporter
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioImporter)
public:
    static constexpr int formatVersion = 1;
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;
    static constexpr int maxFieldLength = 1024 * 1024;

    struct Counts
    {
        int actors = 0;
        int issues = 0;
        int positions = 0;
        int events = 0;
        int indicators = 0;
    };

    explicit ScenarioImporter(Store &store) : m_store(store) {}

    bool import(QIODevice &device);
    bool importFile(const QString &path);
    QString errorString() const { return m_error; }
    Counts counts() const { return m_counts; }

private:
    void importObject(const QJsonObject &root);
    Store &m_store;
    QString m_error;
    Counts m_counts;
};
