#include "KtabCsvExporter.h"

#include "AtomicFile.h"
#include "ImportPolicy.h"
#include "KtabCsvImporter.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QHash>
#include <QIODevice>

#include <cmath>
#include <optional>

namespace {

// KTAB's reader (minicsv) keeps commas inside double quotes but knows no way to
// write a quote inside a field, and reads one line per record.
bool ktabCanRead(const QString &text)
{
    return !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
           !text.contains(QLatin1Char('\r'));
}

QByteArray field(const QString &text)
{
    return text.contains(QLatin1Char(',')) ? '"' + text.toUtf8() + '"' : text.toUtf8();
}

QByteArray number(double value)
{
    // Two decimals at most, without trailing zeros: 50, 33.33.
    QString text = QString::number(value, 'f', 2);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text.toUtf8();
}

struct ActorColumn
{
    QString name;
    QString bloc;
    QHash<int, Position> byIssue; // index of the issue in the file
};

} // namespace

QByteArray KtabCsvExporter::toBytes()
{
    m_error.clear();
    m_issues = 0;
    m_actors = 0;
    try {
        QList<Issue> issues;
        if (m_codes.isEmpty()) {
            for (const Issue &issue : m_store.issues().all()) {
                if (!issue.isArchived())
                    issues.append(issue);
            }
        } else {
            for (const QString &code : m_codes) {
                const std::optional<Issue> issue = m_store.issues().byCode(code);
                if (!issue) {
                    m_error = tr("There is no issue %1.").arg(code);
                    return {};
                }
                issues.append(*issue);
            }
        }
        QList<Issue> withPositions;
        QList<ActorColumn> actors;
        QHash<qint64, int> columnOfActor;
        for (const Issue &issue : std::as_const(issues)) {
            const QList<Position> positions = m_store.positions().forIssue(issue.id);
            if (positions.isEmpty())
                continue;
            const int index = int(withPositions.size());
            withPositions.append(issue);
            for (const Position &position : positions) {
                if (!columnOfActor.contains(position.actorId)) {
                    columnOfActor.insert(position.actorId, int(actors.size()));
                    actors.append({position.actorName, position.actorBloc, {}});
                }
                actors[columnOfActor.value(position.actorId)].byIssue.insert(index, position);
            }
        }
        if (withPositions.isEmpty()) {
            m_error = tr("No issue to export has positions: KTAB needs actors' positions.");
            return {};
        }
        if (withPositions.size() > KtabCsvImporter::maxDimensions) {
            m_error = tr("%1 issues have positions; a KTAB file of at most %2 can be read back. "
                         "Name the issues to export.")
                          .arg(withPositions.size())
                          .arg(KtabCsvImporter::maxDimensions);
            return {};
        }
        if (actors.size() < KtabCsvImporter::minActors ||
            actors.size() > KtabCsvImporter::maxActors) {
            m_error = tr("These issues have %1 actors; KTAB reads %2 to %3.")
                          .arg(actors.size())
                          .arg(KtabCsvImporter::minActors)
                          .arg(KtabCsvImporter::maxActors);
            return {};
        }
        for (const Issue &issue : std::as_const(withPositions)) {
            const QString column = issue.title + QStringLiteral(" Position");
            if (!ktabCanRead(issue.title) || column.toUtf8().size() > maxDimensionBytes) {
                m_error = tr("KTAB cannot read the title of %1 as a dimension's name (at most "
                             "%2 bytes, no double quote or line break); shorten it first.")
                              .arg(issue.code)
                              .arg(maxDimensionBytes - 9);
                return {};
            }
        }
        QStringList unreadable;
        for (const ActorColumn &actor : std::as_const(actors)) {
            if (actor.name.toUtf8().size() > maxNameBytes || !ktabCanRead(actor.name) ||
                !ktabCanRead(actor.bloc))
                unreadable.append(actor.name);
        }
        if (!unreadable.isEmpty()) {
            m_error = tr("KTAB reads actor names of at most %1 bytes, without double quotes or "
                         "line breaks: rename %2 first.")
                          .arg(maxNameBytes)
                          .arg(ImportConflicts::abbreviated(unreadable));
            return {};
        }

        const int dimensions = int(withPositions.size());
        QString scenario = m_store.settings().summit().name.trimmed();
        if (scenario.isEmpty() || !ktabCanRead(scenario) || scenario.toUtf8().size() > 512)
            scenario = QStringLiteral("Summit Brief");
        QByteArray bytes;
        bytes += field(scenario) + ',' +
                 field(tr("%n issue(s) exported from Summit Brief", nullptr, dimensions)) + ',' +
                 QByteArray::number(actors.size()) + ',' + QByteArray::number(dimensions) + ",\n";
        bytes += "Actor,Description,Power,";
        for (const Issue &issue : std::as_const(withPositions))
            bytes += field(issue.title + QStringLiteral(" Position")) + ',' +
                     field(issue.title + QStringLiteral(" Salience")) + ',';
        bytes += '\n';
        for (const ActorColumn &actor : std::as_const(actors)) {
            double clout = 0;
            double salienceTotal = 0;
            for (const Position &position : actor.byIssue) {
                clout += position.clout;
                salienceTotal += position.salience;
            }
            const double power = clout / actor.byIssue.size();
            const double scale = salienceTotal > 100 ? 100 / salienceTotal : 1;
            bytes += field(actor.name) + ',' + field(actor.bloc) + ',' + number(power) + ',';
            for (int d = 0; d < dimensions; ++d) {
                const auto it = actor.byIssue.constFind(d);
                if (it == actor.byIssue.cend()) {
                    bytes += "50,0,";
                    continue;
                }
                // Rounded down so that the written figures never add up past 100.
                const double salience =
                    scale < 1 ? std::floor(it->salience * scale * 100) / 100 : it->salience;
                bytes += QByteArray::number(it->position) + ',' + number(salience) + ',';
            }
            bytes += '\n';
        }
        m_issues = dimensions;
        m_actors = int(actors.size());
        return bytes;
    } catch (const StoreError &error) {
        m_error = error.message();
        return {};
    }
}

bool KtabCsvExporter::writeFile(const QString &path)
{
    const QByteArray bytes = toBytes();
    if (bytes.isEmpty())
        return false;
    return AtomicFile::write(
        path, [&bytes](QIODevice &device) { return AtomicFile::writeAll(device, bytes); },
        &m_error);
}
