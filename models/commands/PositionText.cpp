#include "PositionText.h"

#include "store/ActorRepository.h"
#include "store/IssueRepository.h"
#include "store/Store.h"
#include "store/StoreError.h"

PositionText::Names PositionText::namesOf(Store &store, const Position &position)
{
    Names names;
    try {
        if (const std::optional<Actor> actor = store.actors().byId(position.actorId))
            names.actor = actor->name;
        if (const std::optional<Issue> issue = store.issues().byId(position.issueId))
            names.issueCode = issue->code;
    } catch (const StoreError &) {
        // Only the label suffers.
    }
    return names;
}
