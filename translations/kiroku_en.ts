<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kiroku::Archive</name>
    <message>
        <location filename="../core/store/Archive.cpp" line="103"/>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="106"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="110"/>
        <source>The archive %1 cannot be read (no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="115"/>
        <source>%1 is not a Kiroku archive (it is not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="126"/>
        <source>The archive %1 is read-only. Copy it to a folder where you may write, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="131"/>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="145"/>
        <location filename="../core/store/Archive.cpp" line="195"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="158"/>
        <source>The archive %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="163"/>
        <source>%1 is a database, but not a Kiroku archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="171"/>
        <source>%1 is not a Kiroku archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="175"/>
        <source>The archive %1 was written by a newer version of Kiroku (archive version %2, this program reads up to %3). Update Kiroku to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ArchiveJson</name>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="126"/>
        <source>Row %1 of %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="164"/>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="170"/>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="186"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="193"/>
        <source>%1: the field &quot;id&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="209"/>
        <source>%1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="235"/>
        <source>%1 has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="283"/>
        <source>This is not a Kiroku archive export (the &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="290"/>
        <source>The export has no valid &quot;version&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="293"/>
        <source>The export was written by a newer Kiroku (format version %1, this program reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="301"/>
        <source>The export has no &quot;councils&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="303"/>
        <source>The archive already holds councils. Import into a new, empty archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="320"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="324"/>
        <source>The file is JSON, but not a Kiroku archive export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilCommands</name>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="14"/>
        <source>Add council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="45"/>
        <source>Remove council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="55"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="85"/>
        <source>The council no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="73"/>
        <source>Edit council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="105"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="137"/>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="149"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="191"/>
        <source>The member no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="179"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="199"/>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="219"/>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="238"/>
        <source>Edit staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="249"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="280"/>
        <source>The staff entry no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="267"/>
        <source>Remove staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::MeetingCommands</name>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="13"/>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="51"/>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="63"/>
        <location filename="../core/commands/MeetingCommands.cpp" line="111"/>
        <source>The meeting no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="99"/>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="134"/>
        <location filename="../core/commands/MeetingCommands.cpp" line="143"/>
        <source>Change attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::SaveFile</name>
    <message>
        <location filename="../core/io/SaveFile.cpp" line="12"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/SaveFile.cpp" line="15"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::Store</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="14"/>
        <source>The archive refused an operation: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="88"/>
        <source>Could not start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="114"/>
        <source>Could not save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqliteDialect.cpp" line="34"/>
        <source>The archive could not switch to WAL journaling (%1). Keep the archive on a local disk, not a network share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::cli</name>
    <message>
        <location filename="../core/cli/Cli.cpp" line="29"/>
        <source>Usage:
  kiroku [--archive FILE]                       open the window
  kiroku demo --archive FILE [--scale N]        write the fictional demo council
  kiroku list --archive FILE                    councils, meetings and consultations
  kiroku export --archive FILE -o OUT.json      the whole archive as JSON
  kiroku import --archive FILE IN.json          load a JSON export into an empty archive
  kiroku print --archive FILE --meeting ID [--format NAME] [--public] [--pdfa] -o OUT.pdf|OUT.odt
                                                the meeting&apos;s record in its council&apos;s format
  kiroku --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="76"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="39"/>
        <source>The option --archive FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="54"/>
        <source>The archive was upgraded from version %1; the previous file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="84"/>
        <source>--scale takes a whole number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="94"/>
        <source>The archive %1 already holds councils; the demo is written only into a new archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="115"/>
        <source>Wrote the demo archive %1: %2 meetings, %3 statements, %4 characters (%5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="141"/>
        <source>Council %1: %2%3 (quota %4, quorum %5, %6 signers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="150"/>
        <source>Meetings (id, fiscal year, number, date, statements):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="159"/>
        <source>Consultations (number, received, subject):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="182"/>
        <source>The option -o OUT.json is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="217"/>
        <source>Name exactly one JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="224"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="237"/>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="244"/>
        <source>Imported %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="263"/>
        <source>print needs --meeting ID and -o OUT.pdf or OUT.odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="270"/>
        <source>Only PDF and ODT output (OUT.pdf, OUT.odt) are available so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="291"/>
        <source>Wrote %1: %2 pages in the format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="297"/>
        <source>Wrote %1 in the format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="301"/>
        <source>No font has a glyph for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::record</name>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="76"/>
        <source>PDF output needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="114"/>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="28"/>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="39"/>
        <source>Unknown record format &quot;%1&quot; (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="80"/>
        <source>The ODT writer failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ArchiveController</name>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="44"/>
        <location filename="../ui/ArchiveController.cpp" line="60"/>
        <location filename="../ui/ArchiveController.cpp" line="67"/>
        <source>Cannot Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="49"/>
        <source>The archive was updated to the current version; the previous file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="68"/>
        <source>The demo council could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="94"/>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="95"/>
        <source>Kiroku archives (*.kiroku);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="101"/>
        <location filename="../ui/ArchiveController.cpp" line="115"/>
        <source>New Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="102"/>
        <source>Kiroku archives (*.kiroku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="116"/>
        <source>%1 already exists. Choose another name, or open it with Open Archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="124"/>
        <source>New council</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::AttendanceModel</name>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="183"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="185"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="187"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="189"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="191"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilEditor</name>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="64"/>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="73"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="74"/>
        <source>Secretariat and presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="84"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="91"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="96"/>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="101"/>
        <source> members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="110"/>
        <source>Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="110"/>
        <source>Member &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="118"/>
        <source>Members who &amp;sign the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="126"/>
        <source>Record &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="134"/>
        <source>Names in the &amp;public version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="137"/>
        <source>Run on across years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="138"/>
        <source>Restart every fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="143"/>
        <source>&amp;Consultation numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="148"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="149"/>
        <source> days after the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="152"/>
        <source>Publication &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="166"/>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="168"/>
        <source>Remove Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="189"/>
        <source>Add Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="191"/>
        <source>Remove Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="304"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="324"/>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="325"/>
        <source>Remove %1 from the council? Their attendance is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="337"/>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="354"/>
        <source>Remove Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="354"/>
        <source>Remove the selected staff entry?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::Labels</name>
    <message>
        <location filename="../ui/Labels.cpp" line="9"/>
        <source>More than half (majority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="9"/>
        <source>Half or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="16"/>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="18"/>
        <source>Vice-president</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="22"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="27"/>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="27"/>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="34"/>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="36"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="40"/>
        <source>Hybrid (in person and online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="47"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="49"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="53"/>
        <source>Partly public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="60"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="62"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="64"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="68"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="75"/>
        <source>Full names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="77"/>
        <source>Surnames only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="79"/>
        <source>Names blanked (____)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="81"/>
        <source>Roles only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="85"/>
        <source>Letters (A, B, ...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MainWindow</name>
    <message>
        <location filename="../ui/GuiMain.cpp" line="41"/>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="42"/>
        <source>Open another archive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Choose a council or a meeting on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>New &amp;Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Remove Council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;About Kiroku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>Kiroku council records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>%1 — Kiroku council records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>The new language takes effect the next time Kiroku starts.
新しい表示言語は、Kirokuを次に起動したときに有効になります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>About Kiroku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>&lt;h3&gt;Kiroku %1&lt;/h3&gt;&lt;p&gt;Council records for the secretariats of municipal councils: meetings, attendance, minutes and the documents the ordinances require.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>The change was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>New council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Remove Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Remove %1 with all its members, meetings and records?
You can bring it back with Undo until the archive is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MeetingEditor</name>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="82"/>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="84"/>
        <source>Remove Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="104"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="120"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="138"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="141"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="155"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="164"/>
        <source>Reason for closing the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="170"/>
        <source>&amp;Publicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="172"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="178"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="182"/>
        <source>Reason observers were not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="190"/>
        <source>&amp;Observers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="199"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="205"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="221"/>
        <source>All Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="316"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="389"/>
        <source>Remove Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="390"/>
        <source>Remove the meeting %1 with its attendance, agenda and minutes?
You can bring it back with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MemberTableModel</name>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="115"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="117"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="119"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="121"/>
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="123"/>
        <source>Term until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="125"/>
        <source>Recommended by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="127"/>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::StaffTableModel</name>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="100"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="102"/>
        <source>Department / organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="104"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="106"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="108"/>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
