#pragma once

#include "Progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;
class Store;

// Writes the whole database as a scenario file (resources/demo/FORMAT.md, format
// version 2): settings, actors, issues with positions and status history, links,
// saved views, events and indicators. Records are sorted and keys come out in
// one order, so exporting what an export imported gives the same bytes.
class ScenarioExporter
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioExporter)
public:
    explicit ScenarioExporter(Store &store) : m_store(store) {}

    QJsonObject toObject() const; // throws StoreError
    QByteArray toJson() const;    // indented UTF-8; throws StoreError
    bool write(QIODevice &device);
    // Atomic: the file is replaced only once it is complete (QSaveFile).
    bool writeFile(const QString &path);
    QString errorString() const { return m_error; }
    // Called after each issue; returning false stops write() and writeFile(),
    // which then write nothing (wasCancelled()).
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }

private:
    Store &m_store;
    ProgressCallback m_progress;
    bool m_cancelled = false;
    QString m_error;
};
