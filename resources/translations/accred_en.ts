<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Press accreditation desk</source>
        <translation>Press accreditation desk</translation>
    </message>
    <message>
        <source>Registers reporters and their agencies, issues signed QR field passes, runs the checkpoints that scan them and keeps the access log of the press office.</source>
        <translation>Registers reporters and their agencies, issues signed QR field passes, runs the checkpoints that scan them and keeps the access log of the press office.</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>The desk is built on these free software libraries, each under its own licence (as its package states).</source>
        <translation>The desk is built on these free software libraries, each under its own licence (as its package states).</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Libraries and their licences</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Fonts, icons and sounds</source>
        <translation>Fonts, icons and sounds</translation>
    </message>
    <message>
        <source>Files shipped with the desk, as recorded in resources/LICENSES.md.</source>
        <translation>Files shipped with the desk, as recorded in resources/LICENSES.md.</translation>
    </message>
    <message>
        <source>Bundled files and their licences</source>
        <translation>Bundled files and their licences</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AccessEntryEditor</name>
    <message>
        <source>Access recorded by hand</source>
        <translation>Access recorded by hand</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>Date and time in Vietnam</source>
        <translation>Date and time in Vietnam</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <source>e.g. interview on road safety at Tết</source>
        <translation>e.g. interview on road safety at Tết</translation>
    </message>
    <message>
        <source>E&amp;vent or site:</source>
        <translation>E&amp;vent or site:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Reporters given access</source>
        <translation>Reporters given access</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name, press card, CCCD or phone</source>
        <translation>Name, press card, CCCD or phone</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Reporters found</source>
        <translation>Reporters found</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Chosen:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Articles published afterwards</source>
        <translation>Articles published afterwards</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Add &amp;article</source>
        <translation>Add &amp;article</translation>
    </message>
    <message>
        <source>Remove the ar&amp;ticle</source>
        <translation>Remove the ar&amp;ticle</translation>
    </message>
    <message>
        <source>The reporters&apos; agency</source>
        <translation>The reporters&apos; agency</translation>
    </message>
    <message>
        <source>Saving the access…</source>
        <translation>Saving the access…</translation>
    </message>
    <message>
        <source>Record an access</source>
        <translation>Record an access</translation>
    </message>
    <message>
        <source>Access no. {number}</source>
        <translation>Access no. {number}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose the unit</source>
        <translation>Choose the unit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccessHistory</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Event or site</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Reporter taken off: {name}</source>
        <translation>Reporter taken off: {name}</translation>
    </message>
    <message>
        <source>Reporter added: {name}</source>
        <translation>Reporter added: {name}</translation>
    </message>
    <message>
        <source>Article {number} added</source>
        <translation>Article {number} added</translation>
    </message>
    <message>
        <source>Article {number} removed</source>
        <translation>Article {number} removed</translation>
    </message>
    <message>
        <source>Article {number} corrected</source>
        <translation>Article {number} corrected</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refused: {reason}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Subject or result</source>
        <translation>Subject or result</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Event or site</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <source>Reading the access log…</source>
        <translation>Reading the access log…</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refused: {reason}</translation>
    </message>
    <message>
        <source>zone {zone}</source>
        <translation>zone {zone}</translation>
    </message>
    <message>
        <source>pass {serial}</source>
        <translation>pass {serial}</translation>
    </message>
    <message>
        <source>station {station}</source>
        <translation>station {station}</translation>
    </message>
    <message>
        <source>Access saved.</source>
        <translation>Access saved.</translation>
    </message>
    <message>
        <source>Delete the access “{subject}” of {time}?</source>
        <translation>Delete the access “{subject}” of {time}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Only for an access recorded in error: the deletion is kept in the audit trail.</source>
        <translation>Only for an access recorded in error: the deletion is kept in the audit trail.</translation>
    </message>
    <message>
        <source>Deleting the access…</source>
        <translation>Deleting the access…</translation>
    </message>
    <message>
        <source>Access deleted.</source>
        <translation>Access deleted.</translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation>Export the access log</translation>
    </message>
    <message>
        <source>access-log-{date}.xlsx</source>
        <translation>access-log-{date}.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, comma-separated (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the access log…</source>
        <translation>Exporting the access log…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) exported to {file}.</source>
        <translation>
            <numerusform>%n line exported to {file}.</numerusform>
            <numerusform>%n lines exported to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All events and sites</source>
        <translation>All events and sites</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Recorded by hand (all kinds)</source>
        <translation>Recorded by hand (all kinds)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Refused at the gate</source>
        <translation>Refused at the gate</translation>
    </message>
    <message>
        <source>All reporters</source>
        <translation>All reporters</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters. Choose “All” in the filters and clear the days to see the whole log.</source>
        <translation>Nothing in the log matches these filters. Choose “All” in the filters and clear the days to see the whole log.</translation>
    </message>
    <message>
        <source>The log is empty. Checkpoint scans appear here by themselves; an interview, a briefing, an escorted visit or documents given by a unit are recorded with “Record an access…” (Ctrl+N).</source>
        <translation>The log is empty. Checkpoint scans appear here by themselves; an interview, a briefing, an escorted visit or documents given by a unit are recorded with “Record an access…” (Ctrl+N).</translation>
    </message>
    <message>
        <source>The log is empty.</source>
        <translation>The log is empty.</translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>A unit includes its sub-units</source>
        <translation>A unit includes its sub-units</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>E&amp;vent:</source>
        <translation>E&amp;vent:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Re&amp;porter:</source>
        <translation>Re&amp;porter:</translation>
    </message>
    <message>
        <source>Show one reporter&apos;s accesses only</source>
        <translation>Show one reporter&apos;s accesses only</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Record an &amp;access…</source>
        <translation>Record an &amp;access…</translation>
    </message>
    <message>
        <source>E&amp;xport what is shown…</source>
        <translation>E&amp;xport what is shown…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Choose a line of the log to see it whole; an access recorded by hand can be corrected here.</source>
        <translation>Choose a line of the log to see it whole; an access recorded by hand can be corrected here.</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Reporters:</source>
        <translation>Reporters:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Event or site:</source>
        <translation>Event or site:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>History of this entry:</source>
        <translation>History of this entry:</translation>
    </message>
    <message>
        <source>History of this entry</source>
        <translation>History of this entry</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Add a new record to this page</source>
        <translation>Add a new record to this page</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Edit the selected record</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Go to the search box of this page</source>
        <translation>Go to the search box of this page</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read this page again from the database</source>
        <translation>Read this page again from the database</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Open the &amp;checkpoint gate…</source>
        <translation>Open the &amp;checkpoint gate…</translation>
    </message>
    <message>
        <source>Scan passes at a gate: choose event, zone, unit, direction</source>
        <translation>Scan passes at a gate: choose event, zone, unit, direction</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected records</source>
        <translation>Print the selected records</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Read how to do each task at the desk and the checkpoint</source>
        <translation>Read how to do each task at the desk and the checkpoint</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Version and licences</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name or short name (accents optional)</source>
        <translation>Name or short name (accents optional)</translation>
    </message>
    <message>
        <source>&amp;Add agency…</source>
        <translation>&amp;Add agency…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Press agencies</source>
        <translation>Press agencies</translation>
    </message>
    <message>
        <source>Press agency saved.</source>
        <translation>Press agency saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message>
        <source>No press agency matches this search. Clear the search box to see them all.</source>
        <translation>No press agency matches this search. Clear the search box to see them all.</translation>
    </message>
    <message>
        <source>No press agency is registered yet. Press “Add agency…” (Ctrl+N) to add the first one; reporters are registered under their agency.</source>
        <translation>No press agency is registered yet. Press “Add agency…” (Ctrl+N) to add the first one; reporters are registered under their agency.</translation>
    </message>
    <message>
        <source>No press agency is registered yet.</source>
        <translation>No press agency is registered yet.</translation>
    </message>
</context>
<context>
    <name>AgencyEditor</name>
    <message>
        <source>Press agency</source>
        <translation>Press agency</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <source>e.g. TTXVN, VTV</source>
        <translation>e.g. TTXVN, VTV</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Agreement signed on:</source>
        <translation>&amp;Agreement signed on:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Saving the agency…</source>
        <translation>Saving the agency…</translation>
    </message>
    <message>
        <source>New press agency</source>
        <translation>New press agency</translation>
    </message>
    <message>
        <source>Press agency: {name}</source>
        <translation>Press agency: {name}</translation>
    </message>
    <message>
        <source>Choose the kind</source>
        <translation>Choose the kind</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>State of the trail</source>
        <translation>State of the trail</translation>
    </message>
    <message>
        <source>&amp;Verify the trail</source>
        <translation>&amp;Verify the trail</translation>
    </message>
    <message>
        <source>Head hash to write down:</source>
        <translation>Head hash to write down:</translation>
    </message>
    <message>
        <source>Head hash of the trail</source>
        <translation>Head hash of the trail</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>What the check found</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation>Record &amp;kind:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>Hash chain</translation>
    </message>
    <message>
        <source>The trail against the current records</source>
        <translation>The trail against the current records</translation>
    </message>
    <message>
        <source>Heads kept outside the database</source>
        <translation>Heads kept outside the database</translation>
    </message>
    <message>
        <source>Checkpoint stations&apos; scan chains</source>
        <translation>Checkpoint stations&apos; scan chains</translation>
    </message>
    <message>
        <source>Checking the trail…</source>
        <translation>Checking the trail…</translation>
    </message>
    <message>
        <source>Checking every row of the audit trail…</source>
        <translation>Checking every row of the audit trail…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>The trail is intact: {count} changes, none altered or missing.</source>
        <translation>The trail is intact: {count} changes, none altered or missing.</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n. Read each below.</source>
        <translation>
            <numerusform>%n problem found. Read it below.</numerusform>
            <numerusform>%n problems found. Read each below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Head hash copied.</source>
        <translation>Head hash copied.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown; scroll down for older ones</source>
        <translation>
            <numerusform>%n change shown; scroll down for older ones</numerusform>
            <numerusform>%n changes shown; scroll down for older ones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>No change matches these filters. Choose “All” and clear the dates.</source>
        <translation>No change matches these filters. Choose “All” and clear the dates.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>R&amp;estore…</translation>
    </message>
    <message>
        <source>Restore from &amp;another file…</source>
        <translation>Restore from &amp;another file…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>Made by an officer</source>
        <translation>Made by an officer</translation>
    </message>
    <message>
        <source>Before an upgrade (automatic)</source>
        <translation>Before an upgrade (automatic)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Backup made: {name} ({size}).</source>
        <translation>Backup made: {name} ({size}).</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
    <message>
        <source>Desk databases (*.sqlite *.db)</source>
        <translation>Desk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Nothing was restored: the database is as it was.</source>
        <translation>Nothing was restored: the database is as it was.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}. One is made by itself on the first start of each day and before the database is upgraded; the newest {keep} are kept.</source>
        <translation>Backups are kept in {folder}. One is made by itself on the first start of each day and before the database is upgraded; the newest {keep} are kept.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup yet. Press “Back up now” to make the first one.</source>
        <translation>No backup yet. Press “Back up now” to make the first one.</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>Camera picture</source>
        <translation>Camera picture</translation>
    </message>
    <message>
        <source>&amp;Take the photo</source>
        <translation>&amp;Take the photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CheckpointStartDialog</name>
    <message>
        <source>Open the checkpoint gate</source>
        <translation>Open the checkpoint gate</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>&amp;Unit on duty:</source>
        <translation>&amp;Unit on duty:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>&amp;Full screen (leaving it needs the password)</source>
        <translation>&amp;Full screen (leaving it needs the password)</translation>
    </message>
    <message>
        <source>&amp;Open the gate</source>
        <translation>&amp;Open the gate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>In (entries)</source>
        <translation>In (entries)</translation>
    </message>
    <message>
        <source>Out (exits)</source>
        <translation>Out (exits)</translation>
    </message>
    <message>
        <source>There is no event or no police unit yet: add them at the desk first.</source>
        <translation>There is no event or no police unit yet: add them at the desk first.</translation>
    </message>
    <message>
        <source>Outer gate (the whole event)</source>
        <translation>Outer gate (the whole event)</translation>
    </message>
