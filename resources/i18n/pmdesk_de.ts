<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About pmdesk</source>
        <translation>Über pmdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;pmdesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;pmdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Write incident postmortems, keep every incident in one searchable library, and hand polished Word documents to leadership.</source>
        <translation>Postmortems zu Vorfällen schreiben, alle Vorfälle in einer durchsuchbaren Bibliothek sammeln und der Leitung ansprechende Word-Dokumente übergeben.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothek:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>{error}

Your work is saved. Details are in the log folder:
{folder}</source>
        <translation>{error}

Ihre Arbeit ist gespeichert. Einzelheiten stehen im Protokollordner:
{folder}</translation>
    </message>
    <message>
        <source>Cannot open the team library.

{error}</source>
        <translation>Die Team-Bibliothek kann nicht geöffnet werden.

{error}</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>Die Bibliothek kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>{error}

The file has been left exactly as it is:
{file}</source>
        <translation>{error}

Die Datei wurde genau so belassen, wie sie ist:
{file}</translation>
    </message>
    <message>
        <source>

Another pmdesk has it open. Close it, then start pmdesk again to open the newest backup ({backup}).</source>
        <translation>

Ein anderes pmdesk hat sie geöffnet. Schließen Sie es und starten Sie pmdesk erneut, um die neueste Sicherung ({backup}) zu öffnen.</translation>
    </message>
    <message>
        <source>

There is no backup of it yet.</source>
        <translation>

Von ihr gibt es noch keine Sicherung.</translation>
    </message>
    <message>
        <source>

The newest backup is {backup}. Open it instead? The damaged file will be kept beside it, renamed.</source>
        <translation>

Die neueste Sicherung ist {backup}. Stattdessen diese öffnen? Die beschädigte Datei bleibt umbenannt daneben erhalten.</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cannot open the library {library}.

{error}</source>
        <translation>Die Bibliothek {library} kann nicht geöffnet werden.

{error}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Could not save your changes: {error}</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>For example: Checkout outage after the product launch</source>
        <translation>Zum Beispiel: Ausfall der Kasse nach dem Produktstart</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What happened, for someone who was not there.</source>
        <translation>Was passiert ist – für jemanden, der nicht dabei war.</translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation>&amp;Einleitung:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Times on every page are shown in this zone.</source>
        <translation>Alle Seiten zeigen Zeiten in dieser Zone.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitz&amp;one:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Affected se&amp;rvices:</source>
        <translation>Betroffene &amp;Dienste:</translation>
    </message>
    <message>
        <source>Checkout, Search — separate with commas</source>
        <translation>Kasse, Suche – durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Aut&amp;hors:</source>
        <translation>A&amp;utoren:</translation>
    </message>
    <message>
        <source>Your name, and anyone who wrote it with you</source>
        <translation>Ihr Name und alle, die mit Ihnen daran geschrieben haben</translation>
    </message>
    <message>
        <source>Tag&amp;s:</source>
        <translation>Schlagw&amp;örter:</translation>
    </message>
    <message>
        <source>database, traffic — words to find it by later</source>
        <translation>Datenbank, Verkehr – Wörter, um es später wiederzufinden</translation>
    </message>
</context>
<context>
    <name>CalendarLineEdit</name>
    <message>
        <source>Pick on a calendar</source>
        <translation>Im Kalender wählen</translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Datum im Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Give the postmortem a title.</source>
        <translation>Geben Sie dem Postmortem einen Titel.</translation>
    </message>
    <message>
        <source>When did the incident start?</source>
        <translation>Wann hat der Vorfall begonnen?</translation>
    </message>
    <message>
        <source>When was the incident over?</source>
        <translation>Wann war der Vorfall vorbei?</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>Detection is before the start.</source>
        <translation>Die Erkennung liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>Detection is after the end.</source>
        <translation>Die Erkennung liegt nach dem Ende.</translation>
    </message>
    <message>
        <source>Say who or what was affected, and how.</source>
        <translation>Sagen Sie, wer oder was betroffen war und wie.</translation>
    </message>
    <message>
        <source>Name the root cause in a sentence or two.</source>
        <translation>Nennen Sie die Ursache in ein, zwei Sätzen.</translation>
    </message>
    <message>
        <source>Add what happened, moment by moment.</source>
        <translation>Halten Sie fest, was Schritt für Schritt passiert ist.</translation>
    </message>
    <message>
        <source>This event has no text.</source>
        <translation>Dieses Ereignis hat keinen Text.</translation>
    </message>
    <message>
        <source>This event is long before the incident started; check its date.</source>
        <translation>Dieses Ereignis liegt lange vor dem Beginn des Vorfalls; prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>This event is long after the incident ended; check its date.</source>
        <translation>Dieses Ereignis liegt lange nach dem Ende des Vorfalls; prüfen Sie das Datum.</translation>
    </message>
    <message>
        <source>Who owns this task?</source>
        <translation>Wer ist für diese Aufgabe verantwortlich?</translation>
    </message>
    <message>
        <source>When is this task due?</source>
        <translation>Wann ist diese Aufgabe fällig?</translation>
    </message>
    <message>
        <source>Who owns this task, and when is it due?</source>
        <translation>Wer ist für diese Aufgabe verantwortlich, und wann ist sie fällig?</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Sagen Sie, was zu tun ist.</translation>
    </message>
    <message>
        <source>Say what is to be done, and who will do it.</source>
        <translation>Sagen Sie, was zu tun ist und wer es tut.</translation>
    </message>
    <message>
        <source>Say what is to be done, and by when.</source>
        <translation>Sagen Sie, was zu tun ist und bis wann.</translation>
    </message>
    <message>
        <source>Say what is to be done, who will do it and by when.</source>
        <translation>Sagen Sie, was zu tun ist, wer es tut und bis wann.</translation>
    </message>
    <message>
        <source>This task is past its due date.</source>
        <translation>Diese Aufgabe ist überfällig.</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Keep my version</source>
        <translation>Meine Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>Save what you see here over the other window&apos;s changes</source>
        <translation>Das hier Gezeigte über die Änderungen des anderen Fensters speichern</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Andere Fassung verwenden</translation>
    </message>
    <message>
        <source>Show what the other window saved; your unsaved changes here are discarded</source>
        <translation>Zeigen, was das andere Fenster gespeichert hat; Ihre ungespeicherten Änderungen hier werden verworfen</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>In einem anderen Fenster geändert</translation>
    </message>
    <message>
        <source>{message} Your changes here are not saved yet: keep your version, or use the one saved there.</source>
        <translation>{message} Ihre Änderungen hier sind noch nicht gespeichert: Behalten Sie Ihre Fassung oder verwenden Sie die dort gespeicherte.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>mean time to detect, last 12 months</source>
        <translation>mittlere Zeit bis zur Erkennung, letzte 12 Monate</translation>
    </message>
    <message>
        <source>mean time to resolve, last 12 months</source>
        <translation>mittlere Zeit bis zur Behebung, letzte 12 Monate</translation>
    </message>
    <message>
        <source>of follow-up tasks done</source>
        <translation>der Folgeaufgaben erledigt</translation>
    </message>
    <message>
        <source>Incidents per month (last 24 months)</source>
        <translation>Vorfälle pro Monat (letzte 24 Monate)</translation>
    </message>
    <message>
        <source>Incidents by severity (all time)</source>
        <translation>Vorfälle nach Schweregrad (gesamt)</translation>
    </message>
    <message>
        <source>No incident started in the last 24 months. Older ones are in the Library tab.</source>
        <translation>In den letzten 24 Monaten hat kein Vorfall begonnen. Ältere finden Sie im Reiter Bibliothek.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>{EXAMPLE_DAY} or next friday</source>
        <translation>{EXAMPLE_DAY} oder „next friday“</translation>
    </message>
    <message>
        <source>Type a date (2023-11-15, Nov 15, 2023) or words: next friday, in 2 weeks, end of month. Alt+Down opens a calendar.</source>
        <translation>Geben Sie ein Datum ein (2023-11-15, 15. Nov. 2023) oder Wörter (auf Englisch): next friday, in 2 weeks, end of month. Alt+Pfeil nach unten öffnet einen Kalender.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{EXAMPLE_WHEN}  (or just 10:30 on the same day)</source>
        <translation>{EXAMPLE_WHEN}  (oder einfach 10:30 am selben Tag)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>{problem} (Still saved: {kept}.)</source>
        <translation>{problem} (Weiterhin gespeichert: {kept}.)</translation>
    </message>
    <message>
        <source>{day} 10:30  (or just 10:30 on the same day)</source>
        <translation>{day} 10:30  (oder einfach 10:30 am selben Tag)</translation>
    </message>
</context>
<context>
    <name>EditNames</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>Warum es passiert ist</translation>
    </message>
    <message>
        <source>How it was fixed</source>
        <translation>Wie es behoben wurde</translation>
    </message>
    <message>
        <source>What can be improved</source>
        <translation>Was verbessert werden kann</translation>
    </message>
    <message>
        <source>Analogy</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>an event with no text</source>
        <translation>ein Ereignis ohne Text</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>change to {label}</source>
        <translation>Änderung an {label}</translation>
    </message>
    <message>
        <source>changed {label} {times}</source>
        <translation>{label} geändert {times}</translation>
    </message>
    <message>
        <source>changed {label}</source>
        <translation>{label} geändert</translation>
    </message>
    <message>
        <source>new event {name}</source>
        <translation>neues Ereignis {name}</translation>
    </message>
    <message>
        <source>added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <source>addition of {n} events</source>
        <translation>Hinzufügen von {n} Ereignissen</translation>
    </message>
    <message>
        <source>added {n} events</source>
        <translation>{n} Ereignisse hinzugefügt</translation>
    </message>
    <message>
        <source>removal of {name}</source>
        <translation>Entfernen von {name}</translation>
    </message>
    <message>
        <source>removed {name}</source>
        <translation>{name} entfernt</translation>
    </message>
    <message>
        <source>removal of {n} events</source>
        <translation>Entfernen von {n} Ereignissen</translation>
    </message>
    <message>
        <source>removed {n} events</source>
        <translation>{n} Ereignisse entfernt</translation>
    </message>
    <message>
        <source>move of {n} events</source>
        <translation>Verschieben von {n} Ereignissen</translation>
    </message>
    <message>
        <source>moved {n} events</source>
        <translation>{n} Ereignisse verschoben</translation>
    </message>
    <message>
        <source>change to {n} events</source>
        <translation>Änderung an {n} Ereignissen</translation>
    </message>
    <message>
        <source>changed {n} events</source>
        <translation>{n} Ereignisse geändert</translation>
    </message>
    <message>
        <source>move of {name}</source>
        <translation>Verschieben von {name}</translation>
    </message>
    <message>
        <source>moved {name} {times}</source>
        <translation>{name} verschoben {times}</translation>
    </message>
    <message>
        <source>change to the kind of {name}</source>
        <translation>Änderung der Art von {name}</translation>
    </message>
    <message>
        <source>changed the kind of {name} to {kind}</source>
        <translation>Art von {name} in {kind} geändert</translation>
    </message>
    <message>
        <source>change to the text of {name}</source>
        <translation>Änderung des Texts von {name}</translation>
    </message>
    <message>
        <source>changed the text of {name}</source>
        <translation>Text von {name} geändert</translation>
    </message>
    <message>
        <source>change to {name}</source>
        <translation>Änderung an {name}</translation>
    </message>
    <message>
        <source>changed {name}</source>
        <translation>{name} geändert</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>eine Aufgabe</translation>
    </message>
    <message>
        <source>new task</source>
        <translation>neue Aufgabe</translation>
    </message>
    <message>
        <source>addition of {n} tasks</source>
        <translation>Hinzufügen von {n} Aufgaben</translation>
    </message>
    <message>
        <source>added {n} tasks</source>
        <translation>{n} Aufgaben hinzugefügt</translation>
    </message>
    <message>
        <source>removal of {n} tasks</source>
        <translation>Entfernen von {n} Aufgaben</translation>
    </message>
    <message>
        <source>removed {n} tasks</source>
        <translation>{n} Aufgaben entfernt</translation>
    </message>
    <message>
        <source>a new task</source>
        <translation>eine neue Aufgabe</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>change to the {part} of {name}</source>
        <translation>Änderung an {part} von {name}</translation>
    </message>
    <message>
        <source>changed the {part} of {name}</source>
        <translation>{part} von {name} geändert</translation>
    </message>
    <message>
        <source>new order of the tasks</source>
        <translation>neue Reihenfolge der Aufgaben</translation>
    </message>
    <message>
        <source>reordered the tasks</source>
        <translation>Aufgaben neu geordnet</translation>
    </message>
    <message>
        <source>change to the tasks</source>
        <translation>Änderung an den Aufgaben</translation>
    </message>
    <message>
        <source>changed the tasks</source>
        <translation>Aufgaben geändert</translation>
    </message>
