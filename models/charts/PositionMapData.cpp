#include "PositionMapData.h"

#include "forecast/Forecast.h"
#include "store/IssueRepository.h"
#include "store/PositionRepository.h"
#include "store/Store.h"

double PositionMapData::heightOf(const Position &position)
{
    return double(Forecast::weightOf(position)) / 100.0;
}

PositionMapData PositionMapData::load(Store &store, qint64 issueId)
{
    PositionMapData data;
    const std::optional<Issue> issue = store.issues().byId(issueId);
    if (!issue)
        return data;
    data.issueId = issue->id;
    data.code = issue->code;
    data.title = issue->title;
    data.scaleLow = issue->scaleLow;
    data.scaleHigh = issue->scaleHigh;
    data.positions = store.positions().forIssue(issueId);
    data.forecast = Forecast::compute(data.positions);
    return data;
}