</context>
<context>
    <name>CheckpointWindow</name>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <source>Inside now</source>
        <translation>Inside now</translation>
    </message>
    <message>
        <source>Admitted by hand</source>
        <translation>Admitted by hand</translation>
    </message>
    <message>
        <source>Denials by reason</source>
        <translation>Denials by reason</translation>
    </message>
    <message>
        <source>Last scans (click one to see it again)</source>
        <translation>Last scans (click one to see it again)</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Last scans</translation>
    </message>
    <message>
        <source>Find by &amp;name or serial…</source>
        <translation>Find by &amp;name or serial…</translation>
    </message>
    <message>
        <source>Supervisor &amp;denies…</source>
        <translation>Supervisor &amp;denies…</translation>
    </message>
    <message>
        <source>&amp;Clear (Space)</source>
        <translation>&amp;Clear (Space)</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Mute</translation>
    </message>
    <message>
        <source>C&amp;hange checkpoint…</source>
        <translation>C&amp;hange checkpoint…</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>Close the &amp;gate</source>
        <translation>Close the &amp;gate</translation>
    </message>
    <message>
        <source>Sc&amp;anner…</source>
        <translation>Sc&amp;anner…</translation>
    </message>
    <message>
        <source>Choose how passes are read here: USB scanner, serial scanner or webcam</source>
        <translation>Choose how passes are read here: USB scanner, serial scanner or webcam</translation>
    </message>
    <message>
        <source>Zone {code} — {name}</source>
        <translation>Zone {code} — {name}</translation>
    </message>
    <message>
        <source>Outer gate</source>
        <translation>Outer gate</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>Way in</translation>
    </message>
    <message>
        <source>Way out</source>
        <translation>Way out</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>Checkpoint — {event}</source>
        <translation>Checkpoint — {event}</translation>
    </message>
    <message>
        <source>Reason given: {note}</source>
        <translation>Reason given: {note}</translation>
    </message>
    <message>
        <source>Pass {serial}</source>
        <translation>Pass {serial}</translation>
    </message>
    <message>
        <source>Valid {start} → {end}</source>
        <translation>Valid {start} → {end}</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Ready to scan</translation>
    </message>
    <message>
        <source>Hold the pass&apos;s QR code under the scanner.</source>
        <translation>Hold the pass&apos;s QR code under the scanner.</translation>
    </message>
    <message>
        <source>Clears in {seconds} s (Space)</source>
        <translation>Clears in {seconds} s (Space)</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Scanned at {time} by {officer}</source>
        <translation>Scanned at {time} by {officer}</translation>
    </message>
    <message>
        <source>Supervisor denies entry</source>
        <translation>Supervisor denies entry</translation>
    </message>
    <message>
        <source>Why is {name} not let in? (The pass stays valid; the denial is logged.)</source>
        <translation>Why is {name} not let in? (The pass stays valid; the denial is logged.)</translation>
    </message>
    <message>
        <source>Officer&apos;s password</source>
        <translation>Officer&apos;s password</translation>
    </message>
    <message>
        <source>Type the password of {name} to leave the full-screen gate or change its post.</source>
        <translation>Type the password of {name} to leave the full-screen gate or change its post.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Event or site</source>
        <translation>Event or site</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (a standing site may leave it empty)</source>
        <translation>dd/mm/yyyy (a standing site may leave it empty)</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Organising &amp;unit:</source>
        <translation>Organising &amp;unit:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Add &amp;zone</source>
        <translation>Add &amp;zone</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olour…</translation>
    </message>
    <message>
        <source>&amp;Remove zone</source>
        <translation>&amp;Remove zone</translation>
    </message>
    <message>
        <source>Colour of zone {code}</source>
        <translation>Colour of zone {code}</translation>
    </message>
    <message>
        <source>Saving the event…</source>
        <translation>Saving the event…</translation>
    </message>
    <message>
        <source>New event or site</source>
        <translation>New event or site</translation>
    </message>
    <message>
        <source>Event: {name}</source>
        <translation>Event: {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>from {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name or location (accents optional)</source>
        <translation>Name or location (accents optional)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Add event…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>C&amp;opy to next year</source>
        <translation>C&amp;opy to next year</translation>
    </message>
    <message>
        <source>Events and sites</source>
        <translation>Events and sites</translation>
    </message>
    <message>
        <source>Choose an event or a site in the list to see its zones.</source>
        <translation>Choose an event or a site in the list to see its zones.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Organising unit:</source>
        <translation>Organising unit:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zones:</translation>
    </message>
    <message>
        <source>Zones of this event</source>
        <translation>Zones of this event</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Event saved.</translation>
    </message>
    <message>
        <source>Copying the event…</source>
        <translation>Copying the event…</translation>
    </message>
    <message>
        <source>Copied as “{name}”.</source>
        <translation>Copied as “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) and site(s)</source>
        <translation>
            <numerusform>%n event or site</numerusform>
            <numerusform>%n events and sites</numerusform>
        </translation>
    </message>
    <message>
        <source>No event or site matches this search. Clear the search box and choose “Events and sites” to see them all.</source>
        <translation>No event or site matches this search. Clear the search box and choose “Events and sites” to see them all.</translation>
    </message>
    <message>
        <source>No event or site is registered yet. Press “Add event…” (Ctrl+N) to add one with its zones; passes are issued for an event or a site.</source>
        <translation>No event or site is registered yet. Press “Add event…” (Ctrl+N) to add one with its zones; passes are issued for an event or a site.</translation>
    </message>
    <message>
        <source>No event or site is registered yet.</source>
        <translation>No event or site is registered yet.</translation>
    </message>
    <message>
        <source>&amp;Prepare a checkpoint laptop…</source>
        <translation>&amp;Prepare a checkpoint laptop…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First-time setup</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>The names printed at the top of every pass and report. They can be changed later in the settings.</source>
        <translation>The names printed at the top of every pass and report. They can be changed later in the settings.</translation>
    </message>
    <message>
        <source>Welcome. This database is new: three short steps set it up — your organisation, the first administrator, and the recovery code that keeps the signing key safe.</source>
        <translation>Welcome. This database is new: three short steps set it up — your organisation, the first administrator, and the recovery code that keeps the signing key safe.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>Offi&amp;ce:</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>The first administrator</translation>
    </message>
    <message>
        <source>This account adds the other officers, makes backups and holds the signing key. Its password unlocks the key: choose one only you know.</source>
        <translation>This account adds the other officers, makes backups and holds the signing key. Its password unlocks the key: choose one only you know.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Repeat pass&amp;word:</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <source>Shown only this once. Write it down or print it before you go on.</source>
        <translation>Shown only this once. Write it down or print it before you go on.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>The desk is set up. Sign in with the administrator account to begin.</source>
        <translation>The desk is set up. Sign in with the administrator account to begin.</translation>
    </message>
    <message>
        <source>To look around first, the desk can fill this database with demonstration data: made-up agencies, reporters, events and passes from Thanh Hóa. Use it only on a database for training — real records would be mixed with invented ones.</source>
        <translation>To look around first, the desk can fill this database with demonstration data: made-up agencies, reporters, events and passes from Thanh Hóa. Use it only on a database for training — real records would be mixed with invented ones.</translation>
    </message>
    <message>
        <source>&amp;Load the demonstration data</source>
        <translation>&amp;Load the demonstration data</translation>
    </message>
    <message>
        <source>Creating the administrator and the signing key…</source>
        <translation>Creating the administrator and the signing key…</translation>
    </message>
    <message>
        <source>Loading the demonstration data…</source>
        <translation>Loading the demonstration data…</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>At least {count} characters</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>(technical details only)</source>
        <translation>(technical details only)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>Put every reporter of the file in this agency, whatever the file says</source>
        <translation>Put every reporter of the file in this agency, whatever the file says</translation>
    </message>
    <message>
        <source>Te&amp;xt encoding:</source>
        <translation>Te&amp;xt encoding:</translation>
    </message>
    <message>
        <source>Hea&amp;der row:</source>
        <translation>Hea&amp;der row:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Columns of the file and the field each fills</source>
        <translation>Columns of the file and the field each fills</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Heading in the file</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Show only the rows with &amp;problems</source>
        <translation>Show only the rows with &amp;problems</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row has a problem</source>
        <translation>Import &amp;nothing if any row has a problem</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>{name} (new)</source>
        <translation>{name} (new)</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>not imported</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Press card no.</source>
        <translation>Press card no.</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Card expiry</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
</context>
<context>
    <name>InstallationCheck</name>
    <message>
        <source>Press accreditation desk {version}</source>
        <translation>Press accreditation desk {version}</translation>
    </message>
    <message>
        <source>Qt platform: {name}</source>
        <translation>Qt platform: {name}</translation>
    </message>
    <message>
        <source>the icons cannot be drawn ({path})</source>
        <translation>the icons cannot be drawn ({path})</translation>
    </message>
    <message>
        <source>Icons: drawn</source>
        <translation>Icons: drawn</translation>
    </message>
    <message>
        <source>Fonts: {families}</source>
        <translation>Fonts: {families}</translation>
    </message>
    <message>
        <source>the bundled fonts are missing ({folder})</source>
        <translation>the bundled fonts are missing ({folder})</translation>
    </message>
    <message>
        <source>Translations: {files}</source>
        <translation>Translations: {files}</translation>
    </message>
    <message>
        <source>translations are missing ({folder})</source>
        <translation>translations are missing ({folder})</translation>
    </message>
    <message>
        <source>User guide: {path}</source>
        <translation>User guide: {path}</translation>
    </message>
    <message>
        <source>the user guide is missing ({path})</source>
        <translation>the user guide is missing ({path})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Officers: set up (the sign-in comes first)</source>
        <translation>Officers: set up (the sign-in comes first)</translation>
    </message>
    <message>
        <source>Officers: none yet (the first-run wizard comes first)</source>
        <translation>Officers: none yet (the first-run wizard comes first)</translation>
    </message>
    <message>
        <source>First window shown: {title}</source>
        <translation>First window shown: {title}</translation>
    </message>
    <message>
        <source>the first window could not be shown</source>
        <translation>the first window could not be shown</translation>
    </message>
    <message>
        <source>PROBLEM: {what}</source>
        <translation>PROBLEM: {what}</translation>
    </message>
    <message>
        <source>Installation OK.</source>
        <translation>Installation OK.</translation>
    </message>
    <message>
        <source>Installation NOT OK.</source>
        <translation>Installation NOT OK.</translation>
    </message>
</context>
<context>
    <name>IssuePassesDialog</name>
    <message>
        <source>Issue field passes</source>
        <translation>Issue field passes</translation>
    </message>
    <message>
        <source>Who gets a pass</source>
        <translation>Who gets a pass</translation>
    </message>
    <message>
        <source>A whole &amp;agency:</source>
        <translation>A whole &amp;agency:</translation>
    </message>
    <message>
        <source>&amp;Selected reporters</source>
        <translation>&amp;Selected reporters</translation>
    </message>
    <message>
        <source>Reporters of an earlier e&amp;vent:</source>
        <translation>Reporters of an earlier e&amp;vent:</translation>
    </message>
    <message>
        <source>&amp;Event or site:</source>
        <translation>&amp;Event or site:</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Zones:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Valid &amp;to:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (last valid day)</source>
        <translation>dd/mm/yyyy (last valid day)</translation>
    </message>
    <message>
        <source>Issue even if the press &amp;card expires before the pass ends</source>
        <translation>Issue even if the press &amp;card expires before the pass ends</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Why the pass may outlast the press card (recorded on each pass)</source>
        <translation>Why the pass may outlast the press card (recorded on each pass)</translation>
    </message>
    <message>
        <source>Reporters who will get a pass</source>
        <translation>Reporters who will get a pass</translation>
    </message>
    <message>
        <source>Reporters skipped, with the reason</source>
        <translation>Reporters skipped, with the reason</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name} (standing site)</source>
        <translation>{name} (standing site)</translation>
    </message>
    <message>
        <source>Reading events and agencies…</source>
        <translation>Reading events and agencies…</translation>
    </message>
    <message>
        <source>Tick at least one zone.</source>
        <translation>Tick at least one zone.</translation>
    </message>
    <message>
        <source>Checking who may get a pass…</source>
        <translation>Checking who may get a pass…</translation>
    </message>
    <message>
        <source>press card expires {date}: issued with the reason given</source>
        <translation>press card expires {date}: issued with the reason given</translation>
    </message>
    <message>
        <source>{event} · zones {zones} · valid {first} – {last}</source>
        <translation>{event} · zones {zones} · valid {first} – {last}</translation>
    </message>
    <message numerus="yes">
        <source>Will get a pass: %n</source>
        <translation>
            <numerusform>Will get a pass: %n</numerusform>
            <numerusform>Will get a pass: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped, with the reason: %n</source>
        <translation>
            <numerusform>Skipped, with the reason: %n</numerusform>
            <numerusform>Skipped, with the reason: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Issue %n pass(es)</source>
        <translation>
            <numerusform>&amp;Issue %n pass</numerusform>
            <numerusform>&amp;Issue %n passes</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing the pass…</source>
        <translation>Issuing the pass…</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %n pass(es)…</source>
        <translation>
            <numerusform>Issuing %n pass…</numerusform>
            <numerusform>Issuing %n passes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) could not get a pass after all:</source>
        <translation>
            <numerusform>%n reporter could not get a pass after all:</numerusform>
            <numerusform>%n reporters could not get a pass after all:</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass for {name}</source>
        <translation>Pass for {name}</translation>
    </message>
    <message>
        <source>Issue a field pass</source>
        <translation>Issue a field pass</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected reporters (%n)</source>
        <translation>
            <numerusform>&amp;Selected reporter (%n)</numerusform>
            <numerusform>&amp;Selected reporters (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Accreditation officer</source>
        <translation>Accreditation officer</translation>
    </message>
    <message>
        <source>Checkpoint officer</source>
        <translation>Checkpoint officer</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Blacklisted</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Newspaper</source>
        <translation>Newspaper</translation>
    </message>
    <message>
        <source>Online newspaper</source>
        <translation>Online newspaper</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Television</source>
        <translation>Television</translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation>Magazine</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Standing site</source>
        <translation>Standing site</translation>
    </message>
    <message>
        <source>An officer&apos;s password</source>
        <translation>An officer&apos;s password</translation>
    </message>
    <message>
        <source>The recovery code</source>
        <translation>The recovery code</translation>
    </message>
    <message>
        <source>Unprotected (until the upgrade ends)</source>
        <translation>Unprotected (until the upgrade ends)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reporter&apos;s photo</source>
        <translation>Reporter&apos;s photo</translation>
    </message>
    <message>
        <source>Press agency</source>
        <translation>Press agency</translation>
    </message>
    <message>
        <source>Police unit</source>
        <translation>Police unit</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Event or site</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Field pass</source>
        <translation>Field pass</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Key holder</source>
        <translation>Key holder</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Access entry</source>
        <translation>Access entry</translation>
    </message>
    <message>
        <source>Reporter of an access entry</source>
        <translation>Reporter of an access entry</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Personal data action</source>
        <translation>Personal data action</translation>
    </message>
    <message>
        <source>Checkpoint station</source>
        <translation>Checkpoint station</translation>
    </message>
    <message>
        <source>Station log import</source>
        <translation>Station log import</translation>
    </message>
    <message>
        <source>Station log key</source>
        <translation>Station log key</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Agency (id)</source>
        <translation>Agency (id)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Press card no.</source>
        <translation>Press card no.</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Card expiry</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Parent unit (id)</source>
        <translation>Parent unit (id)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Organising unit (id)</source>
        <translation>Organising unit (id)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit (id)</source>
        <translation>Unit (id)</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Officer (id)</source>
        <translation>Officer (id)</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Public key</translation>
    </message>
    <message>
        <source>Private key (sealed)</source>
        <translation>Private key (sealed)</translation>
    </message>
    <message>
        <source>Retired at</source>
        <translation>Retired at</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Event (id)</source>
        <translation>Event (id)</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(changed)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>a photo</translation>
    </message>
    <message>
        <source>In writing, on paper</source>
        <translation>In writing, on paper</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Electronically</translation>
    </message>
    <message>
        <source>Through the press agency</source>
        <translation>Through the press agency</translation>
    </message>
    <message>
        <source>Purpose of processing</source>
        <translation>Purpose of processing</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <source>Way of consent</source>
        <translation>Way of consent</translation>
    </message>
    <message>
        <source>Anonymised at</source>
        <translation>Anonymised at</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press accreditation desk — {organisation}</source>
        <translation>Press accreditation desk — {organisation}</translation>
    </message>
    <message>
        <source>Officer: {username} ({role})</source>
        <translation>Officer: {username} ({role})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <source>Press accreditation desk</source>
        <translation>Press accreditation desk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Choose the page to work on; Ctrl+1 to Ctrl+9 open them directly.</source>
        <translation>Choose the page to work on; Ctrl+1 to Ctrl+9 open them directly.</translation>
    </message>
    <message>
        <source>Your account is for checkpoint duty only, so the reporter registry is not shown. Open a gate to scan passes with File → Open the checkpoint gate… (Ctrl+K); ask an administrator if you need access to the registry.</source>
        <translation>Your account is for checkpoint duty only, so the reporter registry is not shown. Open a gate to scan passes with File → Open the checkpoint gate… (Ctrl+K); ask an administrator if you need access to the registry.</translation>
    </message>
</context>
<context>
    <name>ManualAdmissionDialog</name>
    <message>
        <source>Admit by name or serial</source>
        <translation>Admit by name or serial</translation>
    </message>
    <message>
        <source>When a pass will not scan (wet, torn, faded): type three letters of the name without accents, or the serial printed on the pass.</source>
        <translation>When a pass will not scan (wet, torn, faded): type three letters of the name without accents, or the serial printed on the pass.</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>e.g. ngu, or 123 for TH-2026-000123</source>
        <translation>e.g. ngu, or 123 for TH-2026-000123</translation>
    </message>
    <message>
        <source>Passes found</source>
        <translation>Passes found</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No pass of this event matches.</source>
        <translation>No pass of this event matches.</translation>
    </message>
    <message>
        <source>can be admitted</source>
        <translation>can be admitted</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>refused: {reason}</translation>
    </message>
    <message>
        <source>{serial} · {status} · zones {zones} · {verdict}</source>
        <translation>{serial} · {status} · zones {zones} · {verdict}</translation>
    </message>
    <message>
        <source>Admit by hand</source>
        <translation>Admit by hand</translation>
    </message>
    <message>
        <source>Why is {serial} admitted without a scan? (required, logged)</source>
        <translation>Why is {serial} admitted without a scan? (required, logged)</translation>
    </message>
</context>
<context>
    <name>OfficerEditor</name>
    <message>
        <source>New officer</source>
        <translation>New officer</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>plain letters, digits, “.”, “_”, “-”</source>
        <translation>plain letters, digits, “.”, “_”, “-”</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>U&amp;nit:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Repeat pass&amp;word:</translation>
    </message>
    <message>
        <source>Adding the officer…</source>
        <translation>Adding the officer…</translation>
    </message>
    <message>
        <source>Manages officers, backups and settings, and issues passes. Holds the signing key under this password.</source>
        <translation>Manages officers, backups and settings, and issues passes. Holds the signing key under this password.</translation>
    </message>
    <message>
        <source>Registers reporters and issues and prints passes. Holds the signing key under this password.</source>
        <translation>Registers reporters and issues and prints passes. Holds the signing key under this password.</translation>
    </message>
    <message>
        <source>Scans passes at a checkpoint; sees no registry.</source>
        <translation>Scans passes at a checkpoint; sees no registry.</translation>
    </message>
    <message>
        <source>Sees the registry and the audit trail; changes nothing.</source>
        <translation>Sees the registry and the audit trail; changes nothing.</translation>
    </message>
    <message>
        <source>Choose the role</source>
        <translation>Choose the role</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficerPasswordDialog</name>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>Repeat pass&amp;word:</source>
        <translation>Repeat pass&amp;word:</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Setting the password…</translation>
    </message>
    <message>
        <source>Set the password of {username}</source>
        <translation>Set the password of {username}</translation>
    </message>
    <message>
        <source>The officer signs in with this password from now on; a lock-out after failed sign-ins is lifted too. Tell them the password in person.</source>
        <translation>The officer signs in with this password from now on; a lock-out after failed sign-ins is lifted too. Tell them the password in person.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No: set the password again</source>
        <translation>No: set the password again</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Can issue passes</source>
        <translation>Can issue passes</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
</context>
<context>
    <name>OfficersPage</name>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Add officer…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Set &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>&amp;New recovery code…</source>
        <translation>&amp;New recovery code…</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code…</source>
        <translation>Use the recovery &amp;code…</translation>
    </message>
    <message>
        <source>Officer {username} added.</source>
        <translation>Officer {username} added.</translation>
    </message>
    <message>
        <source>Officer {username} was added.</source>
        <translation>Officer {username} was added.</translation>
    </message>
    <message>
        <source>The password of {username} was set.</source>
        <translation>The password of {username} was set.</translation>
    </message>
    <message>
        <source>The signing key is kept under the new password: {username} can issue passes.</source>
        <translation>The signing key is kept under the new password: {username} can issue passes.</translation>
    </message>
    <message>
        <source>This role does not issue passes, so no signing key is needed.</source>
        <translation>This role does not issue passes, so no signing key is needed.</translation>
    </message>
    <message>
        <source>{username} may sign in again with the same password.</source>
        <translation>{username} may sign in again with the same password.</translation>
    </message>
    <message>
        <source>Disable the account of {username} ({name})?</source>
        <translation>Disable the account of {username} ({name})?</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>They can no longer sign in, and their password no longer opens the signing key. An account cannot be enabled again: add a new one if they come back.</source>
        <translation>They can no longer sign in, and their password no longer opens the signing key. An account cannot be enabled again: add a new one if they come back.</translation>
    </message>
    <message>
        <source>Account {username} disabled.</source>
        <translation>Account {username} disabled.</translation>
    </message>
    <message>
        <source>Make a new recovery code?</source>
        <translation>Make a new recovery code?</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Make a new code</translation>
    </message>
    <message>
        <source>The code on paper now stops opening this database (backups made before keep the old one). The new code is shown once: have paper and pen ready, or a printer.</source>
        <translation>The code on paper now stops opening this database (backups made before keep the old one). The new code is shown once: have paper and pen ready, or a printer.</translation>
    </message>
    <message>
        <source>Making a new recovery code…</source>
        <translation>Making a new recovery code…</translation>
    </message>
    <message>
        <source>The new recovery code. The old code no longer opens this database.</source>
        <translation>The new recovery code. The old code no longer opens this database.</translation>
    </message>
    <message>
        <source>Your session now holds the signing key.</source>
        <translation>Your session now holds the signing key.</translation>
    </message>
    <message>
        <source>Your session holds the signing key: officers you add or whose password you set can issue passes. Make a new recovery code when the paper copy may have been seen by someone else.</source>
        <translation>Your session holds the signing key: officers you add or whose password you set can issue passes. Make a new recovery code when the paper copy may have been seen by someone else.</translation>
    </message>
    <message>
        <source>Your session does not hold the signing key (your password was set by someone whose session had none). Until it does, no pass can be issued and new officers cannot be given the key: use the recovery code.</source>
        <translation>Your session does not hold the signing key (your password was set by someone whose session had none). Until it does, no pass can be issued and new officers cannot be given the key: use the recovery code.</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n officer</numerusform>
            <numerusform>%n officers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message>
        <source>No officer yet: press “Add officer…” (Ctrl+N).</source>
        <translation>No officer yet: press “Add officer…” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <source>Press agencies</source>
        <translation>Press agencies</translation>
    </message>
    <message>
        <source>Events and sites</source>
        <translation>Events and sites</translation>
    </message>
    <message>
        <source>Police units</source>
        <translation>Police units</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Field passes</source>
        <translation>Field passes</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Import reporters</source>
        <translation>Import reporters</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>PassListModel</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Event or site</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Revoked on {time}: {reason}</source>
        <translation>Revoked on {time}: {reason}</translation>
    </message>
    <message>
        <source>Not printed yet.</source>
        <translation>Not printed yet.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s), last on {time}.</source>
        <translation>
            <numerusform>Printed %n time, on {time}.</numerusform>
            <numerusform>Printed %n times, last on {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued by {officer} on {time}.</source>
        <translation>Issued by {officer} on {time}.</translation>
    </message>
    <message>
        <source>Issued past the press card&apos;s expiry: {reason}</source>
        <translation>Issued past the press card&apos;s expiry: {reason}</translation>
    </message>
</context>
<context>
    <name>PassTableModel</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Event or site</source>
        <translation>Event or site</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PassesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Reporter&apos;s name or pass serial (accents optional)</source>
        <translation>Reporter&apos;s name or pass serial (accents optional)</translation>
    </message>
    <message>
        <source>&amp;Issue passes…</source>
        <translation>&amp;Issue passes…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Pri&amp;nt…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>Signing &amp;keys…</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Not &amp;printed yet</source>
        <translation>Not &amp;printed yet</translation>
    </message>
    <message>
        <source>Field passes</source>
        <translation>Field passes</translation>
    </message>
    <message>
        <source>Reading the passes…</source>
        <translation>Reading the passes…</translation>
    </message>
    <message>
        <source>Your session holds no signing key, so it cannot sign passes. An administrator can set your password again to give you one.</source>
        <translation>Your session holds no signing key, so it cannot sign passes. An administrator can set your password again to give you one.</translation>
    </message>
    <message>
        <source>A revoked pass cannot be printed.</source>
        <translation>A revoked pass cannot be printed.</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) issued.</source>
        <translation>
            <numerusform>%n pass issued.</numerusform>
            <numerusform>%n passes issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print the %n new pass(es) now?</source>
        <translation>
            <numerusform>Print the %n new pass now?</numerusform>
            <numerusform>Print the %n new passes now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) revoked.</source>
        <translation>
            <numerusform>%n pass revoked.</numerusform>
            <numerusform>%n passes revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked pass(es) left out: a revoked pass cannot be printed.</source>
        <translation>
            <numerusform>%n revoked pass left out: a revoked pass cannot be printed.</numerusform>
            <numerusform>%n revoked passes left out: a revoked pass cannot be printed.</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All events and sites</source>
        <translation>All events and sites</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message numerus="yes">
        <source>More than %n passes</source>
        <translation>
            <numerusform>More than %n pass</numerusform>
            <numerusform>More than %n passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>No pass matches this search and these filters. Clear the search box and choose “All” in the filters to see every pass.</source>
        <translation>No pass matches this search and these filters. Clear the search box and choose “All” in the filters to see every pass.</translation>
    </message>
    <message>
        <source>No pass has been issued yet. Press “Issue passes…” (Ctrl+N) to issue passes to an agency&apos;s reporters, or issue one from a reporter&apos;s record.</source>
        <translation>No pass has been issued yet. Press “Issue passes…” (Ctrl+N) to issue passes to an agency&apos;s reporters, or issue one from a reporter&apos;s record.</translation>
    </message>
    <message>
        <source>No pass has been issued yet.</source>
        <translation>No pass has been issued yet.</translation>
    </message>
