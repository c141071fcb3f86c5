#pragma once

#include <QString>

// Writes a large, realistic Summit Brief database for benchmarks: the Store creates
// the schema through its migrations, then every row goes in through prepared
// statements in one transaction. The same seed gives the same rows.
class LargeStoreGenerator
{
public:
    struct Options
    {
        int issues = 100000;
        int positionsPerIssue = 10;
        int actors = 200; // raised to positionsPerIssue if that is larger
        quint32 seed = 2025;
    };

    struct Result
    {
        qint64 issues = 0;
        qint64 positions = 0;
        qint64 actors = 0;
        qint64 statusChanges = 0;
        qint64 elapsedMs = 0;
    };

    // Throws StoreError. Refuses a path that already exists, so nobody's
    // database is ever overwritten by a benchmark.
    static Result generate(const QString &path, const Options &options);
};
