#pragma once

#include "ImportPolicy.h"
#include "Progress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;
class Store;

// Reads the input file of KTAB's Spatial Model of Politics (KAPSARC's
// SMPModel::csvRead, examples/smp/libsrc/smpread.cpp), so an analyst can run
// the same data through both:
//   scenario name, description, number of actors, number of dimensions
//   Actor, Description, Power, <dim 1> Position, <dim 1> Salience, ...
//   one line per actor: name, description, power, then position and salience
//   for each dimension.
// Positions and saliences are on KTAB's 0–100 scale (an actor's saliences add
// up to at most 100: its attention shared out over the dimensions); power is
// any figure from 0 to 1e8 and only its ratios count. Trailing empty fields
// (KTAB's files end their lines with a comma) are ignored.
//
// All or nothing: the whole file is checked first and the first problem named
// by line and field; then each dimension becomes a new issue (category KTAB,
// title = the dimension's name, source = the file's name) and each actor a
// position on it: position and salience as given (rounded to whole points),
// clout = 100 × power / the largest power in the file. An actor the database
// already holds (same name, regardless of case) is reused and left as it is;
// the others are added in bloc "Other". A dimension whose issue a previous
// import of a file of the same name made (category KTAB, same title and source)
// follows the ImportPolicy: Ask refuses and lists the codes, Skip keeps the
// issue as it is, Replace puts the file's positions in place of its positions.
class KtabCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(KtabCsvImporter)
public:
    // KTAB's own bounds on actors (kmodel.h: minNumActor, maxNumActor).
    static constexpr int minActors = 3;
    static constexpr int maxActors = 250;
    // Each dimension is an issue: a file of more is not a summit's scenario.
    static constexpr int maxDimensions = 100;
    // 250 actors on 100 dimensions take well under a megabyte.
    static constexpr qint64 maxFileSize = 4 * 1024 * 1024;
    // KTAB's bound on the scenario's name and description (kmodel.h).
    static constexpr int maxScenarioText = 512;
    // KTAB's sanity bound on power.
    static constexpr double maxPower = 1e8;

    struct ActorRow
    {
        int line = 0;
        QString name;
        QString description;
        double power = 0;
        QList<double> positions; // one per dimension, 0–100
        QList<double> saliences; // one per dimension, 0–100
    };
    struct Scenario
    {
        QString name;
        QString description;
        QStringList dimensions; // the names, without " Position"
        QList<ActorRow> actors;
    };

    struct Counts
    {
        int issues = 0;
        int issuesReplaced = 0;
        int issuesKept = 0;
        int actorsAdded = 0;
        int actorsMatched = 0;
        int positions = 0;
    };

    // Reads and checks the whole text; nullopt with *error ("line 4, field
    // Sal2: ...") when it is not a KTAB scenario KTAB itself would read.
    static std::optional<Scenario> parse(QByteArray bytes, QString *error);
    // True when the start of the file has KTAB's first line (two whole numbers
    // in the third and fourth fields) and a header of position/salience pairs:
    // File > Import and the command line tell it from an issue table this way.
    static bool looksLikeKtab(const QString &path);
    static bool looksLikeKtab(QByteArray head);

    // The clout a power gives, 0–100: its share of the largest power.
    static int cloutOf(double power, double largestPower);

    explicit KtabCsvImporter(Store &store) : m_store(store) {}

    void setPolicy(ImportPolicy policy) { m_policy = policy; }
    // A dry run checks and counts, then rolls everything back.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // Called after each dimension written; returning false stops the import,
    // which then writes nothing.
    void setProgress(ProgressCallback progress) { m_progress = std::move(progress); }
    bool importFile(const QString &path);
    // `fileName` is the issues' and positions' source.
    bool import(QIODevice &device, const QString &fileName);
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }
    Counts counts() const { return m_counts; }
    ImportConflicts conflicts() const { return m_conflicts; }

private:
    bool write(const Scenario &scenario, const QString &fileName);
    void insertPositions(const Scenario &scenario, int dimension, qint64 issueId,
                         const QList<qint64> &actorIds, double largestPower,
                         const QString &fileName);

    Store &m_store;
    ProgressCallback m_progress;
    ImportPolicy m_policy = ImportPolicy::Ask;
    ImportConflicts m_conflicts;
    bool m_dryRun = false;
    bool m_cancelled = false;
    QString m_error;
    Counts m_counts;
};