</context>
<context>
    <name>PhotoCropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>Crop the photo</translation>
    </message>
    <message>
        <source>Drag the frame (or use the arrow keys) to put the face in it; the mouse wheel or + and − change its size. The part inside the frame is printed on the pass.</source>
        <translation>Drag the frame (or use the arrow keys) to put the face in it; the mouse wheel or + and − change its size. The part inside the frame is printed on the pass.</translation>
    </message>
    <message>
        <source>Photo with the crop frame</source>
        <translation>Photo with the crop frame</translation>
    </message>
    <message>
        <source>Turn the photo a quarter to the left</source>
        <translation>Turn the photo a quarter to the left</translation>
    </message>
    <message>
        <source>Turn left</source>
        <translation>Turn left</translation>
    </message>
    <message>
        <source>Turn the photo a quarter to the right</source>
        <translation>Turn the photo a quarter to the right</translation>
    </message>
    <message>
        <source>Turn right</source>
        <translation>Turn right</translation>
    </message>
    <message>
        <source>Smaller frame (−)</source>
        <translation>Smaller frame (−)</translation>
    </message>
    <message>
        <source>Smaller frame</source>
        <translation>Smaller frame</translation>
    </message>
    <message>
        <source>Larger frame (+)</source>
        <translation>Larger frame (+)</translation>
    </message>
    <message>
        <source>Larger frame</source>
        <translation>Larger frame</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The camera cannot be used: Qt Multimedia is not installed.</source>
        <translation>The camera cannot be used: Qt Multimedia is not installed.</translation>
    </message>
    <message>
        <source>No webcam was found on this computer.</source>
        <translation>No webcam was found on this computer.</translation>
    </message>
    <message>
        <source>{width} × {height} px</source>
        <translation>{width} × {height} px</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Use this photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cutting the photo…</source>
        <translation>Cutting the photo…</translation>
    </message>
    <message>
        <source>The camera is not ready yet; try again.</source>
        <translation>The camera is not ready yet; try again.</translation>
    </message>
    <message>
        <source>The camera reported a problem: {detail}</source>
        <translation>The camera reported a problem: {detail}</translation>
    </message>
    <message>
        <source>Choose the reporter&apos;s photo</source>
        <translation>Choose the reporter&apos;s photo</translation>
    </message>
    <message>
        <source>Reading the photo…</source>
        <translation>Reading the photo…</translation>
    </message>