</context>
<context>
    <name>EditorCalendar</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>EditorChoices</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>EditorConflictBar</name>
    <message>
        <source>Changed in another window</source>
        <translation>In einem anderen Fenster geändert</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Fassung behalten</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>EditorDatetimeField</name>
    <message>
        <source>Type a date and time (2024-03-13 22:40), a time alone (00:45: after midnight it is the next day), or words: Wed 00:45, yesterday 14:00, last night 10:40pm, +15 min (after the start). Alt+Down opens a calendar.</source>
        <translation>Geben Sie Datum und Uhrzeit ein (2024-03-13 22:40), nur eine Uhrzeit (00:45: nach Mitternacht ist es der nächste Tag) oder Wörter (auf Englisch): Wed 00:45, yesterday 14:00, last night 10:40pm, +15 min (nach dem Beginn). Alt+Pfeil nach unten öffnet einen Kalender.</translation>
    </message>
</context>
<context>
    <name>EditorEventsTable</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>{reason}

Nothing was written. Choose another folder or file name and try again.</source>
        <translation>{reason}

Es wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder Dateinamen und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>EditorExports</name>
    <message>
        <source>Exporting the postmortem…</source>
        <translation>Das Postmortem wird exportiert …</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Exported to {name} in {parent}.</source>
        <translation>Exportiert als {name} in {parent}.</translation>
    </message>
</context>
<context>
    <name>EditorFigures</name>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to escalate</source>
        <translation>Zeit bis zur Eskalation</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
</context>
<context>
    <name>EditorPageNarrative</name>
    <message>
        <source>&amp;Why it happened:</source>
        <translation>&amp;Warum es passiert ist:</translation>
    </message>
    <message>
        <source>The chain of causes, in plain words: what happened first, what that led to.</source>
        <translation>Die Kette der Ursachen in einfachen Worten: was zuerst geschah und wozu es führte.</translation>
    </message>
    <message>
        <source>&amp;How it was fixed:</source>
        <translation>&amp;Wie es behoben wurde:</translation>
    </message>
    <message>
        <source>What stopped the impact, and what was done afterwards.</source>
        <translation>Was die Auswirkungen gestoppt hat und was danach getan wurde.</translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation>&amp;Fazit:</translation>
    </message>
    <message>
        <source>What the team takes away from this incident.</source>
        <translation>Was das Team aus diesem Vorfall mitnimmt.</translation>
    </message>
</context>
<context>
    <name>EditorPageTimeline</name>
    <message>
        <source>{lines} and {n} more</source>
        <translation>{lines} und {n} weitere</translation>
    </message>
    <message>
        <source>1 pasted line has no time and was not added: {lines}. Put a time in front (10:30 …) and paste again.</source>
        <translation>1 eingefügte Zeile hat keine Uhrzeit und wurde nicht hinzugefügt: {lines}. Setzen Sie eine Uhrzeit davor (10:30 …) und fügen Sie erneut ein.</translation>
    </message>
    <message>
        <source>{n} pasted lines have no time and were not added: {lines}. Put a time in front (10:30 …) and paste again.</source>
        <translation>{n} eingefügte Zeilen haben keine Uhrzeit und wurden nicht hinzugefügt: {lines}. Setzen Sie eine Uhrzeit davor (10:30 …) und fügen Sie erneut ein.</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Zeitleisten-Diagramm</translation>
    </message>
</context>
<context>
    <name>EditorReviewRender</name>
    <message>
        <source>*This preview shows the first {shown} of {n} events; the exported documents have all of them.*</source>
        <translation>*Diese Vorschau zeigt die ersten {shown} von {n} Ereignissen; die exportierten Dokumente enthalten alle.*</translation>
    </message>
    <message>
        <source>Show {n} more</source>
        <translation>{n} weitere zeigen</translation>
    </message>
    <message>
        <source>could not be drawn: the log says why</source>
        <translation>konnte nicht gezeichnet werden: das Protokoll nennt den Grund</translation>
    </message>
    <message>
        <source>appears here once there are events</source>
        <translation>erscheint hier, sobald es Ereignisse gibt</translation>
    </message>
    <message>
        <source>[The timeline chart {why}.]</source>
        <translation>[Das Zeitleisten-Diagramm {why}.]</translation>
    </message>
    <message>
        <source>Write a short introduction.</source>
        <translation>Schreiben Sie eine kurze Einleitung.</translation>
    </message>
    <message>
        <source>Explain why it happened and how it was fixed.</source>
        <translation>Erklären Sie, warum es passiert ist und wie es behoben wurde.</translation>
    </message>
    <message>
        <source>Say what will change: improvements or tasks.</source>
        <translation>Sagen Sie, was sich ändern wird: Verbesserungen oder Aufgaben.</translation>
    </message>
    <message>
        <source>Write a short conclusion.</source>
        <translation>Schreiben Sie ein kurzes Fazit.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
