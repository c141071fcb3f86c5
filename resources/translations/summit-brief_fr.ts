<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActivityModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Status changes from this time on; starts at the last pack export</source>
        <translation>Changements de statut à partir de ce moment ; par défaut, depuis le dernier export du dossier de sommet</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message numerus="yes">
        <source>Showing the latest %n change(s) only</source>
        <translation>
            <numerusform>Affichage limité au dernier changement (%n)</numerusform>
            <numerusform>Affichage limité aux %n derniers changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity since</source>
        <translation>Activité depuis</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>Add Actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>As it is printed in the pack, e.g. Kaja Kallas</source>
        <translation>Tel qu'il figure dans le dossier, p. ex. Kaja Kallas</translation>
    </message>
    <message>
        <source>Choose a bloc or type the name of a new one</source>
        <translation>Choisissez un bloc ou saisissez le nom d'un nouveau bloc</translation>
    </message>
    <message>
        <source>e.g. High Representative for Foreign Affairs</source>
        <translation>p. ex. Haute représentante pour les affaires étrangères</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>D'où vient cette information</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Bloc:</source>
        <translation>&amp;Bloc :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>B&amp;iography:</source>
        <translation>B&amp;iographie :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Edit Actor %1</source>
        <translation>Modifier l'acteur %1</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose a bloc or type the name of a new one.</source>
        <translation>Choisissez un bloc ou saisissez le nom d'un nouveau bloc.</translation>
    </message>
    <message>
        <source>The biography is %1 characters; the limit is %2.</source>
        <translation>La biographie compte %1 caractères ; la limite est de %2.</translation>
    </message>
    <message>
        <source>I&amp;llustrative: an estimate, not from a source</source>
        <translation>Ill&amp;ustratif : une estimation, sans source</translation>
    </message>
</context>
<context>
    <name>ActorItemDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>délégation</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institution</translation>
    </message>
    <message>
        <source>member state</source>
        <translation>État membre</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>ActorListModel</name>
    <message>
        <source>Bloc: %1</source>
        <translation>Bloc : %1</translation>
    </message>
    <message>
        <source>Illustrative estimate</source>
        <translation>Estimation illustrative</translation>
    </message>
</context>
<context>
    <name>ActorRepository</name>
    <message>
        <source>An actor added since took the place of %1; it cannot come back.</source>
        <translation>Un acteur ajouté depuis a pris la place de %1 ; il ne peut pas être rétabli.</translation>
    </message>
    <message>
        <source>An actor named %1 already exists.</source>
        <translation>Un acteur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>This file does not accept the bloc "%1" yet (for %2); choose one of its blocs.</source>
        <translation>Ce fichier n'accepte pas encore le bloc « %1 » (pour %2) ; choisissez l'un de ses blocs.</translation>
    </message>
    <message>
        <source>%1 no longer exists; your change was not saved.</source>
        <translation>%1 n'existe plus ; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; your change was not saved.</source>
        <translation>Quelqu'un d'autre a modifié %1 depuis que vous l'avez ouvert ; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The actor no longer exists.</source>
        <translation>L'acteur n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; it was not removed.</source>
        <translation>Quelqu'un d'autre a modifié %1 depuis que vous l'avez ouvert ; il n'a pas été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a position on %n issue(s): merge the actor into another or remove those positions first.</source>
        <translation>
            <numerusform>%1 a une position sur %n question : fusionnez l'acteur avec un autre ou supprimez d'abord cette position.</numerusform>
            <numerusform>%1 a une position sur %n questions : fusionnez l'acteur avec un autre ou supprimez d'abord ces positions.</numerusform>
        </translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Un acteur ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>One of the two actors no longer exists; nothing was merged.</source>
        <translation>L'un des deux acteurs n'existe plus ; rien n'a été fusionné.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you opened it; it was not merged.</source>
        <translation>Quelqu'un d'autre a modifié %1 depuis que vous l'avez ouvert ; il n'a pas été fusionné.</translation>
    </message>
    <message>
        <source>Someone else changed the positions %1 held since the merge; it was not undone.</source>
        <translation>Quelqu'un d'autre a modifié depuis la fusion les positions que détenait %1 ; la fusion n'a pas été annulée.</translation>
    </message>
    <message>
        <source>The actor %1 was merged into no longer exists; the merge was not undone.</source>
        <translation>L'acteur dans lequel %1 a été fusionné n'existe plus ; la fusion n'a pas été annulée.</translation>
    </message>
    <message>
        <source>An actor added since took the place of %1; the merge was not undone.</source>
        <translation>Un acteur ajouté depuis a pris la place de %1 ; la fusion n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>ActorsView</name>
    <message>
        <source>&amp;Add Actor…</source>
        <translation>&amp;Ajouter un acteur…</translation>
    </message>
    <message>
        <source>&amp;Edit Actor…</source>
        <translation>&amp;Modifier l'acteur…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Remove Actor</source>
        <translation>&amp;Supprimer l'acteur</translation>
    </message>
    <message>
        <source>Add an actor to this summit</source>
        <translation>Ajouter un acteur à ce sommet</translation>
    </message>
    <message>
        <source>Edit the selected actor (double-click)</source>
        <translation>Modifier l'acteur sélectionné (double-clic)</translation>
    </message>
    <message>
        <source>Merge the selected actor into another: its positions move to the other</source>
        <translation>Fusionner l'acteur sélectionné dans un autre : ses positions sont transférées à celui-ci</translation>
    </message>
    <message>
        <source>Remove the selected actor (only one without positions)</source>
        <translation>Supprimer l'acteur sélectionné (seulement s'il n'a aucune position)</translation>
    </message>
    <message>
        <source>Illustrative: not from a source</source>
        <translation>Illustratif : non tiré d'une source</translation>
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
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Double-click an issue to open it</source>
        <translation>Double-cliquez sur une question pour l'ouvrir</translation>
    </message>
    <message>
        <source>Select an actor</source>
        <translation>Sélectionnez un acteur</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Bloc: %1  ·  %2</source>
        <translation>Bloc : %1  ·  %2</translation>
    </message>
    <message>
        <source>No source recorded</source>
        <translation>Aucune source indiquée</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>0 = %1
100 = %2</source>
        <translation>0 = %1
100 = %2</translation>
    </message>
    <message>
        <source>No recorded positions</source>
        <translation>Aucune position enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Positions on %n issue(s)</source>
        <translation>
            <numerusform>Positions sur %n question</numerusform>
            <numerusform>Positions sur %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Every actor of the summit; double-click to edit</source>
        <translation>Tous les acteurs du sommet ; double-clic pour modifier</translation>
    </message>
    <message>
        <source>Positions of the selected actor</source>
        <translation>Positions de l’acteur sélectionné</translation>
    </message>
    <message>
        <source>The issues on which the actor holds a position; double-click to open the issue</source>
        <translation>Les questions sur lesquelles l’acteur a une position ; double-clic pour ouvrir la question</translation>
    </message>
</context>
<context>
    <name>AddActorCommand</name>
    <message>
        <source>Add actor %1</source>
        <translation>Ajout de l'acteur %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; "%2" was not undone.</source>
        <translation>%1 n'existe plus ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>AddEventCommand</name>
    <message>
        <source>Add event "%1"</source>
        <translation>Ajout de l'événement « %1 »</translation>
    </message>
    <message>
        <source>Someone else removed the event "%1" already; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a déjà supprimé l'événement « %1 » ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>Someone else changed the event "%1" since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié l'événement « %1 » entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>AddIndicatorPointCommand</name>
    <message>
        <source>Add a point to "%1"</source>
        <translation>Ajout d'un point à « %1 »</translation>
    </message>
    <message>
        <source>Someone else removed the point of "%1" already; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a déjà supprimé le point de « %1 » ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>Someone else changed the point of "%1" since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié le point de « %1 » entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>AddLinkCommand</name>
    <message>
        <source>Link %1 %2 %3</source>
        <translation>Lien : %1 %2 %3</translation>
    </message>
    <message>
        <source>Someone else removed the link since; "%1" was not undone.</source>
        <translation>Quelqu'un d'autre a supprimé le lien entre-temps ; l'opération « %1 » n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>AddPositionCommand</name>
    <message>
        <source>Add position of %1 on %2</source>
        <translation>Ajout de la position de %1 sur %2</translation>
    </message>
    <message>
        <source>The position no longer exists; "%1" was not undone.</source>
        <translation>La position n'existe plus ; l'opération « %1 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>Someone else changed this position since; "%1" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié cette position entre-temps ; l'opération « %1 » n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>AddPositionDialog</name>
    <message>
        <source>Add Position on %1</source>
        <translation>Ajouter une position sur %1</translation>
    </message>
    <message>
        <source>Search actors by name, bloc or role</source>
        <translation>Rechercher un acteur par nom, bloc ou fonction</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>0 = %1, 100 = %2</source>
        <translation>0 = %1, 100 = %2</translation>
    </message>
    <message>
        <source>&amp;Clout:</source>
        <translation>In&amp;fluence :</translation>
    </message>
    <message>
        <source>How much the issue matters to the actor, 0 to 100</source>
        <translation>Importance de la question pour l'acteur, de 0 à 100</translation>
    </message>
    <message>
        <source>How much the actor can move the outcome, 0 to 100</source>
        <translation>Capacité de l'acteur à peser sur l'issue, de 0 à 100</translation>
    </message>
    <message>
        <source>What the actor says or wants, in a sentence or two</source>
        <translation>Ce que l'acteur dit ou veut, en une ou deux phrases</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Acteur :</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation>&amp;Importance :</translation>
    </message>
    <message>
        <source>S&amp;tance:</source>
        <translation>Pos&amp;ture :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Choose the actor whose position this is.</source>
        <translation>Choisissez l'acteur dont c'est la position.</translation>
    </message>
    <message>
        <source>A position</source>
        <translation>Une position</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Clout</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>%1 is a whole number from 0 to 100, not “%2”.</source>
        <translation>%1 doit être un nombre entier de 0 à 100, et non « %2 ».</translation>
    </message>
    <message>
        <source>The stance is %1 characters; the limit is %2.</source>
        <translation>La posture compte %1 caractères ; la limite est de %2.</translation>
    </message>
    <message>
        <source>&amp;Illustrative: an estimate, not from a source</source>
        <translation>&amp;Illustratif : une estimation, sans source</translation>
    </message>
    <message>
        <source>Actors without a position</source>
        <translation>Acteurs sans position</translation>
    </message>
    <message>
        <source>A&amp;dd Position</source>
        <translation>A&amp;jouter la position</translation>
    </message>
</context>
<context>
    <name>ArchiveIssueCommand</name>
    <message>
        <source>Archive issue %1</source>
        <translation>Archivage de la question %1</translation>
    </message>
    <message>
        <source>Restore issue %1</source>
        <translation>Restauration de la question %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n issue(s)</source>
        <translation>
            <numerusform>Archivage de %n question</numerusform>
            <numerusform>Archivage de %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n issue(s)</source>
        <translation>
            <numerusform>Restauration de %n question</numerusform>
            <numerusform>Restauration de %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation>La question n'existe plus.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full; nothing was written.</source>
        <translation>Impossible d'écrire %1 : le disque est plein ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
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
        <translation>Annulation : %1</translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n issue(s) to %1</source>
        <translation>
            <numerusform>Changement du statut de %n question en %1</numerusform>
            <numerusform>Changement du statut de %n questions en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n issue(s)</source>
        <translation>
            <numerusform>Modification du champ « %1 » de %n question</numerusform>
            <numerusform>Modification du champ « %1 » de %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>An issue of "%1" no longer exists.</source>
        <translation>Une question visée par « %1 » n'existe plus.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>likelihood</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>pack selection</source>
        <translation>sélection pour le dossier</translation>
    </message>
</context>
<context>
    <name>ChangeStatusCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Change status of %1 to %2</source>
        <translation>Changement du statut de %1 en %2</translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation>La question n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed the status of %1 to %2 since; "%3" was not redone.</source>
        <translation>Quelqu'un d'autre a changé entre-temps le statut de %1 en %2 ; l'opération « %3 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed the status of %1 to %2 since; "%3" was not undone.</source>
        <translation>Quelqu'un d'autre a changé entre-temps le statut de %1 en %2 ; l'opération « %3 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>changement de statut</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>%1 — positions and forecast</source>
        <translation>%1 — positions et prévision</translation>
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
        <source>◀ %1&lt;br&gt;%2 ▶</source>
        <translation>◀ %1&lt;br&gt;%2 ▶</translation>
    </message>
    <message>
        <source>Weight (clout × salience ÷ 100)</source>
        <translation>Poids (influence × importance ÷ 100)</translation>
    </message>
    <message>
        <source>%1 (%2)
position %3, salience %4, clout %5</source>
        <translation>%1 (%2)
position %3, importance %4, influence %5</translation>
    </message>
    <message>
        <source>%1 objective %2</source>
        <translation>Objectif %1 %2</translation>
    </message>
    <message>
        <source>%1 objective: the weighted median of the %1 actors' positions</source>
        <translation>Objectif %1 : médiane pondérée des positions des acteurs %1</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Moyenne %1</translation>
    </message>
    <message>
        <source>Weighted mean %1: where the pull of all actors balances</source>
        <translation>Moyenne pondérée %1 : point d'équilibre des forces de tous les acteurs</translation>
    </message>
    <message>
        <source>Forecast %1</source>
        <translation>Prévision %1</translation>
    </message>
    <message>
        <source>Forecast outcome %1: the weighted median (clout × salience)</source>
        <translation>Résultat prévu %1 : médiane pondérée (influence × importance)</translation>
    </message>
    <message>
        <source>Likely range %1</source>
        <translation>Fourchette probable %1</translation>
    </message>
    <message>
        <source>Likely range %1–%2</source>
        <translation>Fourchette probable %1–%2</translation>
    </message>
    <message>
        <source>Deadlock %1–%2</source>
        <translation>Impasse %1–%2</translation>
    </message>
    <message>
        <source>Forecast outcome %1: the compromise of the parties whose agreement is needed (%2)</source>
        <translation>Résultat prévu %1 : le compromis des parties dont l'accord est requis (%2)</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>The image could not be written.</source>
        <translation>L'image n'a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Enregistrer l'image</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot save the image</source>
        <translation>Impossible d'enregistrer l'image</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s)</source>
        <translation>
            <numerusform>%1 : %n point</numerusform>
            <numerusform>%1 : %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>&amp;Save Image…</source>
        <translation>&amp;Enregistrer l’image…</translation>
    </message>