</context>
<context>
    <name>PrintPassesDialog</name>
    <message>
        <source>Print field passes</source>
        <translation>Print field passes</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>&amp;Card (85.6 × 54 mm)</source>
        <translation>&amp;Card (85.6 × 54 mm)</translation>
    </message>
    <message>
        <source>&amp;Badge (A6, for a lanyard)</source>
        <translation>&amp;Badge (A6, for a lanyard)</translation>
    </message>
    <message>
        <source>A4 &amp;sheet (10 cards, crop marks)</source>
        <translation>A4 &amp;sheet (10 cards, crop marks)</translation>
    </message>
    <message>
        <source>Bac&amp;k side: rules of conduct</source>
        <translation>Bac&amp;k side: rules of conduct</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preview of the page</source>
        <translation>Preview of the page</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>Reading the passes…</source>
        <translation>Reading the passes…</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>Drawing the page…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these passes was printed before. Print again?</source>
        <translation>
            <numerusform>%n of these passes was printed before. Print it again?</numerusform>
            <numerusform>%n of these passes were printed before. Print them again?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>{serial} — {name}: printed on {time}</source>
        <translation>{serial} — {name}: printed on {time}</translation>
    </message>
    <message>
        <source>Field passes</source>
        <translation>Field passes</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n pass(es) to the printer…</source>
        <translation>
            <numerusform>Sending %n pass to the printer…</numerusform>
            <numerusform>Sending %n passes to the printer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printing stopped: %n pass(es) were sent to the printer and recorded as printed.</source>
        <translation>
            <numerusform>Printing stopped: %n pass was sent to the printer and recorded as printed.</numerusform>
            <numerusform>Printing stopped: %n passes were sent to the printer and recorded as printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) sent to {printer}.</source>
        <translation>
            <numerusform>%n pass sent to {printer}.</numerusform>
            <numerusform>%n passes sent to {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>the printer</translation>
    </message>
    <message>
        <source>field-passes.pdf</source>
        <translation>field-passes.pdf</translation>
    </message>
    <message>
        <source>Save the passes as a PDF</source>
        <translation>Save the passes as a PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n pass(es) to the PDF file…</source>
        <translation>
            <numerusform>Writing %n pass to the PDF file…</numerusform>
            <numerusform>Writing %n passes to the PDF file…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: no file was written and nothing is recorded.</source>
        <translation>Stopped: no file was written and nothing is recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file}: %n pass(es), {pages} page(s).</source>
        <translation>
            <numerusform>Saved {file}: %n pass, {pages} page(s).</numerusform>
            <numerusform>Saved {file}: %n passes, {pages} page(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them printed before: you will be asked before printing again.</source>
        <translation>
            <numerusform>%n of them was printed before: you will be asked before printing it again.</numerusform>
            <numerusform>%n of them printed before: you will be asked before printing again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer installed</source>
        <translation>No printer installed</translation>
    </message>
    <message>
        <source>Install a printer on this computer to print; Save as PDF still works.</source>
        <translation>Install a printer on this computer to print; Save as PDF still works.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save the passes as a PDF and print the file from another computer or a print shop.</source>
        <translation>No printer is installed on this computer. Save the passes as a PDF and print the file from another computer or a print shop.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>How long personal data is kept</source>
        <translation>How long personal data is kept</translation>
    </message>
    <message>
        <source>A reporter&apos;s name, numbers and photo are kept for this many years after their last pass, scan or access, then anonymised. The record itself stays, so the counts in past reports stay right (Law 91/2025/QH15, Decree 356/2025).</source>
        <translation>A reporter&apos;s name, numbers and photo are kept for this many years after their last pass, scan or access, then anonymised. The record itself stays, so the counts in past reports stay right (Law 91/2025/QH15, Decree 356/2025).</translation>
    </message>
    <message>
        <source>&amp;Years kept:</source>
        <translation>&amp;Years kept:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Anonymise the reporters past that time</source>
        <translation>Anonymise the reporters past that time</translation>
    </message>
    <message>
        <source>&amp;Check who is due</source>
        <translation>&amp;Check who is due</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymise…</translation>
    </message>
    <message>
        <source>Reporters due for anonymisation</source>
        <translation>Reporters due for anonymisation</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message numerus="yes">
        <source>Personal data is now kept %n year(s) after the last activity.</source>
        <translation>
            <numerusform>Personal data is now kept %n year after the last activity.</numerusform>
            <numerusform>Personal data is now kept %n years after the last activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for reporters past the retention period…</source>
        <translation>Looking for reporters past the retention period…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n reporter(s)?</source>
        <translation>
            <numerusform>Anonymise %n reporter?</numerusform>
            <numerusform>Anonymise %n reporters?</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Their names, card numbers, CCCD, phone, e-mail, date of birth, notes and photos are erased, from the audit trail&apos;s copies too; the records stay, so past reports keep their counts. This cannot be undone. Backups made before keep the data until they are rotated out.</source>
        <translation>Their names, card numbers, CCCD, phone, e-mail, date of birth, notes and photos are erased, from the audit trail&apos;s copies too; the records stay, so past reports keep their counts. This cannot be undone. Backups made before keep the data until they are rotated out.</translation>
    </message>
    <message>
        <source>Anonymising…</source>
        <translation>Anonymising…</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) anonymised.</source>
        <translation>
            <numerusform>%n reporter anonymised.</numerusform>
            <numerusform>%n reporters anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) anonymised</source>
        <translation>
            <numerusform>%n reporter anonymised</numerusform>
            <numerusform>%n reporters anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the audit trail redacted</source>
        <translation>
            <numerusform>%n row of the audit trail redacted</numerusform>
            <numerusform>%n rows of the audit trail redacted</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail&apos;s head hash is now {hash}: write it down in place of the old one.</source>
        <translation>The audit trail&apos;s head hash is now {hash}: write it down in place of the old one.</translation>
    </message>
    <message>
        <source>Press “Check who is due”: nothing is changed until you confirm.</source>
        <translation>Press “Check who is due”: nothing is changed until you confirm.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is past the retention period of %n year(s).</source>
        <translation>
            <numerusform>Nobody is past the retention period of %n year.</numerusform>
            <numerusform>Nobody is past the retention period of %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) would be anonymised (retention period {years} years):</source>
        <translation>
            <numerusform>%n reporter would be anonymised (retention period {years} years):</numerusform>
            <numerusform>%n reporters would be anonymised (retention period {years} years):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n reporter(s)…</source>
        <translation>
            <numerusform>&amp;Anonymise %n reporter…</numerusform>
            <numerusform>&amp;Anonymise %n reporters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Press accreditation desk</source>
        <translation>Press accreditation desk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the changes you made?</source>
        <translation>Save the changes you made?</translation>
    </message>
    <message>
        <source>If you do not save them, what you typed is lost.</source>
        <translation>If you do not save them, what you typed is lost.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecoverKeyDialog</name>
    <message>
        <source>Use the recovery code</source>
        <translation>Use the recovery code</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>Opening the signing key…</source>
        <translation>Opening the signing key…</translation>
    </message>
    <message>
        <source>Your session does not hold the signing key, so no pass can be issued and no officer can be given the key. Type the recovery code from the paper copy and your own password: the key is then kept under your password as well.</source>
        <translation>Your session does not hold the signing key, so no pass can be issued and no officer can be given the key. Type the recovery code from the paper copy and your own password: the key is then kept under your password as well.</translation>
    </message>
    <message>
        <source>Open the key</source>
        <translation>Open the key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>I have &amp;written it down and locked it away</source>
        <translation>I have &amp;written it down and locked it away</translation>
    </message>
    <message>
        <source>C&amp;opied</source>
        <translation>C&amp;opied</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <source>Recovery code of the press accreditation desk</source>
        <translation>Recovery code of the press accreditation desk</translation>
    </message>
    <message>
        <source>Made at {time}.</source>
        <translation>Made at {time}.</translation>
    </message>
    <message>
        <source>This is the desk&apos;s recovery code. If every officer who can issue passes forgets the password or leaves, an administrator types this code to take back the signing key, without which no pass can be issued. Anyone holding it can do the same, so keep it like the key of a safe.</source>
        <translation>This is the desk&apos;s recovery code. If every officer who can issue passes forgets the password or leaves, an administrator types this code to take back the signing key, without which no pass can be issued. Anyone holding it can do the same, so keep it like the key of a safe.</translation>
    </message>