</context>
<context>
    <name>EditorSteps</name>
    <message>
        <source>needs attention</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>EditorTasksTable</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Vorherige Seite (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Nächste Seite (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Also editing</source>
        <translation>Ebenfalls in Bearbeitung</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the full &amp;report (Word)…</source>
        <translation>Vollständigen &amp;Bericht exportieren (Word) …</translation>
    </message>
    <message>
        <source>Export the leadership &amp;summary (Word)…</source>
        <translation>&amp;Zusammenfassung für die Leitung exportieren (Word) …</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;{number} {step}</source>
        <translation>&amp;{number} {step}</translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation>Alt+{number}</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation>&amp;Hilfe zu dieser Seite</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Next: review</source>
        <translation>&amp;Weiter: Durchsicht</translation>
    </message>
    <message>
        <source>{title} — pmdesk</source>
        <translation>{title} – pmdesk</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem ohne Titel</translation>
    </message>
    <message>
        <source>Also open by {names}</source>
        <translation>Ebenfalls geöffnet von {names}</translation>
    </message>
    <message>
        <source>Undid: {change}</source>
        <translation>Rückgängig gemacht: {change}</translation>
    </message>
    <message>
        <source>Redid: {change}</source>
        <translation>Wiederholt: {change}</translation>
    </message>
    <message>
        <source>Updated with changes someone else just saved.</source>
        <translation>Aktualisiert mit Änderungen, die gerade jemand anderes gespeichert hat.</translation>
    </message>
    <message>
        <source>Showing the version saved in the other window.</source>
        <translation>Die im anderen Fenster gespeicherte Fassung wird angezeigt.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Your last changes could not be saved to the library. Close anyway and lose them?</source>
        <translation>Ihre letzten Änderungen konnten nicht in der Bibliothek gespeichert werden. Trotzdem schließen und sie verlieren?</translation>
    </message>
</context>
<context>
    <name>EngagingPage</name>
    <message>
        <source>&amp;Analogy (optional):</source>
        <translation>&amp;Vergleich (optional):</translation>
    </message>
    <message>
        <source>A light-hearted picture of what it felt like, e.g. a traffic jam on a highway.</source>
        <translation>Ein humorvolles Bild davon, wie es sich angefühlt hat, z. B. ein Stau auf der Autobahn.</translation>
    </message>
    <message>
        <source>The analogy is left out of the Word export for leadership unless you choose to include it; the Markdown export keeps it.</source>
        <translation>Der Vergleich wird im Word-Export für die Leitung weggelassen, außer Sie nehmen ihn auf; der Markdown-Export behält ihn.</translation>
    </message>
    <message>
        <source>Timeline chart preview</source>
        <translation>Vorschau des Zeitleisten-Diagramms</translation>
    </message>
    <message>
        <source>Timeline chart (drawn from your timeline):</source>
        <translation>Zeitleisten-Diagramm (aus Ihrer Zeitleiste gezeichnet):</translation>
    </message>
    <message>
        <source>Add events on the Timeline page and the chart appears here.</source>
        <translation>Fügen Sie auf der Seite Zeitleiste Ereignisse hinzu, dann erscheint hier das Diagramm.</translation>
    </message>
    <message>
        <source>The chart could not be drawn (the log says why).</source>
        <translation>Das Diagramm konnte nicht gezeichnet werden (das Protokoll nennt den Grund).</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <source>Example from the sample postmortem</source>
        <translation>Beispiel aus dem Muster-Postmortem</translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation>Beispiel: {example}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Full &amp;report (Word)</source>
        <translation>Vollständiger &amp;Bericht (Word)</translation>
    </message>
    <message>
        <source>Leadership &amp;summary (Word, one page)</source>
        <translation>&amp;Zusammenfassung für die Leitung (Word, eine Seite)</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>The authors and the owner of each task. Names typed into the text itself (the timeline, the narrative) stay: change them there.</source>
        <translation>Die Autoren und die Verantwortlichen jeder Aufgabe. Namen, die im Text selbst stehen (Zeitleiste, Beschreibung), bleiben: Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Export — pmdesk</source>
        <translation>Exportieren – pmdesk</translation>
    </message>
    <message>
        <source>Export “{title}”.</source>
        <translation>„{title}“ exportieren.</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem ohne Titel</translation>
    </message>
    <message>
        <source>Export the selected incident to a file named after its title.</source>
        <translation>Den ausgewählten Vorfall in eine Datei exportieren, die nach seinem Titel benannt ist.</translation>
    </message>
    <message>
        <source>Export the {n} selected incidents, one file each, named after its title.</source>
        <translation>Die {n} ausgewählten Vorfälle exportieren, jeden in eine eigene Datei, benannt nach seinem Titel.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>The light-hearted &amp;analogy</source>
        <translation>Der humorvolle &amp;Vergleich</translation>
    </message>
    <message>
        <source>People&apos;s &amp;names (authors and task owners)</source>
        <translation>&amp;Namen von Personen (Autoren und Verantwortliche)</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation>Was exportieren:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Aufnehmen:</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>JSON keeps every field: it is for scripts and other tools.</source>
        <translation>JSON enthält jedes Feld: Es ist für Skripte und andere Werkzeuge gedacht.</translation>
    </message>
    <message>
        <source>Choose an existing folder to export into.</source>
        <translation>Wählen Sie einen vorhandenen Ordner für den Export.</translation>
    </message>
    <message>
        <source>Type a file name, or choose one with Browse.</source>
        <translation>Geben Sie einen Dateinamen ein oder wählen Sie einen mit Durchsuchen.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>Der Ordner {folder} existiert nicht; wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The name ends in {typed}, which is not {chosen}: end it in {suffix} or choose {other}.</source>
        <translation>Der Name endet auf {typed}, das ist nicht {chosen}: Lassen Sie ihn auf {suffix} enden oder wählen Sie {other}.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} existiert bereits in {parent}. Ersetzen?</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export postmortem</source>
        <translation>Postmortem exportieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Issue Summary</source>
        <translation>Zusammenfassung des Vorfalls</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Root Cause and Resolution</source>
        <translation>Ursache und Behebung</translation>
    </message>
    <message>
        <source>Corrective and Preventative Measures</source>
        <translation>Korrektur- und Vorbeugemaßnahmen</translation>
    </message>
    <message>
        <source>Making it Engaging</source>
        <translation>Anschaulich gemacht</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endfassung</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alarmiert</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Untersucht</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>Sackgasse</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Section {number}: {name}</source>
        <translation>Abschnitt {number}: {name}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Incident Timeline Chart</source>
        <translation>Diagramm der Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>To make this postmortem engaging, we&apos;ve prepared a visual representation of the incident timeline:</source>
        <translation>Damit dieses Postmortem anschaulich wird, haben wir die Zeitleiste des Vorfalls grafisch dargestellt:</translation>
    </message>
    <message>
        <source>Additionally, we&apos;d like to share a humorous take on our incident response:</source>
        <translation>Außerdem möchten wir einen humorvollen Blick auf unsere Reaktion auf den Vorfall teilen:</translation>
    </message>
    <message>
        <source>Here is a humorous take on our incident response:</source>
        <translation>Hier ist ein humorvoller Blick auf unsere Reaktion auf den Vorfall:</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Start Time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Detection Time</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>End Time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Root Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>What Can Be Improved</source>
        <translation>Was verbessert werden kann</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation>Postmortem ohne Titel</translation>
    </message>
    <message>
        <source>Issue summary</source>
        <translation>Zusammenfassung des Vorfalls</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Root cause and resolution</source>
        <translation>Ursache und Behebung</translation>
    </message>
    <message>
        <source>Corrective and preventative measures</source>
        <translation>Korrektur- und Vorbeugemaßnahmen</translation>
    </message>
    <message>
        <source>What can be improved</source>
        <translation>Was verbessert werden kann</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Making it engaging</source>
        <translation>Anschaulich gemacht</translation>
    </message>
    <message>
        <source>Figure 1. Incident timeline</source>
        <translation>Abbildung 1. Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time ({zone})</source>
        <translation>Zeit ({zone})</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Not yet resolved</source>
        <translation>Noch nicht behoben</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Leadership summary</source>
        <translation>Zusammenfassung für die Leitung</translation>
    </message>
    <message>
        <source>Severity: {severity}</source>
        <translation>Schweregrad: {severity}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>Prepared by {authors} on {date}</source>
        <translation>Erstellt von {authors} am {date}</translation>
    </message>
    <message>
        <source>Prepared on {date}</source>
        <translation>Erstellt am {date}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <source> of </source>
        <translation> von </translation>
    </message>
    <message>
        <source>Incident postmortem</source>
        <translation>Postmortem zum Vorfall</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <source>In other words: </source>
        <translation>Mit anderen Worten: </translation>
    </message>
    <message>
        <source>Root cause: </source>
        <translation>Ursache: </translation>
    </message>
    <message>
        <source>What happened: </source>
        <translation>Was passiert ist: </translation>
    </message>
    <message>
        <source>Resolution: </source>
        <translation>Behebung: </translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>und {n} weitere</translation>
    </message>
    <message>
        <source>… and {n} more statements in the full report.</source>
        <translation>… und {n} weitere Aussagen im vollständigen Bericht.</translation>
    </message>
    <message>
        <source>… and 1 more task ({open} open) in the full report.</source>
        <translation>… und 1 weitere Aufgabe ({open} offen) im vollständigen Bericht.</translation>
    </message>
    <message>
        <source>… and {n} more tasks ({open} open) in the full report.</source>
        <translation>… und {n} weitere Aufgaben ({open} offen) im vollständigen Bericht.</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>{caption}: {text}</source>
        <translation>{caption}: {text}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Words in any part of an incident, its events or tasks</source>
        <translation>Wörter aus einem beliebigen Teil eines Vorfalls, seinen Ereignissen oder Aufgaben</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Every section, with the timeline table and chart.</source>
        <translation>Alle Abschnitte, mit der Tabelle und dem Diagramm der Zeitleiste.</translation>
    </message>
    <message>
        <source>The figures, impact, cause and follow-up tasks on one page.</source>
        <translation>Die Kennzahlen, Auswirkungen, Ursache und Folgeaufgaben auf einer Seite.</translation>
    </message>
    <message>
        <source>For wikis and chat, in the sample&apos;s layout; the chart as a picture beside it.</source>
        <translation>Für Wikis und Chats, im Aufbau des Musters; das Diagramm als Bild daneben.</translation>
    </message>
    <message>
        <source>Every field as it is stored, for scripts and other tools.</source>
        <translation>Jedes Feld so, wie es gespeichert ist, für Skripte und andere Werkzeuge.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>pmdesk guide</source>
        <translation>pmdesk-Anleitung</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>Row {row}:</source>
        <translation>Zeile {row}:</translation>
    </message>
    <message>
        <source>“{phrase}”: {message}</source>
        <translation>„{phrase}“: {message}</translation>
    </message>
    <message>
        <source>Write “{rewrite}” instead of “{phrase}”</source>
        <translation>„{rewrite}“ statt „{phrase}“ schreiben</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import postmortems — pmdesk</source>
        <translation>Postmortems importieren – pmdesk</translation>
    </message>
    <message>
        <source>pmdesk read 1 file. Check what it found beside the file&apos;s text; if times or dates were read wrong, change how they are read. Nothing is saved until you press Import.</source>
        <translation>pmdesk hat 1 Datei gelesen. Prüfen Sie neben dem Text der Datei, was gefunden wurde; wurden Zeiten oder Daten falsch gelesen, ändern Sie, wie sie gelesen werden. Gespeichert wird erst, wenn Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>pmdesk read {n} files. Check what it found beside each file&apos;s text; if times or dates were read wrong, change how they are read. Nothing is saved until you press Import.</source>
        <translation>pmdesk hat {n} Dateien gelesen. Prüfen Sie neben dem Text jeder Datei, was gefunden wurde; wurden Zeiten oder Daten falsch gelesen, ändern Sie, wie sie gelesen werden. Gespeichert wird erst, wenn Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The file&apos;s text</source>
        <translation>Text der Datei</translation>
    </message>
    <message>
        <source>What pmdesk found</source>
        <translation>Was pmdesk gefunden hat</translation>
    </message>
    <message>
        <source>As the document says</source>
        <translation>Wie im Dokument angegeben</translation>
    </message>
    <message>
        <source>Dates such as 03-04-2021 are &amp;day first (3 April)</source>
        <translation>Daten wie 03-04-2021 haben den &amp;Tag zuerst (3. April)</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Times without a &amp;zone are in:</source>
        <translation>Zeiten ohne &amp;Zone liegen in:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>(no title found)</source>
        <translation>(kein Titel gefunden)</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>&amp;Import 1 postmortem</source>
        <translation>1 Postmortem &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import {n} postmortems</source>
        <translation>{n} Postmortems &amp;importieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;This file cannot be imported: {error}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Datei kann nicht importiert werden: {error}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Event text</source>
        <translation>Text des Ereignisses</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Another pmdesk window has this library open. You can work in both: every change is saved at once. Changes made there show in this library list when you refresh (F5). If both windows change the same part of an incident, pmdesk asks which version to keep instead of saving over the other.</source>
        <translation>Ein anderes pmdesk-Fenster hat diese Bibliothek geöffnet. Sie können in beiden arbeiten: Jede Änderung wird sofort gespeichert. Dort gemachte Änderungen erscheinen in dieser Liste, wenn Sie aktualisieren (F5). Ändern beide Fenster denselben Teil eines Vorfalls, fragt pmdesk, welche Fassung behalten werden soll, statt die andere zu überschreiben.</translation>
    </message>
</context>
<context>
    <name>IoErrors</name>
    <message>
        <source>you do not have permission to write there</source>
        <translation>Sie haben keine Berechtigung, dort zu schreiben</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>die Datei wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>Ihr Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>ein Ordner mit diesem Namen ist im Weg</translation>
    </message>
    <message>
        <source>the program reading it stopped</source>
        <translation>das lesende Programm wurde beendet</translation>
    </message>
    <message>
        <source>no program is reading from it</source>
        <translation>kein Programm liest daraus</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>eine Pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a disk device</source>
        <translation>ein Laufwerksgerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Sonderdatei</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is {what}, not a file.</source>
        <translation>{target} kann nicht geschrieben werden: Es ist {what}, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {value}.</source>
        <translation>{target} kann nicht geschrieben werden: {value}.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is a pipe that no program is reading from.</source>
        <translation>{target} kann nicht geschrieben werden: Es ist eine Pipe, aus der kein Programm liest.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it changed while pmdesk wrote it.</source>
        <translation>{target} kann nicht geschrieben werden: Es hat sich geändert, während pmdesk schrieb.</translation>
    </message>
    <message>
        <source>This Word file cannot be imported: {why}.</source>
        <translation>Diese Word-Datei kann nicht importiert werden: {why}.</translation>
    </message>
    <message>
        <source>This is not a Word document (.docx); save it from Word as .docx and try again.</source>
        <translation>Das ist kein Word-Dokument (.docx); speichern Sie es in Word als .docx und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is a zip file, not a Word document (.docx).</source>
        <translation>Das ist eine ZIP-Datei, kein Word-Dokument (.docx).</translation>
    </message>
    <message>
        <source>This is too long to be a postmortem (more than 512 KB of text): import only the postmortem itself.</source>
        <translation>Das ist zu lang für ein Postmortem (mehr als 512 KB Text): Importieren Sie nur das Postmortem selbst.</translation>
    </message>
    <message>
        <source>The Word template {template} is not a Word document pmdesk can use ({kind}).</source>
        <translation>Die Word-Vorlage {template} ist kein Word-Dokument, das pmdesk verwenden kann ({kind}).</translation>
    </message>
    <message>
        <source>The Word template {path} does not exist.</source>
        <translation>Die Word-Vorlage {path} existiert nicht.</translation>
    </message>
    <message>
        <source>It is larger than {size} MB, too large for a template.</source>
        <translation>Sie ist größer als {size} MB und damit zu groß für eine Vorlage.</translation>
    </message>
    <message>
        <source>The Word template {path} cannot be used. {exc}</source>
        <translation>Die Word-Vorlage {path} kann nicht verwendet werden. {exc}</translation>
    </message>
    <message>
        <source>The Word template {path} {exc}.</source>
        <translation>Die Word-Vorlage {path}: {exc}.</translation>
    </message>
    <message>
        <source>The Word template {path} is not a Word document (.docx or .dotx), or it is damaged.</source>
        <translation>Die Word-Vorlage {path} ist kein Word-Dokument (.docx oder .dotx) oder ist beschädigt.</translation>
    </message>
    <message>
        <source>{reason} Choose another template in Preferences.</source>
        <translation>{reason} Wählen Sie in den Einstellungen eine andere Vorlage.</translation>
    </message>
    <message>
        <source>This is a binary file, not a postmortem.</source>
        <translation>Das ist eine Binärdatei, kein Postmortem.</translation>
    </message>
    <message>
        <source>This is not UTF-8 text (byte {start}); save it as UTF-8 and try again.</source>
        <translation>Das ist kein UTF-8-Text (Byte {start}); speichern Sie ihn als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is not valid {value} text (byte {start}); save it as UTF-8 and try again.</source>
        <translation>Das ist kein gültiger {value}-Text (Byte {start}); speichern Sie ihn als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This file is larger than 20 MB; it is not a postmortem.</source>
        <translation>Diese Datei ist größer als 20 MB; sie ist kein Postmortem.</translation>
    </message>
    <message>
        <source>Unknown export format {fmt!r}.</source>
        <translation>Unbekanntes Exportformat {fmt!r}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: that is {role}, and writing there would destroy it. Choose another file name.</source>
        <translation>{path} kann nicht geschrieben werden: Das ist {role}, und Schreiben dorthin würde es zerstören. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>This is {role}, not a postmortem.</source>
        <translation>Das ist {role}, kein Postmortem.</translation>
    </message>
    <message>
        <source>{where}: expected a date and time as text, got {value}.</source>
        <translation>{where}: Datum und Uhrzeit als Text erwartet, erhalten: {value}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not an ISO 8601 date and time.</source>
        <translation>{where}: {value} ist kein Datum mit Uhrzeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>{where}: {value} has no UTC offset (add Z or +00:00).</source>
        <translation>{where}: {value} hat keinen UTC-Versatz (fügen Sie Z oder +00:00 hinzu).</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>{where}: {exc}</translation>
    </message>
    <message>
        <source>{where}: {value} is not an ISO 8601 date.</source>
        <translation>{where}: {value} ist kein Datum nach ISO 8601.</translation>
    </message>
    <message>
        <source>{where}{key}: expected text, got {kind}.</source>
        <translation>{where}{key}: Text erwartet, erhalten: {kind}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of: {choices}.</source>
        <translation>{where}: {value} ist keiner dieser Werte: {choices}.</translation>
    </message>
    <message>
        <source>{where}: id: expected text, got {kind}.</source>
        <translation>{where}: id: Text erwartet, erhalten: {kind}.</translation>
    </message>
    <message>
        <source>{where}: id {value} is not usable (at most {MAX_ID} characters, no control characters or lone surrogates).</source>
        <translation>{where}: Die id {value} ist nicht verwendbar (höchstens {MAX_ID} Zeichen, keine Steuerzeichen oder einzelnen Surrogate).</translation>
    </message>
    <message>
        <source>timezone: {value} is not a known time zone.</source>
        <translation>timezone: {value} ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>{key}: expected a list of text.</source>
        <translation>{key}: Liste von Texten erwartet.</translation>
    </message>
    <message>
        <source>{key}: expected a list of objects.</source>
        <translation>{key}: Liste von Objekten erwartet.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: the JSON is not an object.</source>
        <translation>Kein pmdesk-Postmortem: Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: no title, times, impact or timeline.</source>
        <translation>Kein pmdesk-Postmortem: kein Titel, keine Zeiten, Auswirkungen oder Zeitleiste.</translation>
    </message>
    <message>
        <source>{where}: has no time.</source>
        <translation>{where}: hat keine Uhrzeit.</translation>
    </message>
    <message>
        <source>Not valid JSON: {msg} at line {lineno}.</source>
        <translation>Kein gültiges JSON: {msg} in Zeile {lineno}.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: the JSON is nested too deeply.</source>
        <translation>Kein pmdesk-Postmortem: Das JSON ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>Not a pmdesk postmortem: the JSON holds a number too long to read.</source>
        <translation>Kein pmdesk-Postmortem: Das JSON enthält eine Zahl, die zu lang zum Lesen ist.</translation>
    </message>
    <message>
        <source>This does not look like a postmortem: no title label, no sections such as Impact or Timeline and no timeline events were found.</source>
        <translation>Das sieht nicht nach einem Postmortem aus: Es wurden keine Titelangabe, keine Abschnitte wie Auswirkungen oder Zeitleiste und keine Ereignisse gefunden.</translation>
    </message>
    <message>
        <source>This is too long to be a postmortem ({size:.1f} MB; the limit is 512 KB): import only the postmortem itself.</source>
        <translation>Das ist zu lang für ein Postmortem ({size:.1f} MB; die Grenze liegt bei 512 KB): Importieren Sie nur das Postmortem selbst.</translation>
    </message>
    <message>
        <source>There is nothing to import: the text is empty.</source>
        <translation>Es gibt nichts zu importieren: Der Text ist leer.</translation>
    </message>
    <message>
        <source>This looks like a binary file, not Markdown text.</source>
        <translation>Das sieht nach einer Binärdatei aus, nicht nach Markdown-Text.</translation>
    </message>
    <message>
        <source>This is not UTF-8 text (is it a Word document or a binary file?); save it as Markdown or plain text in UTF-8 and try again.</source>
        <translation>Das ist kein UTF-8-Text (ist es ein Word-Dokument oder eine Binärdatei?); speichern Sie es als Markdown oder reinen Text in UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{name}: this is too long to be a postmortem (the limit is 512 KB); import only the postmortem itself.</source>
        <translation>{name}: Das ist zu lang für ein Postmortem (die Grenze liegt bei 512 KB); importieren Sie nur das Postmortem selbst.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {value}.</source>
        <translation>{name} kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name}: {exc}</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This is {what}, not a plain file; pmdesk reads only files on disk.</source>
        <translation>Dies ist {what}, keine normale Datei; pmdesk liest nur Dateien auf einem Datenträger.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{title}
{current}</source>
        <translation>{title}
{current}</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>it is not a postmortem pmdesk can read: {error}</source>
        <translation>es ist kein Postmortem, das pmdesk lesen kann: {error}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>incident {id}</source>
        <translation>Vorfall {id}</translation>
    </message>
    <message>
        <source>{done} of {n} incidents</source>
        <translation>{done} von {n} Vorfällen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endfassung</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation>Alarmiert</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>Untersucht</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation>Sackgasse</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation>Vorbeugen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New postmortem…</source>
        <translation>&amp;Neues Postmortem …</translation>
    </message>
    <message>
        <source>Write a new postmortem, guided page by page</source>
        <translation>Ein neues Postmortem schreiben, Seite für Seite angeleitet</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected incident in the editor</source>
        <translation>Den ausgewählten Vorfall im Editor öffnen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Make a copy of the selected incident</source>
        <translation>Eine Kopie des ausgewählten Vorfalls anlegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move the selected incidents to the trash</source>
        <translation>Die ausgewählten Vorfälle in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb …</translation>
    </message>
    <message>
        <source>Restore deleted incidents, or delete them for good</source>
        <translation>Gelöschte Vorfälle wiederherstellen oder endgültig löschen</translation>
    </message>
    <message>
        <source>Re&amp;build search index…</source>
        <translation>Suchinde&amp;x neu aufbauen …</translation>
    </message>
    <message>
        <source>Index every incident afresh, if a search misses what it should find</source>
        <translation>Jeden Vorfall neu indizieren, falls eine Suche etwas nicht findet, das sie finden sollte</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import Markdown or JSON postmortems</source>
        <translation>Postmortems aus Markdown oder JSON importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Export the selected incidents as Word or Markdown files</source>
        <translation>Die ausgewählten Vorfälle als Word- oder Markdown-Dateien exportieren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search every incident</source>
        <translation>Alle Vorfälle durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Show changes made by another pmdesk window on this library</source>
        <translation>Änderungen zeigen, die ein anderes pmdesk-Fenster an dieser Bibliothek vorgenommen hat</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellun&amp;gen …</translation>
    </message>
    <message>
        <source>Time zone, author name, folders</source>
        <translation>Zeitzone, Autorenname, Ordner</translation>
    </message>
    <message>
        <source>Open &amp;team library…</source>
        <translation>&amp;Team-Bibliothek öffnen …</translation>
    </message>
    <message>
        <source>Open a library shared on a PostgreSQL server</source>
        <translation>Eine auf einem PostgreSQL-Server geteilte Bibliothek öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit pmdesk</source>
        <translation>pmdesk beenden</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Show the incident library</source>
        <translation>Die Bibliothek der Vorfälle zeigen</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>Über&amp;sicht</translation>
    </message>
    <message>
        <source>Show incident figures and charts</source>
        <translation>Kennzahlen und Diagramme der Vorfälle zeigen</translation>
    </message>
    <message>
        <source>pmdesk &amp;guide</source>
        <translation>pmdesk-&amp;Anleitung</translation>
    </message>
    <message>
        <source>How to use pmdesk, page by page</source>
        <translation>So benutzen Sie pmdesk, Seite für Seite</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation>Alle Tastenkürzel dieses Fensters</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen …</translation>
    </message>
    <message>
        <source>The first steps, shown at first start</source>
        <translation>Die ersten Schritte, beim ersten Start gezeigt</translation>
    </message>
    <message>
        <source>&amp;About pmdesk</source>
        <translation>Ü&amp;ber pmdesk</translation>
    </message>
    <message>
        <source>Version and file locations</source>
        <translation>Version und Speicherorte</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <source>Delete {n} incidents</source>
        <translation>{n} Vorfälle löschen</translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation>„{title}“ wiederherstellen</translation>
    </message>
    <message>
        <source>Restore {n} incidents</source>
        <translation>{n} Vorfälle wiederherstellen</translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation>„{title}“ duplizieren</translation>
    </message>
    <message>
        <source>Duplicate {n} incidents</source>
        <translation>{n} Vorfälle duplizieren</translation>
    </message>
    <message>
        <source>Import 1 incident</source>
        <translation>1 Vorfall importieren</translation>
    </message>
    <message>
        <source>Import {n} incidents</source>
        <translation>{n} Vorfälle importieren</translation>
    </message>
