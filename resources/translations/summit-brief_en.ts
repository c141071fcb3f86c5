<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActivityView</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n change(s) only</source>
        <translation>
            <numerusform>Showing the latest change only</numerusform>
            <numerusform>Showing the latest %n changes only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorRepository</name>
    <message numerus="yes">
        <source>%1 holds a position on %n issue(s): merge the actor into another or remove those positions first.</source>
        <translation>
            <numerusform>%1 holds a position on %n issue: merge the actor into another or remove that position first.</numerusform>
            <numerusform>%1 holds a position on %n issues: merge the actor into another or remove those positions first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorsView</name>
    <message numerus="yes">
        <source>Positions on %n issue(s)</source>
        <translation>
            <numerusform>Positions on %n issue</numerusform>
            <numerusform>Positions on %n issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveIssueCommand</name>
    <message numerus="yes">
        <source>Archive %n issue(s)</source>
        <translation>
            <numerusform>Archive %n issue</numerusform>
            <numerusform>Archive %n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n issue(s)</source>
        <translation>
            <numerusform>Restore %n issue</numerusform>
            <numerusform>Restore %n issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkEditCommand</name>
    <message numerus="yes">
        <source>Change status of %n issue(s) to %1</source>
        <translation>
            <numerusform>Change status of %n issue to %1</numerusform>
            <numerusform>Change status of %n issues to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n issue(s)</source>
        <translation>
            <numerusform>Change %1 of %n issue</numerusform>
            <numerusform>Change %1 of %n issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <source>%1: %n point(s)</source>
        <translation>
            <numerusform>%1: %n point</numerusform>
            <numerusform>%1: %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandActions</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation>
            <numerusform>%n saved view</numerusform>
            <numerusform>%n saved views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) replaced</source>
        <translation>
            <numerusform>%n issue replaced</numerusform>
            <numerusform>%n issues replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) replaced</source>
        <translation>
            <numerusform>%n record replaced</numerusform>
            <numerusform>%n records replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the scenario with %n issue(s) to %1.</source>
        <translation>
            <numerusform>Exported the scenario with %n issue to %1.</numerusform>
            <numerusform>Exported the scenario with %n issues to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n issue(s) to %1.</source>
        <translation>
            <numerusform>Exported %n issue to %1.</numerusform>
            <numerusform>Exported %n issues to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n new actor</numerusform>
            <numerusform>%n new actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <source>Exported %n issue(s) to %1</source>
        <translation>
            <numerusform>Exported %n issue to %1</numerusform>
            <numerusform>Exported %n issues to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message numerus="yes">
        <source>%n new issue(s)</source>
        <translation>
            <numerusform>%n new issue</numerusform>
            <numerusform>%n new issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n new actor</numerusform>
            <numerusform>%n new actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator point(s)</source>
        <translation>
            <numerusform>%n indicator point</numerusform>
            <numerusform>%n indicator points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation>
            <numerusform>%n saved view</numerusform>
            <numerusform>%n saved views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastResult</name>
    <message numerus="yes">
        <source>Likely outcome %1 (%2–%3; %n time(s) in 10)</source>
        <translation>
            <numerusform>Likely outcome %1 (%2–%3; %n time in 10)</numerusform>
            <numerusform>Likely outcome %1 (%2–%3; %n times in 10)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message numerus="yes">
        <source>Likely outcome %1 (%2–%3; %n time(s) in 10)</source>
        <translation>
            <numerusform>Likely outcome %1 (%2–%3; %n time in 10)</numerusform>
            <numerusform>Likely outcome %1 (%2–%3; %n times in 10)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely outcome %1 (%n time(s) in 10)</source>
        <translation>
            <numerusform>Likely outcome %1 (%n time in 10)</numerusform>
            <numerusform>Likely outcome %1 (%n times in 10)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation>
            <numerusform>%n saved view</numerusform>
            <numerusform>%n saved views</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack export(s)</source>
        <translation>
            <numerusform>%n pack export</numerusform>
            <numerusform>%n pack exports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportConflicts</name>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <translation>
            <numerusform>%1 … and %n more</numerusform>
            <numerusform>%1 … and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue code(s) (%1)</source>
        <translation>
            <numerusform>%n issue code (%1)</numerusform>
            <numerusform>%n issue codes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with other details (%1)</source>
        <translation>
            <numerusform>%n actor with other details (%1)</numerusform>
            <numerusform>%n actors with other details (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s) (%1)</source>
        <translation>
            <numerusform>%n saved view (%1)</numerusform>
            <numerusform>%n saved views (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KtabCsvExporter</name>
    <message numerus="yes">
        <source>%n issue(s) exported from Summit Brief</source>
        <translation>
            <numerusform>%n issue exported from Summit Brief</numerusform>
            <numerusform>%n issues exported from Summit Brief</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KtabCsvImporter</name>
    <message numerus="yes">
        <source>%n issue(s) already hold this file&apos;s dimensions (%1). Import again choosing to keep or replace them.</source>
        <translation>
            <numerusform>An issue already holds this file&apos;s dimension (%1). Import again choosing to keep or replace it.</numerusform>
            <numerusform>%n issues already hold this file&apos;s dimensions (%1). Import again choosing to keep or replace them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Showing %1 of %n issue(s)</source>
        <translation>
            <numerusform>Showing %1 of %n issue</numerusform>
            <numerusform>Showing %1 of %n issues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeActorsDialog</name>
    <message numerus="yes">
        <source>%1 holds a position on %n issue(s).</source>
        <translation>
            <numerusform>%1 holds a position on %n issue.</numerusform>
            <numerusform>%1 holds a position on %n issues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) move to %1.</source>
        <translation>
            <numerusform>%n position moves to %1.</numerusform>
            <numerusform>%n positions move to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) on issues where %1 already has a position are dropped (%1&apos;s are kept).</source>
        <translation>
            <numerusform>%n position on an issue where %1 already has a position is dropped (%1&apos;s is kept).</numerusform>
            <numerusform>%n positions on issues where %1 already has a position are dropped (%1&apos;s are kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>Exported %n page to %1</numerusform>
            <numerusform>Exported %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackHtmlBuilder</name>
    <message numerus="yes">
        <source>%n issue(s) in this pack: %1.</source>
        <translation>
            <numerusform>%n issue in this pack: %1.</numerusform>
            <numerusform>%n issues in this pack: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageDealText</name>
    <message numerus="yes">
        <source>No exchange across the %n trade-off link(s) moves an issue toward the objective of %1.</source>
        <translation>
            <numerusform>No exchange across the %n trade-off link moves an issue toward the objective of %1.</numerusform>
            <numerusform>No exchange across the %n trade-off links moves an issue toward the objective of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusReasonDialog</name>
    <message numerus="yes">
        <source>Change status of %n issue(s)</source>
        <translation>
            <numerusform>Change status of %n issue</numerusform>
            <numerusform>Change status of %n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s):</source>
        <translation>
            <numerusform>%n issue:</numerusform>
            <numerusform>%n issues:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummitFile</name>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>at most %n character</numerusform>
            <numerusform>at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackingController</name>
    <message numerus="yes">
        <source>Owner of the %n selected issue(s):</source>
        <translation>
            <numerusform>Owner of the %n selected issue:</numerusform>
            <numerusform>Owner of the %n selected issues:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected issue(s), now %1</source>
        <translation>
            <numerusform>%n selected issue, now %1</numerusform>
            <numerusform>%n selected issues, now %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n selected issue(s), now all %1</source>
        <translation>
            <numerusform>the %n selected issue, now %1</numerusform>
            <numerusform>the %n selected issues, now all %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected issue(s) already %1; nothing changed.</source>
        <translation>
            <numerusform>The selected issue is already %1; nothing changed.</numerusform>
            <numerusform>The %n selected issues are already %1; nothing changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