</context>
<context>
    <name>ReporterChooser</name>
    <message>
        <source>Choose a reporter</source>
        <translation>Choose a reporter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Name, press card, CCCD or phone</source>
        <translation>Name, press card, CCCD or phone</translation>
    </message>
    <message>
        <source>Reporters found</source>
        <translation>Reporters found</translation>
    </message>
    <message>
        <source>&amp;All reporters</source>
        <translation>&amp;All reporters</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReporterDetail</name>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Reporter saved.</source>
        <translation>Reporter saved.</translation>
    </message>
    <message>
        <source>Status saved.</source>
        <translation>Status saved.</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>Photo saved.</translation>
    </message>
    <message>
        <source>Saving the photo…</source>
        <translation>Saving the photo…</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>From a &amp;file…</translation>
    </message>
    <message>
        <source>From the &amp;webcam…</source>
        <translation>From the &amp;webcam…</translation>
    </message>
    <message>
        <source>Pass issued.</source>
        <translation>Pass issued.</translation>
    </message>
    <message>
        <source>Print the new pass now?</source>
        <translation>Print the new pass now?</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Consent: not recorded</source>
        <translation>Consent: not recorded</translation>
    </message>
    <message>
        <source>Consent: {when_and_how}</source>
        <translation>Consent: {when_and_how}</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Export everything about {name}</translation>
    </message>
    <message>
        <source>personal-data-{id}.zip</source>
        <translation>personal-data-{id}.zip</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP archive (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the personal data…</source>
        <translation>Exporting the personal data…</translation>
    </message>
    <message>
        <source>Personal data exported to {file} (the export is recorded).</source>
        <translation>Personal data exported to {file} (the export is recorded).</translation>
    </message>
</context>
<context>
    <name>ReporterEditor</name>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>e.g. reporter, editor, camera operator</source>
        <translation>e.g. reporter, editor, camera operator</translation>
    </message>
    <message>
        <source>Press &amp;card no.:</source>
        <translation>Press &amp;card no.:</translation>
    </message>
    <message>
        <source>Card e&amp;xpiry:</source>
        <translation>Card e&amp;xpiry:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Citizen I&amp;D (CCCD):</source>
        <translation>Citizen I&amp;D (CCCD):</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>G&amp;ender:</source>
        <translation>G&amp;ender:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Photo from fi&amp;le…</source>
        <translation>Photo from fi&amp;le…</translation>
    </message>
    <message>
        <source>Take with &amp;webcam…</source>
        <translation>Take with &amp;webcam…</translation>
    </message>
    <message>
        <source>Saving the reporter…</source>
        <translation>Saving the reporter…</translation>
    </message>
    <message>
        <source>New reporter</source>
        <translation>New reporter</translation>
    </message>
    <message>
        <source>Reporter: {name}</source>
        <translation>Reporter: {name}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add a press agency first</source>
        <translation>Add a press agency first</translation>
    </message>
    <message>
        <source>Choose the agency</source>
        <translation>Choose the agency</translation>
    </message>
    <message>
        <source>P&amp;urpose of processing:</source>
        <translation>P&amp;urpose of processing:</translation>
    </message>
    <message>
        <source>Why the desk holds this reporter&apos;s personal data; left empty, the desk&apos;s own purpose is recorded</source>
        <translation>Why the desk holds this reporter&apos;s personal data; left empty, the desk&apos;s own purpose is recorded</translation>
    </message>
    <message>
        <source>Consent d&amp;ate:</source>
        <translation>Consent d&amp;ate:</translation>
    </message>
    <message>
        <source>Wa&amp;y of consent:</source>
        <translation>Wa&amp;y of consent:</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>the desk&apos;s own purpose</source>
        <translation>the desk&apos;s own purpose</translation>
    </message>
</context>
<context>
    <name>ReporterImportPage</name>
    <message>
        <source>Choose the agency&apos;s list of reporters</source>
        <translation>Choose the agency&apos;s list of reporters</translation>
    </message>
    <message>
        <source>Lists of reporters (*.csv *.xlsx *.xls *.ods *.txt)</source>
        <translation>Lists of reporters (*.csv *.xlsx *.xls *.ods *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>Field of column {number}</source>
        <translation>Field of column {number}</translation>
    </message>
    <message>
        <source>Importing {count} reporter(s)…</source>
        <translation>Importing {count} reporter(s)…</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) imported from {file}.</source>
        <translation>
            <numerusform>%n reporter imported from {file}.</numerusform>
            <numerusform>%n reporters imported from {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n reporter(s)</source>
        <translation>
            <numerusform>&amp;Import %n reporter</numerusform>
            <numerusform>&amp;Import %n reporters</numerusform>
        </translation>
    </message>
    <message>
        <source>sheet “{sheet}”</source>
        <translation>sheet “{sheet}”</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>encoding {encoding}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>columns separated by {delimiter}</source>
        <translation>columns separated by {delimiter}</translation>
    </message>
    <message>
        <source>headings on row {row}</source>
        <translation>headings on row {row}</translation>
    </message>
    <message>
        <source>columns recognised from their headings</source>
        <translation>columns recognised from their headings</translation>
    </message>
    <message>
        <source>columns as set for this list last time</source>
        <translation>columns as set for this list last time</translation>
    </message>
    <message>
        <source>columns as you set them</source>
        <translation>columns as you set them</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n can be imported</source>
        <translation>
            <numerusform>%n can be imported</numerusform>
            <numerusform>%n can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot</source>
        <translation>
            <numerusform>%n cannot</numerusform>
            <numerusform>%n cannot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>new agencies: {names}</source>
        <translation>new agencies: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) left out</source>
        <translation>
            <numerusform>%n empty row left out</numerusform>
            <numerusform>%n empty rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s) imported.</source>
        <translation>
            <numerusform>%n reporter imported.</numerusform>
            <numerusform>%n reporters imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>New agencies: {names}.</source>
        <translation>New agencies: {names}.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>row {row}: {reason}</translation>
    </message>
    <message>
        <source>Choose the list an agency sent (CSV or Excel). Nothing is written until you press “Import”: first you see how each column is read and what each row will become.</source>
        <translation>Choose the list an agency sent (CSV or Excel). Nothing is written until you press “Import”: first you see how each column is read and what each row will become.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>As the file says</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>found by itself</source>
        <translation>found by itself</translation>
    </message>