</context>
<context>
    <name>CommandActions</name>
    <message>
        <source>%1: %2 already in the database; use --on-existing skip or replace.</source>
        <translation>%1 : déjà dans la base — %2 ; utilisez --on-existing skip ou replace.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
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
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation>
            <numerusform>%n vue enregistrée</numerusform>
            <numerusform>%n vues enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2, %3; added: %4.</source>
        <translation>Import de %1 : %2, %3 ; ajouts : %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) replaced</source>
        <translation>
            <numerusform>%n enregistrement remplacé</numerusform>
            <numerusform>%n enregistrements remplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n conservé</numerusform>
            <numerusform>%n conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2, %3, %4.</source>
        <translation>Import de %1 : %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) replaced</source>
        <translation>
            <numerusform>%n question remplacée</numerusform>
            <numerusform>%n questions remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: unknown kind of file; import a scenario (.json) or an issue table (.csv).</source>
        <translation>%1 : type de fichier inconnu ; importez un scénario (.json) ou une table des questions (.csv).</translation>
    </message>
    <message numerus="yes">
        <source>Exported the scenario with %n issue(s) to %1.</source>
        <translation>
            <numerusform>Scénario exporté avec %n question vers %1.</numerusform>
            <numerusform>Scénario exporté avec %n questions vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n issue(s) to %1.</source>
        <translation>
            <numerusform>%n question exportée vers %1.</numerusform>
            <numerusform>%n questions exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown status "%1"; expected one of: %2.</source>
        <translation>Statut « %1 » inconnu ; valeurs attendues : %2.</translation>
    </message>
    <message>
        <source>No issue with code %1.</source>
        <translation>Aucune question n'a le code %1.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 a déjà le statut %2 ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4).</source>
        <translation>%1 : %2 → %3 (%4).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>Imported the KTAB scenario %1: %2, %3, %4, %5 (%6 already in the database).</source>
        <translation>Import du scénario KTAB %1 : %2, %3, %4, %5 (%6 déjà dans la base).</translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n nouvel acteur</numerusform>
            <numerusform>%n nouveaux acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 as a KTAB scenario: %2 on %3.</source>
        <translation>%1 exporté comme scénario KTAB : %2 sur %3.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Summit Brief: negotiation issues, positions and briefing packs.</source>
        <translation>Summit Brief : questions en négociation, positions et dossiers de sommet.</translation>
    </message>
    <message>
        <source>Optional command (see below).</source>
        <translation>Commande facultative (voir ci-dessous).</translation>
    </message>
    <message>
        <source>The database: a &lt;file&gt;, or a team database as postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>La base : un &lt;fichier&gt;, ou une base d'équipe sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write a fresh demo database (EU–China summit) to &lt;file&gt; and exit.</source>
        <translation>Écrire une nouvelle base de démonstration (sommet UE–Chine) dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>With --demo: replace an existing Summit Brief database (it is backed up first).</source>
        <translation>Avec --demo : remplacer une base Summit Brief existante (une copie de sauvegarde est faite d'abord).</translation>
    </message>
    <message>
        <source>pack: the file to write.</source>
        <translation>pack : le fichier à écrire.</translation>
    </message>
    <message>
        <source>pack: pdf, odt or html (default: from the file name).</source>
        <translation>pack : pdf, odt ou html (par défaut : d'après le nom du fichier).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>pack: only issues with these statuses, comma-separated.</source>
        <translation>pack : seulement les questions ayant ces statuts, séparés par des virgules.</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>pack, new: the marking on every page, e.g. "EU RESTRICTED" (pack default: the database's).</source>
        <translation>pack, new : la mention de classification portée sur chaque page, p. ex. « RESTREINT UE » (pack, par défaut : celle de la base).</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>pack: the date of issue, YYYY-MM-DD (default: today).</source>
        <translation>pack : la date d'émission, AAAA-MM-JJ (par défaut : aujourd'hui).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>pack: the registration number.</source>
        <translation>pack : le numéro d'enregistrement.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>pack: the copy number.</source>
        <translation>pack : le numéro d'exemplaire.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>pack: who prepared it (default: your account).</source>
        <translation>pack : le rédacteur (par défaut : votre compte).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>pack: write PDF/A-1b.</source>
        <translation>pack : écrire au format PDF/A-1b.</translation>
    </message>
    <message>
        <source>pack: write the pack even when no issue matches --issues and --status.</source>
        <translation>pack : écrire le dossier même si aucune question ne correspond à --issues et --status.</translation>
    </message>
    <message>
        <source>forecast: print JSON.</source>
        <translation>forecast : afficher en JSON.</translation>
    </message>
    <message>
        <source>import: what to do with codes already in the database: ask (refuse and list them), skip or replace.</source>
        <translation>import : que faire des codes déjà présents dans la base : ask (refuser et les lister), skip (ignorer) ou replace (remplacer).</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <source>status: why the status changed.</source>
        <translation>status : le motif du changement de statut.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>new: the summit's name (default: the file's name).</source>
        <translation>new : le nom du sommet (par défaut : le nom du fichier).</translation>
    </message>
    <message>
        <source>new: where it meets.</source>
        <translation>new : le lieu du sommet.</translation>
    </message>
    <message>
        <source>new: its first day, YYYY-MM-DD.</source>
        <translation>new : son premier jour, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>new: its last day, YYYY-MM-DD (default: the first).</source>
        <translation>new : son dernier jour, AAAA-MM-JJ (par défaut : le premier).</translation>
    </message>
    <message>
        <source>new: our side's bloc (default: EU).</source>
        <translation>new : le bloc de notre camp (par défaut : EU).</translation>
    </message>
    <message>
        <source>new: the counterpart's bloc (default: China).</source>
        <translation>new : le bloc de l'interlocuteur (par défaut : China).</translation>
    </message>
    <message>
        <source>copy: the summit to copy, a file or postgresql:// URL.</source>
        <translation>copy : le sommet à copier, un fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>location</source>
        <translation>emplacement</translation>
    </message>
    <message>
        <source>copy: where to copy it, a new file or an empty team database.</source>
        <translation>copy : la destination de la copie, un nouveau fichier ou une base d'équipe vide.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db : %1</translation>
    </message>
    <message>
        <source>A command cannot be combined with --demo.</source>
        <translation>Une commande ne peut pas être combinée avec --demo.</translation>
    </message>
    <message>
        <source>Use --force only with --demo FILE.</source>
        <translation>N'utilisez --force qu'avec --demo FICHIER.</translation>
    </message>
    <message>
        <source>pack: Unexpected argument %1.</source>
        <translation>pack : argument inattendu %1.</translation>
    </message>
    <message>
        <source>pack: --db FILE is required.</source>
        <translation>pack : --db FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>pack: --out FILE is required.</source>
        <translation>pack : --out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>pack: Unknown status "%1".</source>
        <translation>pack : statut inconnu « %1 ».</translation>
    </message>
    <message>
        <source>pack: --date must look like 2025-07-20, not "%1".</source>
        <translation>pack : --date doit être de la forme 2025-07-20, et non « %1 ».</translation>
    </message>
    <message>
        <source>pack: --copy must be a whole number from 1.</source>
        <translation>pack : --copy doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>forecast: Give exactly one issue code, e.g. summit-brief forecast RE-01.</source>
        <translation>forecast : indiquez un seul code de question, p. ex. summit-brief forecast RE-01.</translation>
    </message>
    <message>
        <source>import: Give exactly one file, e.g. summit-brief import issues.csv.</source>
        <translation>import : indiquez un seul fichier, p. ex. summit-brief import issues.csv.</translation>
    </message>
    <message>
        <source>export: Unexpected argument %1.</source>
        <translation>export : argument inattendu %1.</translation>
    </message>
    <message>
        <source>status: Give an issue code and a status, e.g. summit-brief status RE-01 "In negotiation" --reason "...".</source>
        <translation>status : indiquez un code de question et un statut, p. ex. summit-brief status RE-01 "In negotiation" --reason "...".</translation>
    </message>
    <message>
        <source>status: --reason TEXT is required: the history records why the status changed.</source>
        <translation>status : --reason TEXTE est obligatoire : l'historique enregistre le motif du changement de statut.</translation>
    </message>
    <message>
        <source>new: Give exactly one file, e.g. summit-brief new eu-india.db.</source>
        <translation>new : indiquez un seul fichier, p. ex. summit-brief new eu-india.db.</translation>
    </message>
    <message>
        <source>new: Give the file as the argument, not with --db.</source>
        <translation>new : indiquez le fichier en argument, et non avec --db.</translation>
    </message>
    <message>
        <source>new: Writes a file; a team database is made on its server, then used with --db postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>new : crée un fichier ; une base d'équipe se crée sur son serveur, puis s'utilise avec --db postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>new: --%1 must be a date like 2025-07-24, not "%2".</source>
        <translation>new : --%1 doit être une date de la forme 2025-07-24, et non « %2 ».</translation>
    </message>
    <message>
        <source>new: --end needs --start.</source>
        <translation>new : --end nécessite --start.</translation>
    </message>
    <message>
        <source>copy: Unexpected argument %1.</source>
        <translation>copy : argument inattendu %1.</translation>
    </message>
    <message>
        <source>copy: Give the stores with --from and --to, not with --db.</source>
        <translation>copy : indiquez les bases avec --from et --to, et non avec --db.</translation>
    </message>
    <message>
        <source>copy: --from SOURCE and --to TARGET are required.</source>
        <translation>copy : --from SOURCE et --to CIBLE sont obligatoires.</translation>
    </message>
    <message>
        <source>Unknown command "%1"; see summit-brief --help.</source>
        <translation>Commande inconnue « %1 » ; voir summit-brief --help.</translation>
    </message>
    <message>
        <source>pack: the language of the pack's headings, labels and dates, en or fr (default: the application's).</source>
        <translation>pack : langue des titres, libellés et dates du dossier, en ou fr (par défaut : celle de l’application).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>pack: --language must be en or fr, not "%1".</source>
        <translation>pack : --language doit valoir en ou fr, et non « %1 ».</translation>
    </message>
    <message>
        <source>
