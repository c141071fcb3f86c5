#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Store;

// Writes issues as the input file of KTAB's Spatial Model of Politics, the
// layout KtabCsvImporter reads, so an analyst can run KTAB on the summit's data:
// each issue a dimension ("<title> Position", "<title> Salience"), each actor
// with a position on any of them a line (name, bloc as KTAB's description,
// power, then position and salience per dimension). Values are what KTAB takes:
// - position as stored (0–100);
// - salience as stored, except that an actor whose saliences add up to more
//   than 100 has them scaled down in proportion to add up to 100 (KTAB reads an
//   actor's saliences as its attention shared out over the dimensions);
// - power = the actor's mean clout over its exported positions (KTAB has one
//   power per actor, the summit one clout per position);
// - an actor without a position on an issue: position 50, salience 0.
// Refused with a message (nothing written): fewer than 3 or more than 250
// actors, an actor's name over 25 bytes (KTAB's limit), a name, bloc or title
// holding a double quote or a line break (KTAB's reader takes neither).
class KtabCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(KtabCsvExporter)
public:
    // KTAB's bound on an actor's name, in UTF-8 bytes (kmodel.h maxActNameLen).
    static constexpr int maxNameBytes = 25;
    // KTAB's bound on a dimension's name, in bytes (smp.h maxDimDescLen).
    static constexpr int maxDimensionBytes = 256;

    explicit KtabCsvExporter(Store &store) : m_store(store) {}

    // The live issues with positions, ordered by code; or those of `codes`.
    void setIssueCodes(const QStringList &codes) { m_codes = codes; }
    // The file's text, or an empty array with errorString() set.
    QByteArray toBytes();
    // Atomic: the file is replaced only once complete.
    bool writeFile(const QString &path);
    QString errorString() const { return m_error; }
    int issuesWritten() const { return m_issues; }
    int actorsWritten() const { return m_actors; }

private:
    Store &m_store;
    QStringList m_codes;
    QString m_error;
    int m_issues = 0;
    int m_actors = 0;
};
