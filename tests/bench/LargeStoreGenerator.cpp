#include "LargeStoreGenerator.h"

#include "domain/SummitInfo.h"
#include "store/SettingsRepository.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LargeStoreGenerator", text);
}

template <std::size_t N> QStringList wordsOf(const char *const (&words)[N])
{
    QStringList list;
    list.reserve(int(N));
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

struct Category
{
    const char *prefix;
    const char *name;
};

// Twelve categories, each with the code prefix its issues carry (RE-00042).
const Category categoryTable[] = {
    {"RE", "Rare earths & critical minerals"},
    {"TR", "Trade & market access"},
    {"EV", "Electric vehicles"},
    {"CL", "Climate & energy"},
    {"DG", "Digital & data"},
    {"IN", "Investment screening"},
    {"HR", "Human rights"},
    {"SE", "Security & Ukraine"},
    {"AG", "Agriculture & food"},
    {"HE", "Health"},
    {"MA", "Maritime & connectivity"},
    {"RS", "Research & education"},
};

// Titles are "<action> <subject> <partner> <qualifier>": about 300,000 combinations,
// with accented and Chinese words so collation and filtering see real text.
const char *const actions[] = {
    "Export controls on",
    "Licensing regime for",
    "Market access for",
    "Anti-subsidy review of",
    "Joint statement on",
    "High-level dialogue on",
    "Overcapacity in",
    "Price undertakings for",
    "Supply-chain resilience for",
    "Due diligence for",
    "Réciprocité pour",
    "Sécurité d'approvisionnement:",
    "Transparency rules for",
    "Stockpiling of",
    "Tariff rate quotas for",
    "Framework agreement on",
    "Temporary safeguard on",
    "Überprüfung der",
    "关于",
    "Public procurement of",
};

const char *const subjects[] = {
    "rare-earth magnets",
    "gallium and germanium",
    "battery-grade graphite",
    "electric vehicles",
    "solar panels",
    "wind turbines",
    "pork exports",
    "dairy products",
    "brandy",
    "medical devices",
    "legacy chips",
    "cross-border data flows",
    "cloud services",
    "methane emissions",
    "carbon border adjustment",
    "steel overcapacity",
    "稀土永磁",
    "电动汽车",
    "光伏组件",
    "数据跨境流动",
    "énergie renouvelable",
    "produits laitiers",
    "Zollpräferenzen",
    "lithium refining",
    "tungsten and antimony",
    "drone components",
    "shipping lanes",
    "port investments",
    "research security",
    "library partnerships",
    "visa facilitation",
    "forced-labour imports",
    "pharmaceutical APIs",
    "cobalt sourcing",
    "arbitration clauses",
    "temporary workers",
    "critical raw materials",
    "agri-food standards",
    "cosmetics testing",
    "satellite navigation",
};

const char *const partners[] = {
    "",
    "",
    "",
    "with MOFCOM",
    "with the NDRC",
    "with Guangdong",
    "with Zhejiang",
    "under the WTO",
    "in the G20",
    "at the Brussels talks",
    "in Beijing",
    "with member states",
    "avec la Commission",
    "mit der Bundesregierung",
    "与欧盟",
};

const char *const qualifiers[] = {
    "",
    "",
    "",
    "(phase 2)",
    "— follow-up",
    "road map",
    "for 2026",
    "review",
    "— révision",
    "— 第二阶段",
    "stocktaking",
    "(draft)",
    "implementation",
    "— Entwurf",
    "monitoring",
};

// Forty owners on the desk, some with accents.
const char *const owners[] = {
    "Anna Keller",     "Zoë Dubois",       "Jürgen Möller",   "Łukasz Nowak",
    "María Álvarez",   "Chen Wei",         "Liu Yang",        "Sofia Rossi",
    "Pieter de Vries", "Ingrid Nørgaard",  "Tomás Ó Briain",  "Eleni Papadopoulou",
    "Mihai Popescu",   "Katarzyna Wójcik", "Jean-Luc Martin", "Ana Sousa",
    "Mateja Kovačič",  "Jānis Bērziņš",    "Eva Horváth",     "Nikolaos Georgiou",
    "Lucía Fernández", "Otto Lindqvist",   "Hélène Bernard",  "Marco Bianchi",
    "Sara Lindström",  "David Novák",      "Petra Šimková",   "Aleksandra Petrović",
    "Ruth Camilleri",  "Klaus Schmid",     "Aoife Byrne",     "Henrik Sørensen",
    "Laura Ozola",     "Giedrė Kazlauskė", "Mikko Virtanen",  "Ilse Vermeulen",
    "Bogdan Ionescu",  "Chloé Lefèvre",    "Georg Auer",      "Wang Fang",
};

const char *const objectiveStarts[] = {
    "Secure predictable licensing and", "Obtain a written commitment on",
    "Keep the dialogue open on",        "Avoid retaliation while pressing for",
    "Agree a monitoring mechanism for", "Link progress to",
};

const char *const objectiveEnds[] = {
    "timely export licences for European firms.", "non-discriminatory access to public tenders.",
    "a verifiable reduction of overcapacity.",    "transparent subsidy notifications.",
    "the removal of unilateral measures.",        "a follow-up meeting before the end of the year.",
};

const char *const stances[] = {
    "Supports the EU request with conditions.",
    "Opposes any binding commitment.",
    "Open to a phased approach.",
    "Prefers bilateral arrangements.",
    "Links the issue to market access.",
    "Wants a review clause in 2026.",
    "Silent so far; watch the ministerial.",
    "Signals flexibility in private.",
    "支持有条件的合作。",
    "Demande des garanties écrites.",
};

const char *const institutionsEu[] = {
    "European Commission",
    "DG TRADE",
    "DG GROW",
    "DG CLIMA",
    "European External Action Service",
    "European Parliament INTA",
    "Council of the EU",
    "European Central Bank",
    "EU Chamber of Commerce in China",
};

const char *const institutionsChina[] = {
    "MOFCOM", "NDRC",          "Ministry of Foreign Affairs (PRC)",
    "MIIT",   "State Council", "General Administration of Customs",
    "SAMR",   "CAC",           "China Council for the Promotion of International Trade",
};

const char *const memberStates[] = {
    "Austria",  "Belgium", "Bulgaria",  "Croatia",    "Cyprus", "Czechia",     "Denmark",
    "Estonia",  "Finland", "France",    "Germany",    "Greece", "Hungary",     "Ireland",
    "Italy",    "Latvia",  "Lithuania", "Luxembourg", "Malta",  "Netherlands", "Poland",
    "Portugal", "Romania", "Slovakia",  "Slovenia",   "Spain",  "Sweden",
};

const char *const firstNames[] = {
    "Li",   "Wang", "Zhang",    "Ursula",  "Maroš", "Kaja",  "Josep", "Valdis",
    "Zhao", "Olaf", "Emmanuel", "Giorgia", "Pedro", "Mette", "Petr",  "Ana",
};

const char *const lastNames[] = {
    "Qiang",  "Yi",     "Lin",      "Becker", "Šefčovič", "Moreau", "Conti", "Rivera",
    "Hansen", "Dvořák", "Kowalski", "Ng",     "Hoffmann", "Santos", "Sun",   "Zhou",
};

const char *const companySuffixes[] = {
    "Magnetics", "Rare Metals",    "Battery Systems", "Automotive", "Solar",
    "Shipping",  "Semiconductors", "Agri Foods",      "Pharma",     "Steel",
};

const char *const companyStems[] = {
    "Baotou",  "Ningde", "Rotterdam", "Lyon", "Shenzhen", "Gdańsk",  "Turin", "Hefei",
    "Antwerp", "Wuxi",   "Bilbao",    "Graz", "Xiamen",   "Tampere", "Porto", "Chengdu",
};

struct ActorRow
{
    QString name;
    QString kind;
    QString bloc;
    QString role;
};

// About 200 actors: delegations, institutions and member states by name, then
// companies and people; names are unique by construction.
QList<ActorRow> actorRows(int count)
{
    QList<ActorRow> rows;
    const auto add = [&rows](const QString &name, const char *kind, const char *bloc,
                             const char *role) {
        rows.append(
            {name, QString::fromLatin1(kind), QString::fromLatin1(bloc), QString::fromUtf8(role)});
    };
    add(QStringLiteral("EU delegation"), "delegation", "EU", "Negotiating side");
    add(QStringLiteral("Chinese delegation"), "delegation", "China", "Negotiating side");
    add(QStringLiteral("US administration"), "delegation", "US", "Third party");
    add(QStringLiteral("Russian Federation"), "delegation", "Russia", "Third party");
    add(QStringLiteral("Japan"), "delegation", "Japan", "Third party");
    add(QStringLiteral("Iran"), "delegation", "Iran", "Third party");
    for (const char *name : institutionsEu)
        add(QString::fromUtf8(name), "institution", "EU", "EU institution");
    for (const char *name : institutionsChina)
        add(QString::fromUtf8(name), "institution", "China", "Chinese institution");
    for (const char *name : memberStates)
        add(QString::fromUtf8(name), "member_state", "EU", "Member state");
    const char *const blocs[] = {"EU", "China", "EU", "China", "US", "Japan", "Other"};
    int i = 0;
    for (const char *stem : companyStems) {
        for (const char *suffix : companySuffixes) {
            if (rows.size() >= count / 2 + 30)
                break;
            add(QStringLiteral("%1 %2").arg(QString::fromUtf8(stem), QString::fromUtf8(suffix)),
                "company", blocs[i++ % std::size(blocs)], "Industry");
        }
    }
    for (int n = 0; rows.size() < count; ++n) {
        const int first = n % int(std::size(firstNames));
        const int last = (n / int(std::size(firstNames))) % int(std::size(lastNames));
        const int round = n / int(std::size(firstNames) * std::size(lastNames));
        QString name = QStringLiteral("%1 %2").arg(QString::fromUtf8(firstNames[first]),
                                                   QString::fromUtf8(lastNames[last]));
        if (round > 0)
            name += QStringLiteral(" (%1)").arg(round + 1);
        add(name, "person", blocs[n % std::size(blocs)], "Adviser");
    }
    rows.resize(count);
    return rows;
}

QSqlQuery prepared(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        throw Sql::errorFrom(query.lastError(), sql);
    return query;
}

void run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        throw Sql::errorFrom(query.lastError(), query.lastQuery());
}

} // namespace