Commands (headless; one line on success, one line on stderr and a non-zero exit on failure):
  pack --db FILE --out FILE   Export a briefing pack (PDF, ODT or HTML).
  forecast CODE [--db FILE]   Print the outcome forecast of one issue.
  import FILE [--db FILE]     Import a scenario (.json), issue table (.csv) or KTAB scenario (.csv), all or nothing.
  export --format json|csv|ktab --out FILE [--issues CODES] [--db FILE]
                              Export the whole database (JSON), the issue table (CSV) or issues as a KTAB scenario.
  status CODE NEW_STATUS --reason TEXT [--db FILE]
                              Change an issue's status; the history records it and why.
  new FILE [--name TEXT] [--place TEXT] [--start YYYY-MM-DD] [--end YYYY-MM-DD]
      [--classification TEXT] [--our-bloc NAME] [--counterpart NAME]
                              Write an empty summit database; never replaces a file.
  copy --from SOURCE --to TARGET
                              Copy a whole summit, history included, between a file and a
                              team database (postgresql://USER@HOST:PORT/DBNAME), either way;
                              the target must be a new file or an empty database.
Without --db, commands use the database the app or "new" used last.
--db also takes a team database, postgresql://USER@HOST:PORT/DBNAME; the password
comes from PGPASSWORD or ~/.pgpass, and is never saved.
</source>
        <translation>
Commandes (sans interface ; une ligne en cas de succès, une ligne sur stderr et un code de sortie non nul en cas d'échec) :
  pack --db FICHIER --out FICHIER
                              Exporte un dossier de sommet (PDF, ODT ou HTML).
  forecast CODE [--db FICHIER]
                              Affiche le résultat prévu d'une question.
  import FICHIER [--db FICHIER]
                              Importe un scénario (.json), une table des questions (.csv)
                              ou un scénario KTAB (.csv), en totalité ou pas du tout.
  export --format json|csv|ktab --out FICHIER [--issues CODES] [--db FICHIER]
                              Exporte toute la base (JSON), la table des questions (CSV)
                              ou des questions comme scénario KTAB.
  status CODE NOUVEAU_STATUT --reason TEXTE [--db FICHIER]
                              Change le statut d'une question ; l'historique enregistre
                              le changement et son motif.
  new FICHIER [--name TEXTE] [--place TEXTE] [--start AAAA-MM-JJ] [--end AAAA-MM-JJ]
      [--classification TEXTE] [--our-bloc NOM] [--counterpart NOM]
                              Crée une base de sommet vide ; ne remplace jamais un fichier.
  copy --from SOURCE --to CIBLE
                              Copie un sommet entier, historique compris, d'un fichier vers
                              une base d'équipe (postgresql://UTILISATEUR@HÔTE:PORT/BASE)
                              ou inversement ; la cible doit être un nouveau fichier
                              ou une base vide.
Sans --db, les commandes utilisent la dernière base ouverte par l'application ou par « new ».
--db accepte aussi une base d'équipe, postgresql://UTILISATEUR@HÔTE:PORT/BASE ; le mot de passe
provient de PGPASSWORD ou de ~/.pgpass et n'est jamais enregistré.
</translation>
    </message>
    <message>
        <source>pack and export --format ktab: only these issues, e.g. RE-01,DR-01.</source>
        <translation>pack et export --format ktab : seulement ces questions, p. ex. RE-01,DR-01.</translation>
    </message>
    <message>
        <source>export: --format json|csv|ktab and --out FILE are required.</source>
        <translation>export : --format json|csv|ktab et --out FICHIER sont obligatoires.</translation>
    </message>
    <message>
        <source>export: --issues chooses the issues of a KTAB file (--format ktab); json and csv write every issue.</source>
        <translation>export : --issues choisit les questions d'un fichier KTAB (--format ktab) ; json et csv écrivent toutes les questions.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>A colleague saved the %1 of %2 after you opened it. Which value should stay?</source>
        <translation>Un collègue a enregistré le champ « %1 » de %2 après que vous l'avez ouvert. Quelle valeur conserver ?</translation>
    </message>
    <message>
        <source>A colleague changed this</source>
        <translation>Un collègue a modifié ce champ</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <source>Colleague's value:</source>
        <translation>Valeur du collègue :</translation>
    </message>
    <message>
        <source>Your value:</source>
        <translation>Votre valeur :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
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
        <source>Defensive lines</source>
        <translation>Éléments défensifs</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Label of position 0</source>
        <translation>Libellé de la position 0</translation>
    </message>
    <message>
        <source>Label of position 100</source>
        <translation>Libellé de la position 100</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Briefing pack selection</source>
        <translation>Sélection pour le dossier de sommet</translation>
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
        <source>Salience</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Clout</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>pas d'échéance</translation>
    </message>
    <message>
        <source>in the briefing pack</source>
        <translation>dans le dossier de sommet</translation>
    </message>
    <message>
        <source>left out of the briefing pack</source>
        <translation>hors du dossier de sommet</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder la sienne</translation>
    </message>
    <message>
        <source>&amp;Use mine</source>
        <translation>&amp;Utiliser la mienne</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Mode de décision</translation>
    </message>
    <message>
        <source>Source of the decision rule</source>
        <translation>Source de la règle de décision</translation>
    </message>
    <message>
        <source>Consent needed</source>
        <translation>Consentement requis</translation>
    </message>
</context>
<context>
    <name>CreateIssueCommand</name>
    <message>
        <source>Create issue %1</source>
        <translation>Création de la question %1</translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation>La question n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>ligne %1 : un champ entre guillemets n'est pas fermé</translation>
    </message>
    <message>
        <source>line %1, field %2: longer than %3 bytes</source>
        <translation>ligne %1, champ %2 : plus de %3 octets</translation>
    </message>
    <message>
        <source>line %1, field %2: text after the closing quote</source>
        <translation>ligne %1, champ %2 : du texte suit le guillemet fermant</translation>
    </message>
    <message>
        <source>line %1, field %2: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>ligne %1, champ %2 : un guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets et doublez le guillemet)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Double-click an issue to open it</source>
        <translation>Double-cliquez sur une question pour l'ouvrir</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>Le tableau de bord n'a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base n'est ouverte.</translation>
    </message>
    <message>
        <source>No issues yet</source>
        <translation>Aucune question pour l'instant</translation>
    </message>
    <message>
        <source>No issue matches the filter.</source>
        <translation>Aucune question ne correspond au filtre.</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (filtre appliqué)</translation>
    </message>
    <message>
        <source>Issues by category and status%1</source>
        <translation>Questions par catégorie et par statut%1</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>%1 — %2: %3
Click to list them</source>
        <translation>%1 — %2 : %3
Cliquez pour les afficher</translation>
    </message>
    <message>
        <source>Issues by priority%1</source>
        <translation>Questions par priorité%1</translation>
    </message>
    <message>
        <source>%1: %2
Click to list them</source>
        <translation>%1 : %2
Cliquez pour les afficher</translation>
    </message>
    <message>
        <source>the summit</source>
        <translation>Le sommet</translation>
    </message>
    <message>
        <source>%1 to %2
%3</source>
        <translation>%2 : ouverture dans %1
%3</translation>
    </message>
    <message>
        <source>%1 opens today</source>
        <translation>%1 : ouverture aujourd'hui</translation>
    </message>
    <message>
        <source>%1 opened %2 ago
%3</source>
        <translation>%1 : ouverture il y a %2
%3</translation>
    </message>
    <message>
        <source>No summit date set</source>
        <translation>Aucune date de sommet définie</translation>
    </message>
    <message>
        <source>Open critical issues: %1</source>
        <translation>Questions critiques ouvertes : %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>%1
Due %2</source>
        <translation>%1
Échéance : %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Activity and open issues%1</source>
        <translation>Activité et questions ouvertes%1</translation>
    </message>
    <message>
        <source>Open issues (not agreed or closed)</source>
        <translation>Questions ouvertes (ni agréées ni clôturées)</translation>
    </message>
    <message>
        <source>Status changes per day</source>
        <translation>Changements de statut par jour</translation>
    </message>
    <message>
        <source>Open issues are counted at the end of each day up to the last change, on %1, after the summit's last day (%2).</source>
        <translation>Les questions ouvertes sont comptées à la fin de chaque jour jusqu'au dernier changement, le %1, après le dernier jour du sommet (%2).</translation>
    </message>
    <message>
        <source>Open issues are counted at the end of each day up to the summit's last day.</source>
        <translation>Les questions ouvertes sont comptées à la fin de chaque jour jusqu'au dernier jour du sommet.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustratif</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Hollow markers and dashed lines are illustrative, not sourced figures.</source>
        <translation>Les marqueurs creux et les lignes en tirets sont illustratifs : ce ne sont pas des chiffres sourcés.</translation>
    </message>
    <message>
        <source>%1–%2 gap per issue%3</source>
        <translation>Écart %1–%2 par question%3</translation>
    </message>
    <message>
        <source>|%1 − %2| (scale points, weighted medians)</source>
        <translation>|%1 − %2| (points d'échelle, médianes pondérées)</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 %2
%3 %4, %5 %6: gap %7
Click to open the issue</source>
        <translation>%1 %2
%3 %4, %5 %6 : écart %7
Cliquez pour ouvrir la question</translation>
    </message>
    <message>
        <source>The %1 widest of %2 issues.</source>
        <translation>Les %1 plus grands écarts sur %2 questions.</translation>
    </message>
    <message>
        <source>Open critical issues</source>
        <translation>Questions critiques ouvertes</translation>
    </message>
</context>
<context>
    <name>DataVersionWatcher</name>
    <message>
        <source>Live updates from %1 are off: %2</source>
        <translation>Les mises à jour en direct depuis %1 sont désactivées : %2</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
</context>
<context>
    <name>DecisionRule</name>
    <message>
        <source>Weighted majority</source>
        <translation>Majorité pondérée</translation>
    </message>
    <message>
        <source>Agreement of named parties</source>
        <translation>Accord des parties désignées</translation>
    </message>
</context>
<context>
    <name>DeleteIssueCommand</name>
    <message>
        <source>Delete issue %1</source>
        <translation>Suppression de la question %1</translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation>La question n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>%1 is a folder; nothing was written.</source>
        <translation>%1 est un dossier ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Choose a new file name, or add --force to replace a Summit Brief database (it is backed up first).</source>
        <translation>%1 existe déjà ; rien n'a été écrit. Choisissez un nouveau nom de fichier, ou ajoutez --force pour remplacer une base Summit Brief (elle est d'abord sauvegardée).</translation>
    </message>
    <message>
        <source>--force replaces only a Summit Brief database; %1</source>
        <translation>--force ne remplace qu'une base Summit Brief ; %1</translation>
    </message>
    <message>
        <source>Could not back up %1, so it was not replaced: %2</source>
        <translation>Impossible de sauvegarder %1, qui n'a donc pas été remplacé : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>EditActorCommand</name>
    <message>
        <source>Edit actor %1</source>
        <translation>Modification de l'acteur %1</translation>
    </message>
    <message>
        <source>Edit actor %1 (now %2)</source>
        <translation>Modification de l'acteur %1 (désormais %2)</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>%1 no longer exists; "%2" was not applied.</source>
        <translation>%1 n'existe plus ; l'opération « %2 » n'a pas été appliquée.</translation>
    </message>
</context>
<context>
    <name>EditEventCommand</name>
    <message>
        <source>Edit event "%1"</source>
        <translation>Modification de l'événement « %1 »</translation>
    </message>
    <message>
        <source>Someone else changed the event "%1" since; "%2" was not done.</source>
        <translation>Quelqu'un d'autre a modifié l'événement « %1 » entre-temps ; l'opération « %2 » n'a pas été effectuée.</translation>
    </message>
    <message>
        <source>Someone else changed the event "%1" since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié l'événement « %1 » entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>The event "%1" no longer exists.</source>
        <translation>L'événement « %1 » n'existe plus.</translation>
    </message>
</context>
<context>
    <name>EditIndicatorPointCommand</name>
    <message>
        <source>Edit a point of "%1"</source>
        <translation>Modification d'un point de « %1 »</translation>
    </message>
    <message>
        <source>Someone else changed the point of "%1" since; "%2" was not done.</source>
        <translation>Quelqu'un d'autre a modifié le point de « %1 » entre-temps ; l'opération « %2 » n'a pas été effectuée.</translation>
    </message>
    <message>
        <source>Someone else changed the point of "%1" since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié le point de « %1 » entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>The point of "%1" no longer exists.</source>
        <translation>Le point de « %1 » n'existe plus.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>e.g. Leaders' meeting</source>
        <translation>p. ex. Réunion des dirigeants</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l'événement</translation>
    </message>
    <message>
        <source>More than a year before the summit (%1): is the year right?</source>
        <translation>Plus d'un an avant le sommet (%1) : l'année est-elle correcte ?</translation>
    </message>
    <message>
        <source>More than a year after the summit (%1): is the year right?</source>
        <translation>Plus d'un an après le sommet (%1) : l'année est-elle correcte ?</translation>
    </message>
    <message>
        <source>The event cannot end before it starts (%1).</source>
        <translation>L'événement ne peut pas finir avant de commencer (%1).</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Un événement doit avoir un titre.</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Illustrative (not from a source)</source>
        <translation>&amp;Illustratif (sans source)</translation>
    </message>
    <message>
        <source>E&amp;nds:</source>
        <translation>Fi&amp;n :</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>An event needs a title.</source>
        <translation>Un événement doit avoir un titre.</translation>
    </message>
    <message>
        <source>event's title</source>
        <translation>titre de l'événement</translation>
    </message>
    <message>
        <source>The event "%1" needs a date.</source>
        <translation>L'événement « %1 » doit avoir une date.</translation>
    </message>
    <message>
        <source>The event "%1" would end (%2) before it starts (%3).</source>
        <translation>L'événement « %1 » se terminerait (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>An event is a meeting or a deadline, not "%1".</source>
        <translation>Un événement est une réunion ou une échéance, pas « %1 ».</translation>
    </message>
    <message>
        <source>event's place</source>
        <translation>lieu de l'événement</translation>
    </message>
    <message>
        <source>event's description</source>
        <translation>description de l'événement</translation>
    </message>
    <message>
        <source>event's source</source>
        <translation>source de l'événement</translation>
    </message>
    <message>
        <source>The event "%1" no longer exists.</source>
        <translation>L'événement « %1 » n'existe plus.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>L'événement n'existe plus.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Illustrative: not from a source</source>
        <translation>Illustratif : non sourcé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Illustratif</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation>Scénario (*.json)</translation>
    </message>
    <message>
        <source>Issue table (*.csv)</source>
        <translation>Table des questions (*.csv)</translation>
    </message>
    <message>
        <source>Cannot import the file</source>
        <translation>Impossible d'importer le fichier</translation>
    </message>
    <message>
        <source>No copy of the database could be kept, so nothing was imported: %1</source>
        <translation>Aucune copie de la base n'a pu être conservée ; rien n'a donc été importé : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Fichier %1 importé : %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 The database as it was: %3.</source>
        <translation>Fichier %1 importé : %2 Copie de la base avant l'import : %3.</translation>
    </message>
    <message>
        <source>Export Scenario</source>
        <translation>Exporter le scénario</translation>
    </message>
    <message>
        <source>Export Issue Table</source>
        <translation>Exporter la table des questions</translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation>Summit Brief</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Exported the scenario to %1</source>
        <translation>Scénario exporté dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n issue(s) to %1</source>
        <translation>
            <numerusform>%n question exportée dans %1</numerusform>
            <numerusform>%n questions exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the scenario</source>
        <translation>Impossible d'exporter le scénario</translation>
    </message>
    <message>
        <source>Cannot export the issue table</source>
        <translation>Impossible d'exporter la table des questions</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée : rien n'a été importé.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Scenario, issue table or KTAB scenario (*.json *.csv)</source>
        <translation>Scénario, table des questions ou scénario KTAB (*.json *.csv)</translation>
    </message>
    <message>
        <source>Issue table or KTAB scenario (*.csv)</source>
        <translation>Table des questions ou scénario KTAB (*.csv)</translation>
    </message>
    <message>
        <source>Export KTAB Scenario</source>
        <translation>Exporter un scénario KTAB</translation>
    </message>
    <message>
        <source>KTAB scenario (*.csv)</source>
        <translation>Scénario KTAB (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 as a KTAB scenario: %2 on %3</source>
        <translation>%1 exporté comme scénario KTAB : %2 sur %3</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the KTAB scenario</source>
        <translation>Impossible d'exporter le scénario KTAB</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message numerus="yes">
        <source>%n new issue(s)</source>
        <translation>
            <numerusform>%n nouvelle question</numerusform>
            <numerusform>%n nouvelles questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n nouvel acteur</numerusform>
            <numerusform>%n nouveaux acteurs</numerusform>
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
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator point(s)</source>
        <translation>
            <numerusform>%n point d'indicateur</numerusform>
            <numerusform>%n points d'indicateur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation>
            <numerusform>%n vue enregistrée</numerusform>
            <numerusform>%n vues enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 replaced, %3 kept.</source>
        <translation>%1 ; remplacés : %2 ; conservés : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 replaced, %3 kept.</source>
        <translation>%1, remplacées : %2, conservées : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is neither a scenario (.json) nor an issue table (.csv).</source>
        <translation>%1 n'est ni un scénario (.json) ni une table des questions (.csv).</translation>
    </message>
    <message>
        <source>%1, %2 (%3 already in the database), %4; %5 replaced, %6 kept.</source>
        <translation>%1, %2 (%3 déjà dans la base), %4 ; remplacées : %5 ; conservées : %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>No issue has the code %1.</source>
        <translation>Aucune question n'a le code %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No forecast: no actor holds a position with weight (clout x salience).</source>
        <translation>Pas de prévision : aucun acteur n'a de position de poids non nul (influence x importance).</translation>
    </message>
</context>
<context>
    <name>ForecastResult</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Scale: 0 = %1, 100 = %2</source>
        <translation>Échelle : 0 = %1, 100 = %2</translation>
    </message>
    <message>
        <source>Forecast outcome (weighted median): %1</source>
        <translation>Résultat prévu (médiane pondérée) : %1</translation>
    </message>
    <message>
        <source>Weighted mean: %1</source>
        <translation>Moyenne pondérée : %1</translation>
    </message>
    <message>
        <source>Actors: %1, total weight (clout x salience): %2</source>
        <translation>Acteurs : %1, poids total (influence x importance) : %2</translation>
    </message>
    <message>
        <source>Objective: none</source>
        <translation>Objectif : aucun</translation>
    </message>
    <message>
        <source>%1 objective: none (no %1 actor holds a position)</source>
        <translation>Objectif %1 : aucun (aucun acteur %1 n'a de position)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs the agreement of %1</source>
        <translation>Nécessite l'accord de %1</translation>
    </message>
    <message>
        <source>Needs the agreement of named parties, but no position with weight is marked as needed: decided by weighted majority instead</source>
        <translation>Nécessite l'accord de parties désignées, mais aucune position pondérée n'est marquée comme nécessaire : décision à la majorité pondérée</translation>
    </message>
    <message>
        <source>Decided by weighted majority</source>
        <translation>Décidée à la majorité pondérée</translation>
    </message>
    <message>
        <source>Source of the rule: %1</source>
        <translation>Source de la règle : %1</translation>
    </message>
    <message>
        <source>Forecast outcome (compromise of the parties whose agreement is needed): %1</source>
        <translation>Résultat prévu (compromis des parties dont l'accord est nécessaire) : %1</translation>
    </message>
    <message>
        <source>Weighted median: %1</source>
        <translation>Médiane pondérée : %1</translation>
    </message>
    <message>
        <source>The weight is evenly split between %1 and %2: deadlock.</source>
        <translation>Le poids est partagé à égalité entre %1 et %2 : blocage.</translation>
    </message>
    <message numerus="yes">
        <source>Likely outcome %1 (%2–%3; %n time(s) in 10)</source>
        <translation>
            <numerusform>Résultat probable %1 (%2–%3 ; %n fois sur 10)</numerusform>
            <numerusform>Résultat probable %1 (%2–%3 ; %n fois sur 10)</numerusform>
        </translation>
    </message>
    <message>
        <source>Our side's weight is evenly split between %1 and %2: the objective is taken as the midpoint, %3.</source>
        <translation>Le poids de notre camp est partagé à égalité entre %1 et %2 : l'objectif retenu est le point médian, %3.</translation>
    </message>
    <message>
        <source>Who to work on (each actor moved to the %1; effort = points moved x salience / 100), by gain per effort:</source>
        <translation>Acteurs sur qui agir (chaque acteur amené à l'%1 ; effort = points parcourus x importance / 100), par gain par unité d'effort :</translation>
    </message>
    <message>
        <source>  %1. %2 (%3): %4 -&gt; %5; outcome %6, effort %7, gain per effort %8; median %9, mean %10</source>
        <translation>  %1. %2 (%3) : %4 -&gt; %5 ; résultat %6, effort %7, gain par unité d'effort %8 ; médiane %9, moyenne %10</translation>
    </message>
    <message>
        <source>The forecast is at the objective already.</source>
        <translation>La prévision est déjà à l'objectif.</translation>
    </message>
    <message>
        <source>No single actor moved to the objective shifts the outcome.</source>
        <translation>Aucun acteur amené seul à l'objectif ne déplace le résultat.</translation>
    </message>
</context>
<context>
    <name>ForecastText</name>
    <message>
        <source>Forecast %1</source>
        <translation>Prévision %1</translation>
    </message>
    <message numerus="yes">
        <source>Likely outcome %1 (%n time(s) in 10)</source>
        <translation>
            <numerusform>Résultat probable : %1 (%n fois sur 10)</numerusform>
            <numerusform>Résultat probable : %1 (%n fois sur 10)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely outcome %1 (%2–%3; %n time(s) in 10)</source>
        <translation>
            <numerusform>Résultat probable : %1 (%2–%3 ; %n fois sur 10)</numerusform>
            <numerusform>Résultat probable : %1 (%2–%3 ; %n fois sur 10)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The agreement of named parties is asked for, but no party is marked as needed, so the weighted majority was used.</source>
        <translation>L'accord de parties désignées est demandé, mais aucune partie n'est désignée : la majorité pondérée a donc été appliquée.</translation>
    </message>
    <message>
        <source>Needs the agreement of the named parties.</source>
        <translation>Requiert l'accord des parties désignées.</translation>
    </message>
    <message>
        <source>Needs the agreement of the named parties (%1).</source>
        <translation>Requiert l'accord des parties désignées (%1).</translation>
    </message>
    <message>
        <source>Needs the agreement of %1.</source>
        <translation>Requiert l'accord de %1.</translation>
    </message>
    <message>
        <source>Needs the agreement of %1 (%2).</source>
        <translation>Requiert l'accord de %1 (%2).</translation>
    </message>
    <message>
        <source>Decided by weighted majority.</source>
        <translation>Décidé à la majorité pondérée.</translation>
    </message>
    <message>
        <source>Decided by weighted majority (%1).</source>
        <translation>Décidé à la majorité pondérée (%1).</translation>
    </message>
    <message>
        <source>The weight is evenly split between %1 and %2: a deadlock, not a forecast.</source>
        <translation>Le poids est partagé à égalité entre %1 et %2 : une impasse, pas une prévision.</translation>
    </message>
    <message>
        <source>Our side is evenly split between %1 and %2: its objective %3 is only their midpoint, not a position it holds.</source>
        <translation>Notre camp est partagé à égalité entre %1 et %2 : son objectif %3 n'est que leur point milieu, pas une position qu'il défend.</translation>
    </message>
    <message>
        <source>The %1 side is evenly split between %2 and %3: its objective %4 is only their midpoint, not a position it holds.</source>
        <translation>Le camp %1 est partagé à égalité entre %2 et %3 : son objectif %4 n'est que leur point milieu, pas une position qu'il défend.</translation>
    </message>
    <message>
        <source>The forecast outcome is already at the objective.</source>
        <translation>Le résultat prévu est déjà à l'objectif.</translation>
    </message>
    <message>
        <source>The forecast outcome is already at the %1 objective.</source>
        <translation>Le résultat prévu est déjà à l'objectif %1.</translation>
    </message>
    <message>
        <source>No single actor moving to the objective shifts the outcome toward it: it takes several together.</source>
        <translation>Aucun acteur ne rapproche à lui seul le résultat de l'objectif en s'y ralliant : il en faut plusieurs ensemble.</translation>
    </message>
    <message>
        <source>No single actor moving to the %1 objective shifts the outcome toward it: it takes several together.</source>
        <translation>Aucun acteur ne rapproche à lui seul le résultat de l'objectif %1 en s'y ralliant : il en faut plusieurs ensemble.</translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>the whole database</source>
        <translation>la base entière (sans filtre)</translation>
    </message>
    <message>
        <source>Unknown pack format "%1"; use pdf, odt or html.</source>
        <translation>Format de dossier inconnu « %1 » ; utilisez pdf, odt ou html.</translation>
    </message>
    <message>
        <source>No issue matches %1; nothing was written (--allow-empty writes the pack anyway).</source>
        <translation>Aucune question ne correspond à %1 ; rien n'a été écrit (--allow-empty écrit tout de même le dossier).</translation>
    </message>
    <message>
        <source>No issue matches %1; the pack has no briefs.</source>
        <translation>Aucune question ne correspond à %1 ; le dossier de sommet ne contient aucune question.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows…</source>
        <translation>Copie de %1 : %2 lignes sur %3…</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
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
            <numerusform>%n changement de statut</numerusform>
            <numerusform>%n changements de statut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s)</source>
        <translation>
            <numerusform>%n vue enregistrée</numerusform>
            <numerusform>%n vues enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pack export(s)</source>
        <translation>
            <numerusform>%n export de dossier de sommet</numerusform>
            <numerusform>%n exports de dossier de sommet</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 (%4 s).</source>
        <translation>%1 copié vers %2 : %3 (%4 s).</translation>
    </message>
    <message>
        <source>Wrote the demo database to %1.</source>
        <translation>Base de démonstration écrite dans %1.</translation>
    </message>
    <message>
        <source>Wrote the demo database to %1 (the database it replaced is in %2).</source>
        <translation>Base de démonstration écrite dans %1 (la base remplacée se trouve dans %2).</translation>
    </message>
    <message>
        <source>Wrote the new summit database %1; commands without --db now use it.</source>
        <translation>Nouvelle base de sommet %1 écrite ; les commandes sans --db l'utilisent désormais.</translation>
    </message>
    <message>
        <source>Unknown --on-existing choice "%1"; use ask, skip or replace.</source>
        <translation>Choix --on-existing inconnu « %1 » ; utilisez ask, skip ou replace.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Unknown export format "%1"; use json, csv or ktab.</source>
        <translation>Format d'export inconnu « %1 » ; utilisez json, csv ou ktab.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Summit Brief User Guide</source>
        <translation>Guide de l'utilisateur de Summit Brief</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>S&amp;ommaire</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 — Summit Brief User Guide</source>
        <translation>%1 — Guide de l'utilisateur de Summit Brief</translation>
    </message>
</context>
<context>
    <name>ImportConflicts</name>
    <message numerus="yes">
        <source>%1 … and %n more</source>
        <translation>
            <numerusform>%1 … et %n autre</numerusform>
            <numerusform>%1 … et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue code(s) (%1)</source>
        <translation>
            <numerusform>%n code de question (%1)</numerusform>
            <numerusform>%n codes de question (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) with other details (%1)</source>
        <translation>
            <numerusform>%n acteur aux données différentes (%1)</numerusform>
            <numerusform>%n acteurs aux données différentes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s) (%1)</source>
        <translation>
            <numerusform>%n vue enregistrée (%1)</numerusform>
            <numerusform>%n vues enregistrées (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>a scenario (JSON): issues, actors, positions, programme and indicators</source>
        <translation>un scénario (JSON) : questions, acteurs, positions, programme et indicateurs</translation>
    </message>
    <message>
        <source>an issue table (CSV)</source>
        <translation>une table des questions (CSV)</translation>
    </message>
    <message>
        <source>Import %1 from
%2</source>
        <translation>Importer %1 depuis
%2</translation>
    </message>
    <message>
        <source>Records the database already holds</source>
        <translation>Enregistrements déjà présents dans la base</translation>
    </message>
    <message>
        <source>&amp;Refuse the import and list them</source>
        <translation>Re&amp;fuser l'importation et les lister</translation>
    </message>
    <message>
        <source>&amp;Keep the database's version</source>
        <translation>&amp;Conserver la version de la base</translation>
    </message>
    <message>
        <source>Re&amp;place them with the file's version</source>
        <translation>&amp;Remplacer par la version du fichier</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <source>This cannot be undone. A copy of the database is kept beside it before anything is written.</source>
        <translation>Cette opération est irréversible. Une copie de la base est conservée à côté d'elle avant toute écriture.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1</source>
        <translation>Rien ne peut être importé : %1</translation>
    </message>
    <message>
        <source>Nothing changes: %1</source>
        <translation>Aucun changement : %1</translation>
    </message>
    <message>
        <source>a KTAB scenario (CSV): each dimension a new issue, actors matched by name</source>
        <translation>un scénario KTAB (CSV) : chaque dimension devient une nouvelle question, les acteurs sont reconnus par leur nom</translation>
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
        <source>New Indicator Point</source>
        <translation>Nouveau point d'indicateur</translation>
    </message>
    <message>
        <source>Pick a series or type a new name</source>
        <translation>Choisissez une série ou saisissez un nouveau nom</translation>
    </message>
    <message>
        <source>e.g. USD/kg</source>
        <translation>p. ex. USD/kg</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Série :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>Edit Indicator Point</source>
        <translation>Modifier le point d'indicateur</translation>
    </message>
    <message>
        <source>The series' unit: each series has one.</source>
        <translation>L'unité de la série : chaque série en a une seule.</translation>
    </message>
    <message>
        <source>A new series.</source>
        <translation>Une nouvelle série.</translation>
    </message>
    <message>
        <source>A point needs a series name.</source>
        <translation>Un point doit avoir un nom de série.</translation>
    </message>
    <message>
        <source>A point needs a value.</source>
        <translation>Un point doit avoir une valeur.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write it as %2.</source>
        <translation>« %1 » n'est pas un nombre ; écrivez-le sous la forme %2.</translation>
    </message>
    <message>
        <source>&amp;Illustrative (not from a source)</source>
        <translation>&amp;Illustratif (sans source)</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>An indicator point needs a series name.</source>
        <translation>Un point d'indicateur doit avoir un nom de série.</translation>
    </message>
    <message>
        <source>series name</source>
        <translation>nom de la série</translation>
    </message>
    <message>
        <source>A point of "%1" needs a date.</source>
        <translation>Un point de « %1 » doit avoir une date.</translation>
    </message>
    <message>
        <source>A point of "%1" needs a value that is a number.</source>
        <translation>Un point de « %1 » doit avoir une valeur numérique.</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>indicator's source</source>
        <translation>source de l'indicateur</translation>
    </message>
    <message>
        <source>The point of "%1" no longer exists.</source>
        <translation>Le point de « %1 » n'existe plus.</translation>
    </message>
    <message>
        <source>The indicator point no longer exists.</source>
        <translation>Le point d'indicateur n'existe plus.</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Illustrative: not from a source</source>
        <translation>Illustratif : non sourcé</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Illustratif</translation>
    </message>
    <message>
        <source>“%1” is not a number; the value of %2 was not changed.</source>
        <translation>« %1 » n'est pas un nombre ; la valeur de %2 n'a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>IndicatorsView</name>
    <message>
        <source>Add a dated value to a series, or start a new series</source>
        <translation>Ajouter une valeur datée à une série, ou créer une nouvelle série</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Toutes les séries</translation>
    </message>
    <message>
        <source>Pick a series, or one of its points, to see its chart.</source>
        <translation>Choisissez une série, ou l'un de ses points, pour voir son graphique.</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustratif</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Valeur (%1)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Hollow markers and dashed lines are illustrative, not sourced figures.</source>
        <translation>Les marqueurs creux et les lignes en tirets sont illustratifs : ce ne sont pas des chiffres sourcés.</translation>
    </message>
    <message>
        <source>&amp;Add Point…</source>
        <translation>A&amp;jouter un point…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Indicator series</source>
        <translation>Séries d’indicateurs</translation>
    </message>
    <message>
        <source>Points of the series</source>
        <translation>Points de la série</translation>
    </message>
</context>
<context>
    <name>IssueActions</name>
    <message>
        <source>&amp;New Issue</source>
        <translation>&amp;Nouvelle question</translation>
    </message>
    <message>
        <source>Add an issue to the table and type its title</source>
        <translation>Ajouter une question au tableau et saisir son titre</translation>
    </message>
    <message>
        <source>D&amp;uplicate Issue</source>
        <translation>D&amp;upliquer la question</translation>
    </message>
    <message>
        <source>Add a copy of the current issue under a new code</source>
        <translation>Ajouter une copie de la question courante sous un nouveau code</translation>
    </message>
    <message>
        <source>&amp;Archive Issue</source>
        <translation>&amp;Archiver la question</translation>
    </message>
    <message>
        <source>&amp;Delete Issue…</source>
        <translation>Suppri&amp;mer la question…</translation>
    </message>
    <message>
        <source>Delete an issue whose status never changed since it was created</source>
        <translation>Supprimer une question dont le statut n'a jamais changé depuis sa création</translation>
    </message>
    <message>
        <source>Show Arc&amp;hived</source>
        <translation>Afficher les arc&amp;hivées</translation>
    </message>
    <message>
        <source>List archived issues too, greyed</source>
        <translation>Lister aussi les questions archivées, en grisé</translation>
    </message>
    <message>
        <source>&amp;Restore Issue</source>
        <translation>&amp;Restaurer la question</translation>
    </message>
    <message>
        <source>Bring the archived issue back into the table, packs and charts</source>
        <translation>Réintégrer la question archivée dans le tableau, les dossiers et les graphiques</translation>
    </message>
    <message>
        <source>Take the issue out of the table, packs and charts; its history stays</source>
        <translation>Retirer la question du tableau, des dossiers et des graphiques ; son historique est conservé</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Duplicate %1 as %2</source>
        <translation>Dupliquer %1 en %2</translation>
    </message>
    <message>
        <source>%1 was created, but the filter hides it: clear the filter to see it.</source>
        <translation>%1 a été créée, mais le filtre la masque : effacez le filtre pour la voir.</translation>
    </message>
    <message>
        <source>%1 “%2” cannot be deleted: its status has changed since it was created, and that history is kept for good. Archive it instead; it then leaves the table, packs and charts.</source>
        <translation>%1 « %2 » ne peut pas être supprimée : son statut a changé depuis sa création, et cet historique est conservé définitivement. Archivez-la plutôt ; elle quittera alors le tableau, les dossiers et les graphiques.</translation>
    </message>
    <message>
        <source>Delete Issue</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Delete %1 “%2”?</source>
        <translation>Supprimer %1 « %2 » ?</translation>
    </message>
    <message>
        <source>Its positions and links go with it; Undo brings it back.</source>
        <translation>Ses positions et ses liens sont supprimés avec elle ; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation>Summit Brief</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>IssueCsvExporter</name>
    <message>
        <source>Could not write the CSV: %1</source>
        <translation>Impossible d'écrire le CSV : %1</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>l'exportation a été annulée ; aucun fichier n'a été écrit</translation>
    </message>
</context>
<context>
    <name>IssueCsvImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the file is empty; the first line must be the header: %1</source>
        <translation>le fichier est vide ; la première ligne doit être l'en-tête : %1</translation>
    </message>
    <message>
        <source>line %1, field %2: not valid UTF-8 text (save the file as UTF-8)</source>
        <translation>ligne %1, champ %2 : texte UTF-8 non valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>line %1: the header must be exactly: %2</source>
        <translation>ligne %1 : l'en-tête doit être exactement : %2</translation>
    </message>
    <message>
        <source>line %1: %2 fields; expected %3 (%4)</source>
        <translation>ligne %1 : %2 champs ; %3 attendus (%4)</translation>
    </message>
    <message>
        <source>line %1: %2 is %3 characters; the limit is %4</source>
        <translation>ligne %1 : %2 compte %3 caractères ; la limite est de %4</translation>
    </message>
    <message>
        <source>line %1, issue %2: %3 is %4 characters; the limit is %5</source>
        <translation>ligne %1, question %2 : %3 compte %4 caractères ; la limite est de %5</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>ligne %1, champ %2 : %3</translation>
    </message>
    <message>
        <source>an issue needs a code</source>
        <translation>une question doit avoir un code</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>le code %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>issue %1 needs a title</source>
        <translation>la question %1 doit avoir un titre</translation>
    </message>
    <message>
        <source>unknown status "%1"; expected one of: %2</source>
        <translation>statut « %1 » inconnu ; valeurs attendues : %2</translation>
    </message>
    <message>
        <source>unknown priority "%1"; expected one of: %2</source>
        <translation>priorité « %1 » inconnue ; valeurs attendues : %2</translation>
    </message>
    <message>
        <source>"%1" is not a date like 2025-07-24</source>
        <translation>« %1 » n'est pas une date de la forme 2025-07-24</translation>
    </message>
    <message>
        <source>unknown likelihood "%1"; expected certain, might or unlikely</source>
        <translation>probabilité « %1 » inconnue ; valeurs attendues : certain, might ou unlikely</translation>
    </message>
    <message>
        <source>an issue with code %1 already exists in the database. Import again choosing to skip or replace it.</source>
        <translation>une question de code %1 existe déjà dans la base. Relancez l'import en choisissant de l'ignorer ou de la remplacer.</translation>
    </message>
    <message>
        <source>%1 issues in the file already exist in the database: %2. Import again choosing to skip or replace them.</source>
        <translation>%1 questions du fichier existent déjà dans la base : %2. Relancez l'import en choisissant de les ignorer ou de les remplacer.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Imported (replaced)</source>
        <translation>Importée (remplacée)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>l'importation a été annulée ; rien n'a été importé</translation>
    </message>
</context>
<context>
    <name>IssueDetailPanel</name>
    <message>
        <source>&amp;Add Position…</source>
        <translation>&amp;Ajouter une position…</translation>
    </message>
    <message>
        <source>&amp;Remove Position</source>
        <translation>&amp;Supprimer la position</translation>
    </message>
    <message>
        <source>Select an issue to see its details.</source>
        <translation>Sélectionnez une question pour en voir le détail.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Add the position of an actor not yet on this issue</source>
        <translation>Ajouter la position d'un acteur qui n'en a pas encore sur cette question</translation>
    </message>
    <message>
        <source>Remove the selected actor's position on this issue</source>
        <translation>Supprimer la position de l'acteur sélectionné sur cette question</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Position Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Add Position</source>
        <translation>Ajouter une position</translation>
    </message>
    <message>
        <source>Every actor already has a position on %1; add an actor in the Actors tab first.</source>
        <translation>Tous les acteurs ont déjà une position sur %1 ; ajoutez d'abord un acteur dans l'onglet Acteurs.</translation>
    </message>
    <message>
        <source>This summit has no actors yet; add one in the Actors tab first.</source>
        <translation>Ce sommet n'a encore aucun acteur ; ajoutez-en d'abord un dans l'onglet Acteurs.</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustratif</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>Archivée le %1</translation>
    </message>
    <message>
        <source>Positions run from 0 to 100 on this issue's scale.</source>
        <translation>Les positions vont de 0 à 100 sur l'échelle de cette question.</translation>
    </message>
    <message>
        <source>Position scale: 0 = %1, 100 = %2.</source>
        <translation>Échelle des positions : 0 = %1, 100 = %2.</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <source>Select an actor to read the whole stance and its source.</source>
        <translation>Sélectionnez un acteur pour lire sa posture complète et sa source.</translation>
    </message>
    <message>
        <source>no stance recorded</source>
        <translation>aucune posture enregistrée</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Illustrative estimate, not from a source.</source>
        <translation>Estimation illustrative, non tirée d'une source.</translation>
    </message>
    <message>
        <source>Issue details</source>
        <translation>Détail de la question</translation>
    </message>
    <message>
        <source>Positions on the issue</source>
        <translation>Positions sur la question</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
</context>
<context>
    <name>IssueFilterBar</name>
    <message>
        <source>Filter issues…</source>
        <translation>Filtrer les questions…</translation>
    </message>
    <message>
        <source>Shows the issues whose code, title, category or owner contains this text</source>
        <translation>Affiche les questions dont le code, le titre, la catégorie ou le responsable contient ce texte</translation>
    </message>
    <message>
        <source>Search texts, positions, actors…</source>
        <translation>Rechercher dans les textes, positions, acteurs…</translation>
    </message>
    <message>
        <source>Shows the issues whose texts, positions or actors contain every word typed here (Ctrl+F)</source>
        <translation>Affiche les questions dont les textes, les positions ou les acteurs contiennent tous les mots saisis ici (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 statuts</translation>
    </message>
    <message>
        <source>Show issues in any status</source>
        <translation>Afficher les questions de tous les statuts</translation>
    </message>
    <message>
        <source>Filter issues</source>
        <translation>Filtrer les questions</translation>
    </message>
    <message>
        <source>Search texts</source>
        <translation>Rechercher dans les textes</translation>
    </message>
</context>
<context>
    <name>IssueLink</name>
    <message>
        <source>relates to</source>
        <translation>est liée à</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>is blocked by</source>
        <translation>est bloquée par</translation>
    </message>
    <message>
        <source>trade-off with</source>
        <translation>à arbitrer avec</translation>
    </message>
</context>
<context>
    <name>IssueLinksView</name>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>No links yet.</source>
        <translation>Aucun lien pour l'instant.</translation>
    </message>
    <message>
        <source>There is no issue %1.</source>
        <translation>Il n'existe pas de question %1.</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Links of the issue</source>
        <translation>Liens de la question</translation>
    </message>
    <message>
        <source>&amp;This issue</source>
        <translation>&amp;Cette question</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Question</translation>
    </message>
</context>
<context>
    <name>IssueOverviewForm</name>
    <message>
        <source>How likely the issue is to come up at the summit</source>
        <translation>Probabilité que la question soit abordée au sommet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Desk or person in charge</source>
        <translation>Service ou personne en charge</translation>
    </message>
    <message>
        <source>What 0 means</source>
        <translation>Ce que signifie 0</translation>
    </message>
    <message>
        <source>What 100 means</source>
        <translation>Ce que signifie 100</translation>
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
        <source>If raised (defensive lines)</source>
        <translation>Si la question est soulevée</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Position scale</source>
        <translation>Échelle des positions</translation>
    </message>
    <message>
        <source>0 =</source>
        <translation>0 =</translation>
    </message>
    <message>
        <source>100 =</source>
        <translation>100 =</translation>
    </message>
    <message>
        <source>Not added: %1 / %2</source>
        <translation>Non ajouté : %1 / %2</translation>
    </message>
    <message>
        <source>Not added: the text would be %1 characters; this field holds %2.</source>
        <translation>Non ajouté : le texte compterait %1 caractères ; ce champ est limité à %2.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Characters used of the %1 this field holds</source>
        <translation>Caractères utilisés sur les %1 que ce champ peut contenir</translation>
    </message>
    <message>
        <source>Not saved yet: the connection to %1 is lost. What you typed stays in the field; confirm it again when Summit Brief has reconnected.</source>
        <translation>Pas encore enregistré : la connexion à %1 est perdue. Votre saisie reste dans le champ ; validez-la de nouveau quand Summit Brief se sera reconnecté.</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>Objectif %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Illustrative: not from a source, added to make the picture readable.</source>
        <translation>Illustratif : non tiré d'une source, ajouté pour rendre le tableau lisible.</translation>
    </message>
    <message>
        <source>&amp;No due date</source>
        <translation>Sa&amp;ns échéance</translation>
    </message>
    <message>
        <source>In &amp;briefing pack</source>
        <translation>Dans le d&amp;ossier</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Échéanc&amp;e</translation>
    </message>
    <message>
        <source>&amp;Likelihood</source>
        <translation>Proba&amp;bilité</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Mode de décision</translation>
    </message>
    <message>
        <source>Weighted majority: the outcome follows the pull of every actor listed (a multilateral issue). Agreement of named parties: the outcome lies between the positions of the actors marked "Consent needed" in the Positions tab (a party's own measures, a joint text).</source>
        <translation>Majorité pondérée : l'issue suit le poids de tous les acteurs listés (question multilatérale). Accord des parties désignées : l'issue se situe entre les positions des acteurs cochés « Consentement requis » dans l'onglet Positions (mesures propres d'une partie, texte commun).</translation>
    </message>
    <message>
        <source>Source of the decision rule</source>
        <translation>Source de la règle de décision</translation>
    </message>
    <message>
        <source>Why this rule: a treaty article, a competence</source>
        <translation>Pourquoi cette règle : un article de traité, une compétence</translation>
    </message>
    <message>
        <source>Why the issue is decided this way: a treaty article, a competence, a sentence of the source</source>
        <translation>Pourquoi la question se décide ainsi : un article de traité, une compétence, une phrase de la source</translation>
    </message>
    <message>
        <source>Decided b&amp;y</source>
        <translation>&amp;Mode de décision</translation>
    </message>
    <message>
        <source>&amp;Grounds</source>
        <translation>Fondement de la rè&amp;gle</translation>
    </message>
</context>
<context>
    <name>IssueRepository</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Some of the issues no longer exist; nothing was changed.</source>
        <translation>Certaines questions n'existent plus ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you selected them; nothing was changed.</source>
        <translation>Quelqu'un d'autre a modifié %1 depuis votre sélection ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation>La question n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed issue %1 since you opened it; it was not deleted.</source>
        <translation>Quelqu'un d'autre a modifié la question %1 depuis que vous l'avez ouverte ; elle n'a pas été supprimée.</translation>
    </message>
    <message>
        <source>%1 has a status history beyond its creation, which is kept for good; archive it instead of deleting it.</source>
        <translation>La question %1 a un historique de statuts au-delà de sa création, qui est conservé définitivement ; archivez-la au lieu de la supprimer.</translation>
    </message>
    <message>
        <source>%1 cannot be put back: another issue took its place in the file.</source>
        <translation>La question %1 ne peut pas être rétablie : une autre question a pris sa place dans le fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be put back: another issue has that code now.</source>
        <translation>La question %1 ne peut pas être rétablie : une autre question porte désormais ce code.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>An issue needs a code.</source>
        <translation>Une question doit avoir un code.</translation>
    </message>
    <message>
        <source>Issue %1 needs a title.</source>
        <translation>La question %1 doit avoir un titre.</translation>
    </message>
    <message>
        <source>The history of issue %1 must start with its first status and end with its current one.</source>
        <translation>L'historique de la question %1 doit commencer par son premier statut et se terminer par son statut actuel.</translation>
    </message>
    <message>
        <source>An issue with code %1 already exists.</source>
        <translation>Une question de code %1 existe déjà.</translation>
    </message>
    <message>
        <source>Someone else changed this issue since you opened it; your change was not saved.</source>
        <translation>Quelqu'un d'autre a modifié cette question depuis que vous l'avez ouverte ; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed issue %1 since you opened it; the status was not changed.</source>
        <translation>Quelqu'un d'autre a modifié la question %1 depuis que vous l'avez ouverte ; le statut n'a pas été changé.</translation>
    </message>
    <message>
        <source>Some of the selected issues no longer exist; nothing was changed.</source>
        <translation>Certaines des questions sélectionnées n'existent plus ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Someone else changed issue %1 since you opened it; your change was not saved.</source>
        <translation>Quelqu'un d'autre a modifié la question %1 depuis que vous l'avez ouverte ; votre modification n'a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Overdue: due %1 and not yet agreed or closed</source>
        <translation>En retard : échéance le %1, ni agréée ni clôturée</translation>
    </message>
    <message>
        <source>Days from the due date to the first day of the summit</source>
        <translation>Jours entre l'échéance et le premier jour du sommet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days before summit</source>
        <translation>Jours avant le sommet</translation>
    </message>
    <message>
        <source>(archived) %1</source>
        <translation>(archivée) %1</translation>
    </message>
</context>
<context>
    <name>KtabCsvExporter</name>
    <message>
        <source>There is no issue %1.</source>
        <translation>La question %1 n'existe pas.</translation>
    </message>
    <message>
        <source>No issue to export has positions: KTAB needs actors' positions.</source>
        <translation>Aucune question à exporter n'a de positions : KTAB a besoin des positions des acteurs.</translation>
    </message>
    <message>
        <source>%1 issues have positions; a KTAB file of at most %2 can be read back. Name the issues to export.</source>
        <translation>%1 questions ont des positions ; un fichier KTAB de %2 au plus peut être relu. Nommez les questions à exporter.</translation>
    </message>
    <message>
        <source>These issues have %1 actors; KTAB reads %2 to %3.</source>
        <translation>Ces questions ont %1 acteurs ; KTAB en lit de %2 à %3.</translation>
    </message>
    <message>
        <source>KTAB cannot read the title of %1 as a dimension's name (at most %2 bytes, no double quote or line break); shorten it first.</source>
        <translation>KTAB ne peut pas lire le titre de %1 comme nom de dimension (%2 octets au plus, sans guillemet droit ni saut de ligne) ; raccourcissez-le d'abord.</translation>
    </message>
    <message>
        <source>KTAB reads actor names of at most %1 bytes, without double quotes or line breaks: rename %2 first.</source>
        <translation>KTAB lit des noms d'acteurs de %1 octets au plus, sans guillemets droits ni sauts de ligne : renommez d'abord %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) exported from Summit Brief</source>
        <translation>
            <numerusform>%n question exportée de Summit Brief</numerusform>
            <numerusform>%n questions exportées de Summit Brief</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KtabCsvImporter</name>
    <message>
        <source>scenario name</source>
        <translation>nom du scénario</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>number of actors</source>
        <translation>nombre d'acteurs</translation>
    </message>
    <message>
        <source>number of dimensions</source>
        <translation>nombre de dimensions</translation>
    </message>
    <message>
        <source>the first line of a KTAB scenario holds its name, its description, the number of actors and the number of dimensions</source>
        <translation>la première ligne d'un scénario KTAB contient son nom, sa description, le nombre d'acteurs et le nombre de dimensions</translation>
    </message>
    <message>
        <source>the file is empty; %1</source>
        <translation>le fichier est vide ; %1</translation>
    </message>
    <message>
        <source>not valid UTF-8 text (save the file as UTF-8)</source>
        <translation>texte UTF-8 non valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>line %1: not a KTAB scenario: %2</source>
        <translation>ligne %1 : ce n'est pas un scénario KTAB : %2</translation>
    </message>
    <message>
        <source>line %1, field %2: %3</source>
        <translation>ligne %1, champ %2 : %3</translation>
    </message>
    <message>
        <source>line %1, field %2: the scenario needs a name</source>
        <translation>ligne %1, champ %2 : le scénario doit avoir un nom</translation>
    </message>
    <message>
        <source>line %1, field %2: %3 characters; KTAB reads at most %4</source>
        <translation>ligne %1, champ %2 : %3 caractères ; KTAB en lit %4 au plus</translation>
    </message>
    <message>
        <source>line %1, field %2: %3 actors; KTAB reads %4 to %5</source>
        <translation>ligne %1, champ %2 : %3 acteurs ; KTAB en lit de %4 à %5</translation>
    </message>
    <message>
        <source>line %1, field %2: %3 dimensions; between 1 and %4 can be imported</source>
        <translation>ligne %1, champ %2 : %3 dimensions ; on peut en importer de 1 à %4</translation>
    </message>
    <message>
        <source>line %1: the header (Actor, Description, Power, then a position and a salience column for each dimension) is missing</source>
        <translation>ligne %1 : l'en-tête (Actor, Description, Power, puis une colonne de position et une d'importance par dimension) manque</translation>
    </message>
    <message>
        <source>line %1: the header has %2 columns; the %3 dimensions the first line announces need %4 (Actor, Description, Power, then a position and a salience column for each)</source>
        <translation>ligne %1 : l'en-tête a %2 colonnes ; les %3 dimensions annoncées par la première ligne en demandent %4 (Actor, Description, Power, puis une colonne de position et une d'importance pour chacune)</translation>
    </message>
    <message>
        <source>line %1, field %2: the dimension needs a name</source>
        <translation>ligne %1, champ %2 : la dimension doit avoir un nom</translation>
    </message>
    <message>
        <source>line %1, field %2: the dimension's name is %3 characters; the limit is %4</source>
        <translation>ligne %1, champ %2 : le nom de la dimension a %3 caractères ; la limite est %4</translation>
    </message>
    <message>
        <source>line %1, field %2: the dimension %3 is already field %4</source>
        <translation>ligne %1, champ %2 : la dimension %3 figure déjà au champ %4</translation>
    </message>
    <message>
        <source>the first line announces %1 actors; the file has %2</source>
        <translation>la première ligne annonce %1 acteurs ; le fichier en a %2</translation>
    </message>
    <message>
        <source>line %1: more actor lines than the %2 the first line announces</source>
        <translation>ligne %1 : plus de lignes d'acteurs que les %2 annoncées par la première ligne</translation>
    </message>
    <message>
        <source>line %1: %2 fields; expected %3 (name, description, power, then a position and a salience for each of the %4 dimensions)</source>
        <translation>ligne %1 : %2 champs ; %3 attendus (nom, description, puissance, puis une position et une importance pour chacune des %4 dimensions)</translation>
    </message>
    <message>
        <source>the actor needs a name</source>
        <translation>l'acteur doit avoir un nom</translation>
    </message>
    <message>
        <source>the name is %1 characters; the limit is %2</source>
        <translation>le nom a %1 caractères ; la limite est %2</translation>
    </message>
    <message>
        <source>the description is %1 characters; the limit is %2</source>
        <translation>la description a %1 caractères ; la limite est %2</translation>
    </message>
    <message>
        <source>the actor %1 is already on line %2</source>
        <translation>l'acteur %1 figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>« %1 » n'est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 est hors de %2–%3</translation>
    </message>
    <message>
        <source>line %1: the actor %2's saliences add up to %3; KTAB needs at most 100 (its attention shared over the dimensions)</source>
        <translation>ligne %1 : les importances de l'acteur %2 totalisent %3 ; KTAB en admet 100 au plus (son attention répartie entre les dimensions)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; a KTAB scenario of %2 actors on %3 dimensions takes less than one</source>
        <translation>le fichier dépasse %1 Mo ; un scénario KTAB de %2 acteurs sur %3 dimensions en occupe moins d'un</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) already hold this file's dimensions (%1). Import again choosing to keep or replace them.</source>
        <translation>
            <numerusform>%n question contient déjà une dimension de ce fichier (%1). Importez à nouveau en choisissant de la conserver ou de la remplacer.</numerusform>
            <numerusform>%n questions contiennent déjà les dimensions de ce fichier (%1). Importez à nouveau en choisissant de les conserver ou de les remplacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>KTAB's low end</source>
        <translation>bas de l'échelle KTAB</translation>
    </message>
    <message>
        <source>KTAB's high end</source>
        <translation>haut de l'échelle KTAB</translation>
    </message>
    <message>
        <source>From the KTAB scenario %1.</source>
        <translation>Issu du scénario KTAB %1.</translation>
    </message>
    <message>
        <source>From the KTAB scenario %1: %2</source>
        <translation>Issu du scénario KTAB %1 : %2</translation>
    </message>
    <message>
        <source>Imported from KTAB</source>
        <translation>Importé de KTAB</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>l'importation a été annulée ; rien n'a été importé</translation>
    </message>
</context>
<context>
    <name>Likelihood</name>
    <message>
        <source>Certain to come up</source>
        <translation>Sera certainement soulevée</translation>
    </message>
    <message>
        <source>Might come up</source>
        <translation>Pourrait être soulevée</translation>
    </message>
    <message>
        <source>Unlikely to come up</source>
        <translation>Ne devrait pas être soulevée</translation>
    </message>
</context>
<context>
    <name>LinkRepository</name>
    <message>
        <source>An issue cannot be linked to itself.</source>
        <translation>Une question ne peut pas être liée à elle-même.</translation>
    </message>
    <message>
        <source>The issue to link no longer exists.</source>
        <translation>La question à lier n'existe plus.</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked that way.</source>
        <translation>%1 et %2 sont déjà liées de cette façon.</translation>
    </message>
    <message>
        <source>%1 already blocks %2; two issues cannot block each other.</source>
        <translation>%1 bloque déjà %2 ; deux questions ne peuvent pas se bloquer mutuellement.</translation>
    </message>
    <message>
        <source>The link no longer exists.</source>
        <translation>Le lien n'existe plus.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a file for a new summit</source>
        <translation>Créer un fichier pour un nouveau sommet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Summit Brief database</source>
        <translation>Ouvrir une base Summit Brief</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Write a fresh copy of the EU–China summit demo and open it</source>
        <translation>Écrire une nouvelle copie de la démo du sommet UE–Chine et l'ouvrir</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Se connecter à une &amp;base d'équipe…</translation>
    </message>
    <message>
        <source>Open a summit the delegation shares on a PostgreSQL server</source>
        <translation>Ouvrir un sommet partagé par la délégation sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Issue &amp;Details</source>
        <translation>&amp;Détails de la question</translation>
    </message>
    <message>
        <source>Show or hide the details of the selected issue</source>
        <translation>Afficher ou masquer les détails de la question sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>&amp;Export Briefing Pack…</source>
        <translation>&amp;Exporter le dossier de sommet…</translation>
    </message>
    <message>
        <source>Write the briefing pack as PDF, ODT or HTML</source>
        <translation>Écrire le dossier de sommet en PDF, ODT ou HTML</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Scenario JSON…</source>
        <translation>&amp;Scénario JSON…</translation>
    </message>
    <message>
        <source>Write the whole summit as a scenario file another database can import</source>
        <translation>Écrire tout le sommet dans un fichier de scénario importable par une autre base</translation>
    </message>
    <message>
        <source>&amp;Issue Table CSV…</source>
        <translation>&amp;Table des questions CSV…</translation>
    </message>
    <message>
        <source>Write the issues as a table for a spreadsheet</source>
        <translation>Écrire les questions sous forme de table pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>The summit's name, place, dates, marking and the two sides compared</source>
        <translation>Nom, lieu, dates et classification du sommet, et les deux camps comparés</translation>
    </message>
    <message>
        <source>&amp;About Summit Brief</source>
        <translation>À &amp;propos de Summit Brief</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find Issues…</source>
        <translation>Rechercher des &amp;questions…</translation>
    </message>
    <message>
        <source>&amp;Summit</source>
        <translation>&amp;Sommet</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;b&gt;This summit is open read-only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce sommet est ouvert en lecture seule.&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n issue(s)</source>
        <translation>
            <numerusform>Affichage : %1 sur %n question</numerusform>
            <numerusform>Affichage : %1 sur %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation>Summit Brief</translation>
    </message>
    <message>
        <source>About Summit Brief</source>
        <translation>À propos de Summit Brief</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Summit Brief %1&lt;/h3&gt;&lt;p&gt;Negotiation issues, actors' positions and briefing packs for a delegation preparing a summit.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Summit Brief %1&lt;/h3&gt;&lt;p&gt;Questions en négociation, positions des acteurs et dossiers de sommet pour une délégation qui prépare un sommet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>La langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Close Summit</source>
        <translation>&amp;Fermer le sommet</translation>
    </message>
    <message>
        <source>Close this summit and go back to the welcome page</source>
        <translation>Fermer ce sommet et revenir à la page d'accueil</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>I&amp;ndicators</source>
        <translation>I&amp;ndicateurs</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>Ac&amp;tivity</source>
        <translation>Ac&amp;tivité</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Move the keyboard focus between the issue table, the issue details and the filter</source>
        <translation>Déplacer le focus du clavier entre le tableau des questions, le détail de la question et le filtre</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet pr&amp;écédent</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>How to do each task, at the page for what you see now</source>
        <translation>Comment faire chaque tâche, à la page de ce qui est affiché</translation>
    </message>
    <message>
        <source>Preparing the search of this summit…</source>
        <translation>Préparation de la recherche dans ce sommet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The search index will be prepared at the first search.</source>
        <translation>L'index de recherche sera préparé à la première recherche.</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Summit Brief starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Summit Brief.</translation>
    </message>
    <message>
        <source>Package deals</source>
        <translation>Accords globaux</translation>
    </message>
    <message>
        <source>Pac&amp;kage Deals</source>
        <translation>Accords glo&amp;baux</translation>
    </message>
    <message>
        <source>Add a scenario (JSON), an issue table (CSV) or a KTAB scenario (CSV) to this summit, after a preview</source>
        <translation>Ajouter un scénario (JSON), une table des questions (CSV) ou un scénario KTAB (CSV) à ce sommet, après un aperçu</translation>
    </message>
    <message>
        <source>&amp;KTAB Scenario CSV…</source>
        <translation>Scénario &amp;KTAB CSV…</translation>
    </message>
    <message>
        <source>Write the selected issues (or every issue with positions) as an input file for KTAB's Spatial Model of Politics</source>
        <translation>Écrire les questions sélectionnées (ou toutes les questions ayant des positions) comme fichier d'entrée du Spatial Model of Politics de KTAB</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>our side's objective</source>
        <translation>l'objectif de notre camp</translation>
    </message>
    <message>
        <source>%1 objective</source>
        <translation>l'objectif %1</translation>
    </message>
    <message>
        <source>Each cell is an actor's position (0–100) on the issue, coloured by its distance from the %1: %2 close  %3 halfway  %4 far. Double-click a cell to open the issue.</source>
        <translation>Chaque cellule est la position (0–100) d'un acteur sur la question, colorée selon sa distance à %1 : %2 proche  %3 à mi-chemin  %4 éloignée. Double-cliquez sur une cellule pour ouvrir la question.</translation>
    </message>
    <message>
        <source>Position matrix</source>
        <translation>Matrice des positions</translation>
    </message>
</context>
<context>
    <name>MergeActorsCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusion de %1 dans %2</translation>
    </message>
    <message>
        <source>%1 no longer exists; "%2" was not redone.</source>
        <translation>%1 n'existe plus ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
</context>
<context>
    <name>MergeActorsDialog</name>
    <message>
        <source>Merge %1 Into Another Actor</source>
        <translation>Fusionner %1 dans un autre acteur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the actor that stays</source>
        <translation>Choisissez l'acteur conservé</translation>
    </message>
    <message>
        <source>%1 is merged into the actor you choose, which keeps its own name and details.</source>
        <translation>%1 est fusionné dans l'acteur choisi, qui conserve son propre nom et ses informations.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Fusionner &amp;dans :</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a position on %n issue(s).</source>
        <translation>
            <numerusform>%1 a une position sur %n question.</numerusform>
            <numerusform>%1 a une position sur %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) move to %1.</source>
        <translation>
            <numerusform>%n position est transférée à %1.</numerusform>
            <numerusform>%n positions sont transférées à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) on issues where %1 already has a position are dropped (%1's are kept).</source>
        <translation>
            <numerusform>%n position sur une question où %1 a déjà une position est abandonnée (celle de %1 est conservée).</numerusform>
            <numerusform>%n positions sur des questions où %1 a déjà une position sont abandonnées (celles de %1 sont conservées).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is then removed. Undo brings it back with its positions.</source>
        <translation>%1 est ensuite supprimé. Annuler le rétablit avec ses positions.</translation>
    </message>
</context>
<context>
    <name>MultiLineTextDelegate</name>
    <message>
        <source>Enter saves, Shift+Enter starts a new line, Escape cancels</source>
        <translation>Entrée enregistre, Maj+Entrée insère un saut de ligne, Échap annule</translation>
    </message>
</context>
<context>
    <name>NewSummitDialog</name>
    <message>
        <source>New Summit</source>
        <translation>Nouveau sommet</translation>
    </message>
    <message>
        <source>Summit Properties</source>
        <translation>Propriétés du sommet</translation>
    </message>
    <message>
        <source>The summit this file prepares. Everything here can be changed later in Summit &gt; Properties.</source>
        <translation>Le sommet que prépare ce fichier. Tout ceci peut être modifié plus tard dans Sommet &gt; Propriétés.</translation>
    </message>
    <message>
        <source>The summit this file prepares. The header, the dashboard and the briefing pack follow these.</source>
        <translation>Le sommet que prépare ce fichier. L'en-tête, le tableau de bord et le dossier de sommet reprennent ces informations.</translation>
    </message>
    <message>
        <source>e.g. EU–India summit</source>
        <translation>p. ex. Sommet UE–Inde</translation>
    </message>
    <message>
        <source>e.g. New Delhi</source>
        <translation>p. ex. New Delhi</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>Cla&amp;ssification :</translation>
    </message>
    <message>
        <source>&amp;Our side:</source>
        <translation>Notre &amp;camp :</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Dates not &amp;fixed yet</source>
        <translation>Dates pas encore &amp;fixées</translation>
    </message>
    <message>
        <source>Co&amp;unterpart:</source>
        <translation>&amp;Interlocuteur :</translation>
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
        <translation>— aucun responsable —</translation>
    </message>
</context>
<context>
    <name>PackBargaining</name>
    <message>
        <source>Opening forecast %1; no actor moves in bargaining.</source>
        <translation>Prévision initiale %1 ; aucun acteur ne bouge au cours du marchandage.</translation>
    </message>
    <message>
        <source>Opening forecast %1; after bargaining %2 (not settled by round %3).</source>
        <translation>Prévision initiale %1 ; après marchandage %2 (positions non stabilisées au tour %3).</translation>
    </message>
    <message>
        <source>Opening forecast %1; after bargaining %2 (settled by round %3).</source>
        <translation>Prévision initiale %1 ; après marchandage %2 (positions stabilisées au tour %3).</translation>
    </message>
    <message>
        <source>Opening forecast %1; bargaining does not settle: by round %2 the forecast still swings between %3 and %4.</source>
        <translation>Prévision initiale %1 ; la négociation ne se stabilise pas : au tour %2, la prévision oscille encore entre %3 et %4.</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message>
        <source>Cannot make the briefing pack</source>
        <translation>Impossible de produire le dossier de sommet</translation>
    </message>
    <message>
        <source>No issue is chosen.</source>
        <translation>Aucune question n'est choisie.</translation>
    </message>
    <message>
        <source>Exporting the briefing pack…</source>
        <translation>Export du dossier de sommet…</translation>
    </message>
    <message>
        <source>Cannot export the briefing pack</source>
        <translation>Impossible d'exporter le dossier de sommet</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n page exportée dans %1</numerusform>
            <numerusform>%n pages exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the briefing pack to %1</source>
        <translation>Dossier de sommet exporté dans %1</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier de sommet</translation>
    </message>
    <message>
        <source>Cannot print the briefing pack</source>
        <translation>Impossible d'imprimer le dossier de sommet</translation>
    </message>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>Écriture du dossier de sommet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Briefing Pack</source>
        <translation>Exporter le dossier de sommet</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée : aucun fichier n'a été écrit.</translation>
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
        <source>F&amp;ile:</source>
        <translation>Fic&amp;hier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
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
        <source>No issue is marked for the briefing pack, so the pack would have no briefs. Mark issues "In briefing pack" or choose the filtered or selected issues.</source>
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
    <message>
        <source>Prepared b&amp;y:</source>
        <translation>Rédig&amp;é par :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat :</translation>
    </message>
    <message>
        <source>Contin&amp;ue…</source>
        <translation>Contin&amp;uer…</translation>
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
        <source>Mean position of each bloc's actors on each issue's own scale (0–100; the labels are in each brief). A dash: no position recorded.</source>
        <translation>Position moyenne des acteurs de chaque bloc, sur l’échelle propre à chaque question (0–100 ; libellés dans chaque dossier). Un tiret : aucune position enregistrée.</translation>
    </message>
    <message>
        <source>Positions of the actors that appear on two or more issues, on each issue's own scale (0–100; the labels are in each brief). A dash: no position recorded.</source>
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
    <message>
        <source>Package deals</source>
        <translation>Accords globaux</translation>
    </message>
    <message>
        <source>Issue moved</source>
        <translation>Question rapprochée</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>We concede</source>
        <translation>Notre concession</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
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
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L'exportation a été annulée ; aucun fichier n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>PackageDealModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>How far the conceded issue's forecast moves away from our objective there</source>
        <translation>De combien la prévision de la question concédée s'éloigne de notre objectif sur cette question</translation>
    </message>
    <message>
        <source>How far the issue's forecast moves toward our objective</source>
        <translation>De combien la prévision de la question se rapproche de notre objectif</translation>
    </message>
    <message>
        <source>Issue moved</source>
        <translation>Question rapprochée</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>We concede</source>
        <translation>Notre concession</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>PackageDealText</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3 on %4 if %5 moves from %6 to %7 on %8 in return.</source>
        <translation>%1 passe de %2 à %3 sur %4 si %5 passe en échange de %6 à %7 sur %8.</translation>
    </message>
    <message>
        <source>The forecast for %1 goes from %2 to %3, toward our objective of %4.</source>
        <translation>La prévision pour %1 passe de %2 à %3, vers notre objectif de %4.</translation>
    </message>
    <message>
        <source>The forecast for %1 goes from %2 to %3.</source>
        <translation>La prévision pour %1 passe de %2 à %3.</translation>
    </message>
    <message>
        <source>In the exchange model both sides gain %1 (exchange rate %2).</source>
        <translation>Dans le modèle d'échange, chaque partie gagne %1 (taux d'échange %2).</translation>
    </message>
    <message>
        <source>Package deals are made across issues joined by a trade-off link, and no two issues are linked that way yet. To add one, select an issue, open its Links tab, choose Add link… and pick “trade-off with” and the other issue.</source>
        <translation>Les accords globaux se font entre questions reliées par un lien « à arbitrer avec », et aucune question n'est encore reliée ainsi. Pour en ajouter un, sélectionnez une question, ouvrez son onglet Liens, choisissez Ajouter un lien… puis « à arbitrer avec » et l'autre question.</translation>
    </message>
    <message numerus="yes">
        <source>No exchange across the %n trade-off link(s) moves an issue toward the objective of %1.</source>
        <translation>
            <numerusform>Aucun échange sur le lien « à arbitrer avec » (%n) ne rapproche une question de l'objectif de %1.</numerusform>
            <numerusform>Aucun échange sur les %n liens « à arbitrer avec » ne rapproche une question de l'objectif de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange model of Stokman and van Oosten (1994), equal-gain form: two actors each give ground on the issue they care less about for ground on the one they care more about.</source>
        <translation>Modèle d'échange de Stokman et van Oosten (1994), à gains égaux : deux acteurs cèdent chacun du terrain sur la question qui leur importe le moins contre du terrain sur celle qui leur importe le plus.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The forecast for %1 stays at %2, but %3 gives up %4 points of its stated position there.</source>
        <translation>La prévision pour %1 reste à %2, mais %3 cède %4 points de sa position affichée.</translation>
    </message>