</context>
<context>
    <name>ReporterStatusDialog</name>
    <message>
        <source>Saving the status…</source>
        <translation>Saving the status…</translation>
    </message>
    <message>
        <source>Current status: {status}</source>
        <translation>Current status: {status}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reporter status</source>
        <translation>Reporter status</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>&amp;Active: may receive field passes</source>
        <translation>&amp;Active: may receive field passes</translation>
    </message>
    <message>
        <source>S&amp;uspended: no new passes, checkpoints refuse current ones</source>
        <translation>S&amp;uspended: no new passes, checkpoints refuse current ones</translation>
    </message>
    <message>
        <source>&amp;Blacklisted: refused until an officer reinstates</source>
        <translation>&amp;Blacklisted: refused until an officer reinstates</translation>
    </message>
    <message>
        <source>&amp;Reason (required to suspend or blacklist):</source>
        <translation>&amp;Reason (required to suspend or blacklist):</translation>
    </message>
</context>
<context>
    <name>ReporterTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Press card no.</source>
        <translation>Press card no.</translation>
    </message>
    <message>
        <source>Card expiry</source>
        <translation>Card expiry</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Live passes</source>
        <translation>Live passes</translation>
    </message>
</context>
<context>
    <name>ReportersPage</name>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Expiring within 30 days</translation>
    </message>
    <message>
        <source>Reading the reporter registry…</source>
        <translation>Reading the reporter registry…</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any expiry</source>
        <translation>Any expiry</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>More than %n reporter(s)</source>
        <translation>
            <numerusform>More than %n reporter</numerusform>
            <numerusform>More than %n reporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n reporter</numerusform>
            <numerusform>%n reporters</numerusform>
        </translation>
    </message>
    <message>
        <source>No reporter matches this search and these filters. Clear the search box and choose “All” in the filters to see the whole registry.</source>
        <translation>No reporter matches this search and these filters. Clear the search box and choose “All” in the filters to see the whole registry.</translation>
    </message>
    <message>
        <source>No reporter is registered yet. Press “Add reporter…” (Ctrl+N) to register the first one.</source>
        <translation>No reporter is registered yet. Press “Add reporter…” (Ctrl+N) to register the first one.</translation>
    </message>
    <message>
        <source>No reporter is registered yet. An accreditation officer registers them.</source>
        <translation>No reporter is registered yet. An accreditation officer registers them.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name, press card, citizen ID or phone (accents optional)</source>
        <translation>Name, press card, citizen ID or phone (accents optional)</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gency:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Press &amp;card:</source>
        <translation>Press &amp;card:</translation>
    </message>
    <message>
        <source>&amp;Add reporter…</source>
        <translation>&amp;Add reporter…</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <source>Choose a reporter in the list to see the record, the passes and the history of changes.</source>
        <translation>Choose a reporter in the list to see the record, the passes and the history of changes.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agency:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Press card no.:</source>
        <translation>Press card no.:</translation>
    </message>
    <message>
        <source>Card expiry:</source>
        <translation>Card expiry:</translation>
    </message>
    <message>
        <source>Citizen ID:</source>
        <translation>Citizen ID:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ph&amp;oto…</source>
        <translation>Ph&amp;oto…</translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation>Change stat&amp;us…</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>Passes of this reporter</source>
        <translation>Passes of this reporter</translation>
    </message>
    <message>
        <source>No field pass has been issued to this reporter yet.</source>
        <translation>No field pass has been issued to this reporter yet.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>History of changes to this record</source>
        <translation>History of changes to this record</translation>
    </message>
    <message>
        <source>&amp;Issue a pass…</source>
        <translation>&amp;Issue a pass…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xport personal data…</translation>
    </message>
    <message>
        <source>Everything held about this reporter in one file, for a request under the personal data law</source>
        <translation>Everything held about this reporter in one file, for a request under the personal data law</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Cooperation report</source>
        <translation>Cooperation report</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;umber:</translation>
    </message>
    <message>
        <source>left blank for the registry</source>
        <translation>left blank for the registry</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>&amp;Signer&apos;s title:</source>
        <translation>&amp;Signer&apos;s title:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Save as E&amp;xcel…</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>Checkpoint briefing sheet</source>
        <translation>Checkpoint briefing sheet</translation>
    </message>
    <message>
        <source>&amp;Event or site:</source>
        <translation>&amp;Event or site:</translation>
    </message>
    <message>
        <source>Every pass that would open the gate now, with photo, name, agency, zones and serial, in Vietnamese name order: the paper list the gate works from if the scanner or the laptop fails.</source>
        <translation>Every pass that would open the gate now, with photo, name, agency, zones and serial, in Vietnamese name order: the paper list the gate works from if the scanner or the laptop fails.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Preview of the briefing sheet</source>
        <translation>Preview of the briefing sheet</translation>
    </message>
    <message>
        <source>Counting the report&apos;s figures…</source>
        <translation>Counting the report&apos;s figures…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries} entries at the gates, {access} accesses recorded, {reporters} reporters served.</source>
        <translation>{entries} entries at the gates, {access} accesses recorded, {reporters} reporters served.</translation>
    </message>
    <message>
        <source>cooperation-report</source>
        <translation>cooperation-report</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the cooperation report</source>
        <translation>Save the cooperation report</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Saved as {file}.</translation>
    </message>
    <message>
        <source>Drawing the briefing sheet…</source>
        <translation>Drawing the briefing sheet…</translation>
    </message>
    <message numerus="yes">
        <source>%n valid pass(es)</source>
        <translation>
            <numerusform>%n valid pass</numerusform>
            <numerusform>%n valid passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (revoked, expired or reporter blocked)</source>
        <translation>
            <numerusform>%n left out (revoked, expired or reporter blocked)</numerusform>
            <numerusform>%n left out (revoked, expired or reporter blocked)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the briefing sheet</source>
        <translation>Save the briefing sheet</translation>
    </message>
    <message>
        <source>briefing-sheet-{event}.pdf</source>
        <translation>briefing-sheet-{event}.pdf</translation>
    </message>
    <message>
        <source>Saving the briefing sheet…</source>
        <translation>Saving the briefing sheet…</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>A year</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>A quarter</translation>
    </message>
    <message>
        <source>One event, all of it</source>
        <translation>One event, all of it</translation>
    </message>
    <message>
        <source>From day to day</source>
        <translation>From day to day</translation>
    </message>
    <message>
        <source>Quarter {number}</source>
        <translation>Quarter {number}</translation>
    </message>
    <message>
        <source>Choose the event</source>
        <translation>Choose the event</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Choose the period and press “Preview”: the pages appear here as they will be printed.</source>
        <translation>Choose the period and press “Preview”: the pages appear here as they will be printed.</translation>
    </message>
    <message>
        <source>Choose the event and press “Preview”.</source>
        <translation>Choose the event and press “Preview”.</translation>
    </message>