</context>
<context>
    <name>LibraryDashboard</name>
    <message>
        <source>No incidents yet. Charts and figures appear here once you write a postmortem (File → New postmortem, Ctrl+N) or import some (File → Import).</source>
        <translation>Noch keine Vorfälle. Diagramme und Kennzahlen erscheinen hier, sobald Sie ein Postmortem schreiben (Datei → Neues Postmortem, Strg+N) oder welche importieren (Datei → Importieren).</translation>
    </message>
    <message>
        <source>No incident of the last 12 months has the times to work this out from.</source>
        <translation>Kein Vorfall der letzten 12 Monate hat die Zeiten, um das zu berechnen.</translation>
    </message>
    <message>
        <source>No postmortem has follow-up tasks yet.</source>
        <translation>Noch kein Postmortem hat Folgeaufgaben.</translation>
    </message>
    <message>
        <source>incident in the library</source>
        <translation>Vorfall in der Bibliothek</translation>
    </message>
    <message>
        <source>incidents in the library</source>
        <translation>Vorfälle in der Bibliothek</translation>
    </message>
    <message>
        <source>task overdue</source>
        <translation>Aufgabe überfällig</translation>
    </message>
    <message>
        <source>tasks overdue</source>
        <translation>Aufgaben überfällig</translation>
    </message>
    <message>
        <source>postmortem still in draft</source>
        <translation>Postmortem noch im Entwurf</translation>
    </message>
    <message>
        <source>postmortems still in draft</source>
        <translation>Postmortems noch im Entwurf</translation>
    </message>