</context>
<context>
    <name>PackageDealsView</name>
    <message>
        <source>No package deals</source>
        <translation>Aucun accord global</translation>
    </message>
    <message>
        <source>Package deals</source>
        <translation>Accords globaux</translation>
    </message>
    <message>
        <source>One row per exchange that moves an issue toward our objective; the text below explains the selected one</source>
        <translation>Une ligne par échange qui rapproche une question de notre objectif ; le texte en dessous explique celui qui est sélectionné</translation>
    </message>
    <message>
        <source>Package deal explanation</source>
        <translation>Explication de l'accord global</translation>
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
    <message>
        <source>Likely range %1</source>
        <translation>Fourchette probable %1</translation>
    </message>
    <message>
        <source>Likely range %1–%2</source>
        <translation>Fourchette probable %1–%2</translation>
    </message>
    <message>
        <source>Deadlock %1–%2</source>
        <translation>Impasse %1–%2</translation>
    </message>
</context>
<context>
    <name>PositionMapView</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Who to work on</source>
        <translation>Acteurs sur qui agir</translation>
    </message>
    <message>
        <source>No actor holds a position with weight on this issue, so there is no forecast.</source>
        <translation>Aucun acteur n'a de position pondérée sur cette question : pas de prévision possible.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Gain per effort</source>
        <translation>Gain par effort</translation>
    </message>
    <message>
        <source>Ranked by gain per effort: the best use of the delegation's time first</source>
        <translation>Classés par gain par effort : le meilleur emploi du temps de la délégation d'abord</translation>
    </message>
    <message>
        <source>From where the actor stands to our side's objective (never past it)</source>
        <translation>De la position actuelle de l'acteur jusqu'à l'objectif de notre camp (jamais au-delà)</translation>
    </message>
    <message>
        <source>How far the forecast outcome moves toward our side's objective if this actor moves there; negative: away</source>
        <translation>Déplacement du résultat prévu vers l'objectif de notre camp si cet acteur s'y rallie ; négatif : il s'en éloigne</translation>
    </message>
    <message>
        <source>Gain divided by effort</source>
        <translation>Gain divisé par l'effort</translation>
    </message>
    <message>
        <source>Bar&amp;gaining round:</source>
        <translation>Tour de marchanda&amp;ge :</translation>
    </message>
    <message>
        <source>Bargaining round</source>
        <translation>Tour de marchandage</translation>
    </message>
    <message>
        <source>Show where the actors stand after each round of bargaining: 0 is the opening</source>
        <translation>Montre où se trouvent les acteurs après chaque tour de marchandage : 0 correspond aux positions initiales</translation>
    </message>
    <message>
        <source>No %1 actor holds a position, so there is no objective to work toward.</source>
        <translation>Aucun acteur %1 n'a de position : il n'y a donc pas d'objectif à atteindre.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2): from %3 to %4; the forecast outcome moves %5 (to %6).
