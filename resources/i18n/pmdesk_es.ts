<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;pmdesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write incident postmortems, keep every incident in one searchable library, and hand polished Word documents to leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Your work is saved. Details are in the log folder:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the team library.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The file has been left exactly as it is:
{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Another pmdesk has it open. Close it, then start pmdesk again to open the newest backup ({backup}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

There is no backup of it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

The newest backup is {backup}. Open it instead? The damaged file will be kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library {library}.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Could not save your changes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{label}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicsPage</name>
    <message>
        <source>For example: Checkout outage after the product launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, for someone who was not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times on every page are shown in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected se&amp;rvices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout, Search — separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aut&amp;hors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, and anyone who wrote it with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database, traffic — words to find it by later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarLineEdit</name>
    <message>
        <source>Pick on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Give the postmortem a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the incident start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was the incident over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection is after the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who or what was affected, and how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the root cause in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what happened, moment by moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is long before the incident started; check its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event is long after the incident ended; check its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns this task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is this task due?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns this task, and when is it due?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done, and who will do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done, and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done, who will do it and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is past its due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you see here over the other window&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the other window saved; your unsaved changes here are discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Your changes here are not saved yet: keep your version, or use the one saved there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>mean time to detect, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean time to resolve, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of follow-up tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month (last 24 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by severity (all time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident started in the last 24 months. Older ones are in the Library tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>{EXAMPLE_DAY} or next friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date (2023-11-15, Nov 15, 2023) or words: next friday, in 2 weeks, end of month. Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{EXAMPLE_WHEN}  (or just 10:30 on the same day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} (Still saved: {kept}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} 10:30  (or just 10:30 on the same day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorCalendar</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorChoices</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorConflictBar</name>
    <message>
        <source>Changed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDatetimeField</name>
    <message>
        <source>Type a date and time (2024-03-13 22:40), a time alone (00:45: after midnight it is the next day), or words: Wed 00:45, yesterday 14:00, last night 10:40pm, +15 min (after the start). Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorEventsTable</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorExport</name>
    <message>
        <source>{reason}

Nothing was written. Choose another folder or file name and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorExports</name>
    <message>
        <source>Exporting the postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {name} in {parent}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorFigures</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPageNarrative</name>
    <message>
        <source>&amp;Why it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain of causes, in plain words: what happened first, what that led to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it was fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stopped the impact, and what was done afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the team takes away from this incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPageTimeline</name>
    <message>
        <source>{lines} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pasted line has no time and was not added: {lines}. Put a time in front (10:30 …) and paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} pasted lines have no time and were not added: {lines}. Put a time in front (10:30 …) and paste again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorReviewRender</name>
    <message>
        <source>*This preview shows the first {shown} of {n} events; the exported documents have all of them.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be drawn: the log says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears here once there are events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The timeline chart {why}.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why it happened and how it was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what will change: improvements or tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a short conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorSteps</name>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorTasksTable</name>
    <message>
        <source>Task</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also editing</source>
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
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the full &amp;report (Word)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the leadership &amp;summary (Word)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{number} {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb}: {past}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also open by {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} pmdesk keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated with changes someone else just saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: changed {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the version saved in the other window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last changes could not be saved to the library. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagingPage</name>
    <message>
        <source>&amp;Analogy (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A light-hearted picture of what it felt like, e.g. a traffic jam on a highway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analogy is left out of the Word export for leadership unless you choose to include it; the Markdown export keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart (drawn from your timeline):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add events on the Timeline page and the chart appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be drawn (the log says why).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <source>Example from the sample postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: {example}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Full &amp;report (Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership &amp;summary (Word, one page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authors and the owner of each task. Names typed into the text itself (the timeline, the narrative) stay: change them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export — pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected incident to a file named after its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the {n} selected incidents, one file each, named after its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The light-hearted &amp;analogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s &amp;names (authors and task owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON keeps every field: it is for scripts and other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a file name, or choose one with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name ends in {typed}, which is not {chosen}: end it in {suffix} or choose {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>{caption}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Words in any part of an incident, its events or tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section, with the timeline table and chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures, impact, cause and follow-up tasks on one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For wikis and chat, in the sample&apos;s layout; the chart as a picture beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field as it is stored, for scripts and other tools.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>pmdesk guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <source>Row {row}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{phrase}”: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write “{rewrite}” instead of “{phrase}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import postmortems — pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pmdesk read {value}. Check what it found beside each file&apos;s text; if times or dates were read wrong, change how they are read. Nothing is saved until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What pmdesk found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the document says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as 03-04-2021 are &amp;day first (3 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times without a &amp;zone are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This file cannot be imported: {error}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineEditor</name>
    <message>
        <source>Event text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Another pmdesk window has this library open. You can work in both: every change is saved at once. Changes made there show in this library list when you refresh (F5). If both windows change the same part of an incident, pmdesk asks which version to keep instead of saving over the other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
{current}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>it is not a postmortem pmdesk can read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {n} incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>{tip} ({keys})</source>
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
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New postmortem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new postmortem, guided page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected incident in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the selected incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected incidents to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore deleted incidents, or delete them for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;build search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index every incident afresh, if a search misses what it should find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Markdown or JSON postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected incidents as Word or Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes made by another pmdesk window on this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone, author name, folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library shared on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the incident library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show incident figures and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pmdesk &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use pmdesk, page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first steps, shown at first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and file locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {n} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {n} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {n} incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryDashboard</name>
    <message>
        <source>No incidents yet. Charts and figures appear here once you write a postmortem (File → New postmortem, Ctrl+N) or import some (File → Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident of the last 12 months has the times to work this out from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postmortem has follow-up tasks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmortem still in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmortems still in draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryImportPreview</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryImportSummary</name>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubts — check these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No timeline events&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No tasks&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLibraryPage</name>
    <message>
        <source>No incidents yet.
Write one with New postmortem (Ctrl+N), or bring existing ones in with Import (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident matches these filters.
Try fewer or shorter words, or Clear filters to see every incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your postmortems will be previewed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview: no incident matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryMode</name>
    <message>
        <source>Library state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryOverduePanel</name>
    <message>
        <source>Nothing is overdue. Open tasks whose due date has passed will be listed here; double-click one to open its incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for overdue tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
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
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPreview</name>
    <message>
        <source>Select an incident in the list to see its summary here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can be improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analogy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>Your library is a team library on a PostgreSQL server ({server}). {backups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is one file on this computer, backed up every day: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its backups are made on the server (pg_dump) by whoever runs it: pmdesk makes none of a team library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a day in {folder}, the last seven kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library&apos;s server cannot be reached, so not every incident was changed. Try again when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTableColumns</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTeamDialog</name>
    <message>
        <source>The address of the team library, for example
postgresql://ana@db.example.com/incidents?sslmode=verify-full
or postgresql://?service=incidents for a service of pg_service.conf.

pmdesk keeps no password: PostgreSQL&apos;s own tools find it in ~/.pgpass, in the service or in PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team library&apos;s address starts with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address holds a password. pmdesk uses it now but does not remember it: put the password in ~/.pgpass (or a service of pg_service.conf) instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTeamMode</name>
    <message>
        <source>Offline — your changes are kept and will be saved when the connection returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTrashDialog</name>
    <message>
        <source>The trash is empty. Incidents you delete wait here until you delete them for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>{number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{library} — pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library or dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} of 1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} of {n} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a copy. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {n} copies. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved 1 incident to the trash. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {n} incidents to the trash. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only team library: the preview shows this incident, and Export (Ctrl+E) gives it as a Word or Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortems ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example was deleted from this library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPostmortemDialog</name>
    <message>
        <source>New postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Checkout outage after the product launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of an existing incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything from the incident you pick, as a new draft with its tasks open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident to copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest {COPY_CHOICES} are listed. To copy an older incident, select it in the library and choose Duplicate (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty, so there is nothing to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({started})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverduePanel</name>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system shows it ({example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-hour ({example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24-hour ({example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How times of day are written in every window, the Review page and every export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when pmdesk is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, added as author of new postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pmdesk&apos;s own layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone; choose one from the list, e.g. Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default export folder does not exist; choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word template file does not exist; choose a .docx file or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Incident preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;{value}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Timeline&lt;/h3&gt;&lt;p style=&apos;color:gray&apos;&gt;No events yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline drawing: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tasks&lt;/h3&gt;&lt;p style=&apos;color:gray&apos;&gt;No follow-up tasks.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;no owner&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Before you &amp;share it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing. It is ready to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Word report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lea&amp;dership summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Word report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export leadership summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full report as a Word document, with the timeline chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Word page for leadership: figures, impact, cause and follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown for wikis and chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {rest} more of the same kinds: fix these first, or see each page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ende&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type who or what was affected, and how; Enter adds another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause in a sentence or two; the full story comes on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Root cause:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something that could be better; Enter adds another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make {} a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can be i&amp;mproved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tasks (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet. Choose Add task (or press Insert in the table), then type the task, its owner and due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new task from {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made {what} a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>10:32 AM: The on-call engineer was alerted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New e&amp;vent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the event typed here (Enter); with nothing typed, add an empty event after the last one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected events (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one event per line or chat message of the copied text (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet. Type one above and press Enter, or paste several lines copied from a chat or a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no text to paste. Copy some lines such as “10:30 AM UTC: Alerts fired” first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePreview</name>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident has no timeline events yet. Open it to add some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Drag events to change their times · Shift+drag to select several · double-click to add · Ctrl+wheel to zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({native})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {day}times in {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferRunner</name>
    <message>
        <source>Reading postmortems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing postmortems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting postmortems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was added to the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {done} of 1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {done} of {n} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be imported:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Fix them (or export them again as Markdown or JSON) and import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after {done} of {n} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {done} of {n} incidents to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {done} of {n} incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These could not be exported:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding stopped after {done} of {n} incidents. Search works as before; rebuild again to do the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was rebuilt (1 incident).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was rebuilt ({n} incidents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash — pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore brings an incident back to the library; Undo (Ctrl+Z) works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{title}” for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these {n} incidents for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the incident in the trash for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all {n} incidents in the trash for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question}

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to pmdesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pmdesk helps you write up an incident so that others can learn from it, one question at a time. Everything you type is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new one; an example sits beside every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look at the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finished postmortem of a shop outage, to see what a good one looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import old postmortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in Markdown, JSON or Word files from your wiki or shared drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where my &amp;data is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Basics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the incident a title people will recognise and a short introduction for someone who was not there. Severity, services and tags help others find it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: The Great Downtime Debacle: A Postmortem

Introduction: On Sunday, October 15, 2023, our online shop was down or very slow for 2 hours and 27 minutes after a product launch brought more visitors than our main database could serve. This postmortem explains what happened, how we fixed it, and what we are changing so that it does not happen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did it start, and when was it over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the times in the incident&apos;s time zone; the duration is worked out for you. Then say who was affected and how, one statement per row, and name the root cause in a sentence or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: October 15, 2023, 10:18 AM UTC
End: October 15, 2023, 12:45 PM UTC

Impact:
• The shop&apos;s pages loaded slowly or not at all, and sales were 25% lower than usual while it lasted.
• About 1 in 5 customers who tried to sign in could not.

Root cause: Visitors to the new product&apos;s page made the shop ask the main database far more questions than it could answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, moment by moment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one event per moment: when it happened, what kind of moment it was, and what happened. Paste several lines at once, such as “10:30 AM UTC: Alerts fired”, to add one event per line. Drag events on the chart to fix their times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10:18 AM UTC: The product launch email went out; visits tripled.
10:30 AM UTC: Monitoring alerts showed the database overloaded (detected).
10:32 AM UTC: The on-call engineer was alerted.
11:00 AM UTC: A possible attack was checked and ruled out (a dead end).
11:15 AM UTC: The incident was escalated to the database team.
12:45 PM UTC: Resolved: the load was spread across two more database servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause and resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did it happen, and how was it fixed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the chain of causes in plain words, so that someone outside the team can follow it. Describe what the system or process allowed, not who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new product&apos;s page asked the main database for stock levels on every visit. When the launch email tripled the number of visitors, the database received more requests than it could handle and every page slowed down. The database team added two servers that answer read-only requests and sent the stock-level requests there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvements and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change so it does not happen again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what could be better, then turn it into tasks. A good task starts with a verb, has one owner and a due date. Edit a cell by typing; Tab moves to the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can be improved:
• Add database servers automatically when the load grows.
• Alert on database load earlier, before customers notice.

Tasks:
• Set up automatic scaling for database servers (due by Nov 15, 2023).
• Enhance monitoring and alerting system (due by Oct 31, 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engaging part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can we make it memorable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is drawn from your timeline, so there is nothing to draw. If you like, add a light-hearted analogy; it is left out of the leadership export unless you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagine our shop as a busy highway on the morning of a big sale. Everyone arrived at once, and we had a single lane open. Now we can open more lanes as soon as the traffic builds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did we learn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with what the team takes away from this incident, in two or three sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 2 hours and 27 minutes, many customers could not shop with us. We found the cause, fixed it the same day, and have three changes under way so that a launch can bring as many visitors as it likes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it ready to share?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how the postmortem will read. The checklist shows what is missing or could be clearer; choose an item to go to it. Export when you are happy with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingHints</name>
    <message>
        <source>Try describing what in the system or process let this happen, rather than who did it — for example “the deploy script did not check the config” instead of naming a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Human error” ends the inquiry where it should start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying whose fault it was puts blame on a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This names a person as the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Should have known” judges a person with hindsight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This word judges a person rather than describing what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blame makes people less willing to say what really happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This judges a person rather than describing what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with what someone will do — “Add an alert for…”, “Set up…”, “Review…” — so it is clear when the task is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one person or team who will see it through; shared tasks tend to stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a due date, even a rough one, so the task does not drift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reads as a topic, not an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns this task yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task has no due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>“{typed}” is not a city or time zone I know, or is in several; pick one from the list, such as Paris — Europe/Paris.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