</context>
<context>
    <name>LibraryImportPreview</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>To Notes</source>
        <translation>In Notizen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>LibraryImportSummary</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Doubts — check these</source>
        <translation>Zweifel – bitte prüfen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No timeline events&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Ereignisse in der Zeitleiste&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No tasks&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Keine Aufgaben&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
</context>
<context>
    <name>LibraryLibraryPage</name>
    <message>
        <source>No incidents yet.
Write one with New postmortem (Ctrl+N), or bring existing ones in with Import (Ctrl+I).</source>
        <translation>Noch keine Vorfälle.
Schreiben Sie einen mit Neues Postmortem (Strg+N) oder holen Sie vorhandene mit Importieren (Strg+I) herein.</translation>
    </message>
    <message>
        <source>No incident matches these filters.
Try fewer or shorter words, or Clear filters to see every incident.</source>
        <translation>Kein Vorfall passt zu diesen Filtern.
Versuchen Sie weniger oder kürzere Wörter oder setzen Sie die Filter zurück, um alle Vorfälle zu sehen.</translation>
    </message>
    <message>
        <source>Your postmortems will be previewed here.</source>
        <translation>Hier erscheint die Vorschau Ihrer Postmortems.</translation>
    </message>
    <message>
        <source>Nothing to preview: no incident matches the filters.</source>
        <translation>Keine Vorschau: Kein Vorfall passt zu den Filtern.</translation>
    </message>
</context>
<context>
    <name>LibraryMode</name>
    <message>
        <source>Library state</source>
        <translation>Zustand der Bibliothek</translation>
    </message>
    <message>
        <source>Read-only team library</source>
        <translation>Team-Bibliothek nur zum Lesen</translation>
    </message>
    <message>
        <source>Team library</source>
        <translation>Team-Bibliothek</translation>
    </message>
</context>
<context>
    <name>LibraryOverduePanel</name>
    <message>
        <source>Nothing is overdue. Open tasks whose due date has passed will be listed here; double-click one to open its incident.</source>
        <translation>Nichts ist überfällig. Offene Aufgaben, deren Fälligkeitsdatum verstrichen ist, werden hier aufgeführt; ein Doppelklick öffnet ihren Vorfall.</translation>
    </message>
    <message>
        <source>Looking for overdue tasks…</source>
        <translation>Überfällige Aufgaben werden gesucht …</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Verspätet um</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
</context>
<context>
    <name>LibraryPreview</name>
    <message>
        <source>Select an incident in the list to see its summary here.</source>
        <translation>Wählen Sie einen Vorfall in der Liste, um hier seine Zusammenfassung zu sehen.</translation>
    </message>
    <message>
        <source>Root cause detail</source>
        <translation>Ursache im Detail</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>What can be improved</source>
        <translation>Was verbessert werden kann</translation>
    </message>
    <message>
        <source>Analogy</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>Your library is a team library on a PostgreSQL server ({server}). {backups}</source>
        <translation>Ihre Bibliothek ist eine Team-Bibliothek auf einem PostgreSQL-Server ({server}). {backups}</translation>
    </message>
    <message>
        <source>Your library is one file on this computer, backed up every day: {file}</source>
        <translation>Ihre Bibliothek ist eine Datei auf diesem Computer und wird täglich gesichert: {file}</translation>
    </message>
    <message>
        <source>Its backups are made on the server (pg_dump) by whoever runs it: pmdesk makes none of a team library.</source>
        <translation>Ihre Sicherungen macht, wer den Server betreibt (pg_dump): pmdesk sichert keine Team-Bibliothek.</translation>
    </message>
    <message>
        <source>One a day in {folder}, the last seven kept.</source>
        <translation>Eine pro Tag in {folder}, die letzten sieben werden aufbewahrt.</translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached, so not every incident was changed. Try again when the connection returns.</source>
        <translation>Der Server der Team-Bibliothek ist nicht erreichbar, daher wurde nicht jeder Vorfall geändert. Versuchen Sie es erneut, wenn die Verbindung wieder besteht.</translation>
    </message>
</context>
<context>
    <name>LibraryTableColumns</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>LibraryTeamDialog</name>
    <message>
        <source>The address of the team library, for example
postgresql://ana@db.example.com/incidents?sslmode=verify-full
or postgresql://?service=incidents for a service of pg_service.conf.

pmdesk keeps no password: PostgreSQL&apos;s own tools find it in ~/.pgpass, in the service or in PGPASSWORD.</source>
        <translation>Die Adresse der Team-Bibliothek, zum Beispiel
postgresql://ana@db.example.com/incidents?sslmode=verify-full
oder postgresql://?service=incidents für einen Dienst aus pg_service.conf.

pmdesk speichert kein Passwort: Die Werkzeuge von PostgreSQL finden es in ~/.pgpass, im Dienst oder in PGPASSWORD.</translation>
    </message>
    <message>
        <source>Open team library</source>
        <translation>Team-Bibliothek öffnen</translation>
    </message>
    <message>
        <source>A team library&apos;s address starts with postgresql://.</source>
        <translation>Die Adresse einer Team-Bibliothek beginnt mit postgresql://.</translation>
    </message>
    <message>
        <source>This address holds a password. pmdesk uses it now but does not remember it: put the password in ~/.pgpass (or a service of pg_service.conf) instead.</source>
        <translation>Diese Adresse enthält ein Passwort. pmdesk verwendet es jetzt, merkt es sich aber nicht: Legen Sie das Passwort stattdessen in ~/.pgpass (oder einem Dienst aus pg_service.conf) ab.</translation>
    </message>
</context>
<context>
    <name>LibraryTeamMode</name>
    <message>
        <source>Offline — your changes are kept and will be saved when the connection returns</source>
        <translation>Offline – Ihre Änderungen bleiben erhalten und werden gespeichert, sobald die Verbindung wieder besteht</translation>
    </message>
</context>
<context>
    <name>LibraryTrashDialog</name>
    <message>
        <source>The trash is empty. Incidents you delete wait here until you delete them for good.</source>
        <translation>Der Papierkorb ist leer. Gelöschte Vorfälle warten hier, bis Sie sie endgültig löschen.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>{number}.</source>
        <translation>{number}.</translation>
    </message>
    <message>
        <source>New {item}</source>
        <translation>Neu: {item}</translation>
    </message>
    <message>
        <source>{item} {number}</source>
        <translation>{item} {number}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{library} — pmdesk</source>
        <translation>{library} – pmdesk</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Library or dashboard</source>
        <translation>Bibliothek oder Übersicht</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Overdue actions</source>
        <translation>Überfällige &amp;Aufgaben</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Overdue actions ({n})</source>
        <translation>Überfällige Aufgaben ({n})</translation>
    </message>
    <message>
        <source>Counting the matches among {n} incidents…</source>
        <translation>Treffer unter {n} Vorfällen werden gezählt…</translation>
    </message>
    <message>
        <source>{rows} of 1 incident</source>
        <translation>{rows} von 1 Vorfall</translation>
    </message>
    <message>
        <source>{rows} of {n} incidents</source>
        <translation>{rows} von {n} Vorfällen</translation>
    </message>
    <message>
        <source>{n} incidents</source>
        <translation>{n} Vorfälle</translation>
    </message>
    <message>
        <source>Made a copy. Undo with Ctrl+Z.</source>
        <translation>Eine Kopie angelegt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Made {n} copies. Undo with Ctrl+Z.</source>
        <translation>{n} Kopien angelegt. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Moved 1 incident to the trash. Undo with Ctrl+Z.</source>
        <translation>1 Vorfall in den Papierkorb verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Moved {n} incidents to the trash. Undo with Ctrl+Z.</source>
        <translation>{n} Vorfälle in den Papierkorb verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Read-only team library: the preview shows this incident, and Export (Ctrl+E) gives it as a Word or Markdown file.</source>
        <translation>Team-Bibliothek nur zum Lesen: Die Vorschau zeigt diesen Vorfall, und Exportieren (Strg+E) liefert ihn als Word- oder Markdown-Datei.</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 Vorfall</translation>
    </message>
    <message>
        <source>Import postmortems</source>
        <translation>Postmortems importieren</translation>
    </message>
    <message>
        <source>Postmortems ({patterns});;All files (*)</source>
        <translation>Postmortems ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The example was deleted from this library.</source>
        <translation>Das Beispiel wurde aus dieser Bibliothek gelöscht.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move to time</source>
        <translation>Auf eine Uhrzeit verschieben</translation>
    </message>
    <message>
        <source>“{text}”, now at {time}</source>
        <translation>„{text}“, jetzt um {time}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>&amp;New time:</source>
        <translation>&amp;Neue Uhrzeit:</translation>
    </message>
    <message>
        <source>For example 10:45, 2:45 PM, +5 min or yesterday 14:00; times in {zone}.</source>
        <translation>Zum Beispiel 10:45, 2:45 PM, +5 min oder yesterday 14:00 (Ausdrücke auf Englisch); Zeiten in {zone}.</translation>
    </message>
    <message>
        <source>The other selected event moves by as much.</source>
        <translation>Das andere ausgewählte Ereignis wird um ebenso viel verschoben.</translation>
    </message>
    <message>
        <source>The other {n} selected events move by as much.</source>
        <translation>Die anderen {n} ausgewählten Ereignisse werden um ebenso viel verschoben.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Type the new time, for example 10:45.</source>
        <translation>Geben Sie die neue Uhrzeit ein, zum Beispiel 10:45.</translation>
    </message>