Effort %7: %8 points moved × salience %9 ÷ 100.
Weighted median %10, weighted mean %11.</source>
        <translation>%1 (%2) : de %3 à %4 ; le résultat prévu se déplace de %5 (à %6).
Effort %7 : %8 points de déplacement × importance %9 ÷ 100.
Médiane pondérée %10, moyenne pondérée %11.</translation>
    </message>
    <message>
        <source>Opening positions</source>
        <translation>Positions initiales</translation>
    </message>
    <message>
        <source>After round %1 of %2</source>
        <translation>Après le tour %1 sur %2</translation>
    </message>
    <message>
        <source>settled by round %1</source>
        <translation>stabilisées au tour %1</translation>
    </message>
    <message>
        <source>not settled by round %1</source>
        <translation>non stabilisées au tour %1</translation>
    </message>
    <message>
        <source>%1: forecast %2; %3.</source>
        <translation>%1 : prévision %2 ; %3.</translation>
    </message>
    <message>
        <source>Effort: the points an actor is moved × its salience ÷ 100. An actor that cares much about the issue is harder to move than one that cares little.</source>
        <translation>Effort : les points de déplacement d'un acteur × son importance ÷ 100. Un acteur très attaché à la question est plus difficile à déplacer qu'un acteur qui l'est peu.</translation>
    </message>
    <message>
        <source>Forecast %1; %2 objective %3.</source>
        <translation>Prévision %1 ; objectif %2 %3.</translation>
    </message>
    <message>
        <source>0 (no say)</source>
        <translation>0 (sans voix)</translation>
    </message>
    <message>
        <source>%1 is not among the parties whose agreement the issue needs, so moving it does not change the forecast.</source>
        <translation>%1 ne fait pas partie des parties dont l’accord est nécessaire : le faire bouger ne change pas la prévision.</translation>
    </message>
    <message>
        <source>Working out the bargaining rounds…</source>
        <translation>Calcul des tours de négociation…</translation>
    </message>
    <message>
        <source>No actor moves in bargaining: the forecast stays at %1.</source>
        <translation>Aucun acteur ne bouge dans la négociation : la prévision reste à %1.</translation>
    </message>
    <message>
        <source>not settled by round %1: the forecast keeps swinging between %2 and %3</source>
        <translation>pas stabilisé au tour %1 : la prévision oscille entre %2 et %3</translation>
    </message>
