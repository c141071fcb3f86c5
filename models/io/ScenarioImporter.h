#pragma once

#include "ImportPolicy.h"
#include "Progress.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;
class Store;

// Reads a scenario file (resources/demo/FORMAT.md) into the store, all or nothing:
// any error leaves the database as it was and names the record and field.
// Records the database already holds follow the ImportPolicy; under Ask (the
// default) the import is refused and conflicts() lists them, so the caller can
// ask and import again with Skip or Replace.
class ScenarioImporter
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioImporter)
public:
    // Version 2 added "links", "saved_views" and an issue's "history"; version 3
    // an issue's "decision_rule" and "decision_rule_source" and a position's
    // "consent_needed". Older files are read as before (weighted majority, no
    // consent needed).
    static constexpr int formatVersion = 3;
    // Each text field is bounded by FieldLimits (code 20, titles and short text 200,
    // long text 20,000 characters).
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    struct Counts
    {
        int actors = 0;
        int issues = 0;
        int positions = 0;
        int events = 0;
        int indicators = 0;
        int links = 0;
        int savedViews = 0;
        int skipped = 0;  // records the database held, kept (Skip)
        int replaced = 0; // records the database held, overwritten (Replace)
    };

    explicit ScenarioImporter(Store &store) : m_store(store) {}

    bool import(QIODevice &device);
    bool importFile(const QString &path);
    void setPolicy(ImportPolicy policy) { m_policy = policy; }
    ImportPolicy policy() const { return m_policy; }
    // A dry run reads and checks the whole file and counts what it would change
    // (counts(), errorString(), conflicts() as for a real import), then rolls
    // everything back: the database is left as it was and no change is announced.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    bool isDryRun() const { return m_dryRun; }
    // Called after each actor, issue and link written; returning false stops the
    // import, which then writes nothing (wasCancelled()).
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    Counts counts() const { return m_counts; }
    // After a refusal under Ask: what the database already holds. Empty after
    // any other error.
    ImportConflicts conflicts() const { return m_conflicts; }

private:
    void importObject(const QJsonObject &root);
    void findConflicts(const QJsonObject &root);
    void step();
    Store &m_store;
    ProgressCallback m_progress;
    bool m_cancelled = false;
    int m_done = 0;
    int m_total = 0;
    ImportPolicy m_policy = ImportPolicy::Ask;
    bool m_dryRun = false;
    QString m_error;
    Counts m_counts;
    ImportConflicts m_conflicts;
};