</context>
<context>
    <name>NewPostmortemDialog</name>
    <message>
        <source>New postmortem</source>
        <translation>Neues Postmortem</translation>
    </message>
    <message>
        <source>For example: Checkout outage after the product launch</source>
        <translation>Zum Beispiel: Ausfall der Kasse nach dem Produktstart</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Beginnen mit:</translation>
    </message>
    <message>
        <source>A copy of an existing incident</source>
        <translation>Einer Kopie eines vorhandenen Vorfalls</translation>
    </message>
    <message>
        <source>Everything from the incident you pick, as a new draft with its tasks open again.</source>
        <translation>Alles aus dem gewählten Vorfall, als neuer Entwurf mit wieder offenen Aufgaben.</translation>
    </message>
    <message>
        <source>&amp;Incident to copy:</source>
        <translation>Zu kopierender &amp;Vorfall:</translation>
    </message>
    <message>
        <source>The newest {COPY_CHOICES} are listed. To copy an older incident, select it in the library and choose Duplicate (Ctrl+D).</source>
        <translation>Die neuesten {COPY_CHOICES} werden aufgeführt. Um einen älteren Vorfall zu kopieren, wählen Sie ihn in der Bibliothek aus und klicken Sie auf Duplizieren (Strg+D).</translation>
    </message>
    <message>
        <source>The library is empty, so there is nothing to copy yet.</source>
        <translation>Die Bibliothek ist leer, es gibt also noch nichts zu kopieren.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>{value} ({started})</source>
        <translation>{value} ({started})</translation>
    </message>
</context>
<context>
    <name>OverduePanel</name>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — pmdesk</source>
        <translation>Einstellungen – pmdesk</translation>
    </message>
    <message>
        <source>As the system shows it ({example})</source>
        <translation>Wie im System ({example})</translation>
    </message>
    <message>
        <source>12-hour ({example})</source>
        <translation>12 Stunden ({example})</translation>
    </message>
    <message>
        <source>24-hour ({example})</source>
        <translation>24 Stunden ({example})</translation>
    </message>
    <message>
        <source>How times of day are written in every window, the Review page and every export</source>
        <translation>Wie Uhrzeiten in jedem Fenster, auf der Seite Durchsicht und in jedem Export geschrieben werden</translation>
    </message>
    <message>
        <source>As the system shows it</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The colours of every pmdesk window; exported documents are always light</source>
        <translation>Die Farben aller pmdesk-Fenster; exportierte Dokumente sind immer hell</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>A new language takes effect when pmdesk is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von pmdesk.</translation>
    </message>
    <message>
        <source>Your name, added as author of new postmortems</source>
        <translation>Ihr Name, als Autor neuer Postmortems eingetragen</translation>
    </message>
    <message>
        <source>pmdesk&apos;s own layout</source>
        <translation>Eigenes Layout von pmdesk</translation>
    </message>
    <message>
        <source>default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-Vorlage</translation>
    </message>
    <message>
        <source>Display &amp;time zone:</source>
        <translation>Angezeigte &amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation>&amp;Uhr:</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>F&amp;arben:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Autorenname:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Standard-&amp;Exportordner:</translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation>&amp;Word-Vorlage:</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; choose one from the list, e.g. Europe/Paris.</source>
        <translation>„{zone}“ ist keine Zeitzone; wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <source>The default export folder does not exist; choose an existing folder.</source>
        <translation>Der Standard-Exportordner existiert nicht; wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The Word template file does not exist; choose a .docx file or leave it empty.</source>
        <translation>Die Word-Vorlage existiert nicht; wählen Sie eine .docx-Datei oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Incident preview</source>
        <translation>Vorschau des Vorfalls</translation>
    </message>
    <message>
        <source>No severity</source>
        <translation>Kein Schweregrad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>… and {n} more events</source>
        <translation>… und {n} weitere Ereignisse</translation>
    </message>
    <message>
        <source>The timeline drawing: {note}</source>
        <translation>Die Zeichnung der Zeitleiste: {note}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>overdue since {due}</source>
        <translation>überfällig seit {due}</translation>
    </message>
    <message>
        <source>&lt;i&gt;no owner&lt;/i&gt;</source>
        <translation>&lt;i&gt;niemand verantwortlich&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Timeline {time}</source>
        <translation>Zeitleiste {time}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Before you &amp;share it:</source>
        <translation>Bevor Sie es &amp;teilen:</translation>
    </message>
    <message>
        <source>Nothing is missing. It is ready to share.</source>
        <translation>Es fehlt nichts. Es ist bereit zum Teilen.</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Word report…</source>
        <translation>&amp;Word-Bericht exportieren …</translation>
    </message>
    <message>
        <source>Export lea&amp;dership summary…</source>
        <translation>Zusammenfassung für die &amp;Leitung exportieren …</translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation>Markdown exportieren</translation>
    </message>
    <message>
        <source>Export Word report</source>
        <translation>Word-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export leadership summary</source>
        <translation>Zusammenfassung für die Leitung exportieren</translation>
    </message>
    <message>
        <source>The full report as a Word document, with the timeline chart</source>
        <translation>Der vollständige Bericht als Word-Dokument, mit dem Diagramm der Zeitleiste</translation>
    </message>
    <message>
        <source>One Word page for leadership: figures, impact, cause and follow-up tasks</source>
        <translation>Eine Word-Seite für die Leitung: Kennzahlen, Auswirkungen, Ursache und Folgeaufgaben</translation>
    </message>
    <message>
        <source>Markdown for wikis and chat</source>
        <translation>Markdown für Wikis und Chats</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Vorschau des Dokuments</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go there</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um dorthin zu gehen</translation>
    </message>
    <message>
        <source>…and {rest} more of the same kinds: fix these first, or see each page.</source>
        <translation>… und {rest} weitere derselben Art: Beheben Sie zuerst diese, oder sehen Sie sich jede Seite an.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>{message} pmdesk keeps trying.</source>
        <translation>{message} pmdesk versucht es weiter.</translation>
    </message>
    <message>
        <source>by someone else</source>
        <translation>von jemand anderem</translation>
    </message>
    <message>
        <source>in another window</source>
        <translation>in einem anderen Fenster</translation>
    </message>
    <message>
        <source>Not saved: changed {where}</source>
        <translation>Nicht gespeichert: {where} geändert</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{keys} or {more}</source>
        <translation>{keys} oder {more}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts — pmdesk</source>
        <translation>Tastenkürzel – pmdesk</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>{step} (optional)</source>
        <translation>{step} (optional)</translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation>{number}. {step}</translation>
    </message>
    <message>
        <source>{step}: {words}</source>
        <translation>{step}: {words}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>De&amp;tected:</source>
        <translation>E&amp;rkannt:</translation>
    </message>
    <message>
        <source>Ende&amp;d:</source>
        <translation>En&amp;de:</translation>
    </message>
    <message>
        <source>Impact statement</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Type who or what was affected, and how; Enter adds another</source>
        <translation>Geben Sie ein, wer oder was betroffen war und wie; die Eingabetaste fügt eine weitere hinzu</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkungen:</translation>
    </message>
    <message>
        <source>The cause in a sentence or two; the full story comes on the next pages.</source>
        <translation>Die Ursache in ein, zwei Sätzen; die ganze Geschichte folgt auf den nächsten Seiten.</translation>
    </message>
    <message>
        <source>&amp;Root cause:</source>
        <translation>&amp;Ursache:</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Type something that could be better; Enter adds another</source>
        <translation>Geben Sie ein, was besser sein könnte; die Eingabetaste fügt eine weitere hinzu</translation>
    </message>
    <message>
        <source>Make {} a task</source>
        <translation>{} zur Aufgabe machen</translation>
    </message>
    <message>
        <source>What can be i&amp;mproved:</source>
        <translation>Was verbessert werden &amp;kann:</translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation>&amp;Aufgaben:</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a task (Insert)</source>
        <translation>Eine Aufgabe hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remo&amp;ve task</source>
        <translation>Aufgabe ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected tasks (Delete)</source>
        <translation>Die ausgewählten Aufgaben entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>No tasks yet. Choose Add task (or press Insert in the table), then type the task, its owner and due date.</source>
        <translation>Noch keine Aufgaben. Wählen Sie Aufgabe hinzufügen (oder drücken Sie Einfg in der Tabelle) und geben Sie dann die Aufgabe, die verantwortliche Person und das Fälligkeitsdatum ein.</translation>
    </message>
    <message>
        <source>new task from {what}</source>
        <translation>neue Aufgabe aus {what}</translation>
    </message>
    <message>
        <source>made {what} a task</source>
        <translation>{what} zur Aufgabe gemacht</translation>
    </message>
    <message>
        <source>This task</source>
        <translation>Diese Aufgabe</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Drag to change when the incident started</source>
        <translation>Ziehen, um den Beginn des Vorfalls zu ändern</translation>
    </message>
    <message>
        <source>Drag to change when the incident ended</source>
        <translation>Ziehen, um das Ende des Vorfalls zu ändern</translation>
    </message>
    <message>
        <source>{caption} not set</source>
        <translation>{caption} nicht festgelegt</translation>
    </message>
    <message>
        <source>No events yet. Double-click on the timeline to add one at that time.</source>
        <translation>Noch keine Ereignisse. Doppelklicken Sie auf die Zeitleiste, um dort eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>This incident has no timeline events.</source>
        <translation>Dieser Vorfall hat keine Ereignisse in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Zeiten in {zone}</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>{time}, {kind}, no text yet</source>
        <translation>{time}, {kind}, noch ohne Text</translation>
    </message>
    <message>
        <source>{time}, {kind}: {text}</source>
        <translation>{time}, {kind}: {text}</translation>
    </message>
    <message>
        <source>Up and Down go to the event before or after. Left and Right move it by a minute, Shift with them by ten minutes; Ctrl+M moves it to a time you type. Enter edits its text, Delete removes it.</source>
        <translation>Pfeil hoch und runter gehen zum vorigen oder nächsten Ereignis. Pfeil links und rechts verschieben es um eine Minute, mit Umschalt um zehn Minuten; Strg+M verschiebt es auf eine eingegebene Uhrzeit. Eingabe bearbeitet seinen Text, Entf entfernt es.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>10:32 AM: The on-call engineer was alerted</source>
        <translation>10:32: Die Bereitschaft wurde alarmiert</translation>
    </message>
    <message>
        <source>New e&amp;vent:</source>
        <translation>Neues &amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the event typed here (Enter); with nothing typed, add an empty event after the last one (Insert)</source>
        <translation>Das hier eingegebene Ereignis hinzufügen (Eingabetaste); ist nichts eingegeben, ein leeres Ereignis nach dem letzten hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the selected events (Delete)</source>
        <translation>Die ausgewählten Ereignisse entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Paste lines</source>
        <translation>Zeilen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add one event per line or chat message of the copied text (Ctrl+V)</source>
        <translation>Für jede Zeile oder Chat-Nachricht des kopierten Texts ein Ereignis hinzufügen (Strg+V)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No events yet. Type one above and press Enter, or paste several lines copied from a chat or a document.</source>
        <translation>Noch keine Ereignisse. Geben Sie oben eines ein und drücken Sie die Eingabetaste, oder fügen Sie mehrere Zeilen aus einem Chat oder Dokument ein.</translation>
    </message>
    <message>
        <source>pasted lines</source>
        <translation>eingefügte Zeilen</translation>
    </message>
    <message>
        <source>There was no text to paste. Copy some lines such as “10:30 AM UTC: Alerts fired” first.</source>
        <translation>Es gab keinen Text zum Einfügen. Kopieren Sie zuerst Zeilen wie „10:30 AM UTC: Alarme ausgelöst“.</translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation>Wählen Sie einen Vorfall, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>This incident has no timeline events yet. Open it to add some.</source>
        <translation>Dieser Vorfall hat noch keine Ereignisse in der Zeitleiste. Öffnen Sie ihn, um welche hinzuzufügen.</translation>
    </message>
    <message>
        <source>Timeline preview</source>
        <translation>Vorschau der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>TimelineSummary</name>
    <message>
        <source>Showing {shown} of {total} events, the key moments first (detected, alerted, escalated, mitigated, resolved).</source>
        <translation>{shown} von {total} Ereignissen, die wichtigsten Momente zuerst (erkannt, alarmiert, eskaliert, eingedämmt, behoben).</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Drag events or press ←/→ to change their times · Ctrl+M to type a time · Shift+drag to select several · double-click to add · Ctrl+wheel to zoom</source>
        <translation>Ereignisse ziehen oder ←/→ drücken, um ihre Zeit zu ändern · Strg+M, um eine Uhrzeit einzugeben · Umschalt+Ziehen wählt mehrere aus · Doppelklick fügt hinzu · Strg+Mausrad zoomt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Move to time…</source>
        <translation>Auf Uhrzeit verschieben …</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit to incident</source>
        <translation>An Vorfall anpassen</translation>
    </message>
    <message>
        <source>{text} ({native})</source>
        <translation>{text} ({native})</translation>
    </message>
    <message>
        <source>{day}times in {zone}</source>
        <translation>{day}Zeiten in {zone}</translation>
    </message>