LargeStoreGenerator::Result LargeStoreGenerator::generate(const QString &path,
                                                          const Options &options)
{
    if (options.issues < 1 || options.positionsPerIssue < 0)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("The number of issues must be at least 1 and the number of "
                            "positions per issue at least 0."));
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::CannotOpen,
                         tr("%1 already exists; choose a new file (it was left as it was).")
                             .arg(QDir::toNativeSeparators(path)));

    QElapsedTimer timer;
    timer.start();
    Result result;

    Store store;
    store.open(path, Store::OpenMode::CreateIfMissing);
    SummitInfo summit;
    summit.name = QStringLiteral("EU–China summit (generated)");
    summit.place = QStringLiteral("Beijing");
    summit.start = QDate(2025, 7, 24);
    summit.end = QDate(2025, 7, 25);
    summit.classification = QStringLiteral("RESTRICTED");
    store.settings().setSummit(summit);

    {
        // Everything that holds the connection lives in this scope, so close() finds it free.
        const QSqlDatabase db = store.database();
        QRandomGenerator random(options.seed);
        const auto pick = [&random](const QStringList &list) -> const QString & {
            return list.at(int(random.bounded(quint32(list.size()))));
        };

        const QStringList actionWords = wordsOf(actions);
        const QStringList subjectWords = wordsOf(subjects);
        const QStringList partnerWords = wordsOf(partners);
        const QStringList qualifierWords = wordsOf(qualifiers);
        const QStringList ownerNames = wordsOf(owners);
        const QStringList objectiveStartWords = wordsOf(objectiveStarts);
        const QStringList objectiveEndWords = wordsOf(objectiveEnds);
        const QStringList stanceTexts = wordsOf(stances);
        const QString source = tr("Generated for benchmarks (illustrative)");
        const QString changedBy = tr("generator");
        const QString created = tr("Created");

        const int actorCount = std::max(options.actors, options.positionsPerIssue);
        const QDateTime epoch(QDate(2024, 9, 1), QTime(8, 0), QTimeZone::utc());

        // A large page cache for this connection only: the position(actor_id) index
        // takes its inserts in random order.
        Sql::exec(db, QStringLiteral("PRAGMA cache_size = -262144"));
        Sql::Transaction transaction(db);

        QSqlQuery insertActor = prepared(
            db, QStringLiteral(
                    "INSERT INTO actor (id, name, kind, bloc, role, biography, source, "
                    "illustrative, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?)"));
        const QList<ActorRow> actors = actorRows(actorCount);
        const QString actorsUpdated = Sql::toText(epoch);
        for (int i = 0; i < actors.size(); ++i) {
            const ActorRow &actor = actors.at(i);
            run(insertActor, {i + 1, actor.name, actor.kind, actor.bloc, actor.role,
                              tr("%1: %2, generated profile.").arg(actor.name, actor.role), source,
                              actorsUpdated});
        }
        result.actors = actors.size();

        QSqlQuery insertIssue = prepared(
            db,
            QStringLiteral("INSERT INTO issue (id, code, title, category, status, priority, owner, "
                           "due_date, eu_objective, lines_to_take, defensive_lines, background, "
                           "scale_low, scale_high, source, illustrative, version, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, "
                           "?, ?)"));
        QSqlQuery insertChange = prepared(
            db, QStringLiteral("INSERT INTO status_change (issue_id, from_status, to_status, "
                               "changed_at, changed_by, reason) VALUES (?, NULL, ?, ?, ?, ?)"));
        QSqlQuery insertPosition = prepared(
            db,
            QStringLiteral("INSERT INTO position (issue_id, actor_id, stance, position, salience, "
                           "clout, source, illustrative, version, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, ?)"));

        constexpr int categoryCount = int(std::size(categoryTable));
        QList<int> nextNumber(categoryCount, 1);
        // Statuses weighted towards the middle of the workflow, as on a real desk.
        const int statusWeights[] = {8, 20, 15, 25, 12, 8, 7, 5};
        const int priorityWeights[] = {25, 40, 25, 10};
        const auto weighted = [&random](const int *weights, int n) {
            const int total = std::accumulate(weights, weights + n, 0);
            int r = int(random.bounded(quint32(total)));
            for (int i = 0; i < n; ++i) {
                if (r < weights[i])
                    return i;
                r -= weights[i];
            }
            return n - 1;
        };
        std::vector<int> actorIds(actorCount);
        std::iota(actorIds.begin(), actorIds.end(), 1);
        const QDate yearStart(2025, 1, 1);

        for (int i = 0; i < options.issues; ++i) {
            const qint64 id = i + 1;
            const int c = int(random.bounded(quint32(categoryCount)));
            const QString code = QStringLiteral("%1-%2")
                                     .arg(QLatin1String(categoryTable[c].prefix))
                                     .arg(nextNumber[c]++, 5, 10, QLatin1Char('0'));
            // Each draw is its own statement so the same seed gives the same rows everywhere.
            QString title = pick(actionWords);
            title += QLatin1Char(' ') + pick(subjectWords);
            for (const QStringList *words : {&partnerWords, &qualifierWords}) {
                const QString &part = pick(*words);
                if (!part.isEmpty())
                    title += QLatin1Char(' ') + part;
            }
            const int status = weighted(statusWeights, int(std::size(statusWeights)));
            const int priority = weighted(priorityWeights, int(std::size(priorityWeights)));
            // One issue in twenty has no due date yet (NULL), as in real files.
            const QVariant due = random.bounded(20) == 0
                                     ? QVariant(QMetaType(QMetaType::QString))
                                     : Sql::toText(yearStart.addDays(random.bounded(365)));
            const QDateTime createdAt = epoch.addSecs(qint64(random.bounded(200 * 24 * 3600)));
            const QString createdText = Sql::toText(createdAt);
            const QString updatedText =
                Sql::toText(createdAt.addSecs(qint64(random.bounded(60 * 24 * 3600))));
            QString objective = pick(objectiveStartWords);
            objective += QLatin1Char(' ') + pick(objectiveEndWords);
            run(insertIssue,
                {id, code, title, QString::fromUtf8(categoryTable[c].name), status, priority,
                 pick(ownerNames), due, objective,
                 tr("Recall the joint commitments; ask for concrete dates on %1.").arg(title),
                 tr("If raised: note the concern and refer to the ongoing review."),
                 tr("Background on %1: generated text of realistic length for benchmarks, "
                    "covering the state of play, previous rounds and the member states' views.")
                     .arg(code),
                 tr("EU position"), tr("Chinese position"), source, createdText, updatedText});
            run(insertChange, {id, status, createdText, changedBy, created});
            ++result.statusChanges;

            // A partial shuffle picks distinct actors, as UNIQUE (issue_id, actor_id) requires.
            for (int k = 0; k < options.positionsPerIssue; ++k) {
                const int j = k + int(random.bounded(quint32(actorCount - k)));
                std::swap(actorIds[k], actorIds[j]);
                run(insertPosition,
                    {id, actorIds[k], pick(stanceTexts), int(random.bounded(101)),
                     int(random.bounded(101)), int(random.bounded(101)), source, updatedText});
                ++result.positions;
            }
            ++result.issues;
        }
        transaction.commit();
    }
    // No ANALYZE: the app never runs it, so the planner sees what a user's file gives it.
    store.close();
    result.elapsedMs = timer.elapsed();
    return result;
}