</context>
<context>
    <name>Restoring</name>
    <message>
        <source>{path} (no such file)</source>
        <translation>{path} (no such file)</translation>
    </message>
    <message>
        <source>{path} ({size}, last changed at {time})</source>
        <translation>{path} ({size}, last changed at {time})</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?</source>
        <translation>Restore the backup {backup}?</translation>
    </message>
    <message>
        <source>The damaged database {current} will be replaced by it.</source>
        <translation>The damaged database {current} will be replaced by it.</translation>
    </message>
    <message>
        <source>The current database {current} will be replaced by it: every change made since the backup was taken is no longer in the desk.</source>
        <translation>The current database {current} will be replaced by it: every change made since the backup was taken is no longer in the desk.</translation>
    </message>
    <message>
        <source>The replaced file is kept aside, beside the database, so nothing is lost. The desk must be closed on every other computer using this database. Afterwards everyone signs in again.</source>
        <translation>The replaced file is kept aside, beside the database, so nothing is lost. The desk must be closed on every other computer using this database. Afterwards everyone signs in again.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restore anyway</translation>
    </message>
    <message>
        <source>Someone may have changed this file outside the desk. Restore it only if you know where it comes from; the differences found are:</source>
        <translation>Someone may have changed this file outside the desk. Restore it only if you know where it comes from; the differences found are:</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <source>The backup was restored. The replaced database was kept as {path}.</source>
        <translation>The backup was restored. The replaced database was kept as {path}.</translation>
    </message>
</context>
<context>
    <name>RevokePassesDialog</name>
    <message>
        <source>Revoke field passes</source>
        <translation>Revoke field passes</translation>
    </message>
    <message>
        <source>Passes to revoke</source>
        <translation>Passes to revoke</translation>
    </message>
    <message>
        <source>&amp;Reason (required, kept with each pass):</source>
        <translation>&amp;Reason (required, kept with each pass):</translation>
    </message>
    <message>
        <source>The passes stay in the list, marked revoked; checkpoints refuse them once they know of it (a checkpoint laptop after its next package).</source>
        <translation>The passes stay in the list, marked revoked; checkpoints refuse them once they know of it (a checkpoint laptop after its next package).</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revoking…</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n pass(es)? The holder can no longer pass a checkpoint with it.</source>
        <translation>
            <numerusform>Revoke %n pass? The holder can no longer pass a checkpoint with it.</numerusform>
            <numerusform>Revoke %n passes? Their holders can no longer pass a checkpoint with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n pass(es)</source>
        <translation>
            <numerusform>&amp;Revoke %n pass</numerusform>
            <numerusform>&amp;Revoke %n passes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ScanSources</name>
    <message>
        <source>USB scanner (types like a keyboard)</source>
        <translation>USB scanner (types like a keyboard)</translation>
    </message>
    <message>
        <source>Serial scanner on {port}, {baud} bps</source>
        <translation>Serial scanner on {port}, {baud} bps</translation>
    </message>
    <message>
        <source>No scanner on {port}: plug it in; it is picked up by itself.</source>
        <translation>No scanner on {port}: plug it in; it is picked up by itself.</translation>
    </message>
    <message>
        <source>Serial scanner on {port} ({baud} bps) is ready.</source>
        <translation>Serial scanner on {port} ({baud} bps) is ready.</translation>
    </message>
    <message>
        <source>{port} is in use by another program or this account may not open it.</source>
        <translation>{port} is in use by another program or this account may not open it.</translation>
    </message>
    <message>
        <source>{port} cannot be opened: {detail}</source>
        <translation>{port} cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>The scanner on {port} was disconnected. Plug it back in: it resumes by itself.</source>
        <translation>The scanner on {port} was disconnected. Plug it back in: it resumes by itself.</translation>
    </message>
    <message>
        <source>The scanner on {port} reported a problem: {detail}</source>
        <translation>The scanner on {port} reported a problem: {detail}</translation>
    </message>
    <message>
        <source>Webcam (none found)</source>
        <translation>Webcam (none found)</translation>
    </message>
    <message>
        <source>Webcam {name}</source>
        <translation>Webcam {name}</translation>
    </message>
    <message>
        <source>No webcam was found on this computer. Plug one in, or use a USB or serial scanner.</source>
        <translation>No webcam was found on this computer. Plug one in, or use a USB or serial scanner.</translation>
    </message>
    <message>
        <source>Starting the webcam {name}…</source>
        <translation>Starting the webcam {name}…</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>Webcam picture</translation>
    </message>
    <message>
        <source>The webcam reported a problem: {detail}</source>
        <translation>The webcam reported a problem: {detail}</translation>
    </message>
    <message>
        <source>Webcam {name} is on: hold the pass&apos;s QR code up to it.</source>
        <translation>Webcam {name} is on: hold the pass&apos;s QR code up to it.</translation>
    </message>
    <message>
        <source>The webcam stopped (unplugged?). Choose it again once it is back.</source>
        <translation>The webcam stopped (unplugged?). Choose it again once it is back.</translation>
    </message>