</context>
<context>
    <name>TransferRunner</name>
    <message>
        <source>Reading postmortems…</source>
        <translation>Postmortems werden gelesen …</translation>
    </message>
    <message>
        <source>Importing postmortems…</source>
        <translation>Postmortems werden importiert …</translation>
    </message>
    <message>
        <source>Exporting postmortems…</source>
        <translation>Postmortems werden exportiert …</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Der Suchindex wird neu aufgebaut …</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was added to the library.</source>
        <translation>Import abgebrochen. Es wurde nichts zur Bibliothek hinzugefügt.</translation>
    </message>
    <message>
        <source>Imported {done} of 1 file.</source>
        <translation>{done} von 1 Datei importiert.</translation>
    </message>
    <message>
        <source>Imported {done} of {n} files.</source>
        <translation>{done} von {n} Dateien importiert.</translation>
    </message>
    <message>
        <source>These could not be imported:
</source>
        <translation>Diese konnten nicht importiert werden:
</translation>
    </message>
    <message>
        <source>

Fix them (or export them again as Markdown or JSON) and import them again.</source>
        <translation>

Beheben Sie die Probleme (oder exportieren Sie die Dateien erneut als Markdown oder JSON) und importieren Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export cancelled after {done} of {n} files.</source>
        <translation>Export nach {done} von {n} Dateien abgebrochen.</translation>
    </message>
    <message>
        <source>Exported {done} of {n} incidents to {folder}.</source>
        <translation>{done} von {n} Vorfällen exportiert nach {folder}.</translation>
    </message>
    <message>
        <source>Exported {done} of {n} incidents.</source>
        <translation>{done} von {n} Vorfällen exportiert.</translation>
    </message>
    <message>
        <source>These could not be exported:
</source>
        <translation>Diese konnten nicht exportiert werden:
</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation>Der Suchindex konnte nicht neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>Rebuilding stopped after {done} of {n} incidents. Search works as before; rebuild again to do the rest.</source>
        <translation>Neuaufbau nach {done} von {n} Vorfällen angehalten. Die Suche funktioniert wie zuvor; bauen Sie erneut auf, um den Rest zu erledigen.</translation>
    </message>
    <message>
        <source>The search index was rebuilt (1 incident).</source>
        <translation>Der Suchindex wurde neu aufgebaut (1 Vorfall).</translation>
    </message>
    <message>
        <source>The search index was rebuilt ({n} incidents).</source>
        <translation>Der Suchindex wurde neu aufgebaut ({n} Vorfälle).</translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translation>Suchindex neu aufbauen</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash — pmdesk</source>
        <translation>Papierkorb – pmdesk</translation>
    </message>
    <message>
        <source>Deleted incidents</source>
        <translation>Gelöschte Vorfälle</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Endgültig löschen …</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren …</translation>
    </message>
    <message>
        <source>Restore brings an incident back to the library; Undo (Ctrl+Z) works too.</source>
        <translation>Wiederherstellen holt einen Vorfall in die Bibliothek zurück; Rückgängig (Strg+Z) geht auch.</translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation>„{title}“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete these {n} incidents for good?</source>
        <translation>Diese {n} Vorfälle endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete the incident in the trash for good?</source>
        <translation>Den Vorfall im Papierkorb endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete all {n} incidents in the trash for good?</source>
        <translation>Alle {n} Vorfälle im Papierkorb endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>{question}

This cannot be undone.</source>
        <translation>{question}

Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to pmdesk</source>
        <translation>Willkommen bei pmdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to pmdesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei pmdesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>pmdesk helps you write up an incident so that others can learn from it, one question at a time. Everything you type is saved as you go.</source>
        <translation>pmdesk hilft Ihnen, einen Vorfall so aufzuschreiben, dass andere daraus lernen können – eine Frage nach der anderen. Alles, was Sie eingeben, wird laufend gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Write a postmortem</source>
        <translation>Ein Postmortem &amp;schreiben</translation>
    </message>
    <message>
        <source>Start a new one; an example sits beside every question.</source>
        <translation>Ein neues beginnen; neben jeder Frage steht ein Beispiel.</translation>
    </message>
    <message>
        <source>&amp;Look at the example</source>
        <translation>Das Beispiel &amp;ansehen</translation>
    </message>
    <message>
        <source>A finished postmortem of a shop outage, to see what a good one looks like.</source>
        <translation>Ein fertiges Postmortem zum Ausfall eines Online-Shops, um zu sehen, wie ein gutes aussieht.</translation>
    </message>
    <message>
        <source>&amp;Import old postmortems</source>
        <translation>Alte Postmortems &amp;importieren</translation>
    </message>
    <message>
        <source>Bring in Markdown, JSON or Word files from your wiki or shared drive.</source>
        <translation>Markdown-, JSON- oder Word-Dateien aus Ihrem Wiki oder Netzlaufwerk übernehmen.</translation>
    </message>
    <message>
        <source>Where my &amp;data is</source>
        <translation>Wo meine &amp;Daten liegen</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation>{what} wählen</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Basics</source>
        <translation>Grunddaten</translation>
    </message>
    <message>
        <source>What happened, in a few words?</source>
        <translation>Was ist passiert, in wenigen Worten?</translation>
    </message>
    <message>
        <source>Give the incident a title people will recognise and a short introduction for someone who was not there. Severity, services and tags help others find it later.</source>
        <translation>Geben Sie dem Vorfall einen Titel, den andere wiedererkennen, und eine kurze Einleitung für alle, die nicht dabei waren. Schweregrad, Dienste und Schlagwörter helfen anderen, ihn später zu finden.</translation>
    </message>
    <message>
        <source>Title: The Great Downtime Debacle: A Postmortem

Introduction: On Sunday, October 15, 2023, our online shop was down or very slow for 2 hours and 27 minutes after a product launch brought more visitors than our main database could serve. This postmortem explains what happened, how we fixed it, and what we are changing so that it does not happen again.</source>
        <translation>Titel: Das große Ausfall-Debakel – ein Postmortem

Einleitung: Am Sonntag, dem 15. Oktober 2023, war unser Online-Shop 2 Stunden und 27 Minuten lang nicht erreichbar oder sehr langsam, nachdem ein Produktstart mehr Besucher brachte, als unsere Hauptdatenbank bedienen konnte. Dieses Postmortem erklärt, was passiert ist, wie wir es behoben haben und was wir ändern, damit es nicht wieder passiert.</translation>
    </message>
    <message>
        <source>Summary and impact</source>
        <translation>Zusammenfassung und Auswirkungen</translation>
    </message>
    <message>
        <source>When did it start, and when was it over?</source>
        <translation>Wann hat es begonnen, und wann war es vorbei?</translation>
    </message>
    <message>
        <source>Enter the times in the incident&apos;s time zone; the duration is worked out for you. Then say who was affected and how, one statement per row, and name the root cause in a sentence or two.</source>
        <translation>Geben Sie die Zeiten in der Zeitzone des Vorfalls ein; die Dauer wird für Sie berechnet. Sagen Sie dann, wer betroffen war und wie – eine Aussage pro Zeile – und nennen Sie die Ursache in ein, zwei Sätzen.</translation>
    </message>
    <message>
        <source>Start: October 15, 2023, 10:18 AM UTC
End: October 15, 2023, 12:45 PM UTC

Impact:
• The shop&apos;s pages loaded slowly or not at all, and sales were 25% lower than usual while it lasted.
• About 1 in 5 customers who tried to sign in could not.

Root cause: Visitors to the new product&apos;s page made the shop ask the main database far more questions than it could answer.</source>
        <translation>Beginn: 15. Oktober 2023, 10:18 UTC
Ende: 15. Oktober 2023, 12:45 UTC

Auswirkungen:
• Die Seiten des Shops luden langsam oder gar nicht, und der Umsatz lag währenddessen 25 % unter dem üblichen.
• Etwa jeder fünfte Kunde, der sich anmelden wollte, konnte es nicht.

