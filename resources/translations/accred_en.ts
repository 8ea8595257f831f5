<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the selected records</source>
        <translation>Print the selected records</translation>
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
        <source>&amp;Prepare a checkpoint laptop…</source>
        <translation>&amp;Prepare a checkpoint laptop…</translation>
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
        <source>Field passes</source>
        <translation>Field passes</translation>
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
        <source>&amp;Issue a pass…</source>
        <translation>&amp;Issue a pass…</translation>
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
