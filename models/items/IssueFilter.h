#pragma once

// The filter description lives with the domain types, so the store can hold it
// (saved views) without knowing the item models.
#include "domain/IssueFilter.h"