Ursache: Die Besucher der Seite des neuen Produkts ließen den Shop der Hauptdatenbank weit mehr Fragen stellen, als sie beantworten konnte.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>What happened, moment by moment?</source>
        <translation>Was ist Schritt für Schritt passiert?</translation>
    </message>
    <message>
        <source>Add one event per moment: when it happened, what kind of moment it was, and what happened. Paste several lines at once, such as “10:30 AM UTC: Alerts fired”, to add one event per line. Drag events on the chart to fix their times, or use the keys: Left and Right move the selected event by a minute, Ctrl+M moves it to a time you type.</source>
        <translation>Fügen Sie für jeden Moment ein Ereignis hinzu: wann es geschah, welche Art von Moment es war und was passierte. Fügen Sie mehrere Zeilen auf einmal ein, etwa „10:30 AM UTC: Alarme ausgelöst“, um pro Zeile ein Ereignis hinzuzufügen. Ziehen Sie Ereignisse im Diagramm, um ihre Zeiten zu korrigieren, oder nehmen Sie die Tastatur: Links und Rechts verschieben das ausgewählte Ereignis um eine Minute, Strg+M verschiebt es auf eine Uhrzeit, die Sie eingeben.</translation>
    </message>
    <message>
        <source>10:18 AM UTC: The product launch email went out; visits tripled.
10:30 AM UTC: Monitoring alerts showed the database overloaded (detected).
10:32 AM UTC: The on-call engineer was alerted.
11:00 AM UTC: A possible attack was checked and ruled out (a dead end).
11:15 AM UTC: The incident was escalated to the database team.
12:45 PM UTC: Resolved: the load was spread across two more database servers.</source>
        <translation>10:18 UTC: Die E-Mail zum Produktstart ging hinaus; die Besuche verdreifachten sich.
10:30 UTC: Überwachungsalarme zeigten die Datenbank überlastet (erkannt).
10:32 UTC: Die Bereitschaft wurde alarmiert.
11:00 UTC: Ein möglicher Angriff wurde geprüft und ausgeschlossen (eine Sackgasse).
11:15 UTC: Der Vorfall wurde an das Datenbankteam eskaliert.
12:45 UTC: Behoben: Die Last wurde auf zwei weitere Datenbankserver verteilt.</translation>
    </message>
    <message>
        <source>Root cause and resolution</source>
        <translation>Ursache und Behebung</translation>
    </message>
    <message>
        <source>Why did it happen, and how was it fixed?</source>
        <translation>Warum ist es passiert, und wie wurde es behoben?</translation>
    </message>
    <message>
        <source>Explain the chain of causes in plain words, so that someone outside the team can follow it. Describe what the system or process allowed, not who did what.</source>
        <translation>Erklären Sie die Kette der Ursachen in einfachen Worten, sodass auch jemand außerhalb des Teams folgen kann. Beschreiben Sie, was das System oder der Ablauf zugelassen hat, nicht wer was getan hat.</translation>
    </message>
    <message>
        <source>The new product&apos;s page asked the main database for stock levels on every visit. When the launch email tripled the number of visitors, the database received more requests than it could handle and every page slowed down. The database team added two servers that answer read-only requests and sent the stock-level requests there.</source>
        <translation>Die Seite des neuen Produkts fragte bei jedem Besuch die Hauptdatenbank nach dem Lagerbestand. Als die E-Mail zum Produktstart die Zahl der Besucher verdreifachte, erhielt die Datenbank mehr Anfragen, als sie bewältigen konnte, und jede Seite wurde langsamer. Das Datenbankteam fügte zwei Server hinzu, die Leseanfragen beantworten, und leitete die Anfragen zum Lagerbestand dorthin.</translation>
    </message>
    <message>
        <source>Improvements and tasks</source>
        <translation>Verbesserungen und Aufgaben</translation>
    </message>
    <message>
        <source>What will change so it does not happen again?</source>
        <translation>Was ändert sich, damit es nicht wieder passiert?</translation>
    </message>
    <message>
        <source>List what could be better, then turn it into tasks. A good task starts with a verb, has one owner and a due date. Edit a cell by typing; Tab moves to the next.</source>
        <translation>Listen Sie auf, was besser sein könnte, und machen Sie daraus Aufgaben. Eine gute Aufgabe beginnt mit einem Verb, hat eine verantwortliche Person und ein Fälligkeitsdatum. Bearbeiten Sie eine Zelle durch Tippen; Tab springt zur nächsten.</translation>
    </message>
    <message>
        <source>What can be improved:
• Add database servers automatically when the load grows.
• Alert on database load earlier, before customers notice.

Tasks:
• Set up automatic scaling for database servers (due by Nov 15, 2023).
• Enhance monitoring and alerting system (due by Oct 31, 2023).</source>
        <translation>Was verbessert werden kann:
• Datenbankserver automatisch hinzufügen, wenn die Last steigt.
• Früher bei Datenbanklast alarmieren, bevor Kunden es merken.

Aufgaben:
• Automatische Skalierung der Datenbankserver einrichten (fällig bis 15. Nov. 2023).
• Überwachung und Alarmierung verbessern (fällig bis 31. Okt. 2023).</translation>
    </message>
    <message>
        <source>The engaging part</source>
        <translation>Der anschauliche Teil</translation>
    </message>
    <message>
        <source>How can we make it memorable?</source>
        <translation>Wie bleibt es im Gedächtnis?</translation>
    </message>
    <message>
        <source>The chart is drawn from your timeline, so there is nothing to draw. If you like, add a light-hearted analogy; it is left out of the leadership export unless you ask.</source>
        <translation>Das Diagramm wird aus Ihrer Zeitleiste gezeichnet, Sie müssen also nichts zeichnen. Wenn Sie möchten, fügen Sie einen humorvollen Vergleich hinzu; im Export für die Leitung fehlt er, außer Sie wünschen ihn.</translation>
    </message>
    <message>
        <source>Imagine our shop as a busy highway on the morning of a big sale. Everyone arrived at once, and we had a single lane open. Now we can open more lanes as soon as the traffic builds.</source>
        <translation>Stellen Sie sich unseren Shop als belebte Autobahn am Morgen eines großen Schlussverkaufs vor. Alle kamen gleichzeitig, und wir hatten nur eine Spur offen. Jetzt können wir weitere Spuren öffnen, sobald sich der Verkehr staut.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>What did we learn?</source>
        <translation>Was haben wir gelernt?</translation>
    </message>
    <message>
        <source>Close with what the team takes away from this incident, in two or three sentences.</source>
        <translation>Schließen Sie mit dem, was das Team aus diesem Vorfall mitnimmt, in zwei oder drei Sätzen.</translation>
    </message>
    <message>
        <source>For 2 hours and 27 minutes, many customers could not shop with us. We found the cause, fixed it the same day, and have three changes under way so that a launch can bring as many visitors as it likes.</source>
        <translation>2 Stunden und 27 Minuten lang konnten viele Kunden nicht bei uns einkaufen. Wir haben die Ursache gefunden, sie noch am selben Tag behoben und drei Änderungen auf den Weg gebracht, damit ein Produktstart so viele Besucher bringen kann, wie er will.</translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation>Durchsicht und Export</translation>
    </message>
    <message>
        <source>Is it ready to share?</source>
        <translation>Ist es bereit zum Teilen?</translation>
    </message>
    <message>
        <source>This is how the postmortem will read. The checklist shows what is missing or could be clearer; choose an item to go to it. Export when you are happy with it.</source>
        <translation>So wird sich das Postmortem lesen. Die Checkliste zeigt, was fehlt oder klarer sein könnte; wählen Sie einen Punkt, um dorthin zu gehen. Exportieren Sie, wenn Sie zufrieden sind.</translation>
    </message>
</context>
<context>
    <name>WritingHints</name>
    <message>
        <source>Try describing what in the system or process let this happen, rather than who did it — for example “the deploy script did not check the config” instead of naming a person.</source>
        <translation>Beschreiben Sie lieber, was im System oder im Ablauf das möglich gemacht hat, statt wer es getan hat – zum Beispiel „das Deploy-Skript hat die Konfiguration nicht geprüft“, statt eine Person zu nennen.</translation>
    </message>
    <message>
        <source>“Human error” ends the inquiry where it should start.</source>
        <translation>„Menschliches Versagen“ beendet die Suche dort, wo sie beginnen sollte.</translation>
    </message>
    <message>
        <source>Saying whose fault it was puts blame on a person.</source>
        <translation>Zu sagen, wessen Schuld es war, gibt einer Person die Schuld.</translation>
    </message>
    <message>
        <source>This names a person as the cause.</source>
        <translation>Hier wird eine Person als Ursache genannt.</translation>
    </message>
    <message>
        <source>“Should have known” judges a person with hindsight.</source>
        <translation>„Hätte es wissen müssen“ beurteilt eine Person im Nachhinein.</translation>
    </message>
    <message>
        <source>This word judges a person rather than describing what happened.</source>
        <translation>Dieses Wort beurteilt eine Person, statt zu beschreiben, was passiert ist.</translation>
    </message>
    <message>
        <source>Blame makes people less willing to say what really happened.</source>
        <translation>Schuldzuweisungen machen Menschen weniger bereit, zu sagen, was wirklich passiert ist.</translation>
    </message>
    <message>
        <source>This judges a person rather than describing what happened.</source>
        <translation>Das beurteilt eine Person, statt zu beschreiben, was passiert ist.</translation>
    </message>
    <message>
        <source>Start with what someone will do — “Add an alert for…”, “Set up…”, “Review…” — so it is clear when the task is done.</source>
        <translation>Beginnen Sie mit dem, was jemand tun wird – „Alarm hinzufügen für …“, „Einrichten …“, „Prüfen …“ –, damit klar ist, wann die Aufgabe erledigt ist.</translation>
    </message>
    <message>
        <source>Name one person or team who will see it through; shared tasks tend to stall.</source>
        <translation>Nennen Sie eine Person oder ein Team, die sie zu Ende bringen; geteilte Aufgaben bleiben oft liegen.</translation>
    </message>
    <message>
        <source>Pick a due date, even a rough one, so the task does not drift.</source>
        <translation>Wählen Sie ein Fälligkeitsdatum, auch ein ungefähres, damit die Aufgabe nicht verschleppt wird.</translation>
    </message>
    <message>
        <source>This reads as a topic, not an action.</source>
        <translation>Das liest sich wie ein Thema, nicht wie eine Aufgabe.</translation>
    </message>
    <message>
        <source>Nobody owns this task yet.</source>
        <translation>Für diese Aufgabe ist noch niemand verantwortlich.</translation>
    </message>
    <message>
        <source>This task has no due date.</source>
        <translation>Diese Aufgabe hat kein Fälligkeitsdatum.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>“{typed}” is not a city or time zone I know, or is in several; pick one from the list, such as Paris — Europe/Paris.</source>
        <translation>„{typed}“ ist keine Stadt oder Zeitzone, die ich kenne, oder passt zu mehreren; wählen Sie eine aus der Liste, etwa Berlin — Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
</TS>