</context>
<context>
    <name>ScannerSetupDialog</name>
    <message>
        <source>Scanner at this gate</source>
        <translation>Scanner at this gate</translation>
    </message>
    <message>
        <source>How are passes read at this gate?</source>
        <translation>How are passes read at this gate?</translation>
    </message>
    <message>
        <source>&amp;USB scanner that types like a keyboard</source>
        <translation>&amp;USB scanner that types like a keyboard</translation>
    </message>
    <message>
        <source>always ready</source>
        <translation>always ready</translation>
    </message>
    <message>
        <source>&amp;Serial scanner (COM port)</source>
        <translation>&amp;Serial scanner (COM port)</translation>
    </message>
    <message>
        <source>&amp;Webcam</source>
        <translation>&amp;Webcam</translation>
    </message>
    <message>
        <source>Plug the scanner in and scan: there is nothing to set up. Codes are taken anywhere in the checkpoint window, even while another dialog is open. If a scan comes out as letters instead of digits, switch the Vietnamese input method off (UniKey: EN).</source>
        <translation>Plug the scanner in and scan: there is nothing to set up. Codes are taken anywhere in the checkpoint window, even while another dialog is open. If a scan comes out as letters instead of digits, switch the Vietnamese input method off (UniKey: EN).</translation>
    </message>
    <message>
        <source>No serial port was found on this computer. Plug the scanner in (its driver may need installing), then press Look again.</source>
        <translation>No serial port was found on this computer. Plug the scanner in (its driver may need installing), then press Look again.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Look again</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>Spee&amp;d:</translation>
    </message>
    <message>
        <source>&amp;End of a code:</source>
        <translation>&amp;End of a code:</translation>
    </message>
    <message>
        <source>The speed and the end of a code are in the scanner&apos;s manual (most send 9600 bps and Enter). No keyboard layout or input method can change what a serial scanner sends.</source>
        <translation>The speed and the end of a code are in the scanner&apos;s manual (most send 9600 bps and Enter). No keyboard layout or input method can change what a serial scanner sends.</translation>
    </message>
    <message>
        <source>No webcam was found on this computer. Plug one in, then press Look again; or use a USB or serial scanner.</source>
        <translation>No webcam was found on this computer. Plug one in, then press Look again; or use a USB or serial scanner.</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>Webcam picture</source>
        <translation>Webcam picture</translation>
    </message>
    <message>
        <source>{rate} bps</source>
        <translation>{rate} bps</translation>
    </message>
    <message>
        <source>none found on this computer</source>
        <translation>none found on this computer</translation>
    </message>
    <message numerus="yes">
        <source>%n port(s)</source>
        <translation>
            <numerusform>%n port</numerusform>
            <numerusform>%n ports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s)</source>
        <translation>
            <numerusform>%n camera</numerusform>
            <numerusform>%n cameras</numerusform>
        </translation>
    </message>
    <message>
        <source>Use this scanner</source>
        <translation>Use this scanner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter (CR / LF)</source>
        <translation>Enter (CR / LF)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Nothing: a pause ends the code</source>
        <translation>Nothing: a pause ends the code</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Organisation (printed on passes)</source>
        <translation>Organisation (printed on passes)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>e.g. CÔNG AN TỈNH THANH HÓA</source>
        <translation>e.g. CÔNG AN TỈNH THANH HÓA</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>Offi&amp;ce:</translation>
    </message>
    <message>
        <source>e.g. PHÒNG THAM MƯU</source>
        <translation>e.g. PHÒNG THAM MƯU</translation>
    </message>
    <message>
        <source>Serial prefi&amp;x:</source>
        <translation>Serial prefi&amp;x:</translation>
    </message>
    <message>
        <source>Keep personal data (&amp;years):</source>
        <translation>Keep personal data (&amp;years):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Use another &amp;database file…</source>
        <translation>Use another &amp;database file…</translation>
    </message>
    <message>
        <source>Use a &amp;PostgreSQL server…</source>
        <translation>Use a &amp;PostgreSQL server…</translation>
    </message>
    <message>
        <source>Use the default locatio&amp;n</source>
        <translation>Use the default locatio&amp;n</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Saving the settings…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>Desk databases (*.sqlite *.db)</source>
        <translation>Desk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>The server&apos;s address, as the administrator of the server gives it, e.g. postgresql+psycopg://desk@10.0.0.5/accred</source>
        <translation>The server&apos;s address, as the administrator of the server gives it, e.g. postgresql+psycopg://desk@10.0.0.5/accred</translation>
    </message>
    <message>
        <source>“{text}” is not the address of a PostgreSQL database. It reads like postgresql+psycopg://user@server/database.</source>
        <translation>“{text}” is not the address of a PostgreSQL database. It reads like postgresql+psycopg://user@server/database.</translation>
    </message>
    <message>
        <source>Restart the desk to use the chosen database.</source>
        <translation>Restart the desk to use the chosen database.</translation>
    </message>
    <message>
        <source>This window uses {location}.</source>
        <translation>This window uses {location}.</translation>
    </message>
    <message>
        <source>It was chosen when the desk was started (a start-up option or the ACCRED_DB setting of this computer), which comes before the choice made here.</source>
        <translation>It was chosen when the desk was started (a start-up option or the ACCRED_DB setting of this computer), which comes before the choice made here.</translation>
    </message>
    <message>
        <source>The desk opens the default database, in the user&apos;s data folder.</source>
        <translation>The desk opens the default database, in the user&apos;s data folder.</translation>
    </message>
    <message>
        <source>From the next start the desk opens {target}.</source>
        <translation>From the next start the desk opens {target}.</translation>
    </message>
    <message>
        <source>Restart the desk to use it.</source>
        <translation>Restart the desk to use it.</translation>
    </message>
    <message>
        <source>The names are printed on every pass and report; passes are numbered PREFIX-YEAR-NUMBER. After the retention period a reporter&apos;s personal data is anonymised by the purge.</source>
        <translation>The names are printed on every pass and report; passes are numbered PREFIX-YEAR-NUMBER. After the retention period a reporter&apos;s personal data is anonymised by the purge.</translation>
    </message>
    <message>
        <source>Only an administrator can change these settings.</source>
        <translation>Only an administrator can change these settings.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Press accreditation desk</source>
        <translation>Press accreditation desk</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Enter your username.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
</context>
<context>
    <name>SigningKeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Signing keys</translation>
    </message>
    <message>
        <source>Passes are signed with the newest key; checkpoints verify every key listed here, so passes signed with an older key stay valid. Read a fingerprint aloud group by group to compare it with a checkpoint&apos;s.</source>
        <translation>Passes are signed with the newest key; checkpoints verify every key listed here, so passes signed with an older key stay valid. Read a fingerprint aloud group by group to compare it with a checkpoint&apos;s.</translation>
    </message>
    <message>
        <source>&amp;Make a new signing key…</source>
        <translation>&amp;Make a new signing key…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Signs new passes</source>
        <translation>Signs new passes</translation>
    </message>
    <message>
        <source>Verifies only (since {time})</source>
        <translation>Verifies only (since {time})</translation>
    </message>
    <message>
        <source>Verifies only</source>
        <translation>Verifies only</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Make a new signing key?</source>
        <translation>Make a new signing key?</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Make a new key</translation>
    </message>
    <message>
        <source>New passes will be signed with the new key. Passes already issued and printed stay valid: every checkpoint keeps verifying the old key. Checkpoint laptops need a new package (with the new public key) before they can check passes issued from now on.</source>
        <translation>New passes will be signed with the new key. Passes already issued and printed stay valid: every checkpoint keeps verifying the old key. Checkpoint laptops need a new package (with the new public key) before they can check passes issued from now on.</translation>
    </message>
    <message>
        <source>Making a new signing key…</source>
        <translation>Making a new signing key…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Sign in again to work on it.</source>
        <translation>Sign in again to work on it.</translation>
    </message>
    <message>
        <source>Use the default database</source>
        <translation>Use the default database</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This location was chosen in the settings. The desk can open its default database from the next start instead.</source>
        <translation>This location was chosen in the settings. The desk can open its default database from the next start instead.</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>No backup of this database was found.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
</context>
<context>
    <name>StationExportDialog</name>
    <message>
        <source>Prepare a checkpoint laptop</source>
        <translation>Prepare a checkpoint laptop</translation>
    </message>
    <message>
        <source>Writes two files into a folder you choose, to copy onto the checkpoint laptop: the station package (this event&apos;s passes and revocations, the reporters&apos; names and photos, the checkpoint officers; signed by the desk) and the desk&apos;s public keys. No private key leaves the desk.</source>
        <translation>Writes two files into a folder you choose, to copy onto the checkpoint laptop: the station package (this event&apos;s passes and revocations, the reporters&apos; names and photos, the checkpoint officers; signed by the desk) and the desk&apos;s public keys. No private key leaves the desk.</translation>
    </message>
    <message>
        <source>What the package holds</source>
        <translation>What the package holds</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Made on:</translation>
    </message>
    <message>
        <source>Passes:</source>
        <translation>Passes:</translation>
    </message>
    <message>
        <source>Reporters:</source>
        <translation>Reporters:</translation>
    </message>
    <message>
        <source>Checkpoint officers:</source>
        <translation>Checkpoint officers:</translation>
    </message>
    <message>
        <source>Public keys:</source>
        <translation>Public keys:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Fingerprint of the desk&apos;s signing key</source>
        <translation>Fingerprint of the desk&apos;s signing key</translation>
    </message>
    <message>
        <source>Choose a folder and &amp;write…</source>
        <translation>Choose a folder and &amp;write…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Folder for the checkpoint laptop&apos;s files</source>
        <translation>Folder for the checkpoint laptop&apos;s files</translation>
    </message>
    <message>
        <source>Writing the station package…</source>
        <translation>Writing the station package…</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es)</source>
        <translation>
            <numerusform>%n pass</numerusform>
            <numerusform>%n passes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked</source>
        <translation>
            <numerusform>%n revoked</numerusform>
            <numerusform>%n revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n reporter</numerusform>
            <numerusform>%n reporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n officer</numerusform>
            <numerusform>%n officers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled</source>
        <translation>
            <numerusform>%n disabled</numerusform>
            <numerusform>%n disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message>
        <source>In {folder}:</source>
        <translation>In {folder}:</translation>
    </message>
    <message>
        <source>On the first import the checkpoint laptop shows the fingerprint of the key that signed the package ({key}). Its officer must read it back and find it exactly as here:</source>
        <translation>On the first import the checkpoint laptop shows the fingerprint of the key that signed the package ({key}). Its officer must read it back and find it exactly as here:</translation>
    </message>
    <message>
        <source>Write &amp;again…</source>
        <translation>Write &amp;again…</translation>
    </message>
</context>
<context>
    <name>UnitEditor</name>
    <message>
        <source>Police unit</source>
        <translation>Police unit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. PA01-DBC</source>
        <translation>e.g. PA01-DBC</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <source>Saving the unit…</source>
        <translation>Saving the unit…</translation>
    </message>
    <message>
        <source>New police unit</source>
        <translation>New police unit</translation>
    </message>
    <message>
        <source>Rename the unit</source>
        <translation>Rename the unit</translation>
    </message>
    <message>
        <source>Move the unit</source>
        <translation>Move the unit</translation>
    </message>
    <message>
        <source>(top level: no parent unit)</source>
        <translation>(top level: no parent unit)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Name or code (accents optional)</source>
        <translation>Name or code (accents optional)</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Add unit…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-unit…</source>
        <translation>Add s&amp;ub-unit…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Police units</source>
        <translation>Police units</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit matches this search. Clear the search box to see the tree.</source>
        <translation>No unit matches this search. Clear the search box to see the tree.</translation>
    </message>
    <message>
        <source>No police unit is registered yet. Press “Add unit…” (Ctrl+N) to add the provincial police, then its offices and teams under it.</source>
        <translation>No police unit is registered yet. Press “Add unit…” (Ctrl+N) to add the provincial police, then its offices and teams under it.</translation>
    </message>
    <message>
        <source>No police unit is registered yet.</source>
        <translation>No police unit is registered yet.</translation>
    </message>
    <message>
        <source>Police unit saved.</source>
        <translation>Police unit saved.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the page read before (Alt+Left)</source>
        <translation>Back to the page read before (Alt+Left)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Forward again (Alt+Right)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>The start of the guide, with its table of contents</source>
        <translation>The start of the guide, with its table of contents</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>The user guide is missing from this installation ({path}).</translation>
    </message>
</context>
<context>
    <name>ZoneEditModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>The zone&apos;s place in the pass code; set by the software.</source>
        <translation>The zone&apos;s place in the pass code; set by the software.</translation>
    </message>
</context>
<context>
    <name>ZoneTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
</context>
</TS>
