#pragma once

#include "ImportPolicy.h"
#include "Progress.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class Store;

// Reads issues from CSV in IssueCsvExporter's columns (header row required, in
// that order; UTF-8, with or without a byte-order mark), all or nothing: every
// line is checked before anything is written, and the first problem is reported
// with its line and field. Issues whose code the database holds follow the
// ImportPolicy; under Ask (the default) nothing is written and conflicts() lists
// the codes. Replace overwrites the CSV's columns and keeps the rest (positions,
// scale, source); a changed status is recorded in the history.
class IssueCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(IssueCsvImporter)
public:
    // Each field is bounded by FieldLimits (code 20, title and short text 200, the
    // four long texts 20,000 characters).
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    struct Counts
    {
        int added = 0;
        int replaced = 0;
        int skipped = 0;
    };

    explicit IssueCsvImporter(Store &store) : m_store(store) {}

    void setPolicy(ImportPolicy policy) { m_policy = policy; }
    ImportPolicy policy() const { return m_policy; }
    // A dry run reads and checks the whole file and counts what it would change
    // (counts(), errorString(), conflicts() as for a real import), then rolls
    // everything back: the database is left as it was and no change is announced.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    bool isDryRun() const { return m_dryRun; }
    bool import(QIODevice &device);
    bool importFile(const QString &path);
    // Called after each issue written; returning false stops the import, which
    // then writes nothing (wasCancelled()).
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    Counts counts() const { return m_counts; }
    ImportConflicts conflicts() const { return m_conflicts; }

private:
    bool importBytes(QByteArray bytes);

    Store &m_store;
    ProgressCallback m_progress;
    bool m_cancelled = false;
    ImportPolicy m_policy = ImportPolicy::Ask;
    bool m_dryRun = false;
    QString m_error;
    Counts m_counts;
    ImportConflicts m_conflicts;
};
