#pragma once

// The columns of the issue table, in order: the table model shows them and a
// saved view names the one it sorts by.
struct IssueColumns
{
    enum Column
    {
        CodeColumn,
        TitleColumn,
        CategoryColumn,
        StatusColumn,
        PriorityColumn,
        OwnerColumn,
        DueDateColumn,
        DaysBeforeSummitColumn, // sorts by due date, reversed, so the numbers ascend
        ColumnCount
    };
};
