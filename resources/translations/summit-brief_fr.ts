<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActivityModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Status changes from this time on; starts at the last pack export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n change(s) only</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>Illustrative: an estimate, not from a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is printed in the pack, e.g. Kaja Kallas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bloc or type the name of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. High Representative for Foreign Affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bloc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;iography:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bloc or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The biography is %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorItemDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorListModel</name>
    <message>
        <source>Bloc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative estimate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorRepository</name>
    <message>
        <source>An actor added since took the place of %1; it cannot come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not accept the bloc &quot;%1&quot; yet (for %2); choose one of its blocs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; it was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a position on %n issue(s): merge the actor into another or remove those positions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two actors no longer exists; nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; it was not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the positions %1 held since the merge; it was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor %1 was merged into no longer exists; the merge was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor added since took the place of %1; the merge was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActorsView</name>
    <message>
        <source>&amp;Add Actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Actor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an actor to this summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected actor (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected actor into another: its positions move to the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected actor (only one without positions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative: not from a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an issue to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc: %1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = %1
100 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Positions on %n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddActorCommand</name>
    <message>
        <source>Add actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddEventCommand</name>
    <message>
        <source>Add event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed the event &quot;%1&quot; already; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the event &quot;%1&quot; since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddIndicatorPointCommand</name>
    <message>
        <source>Add a point to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed the point of &quot;%1&quot; already; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the point of &quot;%1&quot; since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed the link since; &quot;%1&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPositionCommand</name>
    <message>
        <source>Add position of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position no longer exists; &quot;%1&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this position since; &quot;%1&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPositionDialog</name>
    <message>
        <source>Illustrative: an estimate, not from a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Position on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actors by name, bloc or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = %1, 100 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the issue matters to the actor, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the actor can move the outcome, 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the actor says or wants, in a sentence or two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the actor whose position this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number from 0 to 100, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stance is %1 characters; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveIssueCommand</name>
    <message>
        <source>Archive issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %n issue(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %n issue(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPackComposer</name>
    <message>
        <source>Not to be copied or passed on; return to the registry after use.</source>
        <translation>Ne pas copier ni diffuser ; à restituer au bureau d’ordre après usage.</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Unknown issue code: %1</source>
        <translation>Code de question inconnu : %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>BulkEditCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n issue(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue of &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeStatusCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the status of %1 to %2 since; &quot;%3&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the status of %1 to %2 since; &quot;%3&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — positions and forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ %1&lt;br&gt;%2 ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (clout × salience ÷ 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
position %3, salience %4, clout %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective: the weighted median of the %1 actors&apos; positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean %1: where the pull of all actors balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast outcome %1: the weighted median (clout × salience)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The image could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandActions</name>
    <message>
        <source>%1: %2 already in the database; use --on-existing skip or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2, %3; added: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) replaced</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unknown kind of file; import a scenario (.json) or an issue table (.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported the scenario with %n issue(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n issue(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; expected one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>
Commands (headless; one line on success, one line on stderr and a non-zero exit on failure):
  pack --db FILE --out FILE   Export a briefing pack (PDF, ODT or HTML).
  forecast CODE [--db FILE]   Print the outcome forecast of one issue.
  import FILE [--db FILE]     Import a scenario (.json) or issue table (.csv), all or nothing.
  export --format json|csv --out FILE [--db FILE]
                              Export the whole database (JSON) or the issue table (CSV).
  status CODE NEW_STATUS --reason TEXT [--db FILE]
                              Change an issue&apos;s status; the history records it and why.
  new FILE [--name TEXT] [--place TEXT] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
      [--classification TEXT] [--our-bloc NAME] [--counterpart NAME]
                              Write an empty summit database; never replaces a file.
  copy --from SOURCE --to TARGET
                              Copy a whole summit, history included, between a file and a
                              team database (postgresql://USER@HOST:PORT/DBNAME), either way;
                              the target must be a new file or an empty database.
Without --db, commands use the database the app or &quot;new&quot; used last.
--db also takes a team database, postgresql://USER@HOST:PORT/DBNAME; the password
comes from PGPASSWORD or ~/.pgpass, and is never saved.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Brief: negotiation issues, positions and briefing packs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional command (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: a &lt;file&gt;, or a team database as postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a fresh demo database (EU–China summit) to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: replace an existing Summit Brief database (it is backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: pdf, odt or html (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: only these issues, e.g. RE-01,DR-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: only issues with these statuses, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack, new: the marking on every page, e.g. &quot;EU RESTRICTED&quot; (pack default: the database&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: the date of issue, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: the registration number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: the copy number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: who prepared it (default: your account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: write PDF/A-1b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: write the pack even when no issue matches --issues and --status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: what to do with codes already in the database: ask (refuse and list them), skip or replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: why the status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the summit&apos;s name (default: the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: where it meets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: its first day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: its last day, YYYY-MM-DD (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: our side&apos;s bloc (default: EU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: the counterpart&apos;s bloc (default: China).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: the summit to copy, a file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: where to copy it, a new file or an empty team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command cannot be combined with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --force only with --demo FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: --db FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: --out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: Unknown status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: --date must look like 2025-07-20, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack: --copy must be a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast: Give exactly one issue code, e.g. summit-brief forecast RE-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: Give exactly one file, e.g. summit-brief import issues.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format json|csv and --out FILE are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: Give an issue code and a status, e.g. summit-brief status RE-01 &quot;In negotiation&quot; --reason &quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: --reason TEXT is required: the history records why the status changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: Give exactly one file, e.g. summit-brief new eu-india.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: Give the file as the argument, not with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: Writes a file; a team database is made on its server, then used with --db postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --%1 must be a date like 2025-07-24, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: --end needs --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: Unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: Give the stores with --from and --to, not with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy: --from SOURCE and --to TARGET are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see summit-brief --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>A colleague saved the %1 of %2 after you opened it. Which value should stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague changed this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague&apos;s value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensive lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of position 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of position 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out of the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateIssueCommand</name>
    <message>
        <source>Create issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: longer than %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an issue to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues by category and status%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues by priority%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened %2 ago
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summit date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open critical issues: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity and open issues%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issues (not agreed or closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issues are counted at the end of each day up to the last change, on %1, after the summit&apos;s last day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open issues are counted at the end of each day up to the summit&apos;s last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow markers and dashed lines are illustrative, not sourced figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 gap per issue%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>|%1 − %2| (scale points, weighted medians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
%3 %4, %5 %6: gap %7
Click to open the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 widest of %2 issues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataVersionWatcher</name>
    <message>
        <source>Live updates from %1 are off: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteIssueCommand</name>
    <message>
        <source>Delete issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>%1 is a folder; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose a new file name, or add --force to replace a Summit Brief database (it is backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force replaces only a Summit Brief database; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1, so it was not replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActorCommand</name>
    <message>
        <source>Edit actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor %1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; &quot;%2&quot; was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the event &quot;%1&quot; since; &quot;%2&quot; was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the event &quot;%1&quot; since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditIndicatorPointCommand</name>
    <message>
        <source>Edit a point of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the point of &quot;%1&quot; since; &quot;%2&quot; was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the point of &quot;%1&quot; since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point of &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative (not from a source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Leaders&apos; meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a year before the summit (%1): is the year right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a year after the summit (%1): is the year right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event cannot end before it starts (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>An event needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; would end (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event is a meeting or a deadline, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative: not from a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario or issue table (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of the database could be kept, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 The database as it was: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Issue Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the scenario to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n issue(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the issue table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message numerus="yes">
        <source>%n new issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 replaced, %3 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 replaced, %3 kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is neither a scenario (.json) nor an issue table (.csv).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>No issue has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast: no actor holds a position with weight (clout x salience).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastResult</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: 0 = %1, 100 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast outcome (weighted median): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors: %1, total weight (clout x salience): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective: none (no %1 actor holds a position)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to work on (each actor moved %1 points toward the %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. %2 (%3): %4 -&gt; %5; median %6, mean %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportConflicts</name>
    <message>
        <source>%1 … and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n issue code(s) (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n actor(s) with other details (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n saved view(s) (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario (JSON): issues, actors, positions, programme and indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue table (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 from
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the database already holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse the import and list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the database&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place them with the file&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. A copy of the database is kept beside it before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorChartPainter</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hollow points, starred: illustrative values</source>
        <translation>Points évidés, marqués d’un astérisque : valeurs illustratives</translation>
    </message>
</context>
<context>
    <name>IndicatorPointDialog</name>
    <message>
        <source>Illustrative (not from a source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Indicator Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a series or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Indicator Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series&apos; unit: each series has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point needs a series name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>An indicator point needs a series name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point of &quot;%1&quot; needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point of &quot;%1&quot; needs a value that is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point of &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator point no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Illustrative: not from a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number; the value of %2 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>Add Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dated value to a series, or start a new series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a series, or one of its points, to see its chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hollow markers and dashed lines are illustrative, not sourced figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueActions</name>
    <message>
        <source>&amp;New Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an issue to the table and type its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the current issue under a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an issue whose status never changed since it was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List archived issues too, greyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the archived issue back into the table, packs and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the issue out of the table, packs and charts; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created, but the filter hides it: clear the filter to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” cannot be deleted: its status has changed since it was created, and that history is kept for good. Archive it instead; it then leaves the table, packs and charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its positions and links go with it; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCsvExporter</name>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueCsvImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: not valid UTF-8 text (save the file as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header must be exactly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields; expected %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is %3 characters; the limit is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, issue %2: %3 is %4 characters; the limit is %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue %1 needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like 2025-07-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown likelihood &quot;%1&quot;; expected certain, might or unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue with code %1 already exists in the database. Import again choosing to skip or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issues in the file already exist in the database: %2. Import again choosing to skip or replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDetailPanel</name>
    <message>
        <source>&amp;Add Position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an issue to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the position of an actor not yet on this issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected actor&apos;s position on this issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every actor already has a position on %1; add an actor in the Actors tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summit has no actors yet; add one in the Actors tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions run from 0 to 100 on this issue&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position scale: 0 = %1, 100 = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an actor to read the whole stance and its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stance recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative estimate, not from a source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueFilterBar</name>
    <message>
        <source>Filter issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the issues whose code, title, category or owner contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search texts, positions, actors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the issues whose texts, positions or actors contain every word typed here (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show issues in any status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueLink</name>
    <message>
        <source>relates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is blocked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade-off with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueLinksView</name>
    <message>
        <source>Add link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no issue %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueOverviewForm</name>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the issue is to come up at the summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk or person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What 0 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What 100 means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If raised (defensive lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: the text would be %1 characters; this field holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters used of the %1 this field holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the connection to %1 is lost. What you typed stays in the field; confirm it again when Summit Brief has reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative: not from a source, added to make the picture readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueRepository</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the issues no longer exist; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since you selected them; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed issue %1 since you opened it; it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a status history beyond its creation, which is kept for good; archive it instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put back: another issue took its place in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be put back: another issue has that code now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of issue %1 must start with its first status and end with its current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue with code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this issue since you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed issue %1 since you opened it; the status was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the selected issues no longer exist; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed issue %1 since you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Overdue: due %1 and not yet agreed or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from the due date to the first day of the summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Likelihood</name>
    <message>
        <source>Certain to come up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Might come up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely to come up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>An issue cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue to link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already linked that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already blocks %2; two issues cannot block each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a file for a new summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Summit Brief database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a fresh copy of the EU–China summit demo and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a summit the delegation shares on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the details of the selected issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Briefing Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the briefing pack as PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scenario (JSON) or an issue table (CSV) to this summit, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole summit as a scenario file another database can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue Table CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issues as a table for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summit&apos;s name, place, dates, marking and the two sides compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Issues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This summit is open read-only.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Summit Brief %1&lt;/h3&gt;&lt;p&gt;Negotiation issues, actors&apos; positions and briefing packs for a delegation preparing a summit.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>our side&apos;s objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell is an actor&apos;s position (0–100) on the issue, coloured by its distance from the %1: %2 close  %3 halfway  %4 far. Double-click a cell to open the issue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeActorsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeActorsDialog</name>
    <message>
        <source>Merge %1 Into Another Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the actor that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is merged into the actor you choose, which keeps its own name and details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a position on %n issue(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) move to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) on issues where %1 already has a position are dropped (%1&apos;s are kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is then removed. Undo brings it back with its positions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiLineTextDelegate</name>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSummitDialog</name>
    <message>
        <source>New Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summit this file prepares. Everything here can be changed later in Summit &gt; Properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summit this file prepares. The header, the dashboard and the briefing pack follow these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EU–India summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. New Delhi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates not fixed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounterpart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdtPackWriter</name>
    <message>
        <source>Briefing pack – %1</source>
        <translation>Dossier de sommet – %1</translation>
    </message>
    <message>
        <source>Cannot write the ODT document: %1</source>
        <translation>Impossible d’écrire le document ODT : %1</translation>
    </message>
</context>
<context>
    <name>OdtPageStyle</name>
    <message>
        <source>Reg. no. %1 · Copy no. %2</source>
        <translation>Enreg. n° %1 · Exemplaire n° %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Établi le %1</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>— no owner —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Cannot make the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issue is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the briefing pack to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackExport</name>
    <message>
        <source>The pack was written to %1, but not logged: %2</source>
        <translation>Le dossier de sommet a été écrit dans %1, mais n’a pas été consigné au journal : %2</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export Briefing Pack</source>
        <translation>Exporter le dossier de sommet</translation>
    </message>
    <message>
        <source>Print Briefing Pack</source>
        <translation>Imprimer le dossier de sommet</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>&amp;All issues</source>
        <translation>&amp;Toutes les questions</translation>
    </message>
    <message>
        <source>&amp;Filtered: as the table shows them (%1)</source>
        <translation>Fi&amp;ltrées : celles que montre le tableau (%1)</translation>
    </message>
    <message>
        <source>&amp;Selected in the table (%1)</source>
        <translation>&amp;Sélectionnées dans le tableau (%1)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>S&amp;teering note</source>
        <translation>&amp;Note de cadrage</translation>
    </message>
    <message>
        <source>&amp;Briefs</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>A&amp;nnexes</source>
        <translation>&amp;Annexes</translation>
    </message>
    <message>
        <source>The cover and the contents are always included.</source>
        <translation>La page de garde et le sommaire figurent toujours.</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Votre nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>Classi&amp;fication :</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation>N° d’enre&amp;gistrement :</translation>
    </message>
    <message>
        <source>C&amp;opy no.:</source>
        <translation>N° d’e&amp;xemplaire :</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Éta&amp;bli par :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Langue du d&amp;ossier :</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF/A-1b (archival)</source>
        <translation>PDF/A-1b (archivage)</translation>
    </message>
    <message>
        <source>ODT (editable)</source>
        <translation>ODT (modifiable)</translation>
    </message>
    <message>
        <source>HTML (single file)</source>
        <translation>HTML (fichier unique)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Fic&amp;hier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuer…</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 already exists (%2 bytes, saved %3). Replace it with this pack?</source>
        <translation>%1 existe déjà (%2 octets, enregistré le %3). Le remplacer par ce dossier de sommet ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Choose &amp;Another Name</source>
        <translation>Choisir un &amp;autre nom</translation>
    </message>
    <message>
        <source>No issue is marked for the briefing pack, so the pack would have no briefs. Mark issues &quot;In briefing pack&quot; or choose the filtered or selected issues.</source>
        <translation>Aucune question n’est retenue pour le dossier de sommet : il ne contiendrait aucun dossier. Cochez « Dans le dossier » pour des questions ou choisissez les questions filtrées ou sélectionnées.</translation>
    </message>
    <message>
        <source>The chosen issues give no briefs: the pack would have none.</source>
        <translation>Les questions choisies ne donnent aucun dossier : le dossier de sommet n’en contiendrait aucun.</translation>
    </message>
    <message>
        <source>&amp;Go Back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>&amp;Export Anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <source>&amp;Continue Anyway</source>
        <translation>&amp;Continuer quand même</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>PackHtmlBuilder</name>
    <message>
        <source>* Illustrative figure: not stated in the cited source; shown so the table can be read.</source>
        <translation>* Valeur illustrative : absente de la source citée ; donnée pour permettre la lecture du tableau.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Steering note</source>
        <translation>Note de cadrage</translation>
    </message>
    <message>
        <source>Actor biographies</source>
        <translation>Biographies des acteurs</translation>
    </message>
    <message>
        <source>Position matrix</source>
        <translation>Matrice des positions</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Annex %1</source>
        <translation>Annexe %1</translation>
    </message>
    <message>
        <source>Briefing pack – %1</source>
        <translation>Dossier de sommet – %1</translation>
    </message>
    <message>
        <source>Registration no. %1 · Copy no. %2 · Generated %3</source>
        <translation>Enregistrement n° %1 · Exemplaire n° %2 · Établi le %3</translation>
    </message>
    <message>
        <source>Briefing pack for the Head of Delegation</source>
        <translation>À l’attention du chef de délégation</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier de sommet</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date d’émission</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classifié</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>N° d’enregistrement</translation>
    </message>
    <message>
        <source>Copy no.</source>
        <translation>N° d’exemplaire</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>Issues covered</source>
        <translation>Questions traitées</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Manipulation :</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Issue briefs</source>
        <translation>Dossiers par question</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>* Illustrative date: the source gives none; see the sources annex.</source>
        <translation>* Date illustrative : la source n’en donne pas ; voir l’annexe des sources.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) in this pack: %1.</source>
        <translation>
            <numerusform>%n question dans ce dossier : %1.</numerusform>
            <numerusform>%n questions dans ce dossier : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>Objectifs (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>Objectif (%1)</translation>
    </message>
    <message>
        <source>No objective set</source>
        <translation>Aucun objectif fixé</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Lines to take</source>
        <translation>Éléments de langage</translation>
    </message>
    <message>
        <source>Defensive lines (“If raised”)</source>
        <translation>Éléments défensifs (« Si la question est soulevée »)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Scale: 0 = %1 … 100 = %2</source>
        <translation>Échelle : 0 = %1 … 100 = %2</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Position map for %1</source>
        <translation>Carte des positions – %1</translation>
    </message>
    <message>
        <source>Status and last changes</source>
        <translation>Statut et derniers changements</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Statut actuel : %1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Créée au statut %1</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustratif</translation>
    </message>
    <message>
        <source>Bloc: %1</source>
        <translation>Bloc : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Mean position of each bloc&apos;s actors on each issue&apos;s own scale (0–100; the labels are in each brief). A dash: no position recorded.</source>
        <translation>Position moyenne des acteurs de chaque bloc, sur l’échelle propre à chaque question (0–100 ; libellés dans chaque dossier). Un tiret : aucune position enregistrée.</translation>
    </message>
    <message>
        <source>Positions of the actors that appear on two or more issues, on each issue&apos;s own scale (0–100; the labels are in each brief). A dash: no position recorded.</source>
        <translation>Positions des acteurs présents sur au moins deux questions, sur l’échelle propre à chaque question (0–100 ; libellés dans chaque dossier). Un tiret : aucune position enregistrée.</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>Graphique – %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Illustratif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Every source cited in this pack. Figures marked * are illustrative.</source>
        <translation>Toutes les sources citées dans ce dossier. Les valeurs marquées * sont illustratives.</translation>
    </message>
</context>
<context>
    <name>PackWriter</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Reg. no. %1 · Copy no. %2</source>
        <translation>Enreg. n° %1 · Exemplaire n° %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Briefing pack – %1</source>
        <translation>Dossier de sommet – %1</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Impossible d’écrire le PDF : %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Cannot start writing the PDF.</source>
        <translation>Impossible de commencer l’écriture du PDF.</translation>
    </message>
    <message>
        <source>Cannot finish writing the PDF.</source>
        <translation>Impossible de terminer l’écriture du PDF.</translation>
    </message>
    <message>
        <source>Cannot write the HTML file: %1</source>
        <translation>Impossible d’écrire le fichier HTML : %1</translation>
    </message>
</context>
<context>
    <name>PositionMapPainter</name>
    <message>
        <source>%1 — positions and forecast</source>
        <translation>%1 — positions et prévision</translation>
    </message>
    <message>
        <source>Weight (clout × salience ÷ 100)</source>
        <translation>Poids (influence × importance ÷ 100)</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>0 = %1</source>
        <translation>0 = %1</translation>
    </message>
    <message>
        <source>100</source>
        <translation>100</translation>
    </message>
    <message>
        <source>100 = %1</source>
        <translation>100 = %1</translation>
    </message>
    <message>
        <source>◀ %1</source>
        <translation>◀ %1</translation>
    </message>
    <message>
        <source>%1 ▶</source>
        <translation>%1 ▶</translation>
    </message>
    <message>
        <source>%1 objective %2</source>
        <translation>Objectif (%1) %2</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Moyenne %1</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Prévision %1</translation>
    </message>
</context>
<context>
    <name>PositionMapView</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the forecast moves toward our side&apos;s objective if this actor moves 10 points toward it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same for the weighted mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actor holds a position with weight on this issue, so there is no forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast %1. No %2 actor holds a position, so there is no objective to work toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast %1, %2 objective %3. Effect on the forecast of moving each actor %4 points toward the objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): at %3, would move to %4; weight %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionMatrixModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: %1 (0 = %2, 100 = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from the %1 objective: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;0 = %3, 100 = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionRepository</name>
    <message>
        <source>A position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a position on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position added since took the place of %1&apos;s on %2; it cannot come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s position since you opened it; it was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this position since you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <source>%1: illustrative estimate, not from a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number from 0 to 100; “%2” was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Add Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting or a deadline to the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveActorCommand</name>
    <message>
        <source>Remove actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEventCommand</name>
    <message>
        <source>Remove event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed the event &quot;%1&quot; already; &quot;%2&quot; was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the event &quot;%1&quot; since; &quot;%2&quot; was not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveIndicatorPointCommand</name>
    <message>
        <source>Remove a point of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed the point of &quot;%1&quot; already; &quot;%2&quot; was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the point of &quot;%1&quot; since; &quot;%2&quot; was not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Remove link %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else removed the link already; &quot;%1&quot; was not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovePositionCommand</name>
    <message>
        <source>Remove position of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position no longer exists; &quot;%1&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this position since; &quot;%1&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveViewCommand</name>
    <message>
        <source>Remove view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved a view named &quot;%1&quot; since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveViewCommand</name>
    <message>
        <source>Save view &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; already exists; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleDelegate</name>
    <message>
        <source>A whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioExporter</name>
    <message>
        <source>Could not write the scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioImporter</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, not a date like 2025-07-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; expected a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is &quot;%2&quot;, not a time like 2025-07-24T09:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is given twice (line %3); a record holds each field once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text holds %2 (line %3), half of a character (a lone UTF-16 surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; holds %3 (line %4), half of a character (a lone UTF-16 surrogate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue with code %1 already exists earlier in the file (issues[%2])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;at&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;from&quot; must be &quot;%1&quot;, where the change before it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first change must have &quot;from&quot;: null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history ends at &quot;%1&quot; but &quot;status&quot; is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor named &quot;%1&quot; in &quot;actors&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second position for %1 on this issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issue with code %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scenario file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the database. Import again choosing to skip or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records in the file already exist in the database: %2. Import again choosing to skip or replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an actor named %2 already exists with other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an issue with code %2 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a saved view named %2 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;summit-brief-scenario&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this Summit Brief reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;our_bloc&quot; and &quot;counterpart_bloc&quot; are both &quot;%1&quot;; the summit&apos;s two sides must be different blocs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor named &quot;%1&quot; already exists earlier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no issue with code %1 in the file or the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved view named &quot;%1&quot; already exists earlier in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved view named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>No issue contains all of these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(archived) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetIssueFieldCommand</name>
    <message>
        <source>The issue no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed %1 since; &quot;%2&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPositionFieldCommand</name>
    <message>
        <source>The position no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this position since; &quot;%1&quot; was not redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this position since; &quot;%1&quot; was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetSummitPropertiesCommand</name>
    <message>
        <source>Change the summit&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the summit&apos;s properties since; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the summit&apos;s properties since; the change was not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A side of the summit must be a bloc name of 1 to %1 characters without spaces around it; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our side and the counterpart are both %1: they must be two different blocs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The connection to %1 was lost (%2); nothing was changed. Summit Brief reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the change: your account may read this summit but not change it (%2). Ask its administrator for the summit_editor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague&apos;s change on %1 got in the way (%2); nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 is out of space or memory (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost; nothing was changed. Summit Brief reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more is written to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2); try again when it has finished with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or its folder is read-only (%2); nothing was changed. Make it writable or copy it to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of it was found beside it (%1.backup-v*.db): restore it from your own copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its backups beside it, newest first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2); Summit Brief will not write to it. Keep a copy of it as it is, then restore the file. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new row&apos;s id was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a password: type it in the window, or set it in ~/.pgpass or PGPASSWORD (the commands read it there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the password for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server has no database %2. Ask its administrator to create it (CREATE DATABASE), then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server knows no user %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the host and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReasonDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n issue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why, in a line (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is needed: the history keeps it with the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A pack export needs a format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2 is read-only. Make it writable or copy the file to a folder you can write to; forecast, export and pack can still read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a Summit Brief database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Summit Brief database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Summit Brief (database version %2; this version reads up to %3). Open it with the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at database version %2, older than this command reads without upgrading it (%3): open this file once with the app (or run a write command) to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading to database version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at database version %2 and must be upgraded to %3 by an account that may change it (its owner); yours may only read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Summit Brief summit; nothing was changed. Use an empty database for a new summit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Summit Brief (database version %2; this version reads up to %3). Open it with the newer version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at database version %2 and needs upgrading to %3, which only its owner may do; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to database version %2 failed, and it was left at version %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, and your account may not create a summit&apos;s tables in it. Ask its administrator to make you its owner, or to create the summit with the owner&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Summit Brief database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid team database address: write postgresql://USER@HOST:PORT/DBNAME (the port a number from 1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the option %2=%3 is not understood (only sslmode is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummitCopy</name>
    <message>
        <source>Copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1: it has no %2 column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another program; nothing was copied. Copy into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a summit; nothing was copied. Copy into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was copied. A copy never replaces a file: choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummitFile</name>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The summit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summit&apos;s name holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the first and the last day of the summit, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summit cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classification marking holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name our side&apos;s bloc, e.g. EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our side&apos;s bloc holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the counterpart&apos;s bloc, e.g. China.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counterpart&apos;s bloc holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our side and the counterpart are both &quot;%1&quot;; choose two different blocs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. A new summit never replaces a file: choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists (left by an earlier attempt?); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummitFileController</name>
    <message>
        <source>Summit Brief database (*.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old file is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Database Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Password for %2 on %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a new database never replaces a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the summit&apos;s properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account can read this team database but not change it: ask its administrator for the editor role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database refuses changes from this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder cannot be written: to change the summit, make it writable or copy the file to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was opened for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Summit Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummitHeader</name>
    <message>
        <source>Untitled summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place or dates set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database or the demo from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummitTabs</name>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summit the whole delegation shares, kept on the team&apos;s PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. eu_china_summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty to use PGPASSWORD or your ~/.pgpass file; you are asked for it if the server wants one. A password is kept only while the app runs and is never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingController</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded with your status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost: editing paused, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1: editing resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded with your status changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n selected issue(s), now all %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected issue(s), now %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected issue(s) already %1; nothing changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n selected issue(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Owner of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each status change records who made it. Your name is asked once and kept; Edit &gt; Your Name changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