</context>
<context>
    <name>PositionMatrixModel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Position: %1 (0 = %2, 100 = %3)</source>
        <translation>Position : %1 (0 = %2, 100 = %3)</translation>
    </message>
    <message>
        <source>Distance from the %1 objective: %2</source>
        <translation>Distance à l'objectif %1 : %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;0 = %3, 100 = %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;0 = %3, 100 = %4</translation>
    </message>
</context>
<context>
    <name>PositionRepository</name>
    <message>
        <source>A position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Clout</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>stance</source>
        <translation>posture</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>The actor no longer exists.</source>
        <translation>L'acteur n'existe plus.</translation>
    </message>
    <message>
        <source>The issue no longer exists.</source>
        <translation>La question n'existe plus.</translation>
    </message>
    <message>
        <source>%1 already has a position on %2.</source>
        <translation>%1 a déjà une position sur %2.</translation>
    </message>
    <message>
        <source>A position added since took the place of %1's on %2; it cannot come back.</source>
        <translation>Une position ajoutée depuis a pris la place de celle de %1 sur %2 ; elle ne peut pas être rétablie.</translation>
    </message>
    <message>
        <source>The position no longer exists.</source>
        <translation>La position n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed %1's position since you opened it; it was not removed.</source>
        <translation>Quelqu'un d'autre a modifié la position de %1 depuis que vous l'avez ouverte ; elle n'a pas été supprimée.</translation>
    </message>
    <message>
        <source>Enter a whole number between 0 and 100.</source>
        <translation>Saisissez un nombre entier entre 0 et 100.</translation>
    </message>
    <message>
        <source>Someone else changed this position since you opened it; your change was not saved.</source>
        <translation>Quelqu'un d'autre a modifié cette position depuis que vous l'avez ouverte ; votre modification n'a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>PositionTableModel</name>
    <message>
        <source>%1: illustrative estimate, not from a source</source>
        <translation>%1 : estimation illustrative, non sourcée</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Bloc</translation>
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
        <source>Salience</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Clout</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>A position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>%1 is a whole number from 0 to 100; “%2” was not saved.</source>
        <translation>%1 : un nombre entier de 0 à 100 est attendu ; « %2 » n'a pas été enregistré.</translation>
    </message>
    <message>
        <source>Consent needed</source>
        <translation>Consentement requis</translation>
    </message>
    <message>
        <source>Consent not needed</source>
        <translation>Consentement non requis</translation>
    </message>
    <message>
        <source>Tick when %1's agreement is needed for any outcome: the forecast lies between the positions of the actors ticked.</source>
        <translation>Cochez si l'accord de %1 est nécessaire à toute issue : la prévision se situe entre les positions des acteurs cochés.</translation>
    </message>
    <message>
        <source>Counts only when the issue is decided by agreement of named parties (Decided by, in the issue's details); this issue is decided by weighted majority.</source>
        <translation>Ne compte que si la question se décide par accord des parties désignées (Mode de décision, dans les détails de la question) ; cette question se décide à la majorité pondérée.</translation>
    </message>
    <message>
        <source>Consent needed: whose agreement is needed. Counts only when the issue is decided by agreement of named parties.</source>
        <translation>Consentement requis : acteurs dont l'accord est nécessaire. Ne compte que si la question se décide par accord des parties désignées.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Summit Brief starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Summit Brief.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Add a meeting or a deadline to the programme</source>
        <translation>Ajouter une réunion ou une échéance au programme</translation>
    </message>
    <message>
        <source>&amp;Add Event…</source>
        <translation>A&amp;jouter un événement…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Programme events</source>
        <translation>Événements du programme</translation>
    </message>
</context>
<context>
    <name>RemoveActorCommand</name>
    <message>
        <source>Remove actor %1</source>
        <translation>Suppression de l'acteur %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; "%2" was not redone.</source>
        <translation>%1 n'existe plus ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
</context>
<context>
    <name>RemoveEventCommand</name>
    <message>
        <source>Remove event "%1"</source>
        <translation>Suppression de l'événement « %1 »</translation>
    </message>
    <message>
        <source>Someone else removed the event "%1" already; "%2" was not done.</source>
        <translation>Quelqu'un d'autre a déjà supprimé l'événement « %1 » ; l'opération « %2 » n'a pas été effectuée.</translation>
    </message>
    <message>
        <source>Someone else changed the event "%1" since; "%2" was not done.</source>
        <translation>Quelqu'un d'autre a modifié l'événement « %1 » entre-temps ; l'opération « %2 » n'a pas été effectuée.</translation>
    </message>
</context>
<context>
    <name>RemoveIndicatorPointCommand</name>
    <message>
        <source>Remove a point of "%1"</source>
        <translation>Suppression d'un point de « %1 »</translation>
    </message>
    <message>
        <source>Someone else removed the point of "%1" already; "%2" was not done.</source>
        <translation>Quelqu'un d'autre a déjà supprimé le point de « %1 » ; l'opération « %2 » n'a pas été effectuée.</translation>
    </message>
    <message>
        <source>Someone else changed the point of "%1" since; "%2" was not done.</source>
        <translation>Quelqu'un d'autre a modifié le point de « %1 » entre-temps ; l'opération « %2 » n'a pas été effectuée.</translation>
    </message>
</context>
<context>
    <name>RemoveLinkCommand</name>
    <message>
        <source>Remove link %1 %2 %3</source>
        <translation>Suppression du lien : %1 %2 %3</translation>
    </message>
    <message>
        <source>Someone else removed the link already; "%1" was not done.</source>
        <translation>Quelqu'un d'autre a déjà supprimé le lien ; l'opération « %1 » n'a pas été effectuée.</translation>
    </message>
</context>
<context>
    <name>RemovePositionCommand</name>
    <message>
        <source>Remove position of %1 on %2</source>
        <translation>Suppression de la position de %1 sur %2</translation>
    </message>
    <message>
        <source>The position no longer exists; "%1" was not redone.</source>
        <translation>La position n'existe plus ; l'opération « %1 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed this position since; "%1" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié cette position entre-temps ; l'opération « %1 » n'a pas été rétablie.</translation>
    </message>
</context>
<context>
    <name>RemoveViewCommand</name>
    <message>
        <source>Remove view "%1"</source>
        <translation>Suppression de la vue « %1 »</translation>
    </message>
    <message>
        <source>Someone else saved a view named "%1" since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a enregistré entre-temps une vue nommée « %1 » ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>SaveViewCommand</name>
    <message>
        <source>Save view "%1"</source>
        <translation>Enregistrement de la vue « %1 »</translation>
    </message>
    <message>
        <source>A view named "%1" already exists; it was not replaced.</source>
        <translation>Une vue nommée « %1 » existe déjà ; elle n'a pas été remplacée.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Une vue enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no saved view named "%1".</source>
        <translation>Aucune vue enregistrée ne s'appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>ScaleDelegate</name>
    <message>
        <source>A whole number from 0 to 100</source>
        <translation>Un nombre entier de 0 à 100</translation>
    </message>
</context>
<context>
    <name>ScenarioExporter</name>
    <message>
        <source>Could not write the scenario: %1</source>
        <translation>Impossible d'écrire le scénario : %1</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>l'exportation a été annulée ; aucun fichier n'a été écrit</translation>
    </message>
</context>
<context>
    <name>ScenarioImporter</name>
    <message>
        <source>unknown field "%1"</source>
        <translation>champ « %1 » inconnu</translation>
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation>le champ « %1 » est absent</translation>
    </message>
    <message>
        <source>"%1" must be text</source>
        <translation>« %1 » doit être du texte</translation>
    </message>
    <message>
        <source>"%1" is empty</source>
        <translation>« %1 » est vide</translation>
    </message>
    <message>
        <source>"%1" is %2 characters; the limit is %3</source>
        <translation>« %1 » compte %2 caractères ; la limite est de %3</translation>
    </message>
    <message>
        <source>"%1" is "%2"; expected one of: %3</source>
        <translation>« %1 » vaut « %2 » ; valeurs attendues : %3</translation>
    </message>
    <message>
        <source>"%1" is "%2", not a date like 2025-07-24</source>
        <translation>« %1 » vaut « %2 », qui n'est pas une date de la forme 2025-07-24</translation>
    </message>
    <message>
        <source>"%1" must be a number</source>
        <translation>« %1 » doit être un nombre</translation>
    </message>
    <message>
        <source>"%1" is %2; expected a whole number from 0 to 100</source>
        <translation>« %1 » vaut %2 ; un nombre entier de 0 à 100 est attendu</translation>
    </message>
    <message>
        <source>"%1" must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>"%1" is "%2", not a time like 2025-07-24T09:30:00Z</source>
        <translation>« %1 » vaut « %2 », qui n'est pas une heure de la forme 2025-07-24T09:30:00Z</translation>
    </message>
    <message>
        <source>"%1" must be an object</source>
        <translation>« %1 » doit être un objet</translation>
    </message>
    <message>
        <source>"%1" must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <source>%1[%2]: must be an object</source>
        <translation>%1[%2] : doit être un objet</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>%1: the field "%2" is given twice (line %3); a record holds each field once</source>
        <translation>%1 : le champ « %2 » figure deux fois (ligne %3) ; un enregistrement contient chaque champ une seule fois</translation>
    </message>
    <message>
        <source>%1: the text holds %2 (line %3), half of a character (a lone UTF-16 surrogate)</source>
        <translation>%1 : le texte contient %2 (ligne %3), une moitié de caractère (substitut UTF-16 isolé)</translation>
    </message>
    <message>
        <source>%1: "%2" holds %3 (line %4), half of a character (a lone UTF-16 surrogate)</source>
        <translation>%1 : « %2 » contient %3 (ligne %4), une moitié de caractère (substitut UTF-16 isolé)</translation>
    </message>
    <message>
        <source>an issue with code %1 already exists earlier in the file (issues[%2])</source>
        <translation>une question de code %1 figure déjà plus haut dans le fichier (issues[%2])</translation>
    </message>
    <message>
        <source>the field "at" is missing</source>
        <translation>le champ « at » est absent</translation>
    </message>
    <message>
        <source>"from" must be "%1", where the change before it ended</source>
        <translation>« from » doit valoir « %1 », statut auquel le changement précédent a abouti</translation>
    </message>
    <message>
        <source>the first change must have "from": null</source>
        <translation>le premier changement doit avoir "from": null</translation>
    </message>
    <message>
        <source>the history ends at "%1" but "status" is "%2"</source>
        <translation>l'historique se termine sur « %1 » mais « status » vaut « %2 »</translation>
    </message>
    <message>
        <source>no actor named "%1" in "actors"</source>
        <translation>aucun acteur nommé « %1 » dans « actors »</translation>
    </message>
    <message>
        <source>a second position for %1 on this issue</source>
        <translation>une seconde position pour %1 sur cette question</translation>
    </message>
    <message>
        <source>an issue with code %1 already exists</source>
        <translation>une question de code %1 existe déjà</translation>
    </message>
    <message>
        <source>Imported (replaced)</source>
        <translation>Importée (remplacée)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1 Mo</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>a scenario file must hold one JSON object</source>
        <translation>un fichier de scénario doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>%1 in the database. Import again choosing to skip or replace it.</source>
        <translation>%1 dans la base. Relancez l'import en choisissant d'ignorer ou de remplacer l'enregistrement.</translation>
    </message>
    <message>
        <source>%1 records in the file already exist in the database: %2. Import again choosing to skip or replace them.</source>
        <translation>%1 enregistrements du fichier existent déjà dans la base : %2. Relancez l'import en choisissant de les ignorer ou de les remplacer.</translation>
    </message>
    <message>
        <source>%1: an actor named %2 already exists with other details</source>
        <translation>%1 : un acteur nommé %2 existe déjà avec d'autres données</translation>
    </message>
    <message>
        <source>%1: an issue with code %2 already exists</source>
        <translation>%1 : une question de code %2 existe déjà</translation>
    </message>
    <message>
        <source>%1: a saved view named %2 already exists</source>
        <translation>%1 : une vue enregistrée nommée %2 existe déjà</translation>
    </message>
    <message>
        <source>"format" must be "summit-brief-scenario"</source>
        <translation>« format » doit valoir « summit-brief-scenario »</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Summit Brief reads (%2)</source>
        <translation>la version de format %1 est plus récente que celles que lit cette version de Summit Brief (%2)</translation>
    </message>
    <message>
        <source>"version" must be a whole number from 1</source>
        <translation>« version » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>"settings" must be an object</source>
        <translation>« settings » doit être un objet</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>"our_bloc" and "counterpart_bloc" are both "%1"; the summit's two sides must be different blocs</source>
        <translation>« our_bloc » et « counterpart_bloc » valent tous deux « %1 » ; les deux camps du sommet doivent être des blocs différents</translation>
    </message>
    <message>
        <source>an actor named "%1" already exists earlier in the file</source>
        <translation>un acteur nommé « %1 » figure déjà plus haut dans le fichier</translation>
    </message>
    <message>
        <source>an actor named "%1" already exists</source>
        <translation>un acteur nommé « %1 » existe déjà</translation>
    </message>
    <message>
        <source>no issue with code %1 in the file or the database</source>
        <translation>aucune question de code %1 dans le fichier ni dans la base</translation>
    </message>
    <message>
        <source>a saved view named "%1" already exists earlier in the file</source>
        <translation>une vue enregistrée nommée « %1 » figure déjà plus haut dans le fichier</translation>
    </message>
    <message>
        <source>a saved view named "%1" already exists</source>
        <translation>une vue enregistrée nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>l'importation a été annulée ; rien n'a été importé</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <source>No issue contains all of these words.</source>
        <translation>Aucune question ne contient tous ces mots.</translation>
    </message>
    <message>
        <source>(archived) %1</source>
        <translation>(archivée) %1</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SetIssueFieldCommand</name>
    <message>
        <source>The issue no longer exists.</source>
        <translation>La question n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed %1 since; "%2" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié %1 entre-temps ; l'opération « %2 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>Change title of %1</source>
        <translation>Modification du titre de %1</translation>
    </message>
    <message>
        <source>Change category of %1</source>
        <translation>Modification de la catégorie de %1</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>Modification du statut de %1</translation>
    </message>
    <message>
        <source>Change priority of %1</source>
        <translation>Modification de la priorité de %1</translation>
    </message>
    <message>
        <source>Change owner of %1</source>
        <translation>Modification du responsable de %1</translation>
    </message>
    <message>
        <source>Change due date of %1</source>
        <translation>Modification de l'échéance de %1</translation>
    </message>
    <message>
        <source>Change objective of %1</source>
        <translation>Modification de l'objectif de %1</translation>
    </message>
    <message>
        <source>Change lines to take of %1</source>
        <translation>Modification des éléments de langage de %1</translation>
    </message>
    <message>
        <source>Change defensive lines of %1</source>
        <translation>Modification des éléments défensifs de %1</translation>
    </message>
    <message>
        <source>Change background of %1</source>
        <translation>Modification du contexte de %1</translation>
    </message>
    <message>
        <source>Change scale (low end) of %1</source>
        <translation>Modification de l'échelle (borne basse) de %1</translation>
    </message>
    <message>
        <source>Change scale (high end) of %1</source>
        <translation>Modification de l'échelle (borne haute) de %1</translation>
    </message>
    <message>
        <source>Change source of %1</source>
        <translation>Modification de la source de %1</translation>
    </message>
    <message>
        <source>Change likelihood of %1</source>
        <translation>Modification de la probabilité de %1</translation>
    </message>
    <message>
        <source>Change whether %1 goes into the pack</source>
        <translation>Modification de l'inclusion de %1 dans le dossier de sommet</translation>
    </message>
    <message>
        <source>Change how %1 is decided</source>
        <translation>Modification du mode de décision de %1</translation>
    </message>
    <message>
        <source>Change source of the decision rule of %1</source>
        <translation>Modification de la source de la règle de décision de %1</translation>
    </message>
</context>
<context>
    <name>SetPositionFieldCommand</name>
    <message>
        <source>The position no longer exists.</source>
        <translation>La position n'existe plus.</translation>
    </message>
    <message>
        <source>Someone else changed this position since; "%1" was not redone.</source>
        <translation>Quelqu'un d'autre a modifié cette position entre-temps ; l'opération « %1 » n'a pas été rétablie.</translation>
    </message>
    <message>
        <source>Someone else changed this position since; "%1" was not undone.</source>
        <translation>Quelqu'un d'autre a modifié cette position entre-temps ; l'opération « %1 » n'a pas été annulée.</translation>
    </message>
    <message>
        <source>Change stance of %1 on %2</source>
        <translation>Modification de la posture de %1 sur %2</translation>
    </message>
    <message>
        <source>Change position of %1 on %2</source>
        <translation>Modification de la position de %1 sur %2</translation>
    </message>
    <message>
        <source>Change salience of %1 on %2</source>
        <translation>Modification de l'importance accordée par %1 à %2</translation>
    </message>
    <message>
        <source>Change clout of %1 on %2</source>
        <translation>Modification de l'influence de %1 sur %2</translation>
    </message>
    <message>
        <source>Change source of %1 on %2</source>
        <translation>Modification de la source de %1 sur %2</translation>
    </message>
    <message>
        <source>Change whether %1's consent is needed on %2</source>
        <translation>Modification du consentement requis de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SetSummitPropertiesCommand</name>
    <message>
        <source>Change the summit's properties</source>
        <translation>Modification des propriétés du sommet</translation>
    </message>
    <message>
        <source>Someone else changed the summit's properties since; your change was not saved.</source>
        <translation>Quelqu'un d'autre a modifié les propriétés du sommet entre-temps ; votre modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed the summit's properties since; the change was not undone.</source>
        <translation>Quelqu'un d'autre a modifié les propriétés du sommet entre-temps ; la modification n'a pas été annulée.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A side of the summit must be a bloc name of 1 to %1 characters without spaces around it; "%2" is not.</source>
        <translation>Un camp du sommet doit être un nom de bloc de 1 à %1 caractères, sans espace au début ni à la fin ; ce n'est pas le cas de « %2 ».</translation>
    </message>
    <message>
        <source>Our side and the counterpart are both %1: they must be two different blocs.</source>
        <translation>Notre camp et l'interlocuteur sont tous deux %1 : ce doivent être deux blocs différents.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>The connection to %1 was lost (%2); nothing was changed. Summit Brief reconnects by itself.</source>
        <translation>La connexion à %1 a été perdue (%2) ; rien n'a été modifié. Summit Brief se reconnecte automatiquement.</translation>
    </message>
    <message>
        <source>%1 refused the change: your account may read this summit but not change it (%2). Ask its administrator for the summit_editor role.</source>
        <translation>Modification refusée par %1 : votre compte peut lire ce sommet mais pas le modifier (%2). Demandez à son administrateur le rôle summit_editor.</translation>
    </message>
    <message>
        <source>%1 was opened for reading only; nothing was changed.</source>
        <translation>Connexion à %1 ouverte en lecture seule ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>A colleague's change on %1 got in the way (%2); nothing was changed. Try again.</source>
        <translation>Une modification faite par un collègue sur %1 est entrée en conflit avec la vôtre (%2) ; rien n'a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The server of %1 is out of space or memory (%2); nothing was changed.</source>
        <translation>Le serveur (%1) manque d'espace ou de mémoire (%2) ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>The connection to %1 is lost; nothing was changed. Summit Brief reconnects by itself.</source>
        <translation>La connexion à %1 est perdue ; rien n'a été modifié. Summit Brief se reconnecte automatiquement.</translation>
    </message>
    <message>
        <source>nothing more is written to it</source>
        <translation>plus rien n'y est écrit</translation>
    </message>
    <message>
        <source>the team database</source>
        <translation>la base d'équipe</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>%1 is locked by another program (%2); try again when it has finished with the file.</source>
        <translation>%1 est verrouillé par un autre programme (%2) ; réessayez quand celui-ci aura fini d'utiliser le fichier.</translation>
    </message>
    <message>
        <source>%1 or its folder is read-only (%2); nothing was changed. Make it writable or copy it to a folder you can write to.</source>
        <translation>%1 ou son dossier est en lecture seule (%2) ; rien n'a été modifié. Rendez-le accessible en écriture ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>No backup of it was found beside it (%1.backup-v*.db): restore it from your own copies.</source>
        <translation>Aucune sauvegarde n'a été trouvée à côté du fichier (%1.backup-v*.db) : restaurez-le à partir de vos propres copies.</translation>
    </message>
    <message>
        <source>Its backups beside it, newest first: %1.</source>
        <translation>Ses sauvegardes, à côté du fichier, de la plus récente à la plus ancienne : %1.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); Summit Brief will not write to it. Keep a copy of it as it is, then restore the file. %3</source>
        <translation>%1 est endommagé (%2) ; Summit Brief n'y écrira pas. Conservez-en une copie en l'état, puis restaurez le fichier. %3</translation>
    </message>
    <message>
        <source>The new row's id was not returned.</source>
        <translation>L'identifiant de la nouvelle ligne n'a pas été renvoyé.</translation>
    </message>
    <message>
        <source>%1 asks for a password: type it in the window, or set it in ~/.pgpass or PGPASSWORD (the commands read it there).</source>
        <translation>%1 demande un mot de passe : saisissez-le dans la fenêtre, ou indiquez-le dans ~/.pgpass ou PGPASSWORD (les commandes l'y lisent).</translation>
    </message>
    <message>
        <source>%1 refused the password for %2.</source>
        <translation>%1 a refusé le mot de passe de %2.</translation>
    </message>
    <message>
        <source>%1: the server has no database %2. Ask its administrator to create it (CREATE DATABASE), then connect again.</source>
        <translation>%1 : le serveur n'a pas de base %2. Demandez à son administrateur de la créer (CREATE DATABASE), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1: the server knows no user %2 (%3).</source>
        <translation>%1 : le serveur ne connaît pas l'utilisateur %2 (%3).</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2).</source>
        <translation>%1 a refusé la connexion (%2).</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the host and port, and that the server is running.</source>
        <translation>Impossible de joindre %1 (%2). Vérifiez l'hôte et le port, et que le serveur est en marche.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Soulevée</translation>
    </message>
    <message>
        <source>In negotiation</source>
        <translation>En négociation</translation>
    </message>
    <message>
        <source>Converging</source>
        <translation>En voie d'accord</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agréée</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>StatusReasonDialog</name>
    <message>
        <source>Change status of %1</source>
        <translation>Changer le statut de %1</translation>
    </message>
    <message numerus="yes">
        <source>Change status of %n issue(s)</source>
        <translation>
            <numerusform>Changer le statut de %n question</numerusform>
            <numerusform>Changer le statut de %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Why, in a line (kept in the history)</source>
        <translation>Pourquoi, en une ligne (conservé dans l'historique)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: already %2</source>
        <translation>%1 : déjà %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1 ; et %n autre</numerusform>
            <numerusform>%1 ; et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is needed: the history keeps it with the change.</source>
        <translation>Un motif est obligatoire : l'historique le conserve avec le changement.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s):</source>
        <translation>
            <numerusform>%n question :</numerusform>
            <numerusform>%n questions :</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded as:</source>
        <translation>Enregistré au nom de :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A pack export needs a format.</source>
        <translation>Un export de dossier de sommet doit avoir un format.</translation>
    </message>
    <message>
        <source>Could not start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Impossible d'enregistrer la modification</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable or does not exist.</source>
        <translation>Impossible de créer %1 : le dossier n'est pas accessible en écriture ou n'existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2 is read-only. Make it writable or copy the file to a folder you can write to; forecast, export and pack can still read it.</source>
        <translation>%1 ne peut pas être modifié : %2 est en lecture seule. Rendez-le accessible en écriture ou copiez le fichier dans un dossier où vous pouvez écrire ; la prévision, l'export et le dossier de sommet (forecast, export, pack) peuvent toujours le lire.</translation>
    </message>
    <message>
        <source>its folder</source>
        <translation>son dossier</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d'ouvrir %1</translation>
    </message>
    <message>
        <source>No team database is open.</source>
        <translation>Aucune base d'équipe n'est ouverte.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Summit Brief database: %2</source>
        <translation>%1 ne peut pas être lu comme une base Summit Brief : %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Summit Brief database.</source>
        <translation>%1 est une base SQLite d'un autre programme, pas une base Summit Brief.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Summit Brief (database version %2; this version reads up to %3). Open it with the newer version; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Summit Brief (version de base %2 ; cette version lit jusqu'à la %3). Ouvrez-le avec la version plus récente ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>contrôle d'intégrité : %1</translation>
    </message>
    <message>
        <source>%1 is at database version %2, older than this command reads without upgrading it (%3): open this file once with the app (or run a write command) to upgrade it.</source>
        <translation>%1 est à la version de base %2, plus ancienne que ce que cette commande lit sans mise à niveau (%3) : ouvrez une fois ce fichier avec l'application (ou lancez une commande d'écriture) pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left as it was: %2</source>
        <translation>Impossible de sauvegarder %1 avant sa mise à niveau, qui a donc été laissé en l'état : %2</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Migration %1 manquante</translation>
    </message>
    <message>
        <source>Upgrading to database version %1 failed: %2</source>
        <translation>La mise à niveau vers la version de base %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Impossible d'ouvrir %1 : le pilote PostgreSQL de Qt n'est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 is at database version %2 and must be upgraded to %3 by an account that may change it (its owner); yours may only read it.</source>
        <translation>%1 est à la version de base %2 et doit être mis à niveau vers la %3 par un compte autorisé à le modifier (son propriétaire) ; le vôtre ne peut que le lire.</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Summit Brief summit; nothing was changed. Use an empty database for a new summit.</source>
        <translation>%1 contient les tables d'un autre programme, pas un sommet Summit Brief ; rien n'a été modifié. Utilisez une base vide pour un nouveau sommet.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Summit Brief (database version %2; this version reads up to %3). Open it with the newer version; the database was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Summit Brief (version de base %2 ; cette version lit jusqu'à la %3). Ouvrez-le avec la version plus récente ; la base n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is at database version %2 and needs upgrading to %3, which only its owner may do; nothing was changed.</source>
        <translation>%1 est à la version de base %2 et doit être mis à niveau vers la %3, ce que seul son propriétaire peut faire ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Upgrading %1 to database version %2 failed, and it was left at version %3: %4</source>
        <translation>La mise à niveau de %1 vers la version de base %2 a échoué ; il est resté à la version %3 : %4</translation>
    </message>
    <message>
        <source>%1 is empty, and your account may not create a summit's tables in it. Ask its administrator to make you its owner, or to create the summit with the owner's account.</source>
        <translation>%1 est vide, et votre compte n'est pas autorisé à y créer les tables d'un sommet. Demandez à son administrateur de vous en faire le propriétaire, ou de créer le sommet avec le compte du propriétaire.</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>%1 is not a Summit Brief database.</source>
        <translation>%1 n'est pas une base Summit Brief.</translation>
    </message>
    <message>
        <source>The %1 is %2 characters; the limit is %3.</source>
        <translation>Le champ « %1 » compte %2 caractères ; la limite est de %3.</translation>
    </message>
    <message>
        <source>An actor needs a name.</source>
        <translation>Un acteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>actor's name</source>
        <translation>nom de l'acteur</translation>
    </message>
    <message>
        <source>actor's role</source>
        <translation>fonction de l'acteur</translation>
    </message>
    <message>
        <source>biography</source>
        <translation>biographie</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>%1 needs a bloc.</source>
        <translation>%1 doit avoir un bloc.</translation>
    </message>
    <message>
        <source>bloc's name</source>
        <translation>nom du bloc</translation>
    </message>
    <message>
        <source>Unknown kind of actor "%1" for %2.</source>
        <translation>Type d'acteur « %1 » inconnu pour %2.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>lines to take</source>
        <translation>éléments de langage</translation>
    </message>
    <message>
        <source>defensive lines</source>
        <translation>éléments défensifs</translation>
    </message>
    <message>
        <source>background</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>label of position 0</source>
        <translation>libellé de la position 0</translation>
    </message>
    <message>
        <source>label of position 100</source>
        <translation>libellé de la position 100</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name of who changed the status</source>
        <translation>nom de l'auteur du changement de statut</translation>
    </message>
    <message>
        <source>reason for the status change</source>
        <translation>motif du changement de statut</translation>
    </message>
    <message>
        <source>An issue's title cannot be empty.</source>
        <translation>Le titre d'une question ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Unknown priority %1.</source>
        <translation>Priorité %1 inconnue.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Statut %1 inconnu.</translation>
    </message>
    <message>
        <source>Unknown likelihood "%1"; expected certain, might or unlikely.</source>
        <translation>Probabilité « %1 » inconnue ; valeurs attendues : certain, might ou unlikely.</translation>
    </message>
    <message>
        <source>A status change of %1 needs a reason; nothing was changed.</source>
        <translation>Un changement de statut de %1 doit avoir un motif ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>A status change of %1 needs the name of who made it; nothing was changed.</source>
        <translation>Un changement de statut de %1 doit indiquer le nom de son auteur ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 100, not %2.</source>
        <translation>%1 : la valeur doit être comprise entre 0 et 100, et non %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Summit Brief database.</source>
        <translation>%1 est vide : ce n'est pas une base Summit Brief.</translation>
    </message>
    <message>
        <source>%1 is not a Summit Brief database (it is not an SQLite file).</source>
        <translation>%1 n'est pas une base Summit Brief (ce n'est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>%1 is truncated: its SQLite header is incomplete.</source>
        <translation>%1 est tronqué : son en-tête SQLite est incomplet.</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes of the %3 its header announces.</source>
        <translation>%1 est tronqué : il contient %2 octets sur les %3 qu'annonce son en-tête.</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded: issue codes must now differ by more than upper and lower case, and these do: %2. Rename or remove all but one of each with the version of Summit Brief that wrote it, then open it again; it was not changed.</source>
        <translation>%1 ne peut pas être mis à niveau : les codes de question doivent désormais différer autrement que par les majuscules et minuscules, ce qui n'est pas le cas de ceux-ci : %2. Avec la version de Summit Brief qui a écrit le fichier, renommez ou supprimez-les pour n'en garder qu'un de chaque, puis rouvrez-le ; il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>la ligne %2 de %1 renvoie à une ligne absente de %3</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded, and was left as it was: %2.</source>
        <translation>%1 ne peut pas être mis à niveau et a été laissé en l'état : %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>source of the decision rule</source>
        <translation>source de la règle de décision</translation>
    </message>
    <message>
        <source>Unknown decision rule "%1"; expected majority or consent.</source>
        <translation>Règle de décision « %1 » inconnue ; valeurs attendues : majority ou consent.</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>the database name is missing</source>
        <translation>le nom de la base est absent</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>no database was named</source>
        <translation>aucune base n'a été indiquée</translation>
    </message>
    <message>
        <source>%1 is not a valid team database address: write postgresql://USER@HOST:PORT/DBNAME (the port a number from 1 to 65535)</source>
        <translation>%1 n'est pas une adresse de base d'équipe valide : écrivez postgresql://UTILISATEUR@HÔTE:PORT/NOMBASE (le port est un nombre de 1 à 65535)</translation>
    </message>
    <message>
        <source>%1: the option %2=%3 is not understood (only sslmode is)</source>
        <translation>%1 : l'option %2=%3 n'est pas reconnue (seule sslmode l'est)</translation>
    </message>
    <message>
        <source>%1 names no database: write postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>%1 n'indique aucune base : écrivez postgresql://UTILISATEUR@HÔTE:PORT/NOMBASE</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>SummitCopy</name>
    <message>
        <source>Copying %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Cannot copy %1: it has no %2 column.</source>
        <translation>Impossible de copier %1 : la colonne %2 est absente.</translation>
    </message>
    <message>
        <source>Cannot open %1: the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Impossible d'ouvrir %1 : le pilote PostgreSQL de Qt n'est pas installé (paquet Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 holds tables of another program; nothing was copied. Copy into an empty database.</source>
        <translation>%1 contient les tables d'un autre programme ; rien n'a été copié. Copiez dans une base vide.</translation>
    </message>
    <message>
        <source>%1 already holds a summit; nothing was copied. Copy into an empty database.</source>
        <translation>%1 contient déjà un sommet ; rien n'a été copié. Copiez dans une base vide.</translation>
    </message>
    <message>
        <source>%1 is a folder; nothing was copied.</source>
        <translation>%1 est un dossier ; rien n'a été copié.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was copied. A copy never replaces a file: choose a new file name.</source>
        <translation>%1 existe déjà ; rien n'a été copié. Une copie ne remplace jamais un fichier : choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>SummitFile</name>
    <message numerus="yes">
        <source>at most %n characters</source>
        <translation>
            <numerusform>au plus %n caractère</numerusform>
            <numerusform>au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>The summit needs a name.</source>
        <translation>Le sommet doit avoir un nom.</translation>
    </message>
    <message>
        <source>The summit's name holds %1.</source>
        <translation>Le nom du sommet peut compter %1.</translation>
    </message>
    <message>
        <source>The place holds %1.</source>
        <translation>Le lieu peut compter %1.</translation>
    </message>
    <message>
        <source>Give both the first and the last day of the summit, or neither.</source>
        <translation>Indiquez le premier et le dernier jour du sommet, ou aucun des deux.</translation>
    </message>
    <message>
        <source>The summit cannot end (%1) before it starts (%2).</source>
        <translation>Le sommet ne peut pas se terminer (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>The classification marking holds %1.</source>
        <translation>La mention de classification peut compter %1.</translation>
    </message>
    <message>
        <source>Name our side's bloc, e.g. EU.</source>
        <translation>Indiquez le bloc de notre camp, par exemple UE.</translation>
    </message>
    <message>
        <source>Our side's bloc holds %1.</source>
        <translation>Le bloc de notre camp peut compter %1.</translation>
    </message>
    <message>
        <source>Name the counterpart's bloc, e.g. China.</source>
        <translation>Indiquez le bloc de l'interlocuteur, par exemple Chine.</translation>
    </message>
    <message>
        <source>The counterpart's bloc holds %1.</source>
        <translation>Le bloc de l'interlocuteur peut compter %1.</translation>
    </message>
    <message>
        <source>Our side and the counterpart are both "%1"; choose two different blocs.</source>
        <translation>Notre camp et l'interlocuteur sont tous deux « %1 » ; choisissez deux blocs différents.</translation>
    </message>
    <message>
        <source>%1 is a folder; nothing was written.</source>
        <translation>%1 est un dossier ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. A new summit never replaces a file: choose a new file name.</source>
        <translation>%1 existe déjà ; rien n'a été écrit. Un nouveau sommet ne remplace jamais un fichier : choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>%1 exists (left by an earlier attempt?); nothing was written.</source>
        <translation>%1 existe (laissé par une tentative précédente ?) ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>SummitFileController</name>
    <message>
        <source>Summit Brief database (*.db *.sqlite)</source>
        <translation>Base Summit Brief (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d'ouvrir la base</translation>
    </message>
    <message>
        <source>Cannot connect to the team database</source>
        <translation>Impossible de se connecter à la base d'équipe</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old file is at %1</source>
        <translation>La base a été mise à niveau ; une copie de l'ancien fichier se trouve dans %1</translation>
    </message>
    <message>
        <source>Team Database Password</source>
        <translation>Mot de passe de la base d'équipe</translation>
    </message>
    <message>
        <source>%1

Password for %2 on %3:</source>
        <translation>%1

Mot de passe de %2 sur %3 :</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name: a new database never replaces a file.</source>
        <translation>%1 existe déjà. Choisissez un autre nom de fichier : une nouvelle base ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the summit</source>
        <translation>Impossible de créer le sommet</translation>
    </message>
    <message>
        <source>Cannot write the demo</source>
        <translation>Impossible d'écrire la démo</translation>
    </message>
    <message>
        <source>New Summit</source>
        <translation>Nouveau sommet</translation>
    </message>
    <message>
        <source>Cannot read the summit's properties</source>
        <translation>Impossible de lire les propriétés du sommet</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>%1 (team database)</source>
        <translation>%1 (base d'équipe)</translation>
    </message>
    <message>
        <source>Your account can read this team database but not change it: ask its administrator for the editor role.</source>
        <translation>Votre compte peut lire cette base d'équipe mais pas la modifier : demandez le rôle de rédacteur à son administrateur.</translation>
    </message>
    <message>
        <source>The team database refuses changes from this connection.</source>
        <translation>La base d'équipe refuse les modifications venant de cette connexion.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written: to change the summit, make it writable or copy the file to a folder you can write to.</source>
        <translation>Le fichier ou son dossier n'est pas accessible en écriture : pour modifier le sommet, rendez-le accessible en écriture ou copiez le fichier dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The file was opened for reading only.</source>
        <translation>Le fichier a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Summit Brief</source>
        <translation>Summit Brief</translation>
    </message>
    <message>
        <source>%1 — Summit Brief</source>
        <translation>%1 — Summit Brief</translation>
    </message>
    <message>
        <source>%1 — %2 — Summit Brief</source>
        <translation>%1 — %2 — Summit Brief</translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
</context>
<context>
    <name>SummitHeader</name>
    <message>
        <source>Untitled summit</source>
        <translation>Sommet sans titre</translation>
    </message>
    <message>
        <source>No place or dates set</source>
        <translation>Ni lieu ni dates définis</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base ouverte</translation>
    </message>
    <message>
        <source>Open a database or the demo from the File menu.</source>
        <translation>Ouvrez une base ou la démo depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>starts today</source>
        <translation>commence aujourd'hui</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>ended yesterday</source>
        <translation>terminé hier</translation>
    </message>
    <message>
        <source>ended %1 days ago</source>
        <translation>terminé il y a %1 jours</translation>
    </message>
</context>
<context>
    <name>SummitTabs</name>
    <message>
        <source>Issues</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>One row per issue; Tab moves to the issue details, F6 to the filter</source>
        <translation>Une ligne par question ; Tab passe au détail de la question, F6 au filtre</translation>
    </message>
    <message>
        <source>Summit views</source>
        <translation>Vues du sommet</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Se connecter à une base d'équipe</translation>
    </message>
    <message>
        <source>A summit the whole delegation shares, kept on the team's PostgreSQL server.</source>
        <translation>Un sommet partagé par toute la délégation, conservé sur le serveur PostgreSQL de l'équipe.</translation>
    </message>
    <message>
        <source>e.g. eu_china_summit</source>
        <translation>p. ex. eu_china_summit</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Leave the password empty to use PGPASSWORD or your ~/.pgpass file; you are asked for it if the server wants one. A password is kept only while the app runs and is never saved.</source>
        <translation>Laissez le mot de passe vide pour utiliser PGPASSWORD ou votre fichier ~/.pgpass ; il vous sera demandé si le serveur en exige un. Le mot de passe n'est conservé que pendant l'exécution de l'application et n'est jamais enregistré.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Cannot connect: %1.</source>
        <translation>Connexion impossible : %1.</translation>
    </message>
</context>
<context>
    <name>TrackingController</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>The name recorded with your status changes</source>
        <translation>Le nom enregistré avec vos changements de statut</translation>
    </message>
    <message>
        <source>Set &amp;Status…</source>
        <translation>Définir le &amp;statut…</translation>
    </message>
    <message>
        <source>Set &amp;Priority…</source>
        <translation>Définir la &amp;priorité…</translation>
    </message>
    <message>
        <source>Set &amp;Owner…</source>
        <translation>Définir le r&amp;esponsable…</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;Supprimer une vue</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Connection to %1 lost: editing paused, reconnecting…</source>
        <translation>Connexion à %1 perdue : modification suspendue, reconnexion…</translation>
    </message>
    <message>
        <source>Reconnected to %1: editing resumed.</source>
        <translation>Reconnecté à %1 : modification reprise.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Name recorded with your status changes:</source>
        <translation>Nom enregistré avec vos changements de statut :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected issue(s), now all %1</source>
        <translation>
            <numerusform>%n question sélectionnée (actuellement « %1 »)</numerusform>
            <numerusform>les %n questions sélectionnées (toutes actuellement « %1 »)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected issue(s), now %1</source>
        <translation>
            <numerusform>%n question sélectionnée, actuellement %1</numerusform>
            <numerusform>les %n questions sélectionnées, actuellement %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Status of %1:</source>
        <translation>Statut pour %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%n selected issue(s) already %1; nothing changed.</source>
        <translation>
            <numerusform>%n question sélectionnée déjà au statut « %1 » ; aucun changement.</numerusform>
            <numerusform>%n questions sélectionnées déjà au statut « %1 » ; aucun changement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Priority</source>
        <translation>Définir la priorité</translation>
    </message>
    <message>
        <source>Priority of %1:</source>
        <translation>Priorité pour %1 :</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>aucun responsable</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n selected issue(s):</source>
        <translation>
            <numerusform>Responsable de %n question sélectionnée :</numerusform>
            <numerusform>Responsable des %n questions sélectionnées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner of %1:</source>
        <translation>Responsable pour %1 :</translation>
    </message>
    <message>
        <source>Set Owner</source>
        <translation>Définir le responsable</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>Replace View</source>
        <translation>Remplacer la vue</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>Une vue nommée « %1 » existe déjà. La remplacer ?</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Each status change records who made it. Your name is asked once and kept; Edit &gt; Your Name changes it.</source>
        <translation>Chaque changement de statut enregistre son auteur. Votre nom n'est demandé qu'une fois puis conservé ; Édition &gt; Votre nom permet de le modifier.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Summit Brief</source>
        <translation>Bienvenue dans Summit Brief</translation>
    </message>
    <message>
        <source>Summit Brief keeps a delegation's negotiation issues, every actor's position on them and each issue's status history, and prints the briefing pack. Open a summit to begin.</source>
        <translation>Summit Brief tient à jour les questions en négociation d'une délégation, la position de chaque acteur sur celles-ci et l'historique du statut de chaque question, et imprime le dossier de sommet. Ouvrez un sommet pour commencer.</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Summit</source>
        <translation>Ouvrir le sommet de &amp;démonstration</translation>
    </message>
    <message>
        <source>The EU–China summit in Beijing, July 2025, with its issues, actors and positions: a safe place to try everything</source>
        <translation>Le sommet UE–Chine de Pékin, juillet 2025, avec ses questions, ses acteurs et leurs positions : de quoi tout essayer sans risque</translation>
    </message>
    <message>
        <source>Start a &amp;New Summit…</source>
        <translation>Créer un &amp;nouveau sommet…</translation>
    </message>
    <message>
        <source>A new file for your own summit: its name, place, dates and the two sides compared</source>
        <translation>Un nouveau fichier pour votre sommet : son nom, son lieu, ses dates et les deux camps comparés</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>A Summit Brief database on this computer or a shared folder</source>
        <translation>Une base de données Summit Brief sur cet ordinateur ou dans un dossier partagé</translation>
    </message>
    <message>
        <source>Connect to a &amp;Team Database…</source>
        <translation>Se connecter à une base d'é&amp;quipe…</translation>
    </message>
    <message>
        <source>A summit your delegation shares on a PostgreSQL server</source>
        <translation>Un sommet que votre délégation partage sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Recent summits</source>
        <translation>Sommets &amp;récents</translation>
    </message>
    <message>
        <source>Recent summits</source>
        <translation>Sommets récents</translation>
    </message>
    <message>
        <source>The files and team databases opened lately; Enter or a click opens one</source>
        <translation>Les fichiers et bases d'équipe ouverts récemment ; Entrée ou un clic en ouvre un</translation>
    </message>
    <message>
        <source>No summit opened yet.</source>
        <translation>Aucun sommet ouvert pour l'instant.</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base d'équipe</translation>
    </message>
</context>
</TS>