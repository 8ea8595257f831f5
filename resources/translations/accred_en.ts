<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First-time setup</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>This database has no officer accounts yet. Create the administrator account: it can then add the other officers.</source>
        <translation>This database has no officer accounts yet. Create the administrator account: it can then add the other officers.</translation>
    </message>
    <message>
        <source>At least {count} characters</source>
        <translation>At least {count} characters</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
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
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Enter the administrator&apos;s full name.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
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
    <message>
        <source>a photo</source>
        <translation>a photo</translation>
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
        <source>Press accreditation desk, version {version}.
Registers reporters and issues signed field passes for the press office.</source>
        <translation>Press accreditation desk, version {version}.
Registers reporters and issues signed field passes for the press office.</translation>
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
        <source>Your account is for checkpoint duty only, so the reporter registry is not shown. The checkpoint mode (scanning passes) comes in a later version of the software; ask an administrator if you need access to the registry.</source>
        <translation>Your account is for checkpoint duty only, so the reporter registry is not shown. The checkpoint mode (scanning passes) comes in a later version of the software; ask an administrator if you need access to the registry.</translation>
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
        <source>Consent: not recorded</source>
        <translation>Consent: not recorded</translation>
    </message>
    <message>
        <source>Consent: {when_and_how}</source>
        <translation>Consent: {when_and_how}</translation>
    </message>
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
    <message>
        <source>From a &amp;file…</source>
        <translation>From a &amp;file…</translation>
    </message>
    <message>
        <source>From the &amp;webcam…</source>
        <translation>From the &amp;webcam…</translation>
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
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>the desk&apos;s own purpose</source>
        <translation>the desk&apos;s own purpose</translation>
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
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xport personal data…</translation>
    </message>
    <message>
        <source>Everything held about this reporter in one file, for a request under the personal data law</source>
        <translation>Everything held about this reporter in one file, for a request under the personal data law</translation>
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
    <name>Startup</name>
    <message>
        <source>Press accreditation desk</source>
        <translation>Press accreditation desk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>No backup of this database was found.</translation>
    </message>
    <message>
        <source>Restore the newest backup, {name} ({time})? The damaged file is kept aside.</source>
        <translation>Restore the newest backup, {name} ({time})? The damaged file is kept aside.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as {path}.</source>
        <translation>The backup was restored. The damaged file was kept as {path}.</translation>
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
