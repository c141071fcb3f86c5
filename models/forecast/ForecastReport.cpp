#include "ForecastReport.h"

#include "Forecast.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/SettingsRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

QString forecastReport(Store &store, const QString &code, bool json)
{
    const std::optional<Issue> issue = store.issues().byCode(code);
    if (!issue) {
        throw StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("Forecast", "No issue has the code %1.").arg(code));
    }
    const std::optional<ForecastResult> result =
        Forecast::compute(store.positions().forIssue(issue->id), store.settings().summit().ourBloc,
                          issue->decisionRule);

    if (json) {
        QJsonObject object = result ? result->toJson() : QJsonObject();
        object.insert(QStringLiteral("code"), issue->code);
        object.insert(QStringLiteral("title"), issue->title);
        object.insert(QStringLiteral("scaleLow"), issue->scaleLow);
        object.insert(QStringLiteral("scaleHigh"), issue->scaleHigh);
        object.insert(QStringLiteral("valid"), result.has_value());
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    if (result)
        return result->toText(issue->code, issue->title, issue->scaleLow, issue->scaleHigh,
                              issue->decisionRuleSource);
    return QCoreApplication::translate("Forecast", "%1 %2").arg(issue->code, issue->title) +
           QLatin1Char('\n') +
           QCoreApplication::translate(
               "Forecast",
               "No forecast: no actor holds a position with weight (clout x salience).") +
           QLatin1Char('\n');
}
