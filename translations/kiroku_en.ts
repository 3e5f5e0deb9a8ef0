<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kiroku</name>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="26"/>
        <source>There is no PIA evaluation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="28"/>
        <source>A page number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="30"/>
        <source>Page %1 is beyond the evaluation document, which has %2 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="39"/>
        <source>Add opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="39"/>
        <source>Edit opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="43"/>
        <source>Add viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="43"/>
        <source>Edit viewpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="47"/>
        <source>Add question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="47"/>
        <source>Edit question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="51"/>
        <source>Edit change list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="56"/>
        <source>Remove opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="60"/>
        <source>Remove viewpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="64"/>
        <source>Remove question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="68"/>
        <source>Remove change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="84"/>
        <source>A round is a whole number from 1 (0 while not judged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="91"/>
        <source>Statement %1 is not a statement of this council&apos;s meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="101"/>
        <source>A question number is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="103"/>
        <source>Question %1 already exists. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="134"/>
        <source>The item to edit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="175"/>
        <source>The item to remove no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="254"/>
        <source>The question table could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::AgendaCommands</name>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="48"/>
        <source>A number of votes cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="54"/>
        <source>%1 votes, but %2 member(s) are present at this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="62"/>
        <source>Add agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="82"/>
        <source>Edit agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="133"/>
        <source>Remove agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="168"/>
        <source>Move agenda item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::Archive</name>
    <message>
        <location filename="../core/store/Archive.cpp" line="205"/>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="208"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="212"/>
        <source>The archive %1 cannot be read (no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="217"/>
        <source>%1 is not a Kiroku archive (it is not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="228"/>
        <source>The archive %1 is read-only. Copy it to a folder where you may write, or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="235"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="238"/>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="255"/>
        <source>The journal of the archive %1 (%1-wal) is damaged: frame %2 of %3 does not check out, and %4 saved change(s) written after it would be lost. Nothing was opened or changed; the archive and its journal were copied to %5 and %5-wal. Either open the archive without the damaged part (the %6 change(s) before it are kept: kiroku recover-journal --archive %1), or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="281"/>
        <location filename="../core/store/Archive.cpp" line="346"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="296"/>
        <source>The archive %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="310"/>
        <source>%1 is a database, but not a Kiroku archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="318"/>
        <source>%1 is not a Kiroku archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="322"/>
        <source>The archive %1 was written by a newer version of Kiroku (archive version %2, this program reads up to %3). Update Kiroku to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ArchiveJson</name>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="168"/>
        <source>Row %1 of %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="206"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="379"/>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="212"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="386"/>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="228"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="404"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="235"/>
        <source>%1: the field &quot;id&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="251"/>
        <source>%1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="277"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="417"/>
        <source>%1 has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="327"/>
        <source>This is not a Kiroku archive export (the &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="334"/>
        <source>The export has no valid &quot;version&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="337"/>
        <source>The export was written by a newer Kiroku (format version %1, this program reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="345"/>
        <source>The export has no &quot;councils&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="347"/>
        <source>The archive already holds councils. Import into a new, empty archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="381"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="385"/>
        <source>The file is JSON, but not a Kiroku archive export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="227"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="228"/>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="229"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="230"/>
        <source>agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="231"/>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="232"/>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="233"/>
        <source>statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="234"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="258"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="259"/>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="262"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="500"/>
        <source>text &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="266"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="268"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="296"/>
        <source>contains the control character U+%1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="303"/>
        <source>contains a lone surrogate U+%1 at character %2 (not valid Unicode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="412"/>
        <source>%1: must not be null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="426"/>
        <source>%1: not a string (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="437"/>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="443"/>
        <source>%1.sha256: does not match the SHA-256 of the file&apos;s data (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="454"/>
        <source>%1: id %2 is also used by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="472"/>
        <source>%1: must be 0 or 1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="478"/>
        <source>%1: not a whole number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="483"/>
        <source>%1: out of range (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="489"/>
        <source>%1: must be at least %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="504"/>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="508"/>
        <source>not a date YYYY-MM-DD (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="514"/>
        <source>not a time HH:MM or HH:MM:SS (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="519"/>
        <source>not an ISO 8601 date and time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="523"/>
        <source>unknown value %1 (one of: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="527"/>
        <source>not a SHA-256 in lowercase hexadecimal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="535"/>
        <source>not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="568"/>
        <source>%1: only one row is allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="570"/>
        <source>%1: the same %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="593"/>
        <source>The export has an unknown top-level field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="605"/>
        <source>%1: %2 %3 is not in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="612"/>
        <source>… and %1 more problems.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::Backup</name>
    <message>
        <location filename="../core/archive/Backup.cpp" line="147"/>
        <source>Cannot set %1 aside: %2 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="149"/>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="172"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="190"/>
        <source>%1 is not a restore note Kiroku can read. Move it away and open the archive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="232"/>
        <source>A restore of %1 is under way in another program. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="235"/>
        <source>Cannot create %1 (is the folder read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="270"/>
        <location filename="../core/archive/Backup.cpp" line="301"/>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="273"/>
        <location filename="../core/archive/Backup.cpp" line="314"/>
        <source>A restore of %1 was interrupted before it replaced the archive; the archive is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="244"/>
        <source>An interrupted restore of %1 was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="245"/>
        <source>An interrupted restore of %1 was completed; the archive it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="290"/>
        <source>A restore of %1 was interrupted and its copy of the backup is missing; the archive was put back from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="295"/>
        <source>A restore of %1 was interrupted and can be neither finished nor undone: neither the archive nor the copy of the backup (%2) is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="326"/>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="330"/>
        <source>Cannot restore into %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="348"/>
        <location filename="../core/archive/Backup.cpp" line="360"/>
        <source>Cannot copy %1 next to the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="397"/>
        <source>It could not be undone at once; opening the archive again finishes or undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="407"/>
        <location filename="../core/archive/Backup.cpp" line="415"/>
        <source>Cannot set the current archive aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="423"/>
        <source>Cannot put the backup in place of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="493"/>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="500"/>
        <source>%1 already exists; a backup is written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="513"/>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="517"/>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="560"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="563"/>
        <location filename="../core/archive/Backup.cpp" line="579"/>
        <source>%1 is not a Kiroku archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="581"/>
        <source>%1 was written by a newer version of Kiroku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="646"/>
        <source>The archive %1 does not exist, but a restore kept the archive it replaced as %2. To use that one again, rename it to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ConsultationCommands</name>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="32"/>
        <source>A consultation number is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="36"/>
        <source>There is no council %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="42"/>
        <source>Consultation No. %1 already exists in %2. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="47"/>
        <source>Consultation No. %1 already exists. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="51"/>
        <source>The withdrawal (%1) cannot come before the consultation was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="58"/>
        <source>A response is dated %1, before this date received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="70"/>
        <source>There is no consultation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="73"/>
        <source>The response is dated %1, before Consultation No. %2 was received (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="82"/>
        <source>The response&apos;s meeting is not a meeting of this council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="85"/>
        <source>The meeting that decided the response (%1) was held before Consultation No. %2 was received (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="97"/>
        <source>Add Consultation No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="127"/>
        <source>Edit Consultation No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="152"/>
        <source>Remove Consultation No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="203"/>
        <source>Record response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="203"/>
        <source>Edit response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilCommands</name>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="15"/>
        <source>Add council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="53"/>
        <source>Remove council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="63"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="93"/>
        <source>The council no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="81"/>
        <source>Edit council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="113"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="145"/>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="157"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="199"/>
        <source>The member no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="187"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="207"/>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="227"/>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="246"/>
        <source>Edit staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="257"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="288"/>
        <source>The staff entry no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="275"/>
        <source>Remove staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilListCommands</name>
    <message>
        <location filename="../core/commands/CouncilListCommands.cpp" line="7"/>
        <source>Edit masking list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilListCommands.cpp" line="13"/>
        <source>Edit notation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilListCommands.cpp" line="21"/>
        <source>Edit stage-direction palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilListsRepository</name>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="44"/>
        <source>A masking-list entry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="46"/>
        <source>&quot;%1&quot; is on the masking list twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="89"/>
        <source>A notation rule has nothing to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="132"/>
        <source>A stage direction on the palette is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::DraftedFactsCommand</name>
    <message>
        <location filename="../core/commands/DraftedFactsCommand.cpp" line="12"/>
        <source>Fill in what the record says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/DraftedFactsCommand.cpp" line="31"/>
        <source>The agenda item no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/DraftedFactsCommand.cpp" line="39"/>
        <source>The meeting no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::DraftingSession</name>
    <message numerus="yes">
        <location filename="../core/drafting/DraftingSession.cpp" line="34"/>
        <source>Recovered after an unexpected end: the record&apos;s %n statement(s) are all here, and the line being typed (%1, %2 characters, saved at %3) is back in the entry line.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/drafting/DraftingSession.cpp" line="484"/>
        <source>Late arrival of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drafting/DraftingSession.cpp" line="484"/>
        <source>Early leave of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::JournalCheck</name>
    <message>
        <location filename="../core/store/JournalCheck.cpp" line="113"/>
        <source>Cannot keep a copy of %1 as %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/JournalCheck.cpp" line="130"/>
        <source>Cannot cut the damaged part from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::MaterialCommands</name>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="21"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="36"/>
        <source>Add material %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="71"/>
        <source>Replace the file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="120"/>
        <source>Edit material %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="139"/>
        <source>Remove material %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="172"/>
        <source>Reorder materials</source>
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
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="217"/>
        <source>Change staff attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::PiaCommands</name>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="24"/>
        <source>There is no council %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="28"/>
        <source>The linked consultation is not a consultation of this council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="32"/>
        <source>The number of people and of staff handling the file cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="35"/>
        <source>A version is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="39"/>
        <source>Evaluation No. %1 already has a version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="47"/>
        <source>The public comment period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="69"/>
        <source>Add PIA evaluation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="116"/>
        <source>Edit PIA evaluation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="145"/>
        <source>Remove PIA evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="156"/>
        <location filename="../core/commands/PiaCommands.cpp" line="190"/>
        <location filename="../core/commands/PiaCommands.cpp" line="268"/>
        <source>There is no PIA evaluation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="174"/>
        <source>New version of a PIA evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="213"/>
        <source>New version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="253"/>
        <source>Attach evaluation document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/PiaPartCommands.cpp" line="200"/>
        <source>Import question table (%n question(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ReportCommands</name>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="30"/>
        <source>A report number is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="32"/>
        <source>There is no council %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="36"/>
        <source>Report No. %1 already exists. Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="38"/>
        <source>Counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="40"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="44"/>
        <source>The leak cannot be reported (%1) before it became known (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="47"/>
        <source>&quot;More than 100 people&quot; is marked, but %1 people are affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="87"/>
        <source>Add Report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="88"/>
        <source>Remove Report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="89"/>
        <source>Edit Report No. %1</source>
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
    <name>kiroku::Sealing</name>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="68"/>
        <source>The seals of %1 cannot be read for the anchor: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="113"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="115"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="117"/>
        <source>reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="146"/>
        <location filename="../core/archive/Sealing.cpp" line="315"/>
        <source>There is no meeting with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="148"/>
        <source>The record is already sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="150"/>
        <source>The record is not finalised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="155"/>
        <source>The chair has designated %1 of the %2 signing members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="166"/>
        <source>Waiting for the signature of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="236"/>
        <source>The file of material “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="244"/>
        <source>The scanned signature page of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="257"/>
        <source>File version %1 of material “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="279"/>
        <source>%1 in meeting %2&apos;s record (version %3) differs from the file that was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="282"/>
        <source>%1 in meeting %2&apos;s record (version %3) is gone from the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="310"/>
        <source>A correction needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="317"/>
        <source>Only a sealed record is corrected; this one can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="328"/>
        <source>The sealed record does not match its seal; run kiroku verify before correcting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="373"/>
        <source>The seal entry itself was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="379"/>
        <source>Seal %1 was made after seal %2, not after the seal now before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="386"/>
        <source>Seal %1 of meeting %2 (version %3), made just before seal %4, is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="393"/>
        <source>The seal made just before seal %1 is missing; no anchor names the meeting it sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="470"/>
        <source>Seal %1 of meeting %2 (version %3) is not the seal anchored on %4: the chain was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="478"/>
        <source>The chain ended at seal %1 (meeting %2, version %3) when it was anchored on %4; now it ends at seal %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="485"/>
        <source>Seal %1 of meeting %2 (version %3), anchored on %4, is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="516"/>
        <source>The anchor file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="519"/>
        <source>%1 is not the anchor of a seal chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="536"/>
        <source>The anchor file %1 is damaged at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="550"/>
        <source>The anchor file %1 is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="586"/>
        <source>The anchor file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="399"/>
        <source>Seal numbers %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="410"/>
        <source>The sealed record of meeting %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="417"/>
        <source>The record of meeting %1 was unsealed without a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="425"/>
        <source>Version %1 of meeting %2&apos;s record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="433"/>
        <source>Meeting %1 claims an older version than its seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="438"/>
        <source>The content of meeting %1&apos;s record (version %2) differs from what was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="457"/>
        <source>Meeting %1 is marked sealed but its seal entry is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::SignatureCommands</name>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="34"/>
        <source>The record is sealed: its signatures cannot change. Use Correct… to make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="48"/>
        <source>Designate signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="107"/>
        <source>Record a signature on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="108"/>
        <source>Record a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="119"/>
        <source>There is no meeting with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="122"/>
        <source>The record is not finalised yet; finalise it (Record ▸ Finalise) before it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="126"/>
        <location filename="../core/commands/SignatureCommands.cpp" line="194"/>
        <source>%1 is not designated to sign this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="128"/>
        <source>The signature pad is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="130"/>
        <source>A signature needs its method: the pad or paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="147"/>
        <source>Record the last signature (sealed the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="160"/>
        <source>This signature sealed the record, and a sealed record is not changed. To change it, use Correct…: the record reopens as a new version, to be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="181"/>
        <source>Remove a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="225"/>
        <source>Correct the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::StatementCommands</name>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="19"/>
        <source>The statement no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="39"/>
        <source>Add statement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="40"/>
        <source>Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="70"/>
        <location filename="../core/commands/StatementCommands.cpp" line="82"/>
        <source>Edit statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="96"/>
        <source>Change speaker to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="131"/>
        <source>Split statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="145"/>
        <source>A statement can only be split inside its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="180"/>
        <source>Merge statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="196"/>
        <source>The last statement has nothing after it to merge with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="228"/>
        <source>Move statement to another agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="288"/>
        <source>Remove statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="385"/>
        <source>A statement changed after the preview; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::Store</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="22"/>
        <source>The archive %1 is damaged: a part of it could not be read (error code %2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="28"/>
        <source>Another program is writing to the archive %1 and did not finish within 5 seconds. Nothing was changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="37"/>
        <source>The archive refused an operation: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/SqliteDialect.cpp" line="35"/>
        <source>The archive could not switch to WAL journaling (%1). Keep the archive on a local disk, not a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/MaterialRepository.cpp" line="196"/>
        <source>The stored file %1 no longer matches its SHA-256 %2: its bytes were altered or damaged. Run kiroku verify and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::SubcommitteeCommands</name>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="45"/>
        <source>A subcommittee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="47"/>
        <source>The subcommittee cannot be dissolved (%1) before it is established (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="52"/>
        <source>A subcommittee has one chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="58"/>
        <source>Only members of the council can sit on its subcommittee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="60"/>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="67"/>
        <source>Only consultations of the council can be referred to its subcommittee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="70"/>
        <source>Consultation No. %1 is referred (%2) before it was received (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="82"/>
        <source>A meeting number is a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="85"/>
        <source>Meeting %1 of this subcommittee already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="93"/>
        <source>Only members of the subcommittee can attend its meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="100"/>
        <source>The subcommittee can examine only the consultations referred to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="104"/>
        <source>The meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="118"/>
        <source>Add subcommittee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="119"/>
        <source>Remove subcommittee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="120"/>
        <source>Edit subcommittee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="189"/>
        <source>Add subcommittee meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="190"/>
        <source>Remove subcommittee meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="191"/>
        <source>Edit subcommittee meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptCommands</name>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="15"/>
        <source>Import transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="28"/>
        <source>The meeting no longer exists in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="31"/>
        <source>The record of this meeting is signed; nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="40"/>
        <source>The agenda item %1 is not on this meeting&apos;s agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="44"/>
        <source>The transcript holds no statements to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptDecoder</name>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="200"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="271"/>
        <source>The transcript is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="204"/>
        <source>The transcript is %1 MB (%2 bytes); at most %3 MB (%4 bytes) can be imported at once. Split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="235"/>
        <source>The transcript mixes text encodings (mostly UTF-8, with parts in another encoding). Save it again in one encoding and import it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="255"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="264"/>
        <source>The file is not a text file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="256"/>
        <source>The transcript is not valid text in UTF-8, UTF-16 or Shift_JIS, or it mixes encodings. Save it again as UTF-8 and import it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="283"/>
        <source>%1 is %2 MB (%3 bytes); at most %4 MB (%5 bytes) can be imported at once. Split the transcript into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="292"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="298"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptImport</name>
    <message>
        <location filename="../core/transcript/TranscriptImport.cpp" line="43"/>
        <source>There is no meeting with the id %1 in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptParser</name>
    <message>
        <location filename="../core/transcript/TranscriptParser.cpp" line="477"/>
        <source>No speaker was recognised in the transcript. Speakers should be marked as in printed minutes: (事務局) …, 【会長】, ○会長 …, or a speaker and a text column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::cli</name>
    <message>
        <location filename="../core/cli/StoreCli.cpp" line="47"/>
        <source>Usage:
  kiroku [--archive FILE]                       open the window
  kiroku demo --archive FILE [--scale N]        write the fictional demo council
  kiroku list --archive FILE                    councils, meetings and consultations
  kiroku export --archive FILE -o OUT.json      the whole archive as JSON
  kiroku import --archive FILE IN.json          load a JSON export into an empty archive
  kiroku import-transcript --archive FILE --meeting ID [--agenda-item ID] [--dry-run [--show]] TEXT
                                                append a transcript&apos;s statements (UTF-8, UTF-16, Shift_JIS)
  kiroku print --archive FILE --meeting ID [--format NAME] [--public [--show-masked] [--mask TERM]]
               [--pdfa] -o OUT.pdf|.odt|.html   the meeting&apos;s record in its council&apos;s format
  kiroku check --archive FILE --meeting ID      what the record lacks before it is finalised
  kiroku dashboard --archive FILE [--today DATE] what needs attention: meetings, consultations,
                                                signatures, publication, terms
  kiroku consultations --archive FILE [--council ID] [--today DATE] [--check | --reports | --subcommittees]
                                                the consultation register: status, history, next number; the reports received; the subcommittees
  kiroku letter --archive FILE --kind request|response --consultation ID [--format NAME] [--date D] -o OUT.pdf
  kiroku letter --archive FILE --kind agenda|notice --meeting ID [--format NAME] [--date D] -o OUT.pdf
                                                諮問書, 答申書, 次第 or 開催通知 from a letter format
  kiroku pia list|show|threshold|import-questions|export-questions|attach-document|result-sheet|
             toshin-paragraph --archive FILE …
                                                PIA evaluations: threshold judgment, deadlines, question table,
                                                点検結果 and the 答申 paragraph (kiroku pia help)
  kiroku packet --archive FILE --meeting ID [--public] [--watermark MEMBER_ID | --watermark-all]
                (-o OUT.pdf | --folder DIR)     the meeting&apos;s materials for tablets
  kiroku seal --archive FILE (--meeting ID | --all-signed)
                                                freeze signed records (SHA-256, chained)
  kiroku verify --archive FILE                  recompute every seal; exit 1 on a mismatch
  kiroku correct --archive FILE --meeting ID --reason TEXT
                                                a correction (正誤): a new version of a sealed record
  kiroku versions --archive FILE --meeting ID [--show N]
                                                a record&apos;s versions and seals
  kiroku search --archive FILE [--council ID] [--year 年度] [--speaker NAME] [--kind KIND] [--limit N] QUERY
                                                ranked full-text search with snippets
  kiroku backup --archive FILE [-o FILE | --rotate N]
                                                a consistent copy (default: FILE-backups/)
  kiroku restore --archive FILE BACKUP          replace the archive by a checked backup
  kiroku recover-journal --archive FILE         open an archive whose journal (WAL) is damaged,
                                                without the damaged part (a copy is kept)
  kiroku --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/StoreCli.cpp" line="129"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FrontMain.cpp" line="94"/>
        <source>Kiroku is not completely installed: cannot start %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="44"/>
        <source>Usage:
  kiroku pia list --archive FILE [--council ID]
  kiroku pia show --archive FILE --evaluation ID
  kiroku pia threshold [--archive FILE] (--evaluation ID | --target N --handlers N [--incident] [--declared TYPE])
  kiroku pia import-questions --archive FILE --evaluation ID [--dry-run] TABLE.csv|.tsv
  kiroku pia export-questions --archive FILE --evaluation ID [--tsv] [--encoding utf8|utf8-bom|sjis] -o OUT
  kiroku pia attach-document --archive FILE --evaluation ID DOCUMENT.pdf
  kiroku pia result-sheet --archive FILE --evaluation ID [--format NAME] [--date D] -o OUT.pdf
  kiroku pia toshin-paragraph --archive FILE --evaluation ID [--format NAME] [--date D] [-o OUT.pdf]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="65"/>
        <source> (superseded by a later version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="70"/>
        <source>published %1; yearly review by %2; re-evaluation by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="122"/>
        <location filename="../core/cli/CliPia.cpp" line="198"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="70"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="125"/>
        <source>There is no PIA evaluation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="129"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="130"/>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="132"/>
        <source>people counted %1 (%2); staff counted %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="136"/>
        <source>Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="139"/>
        <source>Public comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="144"/>
        <source>Inspection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="144"/>
        <source>submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="145"/>
        <source>published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="149"/>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="152"/>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="157"/>
        <source>round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="164"/>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="193"/>
        <location filename="../core/cli/CliSupport.cpp" line="22"/>
        <source>The option --archive FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="210"/>
        <source>Give --evaluation ID, or --target N and --handlers N (and --declared TYPE: not_required, basic, basic_focused, basic_full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="223"/>
        <source>Table: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="239"/>
        <source>This needs --evaluation ID (see kiroku pia list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="274"/>
        <source>Unknown pia command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="61"/>
        <source>The archive was upgraded from version %1; the previous file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="51"/>
        <source>--scale takes a whole number from 0 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="61"/>
        <source>The archive %1 already holds councils; the demo is written only into a new archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="83"/>
        <source>Wrote the demo archive %1: %2 meetings, %3 statements, %4 characters (%5 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="110"/>
        <source>Council %1: %2%3 (quota %4, quorum %5, %6 signers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="119"/>
        <source>Meetings (id, fiscal year, number, date, statements):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="128"/>
        <source>Consultations (number, received, subject):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="150"/>
        <source>The option -o OUT.json is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="185"/>
        <source>Name exactly one JSON file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="192"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="162"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="206"/>
        <location filename="../core/cli/CliTranscript.cpp" line="114"/>
        <location filename="../core/cli/CliTranscript.cpp" line="133"/>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="213"/>
        <source>Imported %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliRecord.cpp" line="21"/>
        <source>Masked or renamed: %n place(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="35"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="37"/>
        <source>inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="41"/>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="65"/>
        <source>print needs --meeting ID and -o OUT.pdf, OUT.odt or OUT.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="73"/>
        <source>The output is a PDF, ODT or HTML file (OUT.pdf, OUT.odt, OUT.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="96"/>
        <source>Wrote %1: %2 pages in the format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="102"/>
        <source>Wrote %1 in the format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="31"/>
        <source>packet needs --meeting ID and either -o OUT.pdf or --folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="43"/>
        <source>--watermark takes a member id; it cannot go with --watermark-all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="52"/>
        <source>The packet is a PDF file (OUT.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="68"/>
        <source>Wrote %1: %2 materials, %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="39"/>
        <source>--kind is one of request, response, agenda, notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="51"/>
        <source>This letter needs --consultation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="52"/>
        <source>This sheet needs --meeting ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="60"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="219"/>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="67"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="226"/>
        <source>The option -o OUT.pdf is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliLetter.cpp" line="81"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="253"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="85"/>
        <location filename="../core/cli/CliPacket.cpp" line="74"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="257"/>
        <location filename="../core/cli/CliRecord.cpp" line="108"/>
        <source>No font has a glyph for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="127"/>
        <source>check needs --meeting ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="137"/>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="150"/>
        <source>Ready to finalise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="151"/>
        <source>Not ready to finalise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="20"/>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="21"/>
        <source>Statements: %1 (speeches %2, stage directions %3, headings %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="28"/>
        <source>Speakers: %1 (%2 matched to attendees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="32"/>
        <source>Stage directions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="34"/>
        <source>Headings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="35"/>
        <source>Unrecognised lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="37"/>
        <source>Page numbers and running headers left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="40"/>
        <source>Speaker mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="44"/>
        <source>(no match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliTranscript.cpp" line="45"/>
        <source>%n turn(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="84"/>
        <source>import-transcript needs --archive FILE, --meeting ID and one transcript file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="94"/>
        <source>--agenda-item takes the id of an agenda item of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="54"/>
        <source>Give one question table (CSV or TSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="60"/>
        <source>Nothing was imported from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="76"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="78"/>
        <location filename="../core/cli/CliTranscript.cpp" line="123"/>
        <source>Dry run: the archive was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="86"/>
        <source>Imported %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="111"/>
        <source>--encoding is one of utf8, utf8-bom, sjis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="116"/>
        <source>The option -o OUT is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="139"/>
        <source>Wrote %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="156"/>
        <source>Give one PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="181"/>
        <source>Attached %1 (%2 pages) to evaluation %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="138"/>
        <source>Imported %1 statements into meeting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="27"/>
        <source>No sound backup was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="28"/>
        <source>The last good backup is %1 (%2). Restore it with: kiroku restore --archive %3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="46"/>
        <source>--rotate takes a number of generations (1 or more), without -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="59"/>
        <source>Removed %1 (%2 bytes), left by an interrupted backup or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="63"/>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="81"/>
        <source>Give one backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="92"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="94"/>
        <source>The replaced archive was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="96"/>
        <source>Archives replaced by earlier restores are kept too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="31"/>
        <source>The option --meeting ID is required (a meeting id from kiroku list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="92"/>
        <source>Sealed meeting %1 (version %2) as seal %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="111"/>
        <source>Sealed %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="56"/>
        <source>MISMATCH seal %1, meeting %2, version %3: %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="46"/>
        <source>Anchored the chain head in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="62"/>
        <source>MISMATCH seal %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="64"/>
        <source>MISMATCH meeting %1, version %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="68"/>
        <source>MISMATCH: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="137"/>
        <source>%1 seals checked in %2 ms; %3 mismatches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="143"/>
        <source>Chain head: seal %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="146"/>
        <source>Anchor: seal %1, anchored on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="151"/>
        <source>No anchor yet (%1): dropped newest seals cannot be detected before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="172"/>
        <source>The option --reason TEXT is required: a correction says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="184"/>
        <source>Meeting %1 is open for correction as version %2; it is sealed again once signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="209"/>
        <source>There is no meeting with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="220"/>
        <source>Meeting %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="229"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="231"/>
        <source>, sealed %1 as seal %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="232"/>
        <source>, not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="235"/>
        <source>, corrected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="238"/>
        <source> (current, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="58"/>
        <source>Give the words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="65"/>
        <source>--council takes a council id (kiroku list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="72"/>
        <source>--year takes a fiscal year such as 2025 or 令和7年度.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="79"/>
        <source>--kind takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="84"/>
        <source>--limit takes a number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="97"/>
        <source>%1 matching texts (linear scan, %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="134"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="136"/>
        <source>search: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="139"/>
        <source>matching texts: %1 (counted in %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="20"/>
        <source>Consultation No. %1  %2  [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliConsultations.cpp" line="25"/>
        <source>received %1 from %2%3, %n day(s) open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="44"/>
        <source>response %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="67"/>
        <location filename="../core/cli/CliDashboard.cpp" line="24"/>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="77"/>
        <source>--council takes a council id (see kiroku list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="93"/>
        <source>There is no council %1 in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="115"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="125"/>
        <source>No consultations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="128"/>
        <source>Next number for %1: No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliDashboard.cpp" line="46"/>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="29"/>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="34"/>
        <source>The journal of %1 checks out; there is nothing to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="41"/>
        <source>The archive and its journal as found were kept as %1 and %1-wal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="49"/>
        <source>Opened %1 without the damaged part of its journal: %2 saved change(s) kept, %3 dropped (from frame %4 on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="31"/>
        <source>handling notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="33"/>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="35"/>
        <source>leak report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="39"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="48"/>
        <source>No reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="50"/>
        <source>Report No. %1  %2  [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="53"/>
        <source>received %1 from %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="59"/>
        <source>%1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="64"/>
        <source>known %1, %2 people affected; criteria of Article 68: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="67"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="73"/>
        <source>measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="84"/>
        <source>No subcommittees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="86"/>
        <source>established %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="88"/>
        <source>dissolved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="94"/>
        <source>%1 (chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="96"/>
        <source>members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="100"/>
        <source>referred %1: Consultation No. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliReports.cpp" line="108"/>
        <source>meeting %1  %2  %n attending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="116"/>
        <source>Consultation No. %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="118"/>
        <source>examination concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="118"/>
        <source>examined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::consultation</name>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="25"/>
        <source>Consultation No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="45"/>
        <source>%1 has no chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="47"/>
        <source>%1 has %2 chairs; name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="52"/>
        <source>%1 has a member who is not on the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="61"/>
        <source>%1, meeting %2 examines %3, which was not referred to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="70"/>
        <source>%1, meeting %2 lists an attendee who is not on the subcommittee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="82"/>
        <source>Report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="86"/>
        <source>%1 is given twice. Give one of them another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="90"/>
        <source>%1: the period ends (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="95"/>
        <source>%1: the leak is reported (%2) before it became known (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="247"/>
        <source>%1 is given twice (subjects: %2 / %3). Give one of them another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="260"/>
        <source>%1 is withdrawn (%2) before it was received (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="268"/>
        <source>The response to %1 is dated %2, before the consultation was received (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="277"/>
        <source>The response to %1 is decided at a meeting held on %2, before the consultation was received (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="296"/>
        <source>%1, meeting %2, %3: %4 votes, but %5 member(s) were present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="335"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="337"/>
        <source>On the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="339"/>
        <source>Continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="341"/>
        <source>Referred to a subcommittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="343"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="347"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="353"/>
        <source>%1, meeting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="362"/>
        <source>(planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="366"/>
        <source>Examination concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="367"/>
        <source>Examined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::letters</name>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="59"/>
        <source>There is no consultation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="71"/>
        <source>Consultation No. %1 has no response yet: record the response first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="111"/>
        <source>The letter has no date: give one, or record the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="114"/>
        <source>response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="115"/>
        <source>date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="128"/>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="347"/>
        <source>There is no letter format %1 for a %2 (formats: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="442"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/letters/PiaLetter.cpp" line="64"/>
        <source>There is no PIA evaluation with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::overview</name>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="28"/>
        <source>%1, meeting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="92"/>
        <source> (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/overview/Dashboard.cpp" line="93"/>
        <source> (in %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/overview/Dashboard.cpp" line="109"/>
        <source>Consultation No. %1: %2 (received %3, open for %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="133"/>
        <source>%1: %2 of %3 signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="168"/>
        <source>%1: term ends %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="201"/>
        <source>PIA %1: re-evaluation due by %2 (five years after %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="205"/>
        <source>PIA %1: yearly review due by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="213"/>
        <source>PIA %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/overview/Dashboard.cpp" line="215"/>
        <source>public comment period of %n day(s), under 30, without a reason</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="243"/>
        <source>Next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="245"/>
        <source>Open consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="247"/>
        <source>Records waiting for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="249"/>
        <source>Public versions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="251"/>
        <source>Terms ending within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="255"/>
        <source>PIA evaluations: reviews and re-evaluations due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::packet</name>
    <message>
        <location filename="../core/packet/FrontPages.cpp" line="255"/>
        <source>The index pages could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="186"/>
        <location filename="../core/packet/PacketBuilder.cpp" line="192"/>
        <source>%1 is encrypted (password-protected or restricted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="187"/>
        <location filename="../core/packet/PacketBuilder.cpp" line="240"/>
        <location filename="../core/packet/PdfInspect.cpp" line="78"/>
        <location filename="../core/packet/PdfInspect.cpp" line="80"/>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="210"/>
        <location filename="../core/packet/PdfInspect.cpp" line="66"/>
        <source>%1 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="314"/>
        <source>The packet could not be assembled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="60"/>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="116"/>
        <source>%1 has no PDF file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="156"/>
        <source>There is no member with id %1 in office on the meeting&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="247"/>
        <source>%1 exists and is not an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="251"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="256"/>
        <source>Cannot write into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="300"/>
        <source>Cannot replace the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="304"/>
        <source>Cannot rename the finished folder to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="39"/>
        <source>%1 is empty: it is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="43"/>
        <source>%1 is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="53"/>
        <location filename="../core/packet/PdfInspect.cpp" line="73"/>
        <source>%1 is encrypted (password-protected or restricted): save it without encryption and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="61"/>
        <source>%1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/Watermark.cpp" line="33"/>
        <source>Watermarks need a QGuiApplication (fonts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/packet/Watermark.cpp" line="48"/>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::pia</name>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="78"/>
        <source>The public comment period is %1 days, under 30, and no reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="83"/>
        <source>Opinion %1 is not adopted, but no reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="88"/>
        <source>%n opinion(s) of the public comment period not yet handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="90"/>
        <source>An important change (重要な変更) needs a description of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="92"/>
        <source>Submitted to the commission (%1) before the council&apos;s inspection (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="96"/>
        <source>The inspection (%1) comes before the public comment period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="104"/>
        <source>%1 cites page %2, beyond the document&apos;s %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="112"/>
        <source>Question %1 cites page %2, beyond the document&apos;s %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="64"/>
        <source>%1 people, %2 staff handling, serious incident: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="66"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="67"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="69"/>
        <source>%1 → %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="82"/>
        <source>%1 (as the threshold judgment requires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="85"/>
        <source>%1 (voluntarily fuller; %2 required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="90"/>
        <source>%1 declared, but %2 required: mismatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::pia::QuestionTable</name>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="259"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="264"/>
        <source>%1 is too large for a question table (%2 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="286"/>
        <source>The table is not text in UTF-8 or Shift_JIS. Save it from the spreadsheet as CSV (UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="291"/>
        <source>The table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="321"/>
        <source>The header row lacks the column(s) %1. The first line must name the columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="339"/>
        <source>Line %1: &quot;%2&quot; is not a question number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="344"/>
        <source>Line %1: question %2 appears twice (also on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="357"/>
        <source>Line %1: &quot;%2&quot; is not a page number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="371"/>
        <source>Line %1, %2: &quot;%3&quot; is not a judgment (適合, 要改善 or 観察事項).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="383"/>
        <source>The table has a header row but no questions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::record</name>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="31"/>
        <source>PDF output needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="57"/>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="77"/>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="88"/>
        <source>Unknown record format &quot;%1&quot; (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="96"/>
        <source>The file name contains &quot;%1&quot;, which the public version masks. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="108"/>
        <source>The public version still contains a masked string (%1); nothing was written. Please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/OdtWriter.cpp" line="81"/>
        <source>The ODT writer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="23"/>
        <source>agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="57"/>
        <source>The meeting has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="60"/>
        <source>The opening and closing times are not both recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="64"/>
        <source>The meeting closes (%1) before it opens (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="68"/>
        <source>The venue is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="71"/>
        <source>The meeting is not public, but the reason (the ordinance&apos;s ground) is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="77"/>
        <source>Observers were not admitted, but the reason is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="81"/>
        <source>The observer count is 0: confirm that nobody attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="86"/>
        <source>The observer count is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="89"/>
        <source>No member is named as chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="102"/>
        <source>Attendance is not recorded for %1 (present or absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="112"/>
        <source>%1 arrived late, but the time is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="118"/>
        <source>%1 left early, but the time is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="126"/>
        <source>%1&apos;s time (%2) lies outside the meeting (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="135"/>
        <source>The attendance does not reach the quorum (%1 of %2 required); the record cannot state that the meeting was constituted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="145"/>
        <source>The chair is recorded as absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="155"/>
        <source>The meeting has no agenda items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="161"/>
        <source>%1 has no outcome (response, approved, continued …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="167"/>
        <source>%1 is not public, but the reason is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="175"/>
        <source>%1 was put to a counted vote, but no votes are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="181"/>
        <source>%1 records %2 votes, but only %3 members attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="191"/>
        <source>The list of materials is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="195"/>
        <source>Material %1 has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="205"/>
        <source>The record has no statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="215"/>
        <source>Statement %1 is timed %2, before the statement above it (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="228"/>
        <source>Statements are timed after the meeting closed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="244"/>
        <source>The record says %1 under %2, but its vote is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="250"/>
        <source>The record says %1 under %2, but its vote is recorded as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="258"/>
        <source>The record says %n observer(s) came in, but the observer count is %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="270"/>
        <source>%1 of the %2 signing members are designated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="277"/>
        <source>A signer line names someone who is not a member of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="284"/>
        <source>%1 is designated to sign but was absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="334"/>
        <source>Publish by %1 (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="335"/>
        <source>Publish by %1 (%n day(s) left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="339"/>
        <source>Publication was due on %1 (%n day(s) overdue).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::AgendaPanel</name>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="32"/>
        <source>Add Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="33"/>
        <source>Add Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="34"/>
        <source>Add Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="35"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="36"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="37"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="38"/>
        <source>Print Agenda Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="39"/>
        <source>Print Meeting Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="45"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="210"/>
        <source>No reports waiting to be taken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="234"/>
        <source>Choose a meeting first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="265"/>
        <source>No open consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="275"/>
        <source>Save Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="276"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="280"/>
        <source>Sheet Not Written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::AgendaTableModel</name>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="154"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="156"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="158"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="160"/>
        <source>Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="162"/>
        <source>Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="164"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="166"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="168"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="170"/>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="172"/>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ArchiveController</name>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="62"/>
        <location filename="../ui/ArchiveController.cpp" line="91"/>
        <location filename="../ui/ArchiveController.cpp" line="103"/>
        <location filename="../ui/ArchiveController.cpp" line="110"/>
        <source>Cannot Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="68"/>
        <source>The archive was updated to the current version; the previous file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="75"/>
        <source>Damaged Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="76"/>
        <source>Open Without the Damaged Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="79"/>
        <source>Restore a Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="111"/>
        <source>The demo council could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="148"/>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="149"/>
        <source>Kiroku archives (*.kiroku);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="155"/>
        <location filename="../ui/ArchiveController.cpp" line="169"/>
        <source>New Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="156"/>
        <source>Kiroku archives (*.kiroku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="170"/>
        <source>%1 already exists. Choose another name, or open it with Open Archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="178"/>
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
    <name>kiroku::ui::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="64"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="67"/>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="70"/>
        <source>Backup &amp;Generations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="115"/>
        <source>The archive is still being checked; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="116"/>
        <source>Checking the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="136"/>
        <source>The archive was checked and is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="145"/>
        <source>The archive %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="161"/>
        <source>%1

Nothing was written to it; it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="162"/>
        <source>Archive Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="167"/>
        <source>The last good backup is %1, made %2.
Restore it? The damaged file is kept beside it as %3-YYYYMMDD-HHMMSS (the date and time of the restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="172"/>
        <source>Restore the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="175"/>
        <source>No sound backup was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="182"/>
        <location filename="../ui/backup/BackupController.cpp" line="292"/>
        <location filename="../ui/backup/BackupController.cpp" line="300"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="214"/>
        <source>No backup: the archive is not open, or not yet checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="227"/>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="229"/>
        <source>Backed up to %1; removed %2 left by interrupted backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="262"/>
        <source>No archive to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="275"/>
        <source>The backup was restored, but the archive could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="277"/>
        <source>Restored %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="279"/>
        <source>Restored %1; the replaced archive was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="293"/>
        <source>Replace the archive with the backup of %1?
The current archive is kept beside it as %2-YYYYMMDD-HHMMSS (the date and time of the restore); those kept by earlier restores stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="306"/>
        <source>Backup Generations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="307"/>
        <source>Automatic backups to keep beside each archive:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ConsultationTableModel</name>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="135"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="137"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="139"/>
        <source>Consulted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="141"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="143"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="145"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="147"/>
        <source>Days open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ConsultationsPage</name>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="35"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="36"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="37"/>
        <source>Record Response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="38"/>
        <source>Print Consultation Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="39"/>
        <source>Print Response Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="45"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="54"/>
        <source>History of the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="185"/>
        <source>Choose a consultation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="210"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="211"/>
        <source>with attached opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="275"/>
        <source>Save Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="276"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="280"/>
        <source>Letter Not Written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilEditor</name>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="77"/>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="87"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="88"/>
        <source>Secretariat and presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="91"/>
        <source>Replaced in the public version wherever they occur, in any width and with or without spaces: citizens&apos; names, addresses, telephone numbers. Add a name&apos;s reading as an entry of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="96"/>
        <source>Applied to the record on request while drafting, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="98"/>
        <source>The drafting palette. {department} is the current presenter&apos;s department, {quorum} the attendance line, {chair} the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="104"/>
        <source>Masking list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="105"/>
        <source>Notation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="106"/>
        <source>Stage directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="108"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="110"/>
        <source>Subcommittees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="112"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="114"/>
        <source>PIA Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="141"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="148"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="153"/>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="158"/>
        <source> members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="167"/>
        <source>Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="167"/>
        <source>Member &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="175"/>
        <source>Members who &amp;sign the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="180"/>
        <source>Record &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="188"/>
        <source>Names in the &amp;public version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="191"/>
        <source>Run on across years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="192"/>
        <source>Restart every fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="197"/>
        <source>&amp;Consultation numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="206"/>
        <source>&amp;Agenda items numbered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="211"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="212"/>
        <source> days after the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="215"/>
        <source>Publication &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="229"/>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="231"/>
        <source>Remove Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="252"/>
        <source>Add Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="254"/>
        <source>Remove Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="380"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="400"/>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="401"/>
        <source>Remove %1 from the council? Their attendance is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="413"/>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="430"/>
        <source>Remove Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="430"/>
        <source>Remove the selected staff entry?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilListModel</name>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="154"/>
        <source>Masked string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="154"/>
        <source>Printed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="154"/>
        <location filename="../ui/lists/CouncilListModel.cpp" line="156"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="156"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="156"/>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="160"/>
        <source>Stage direction ({department}, {quorum}, {chair} are filled in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilListPage</name>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="26"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="27"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="42"/>
        <source>String to mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="43"/>
        <source>Text to find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="44"/>
        <source>Stage direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="46"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DashboardDock</name>
    <message>
        <location filename="../ui/overview/DashboardDock.cpp" line="26"/>
        <location filename="../ui/overview/DashboardDock.cpp" line="38"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overview/DashboardDock.cpp" line="105"/>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DesignateDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="163"/>
        <source>Designate Signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signing/SigningDialogs.cpp" line="165"/>
        <source>The members the chair designated at the meeting to sign its record (the council has %n signer(s)). Space checks a member.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="171"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="191"/>
        <source>&amp;Designate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="215"/>
        <source>%1 of %2 chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingController</name>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="33"/>
        <source>&amp;Draft Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="38"/>
        <source>Draft the minutes of the selected meeting live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="41"/>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="70"/>
        <source>Draft Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="80"/>
        <source>Choose a meeting on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="99"/>
        <source>This record is sealed: it cannot be drafted. Choose Correct… to make a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drafting/DraftingController.cpp" line="153"/>
        <source>Reopened the meeting that was being drafted when Kiroku last ended: %n statement(s), nothing was being typed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingEntry</name>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="51"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="53"/>
        <source>Type part of a name, reading, role or department; Alt+1–9 for the number keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="55"/>
        <source>Type the turn; Enter commits it and starts the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="134"/>
        <source>Outside the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="139"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="150"/>
        <source>Alt+number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingView</name>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="206"/>
        <source>Stage directions (F6); Enter or a double click puts one into the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="210"/>
        <source>Headings from the agenda (F7); an agenda item&apos;s heading also makes it current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="214"/>
        <source>&amp;Arrived now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="133"/>
        <source>&amp;Insert Statement Before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="136"/>
        <source>Insert Statement &amp;After…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="213"/>
        <source>Members (F8); Alt+A: arrived now, Alt+L: left now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="216"/>
        <source>&amp;Left now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="218"/>
        <source>With a stage direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="229"/>
        <source>Stage directions (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="231"/>
        <source>Headings (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="233"/>
        <source>Attendance (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="284"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="287"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="290"/>
        <source>arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="293"/>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="370"/>
        <source>Edit in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="371"/>
        <source>Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="372"/>
        <source>Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="375"/>
        <source>Move to Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="376"/>
        <source>Outside the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="381"/>
        <source>Change Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="391"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="409"/>
        <source>Split Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="410"/>
        <source>Put the cursor where the second statement begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="432"/>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="433"/>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingWindow</name>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="40"/>
        <source>Drafting — %1%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="47"/>
        <source>Typing saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="85"/>
        <source>&amp;Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="87"/>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="90"/>
        <source>Apply &amp;Notation List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="93"/>
        <source>&amp;Same Speaker Goes On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="101"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="103"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="104"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="106"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="111"/>
        <source>Edit Statement in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="117"/>
        <source>Sp&amp;lit Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="118"/>
        <source>&amp;Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="119"/>
        <source>Remove Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ExportDialog</name>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="31"/>
        <source>&amp;Internal (all names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="32"/>
        <source>&amp;Public version (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="33"/>
        <source>PDF/&amp;A-1b for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="38"/>
        <source>Export Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="55"/>
        <source>PDF (print and archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="56"/>
        <source>ODT (word processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="57"/>
        <source>HTML (website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="64"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="65"/>
        <source>File &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="70"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="81"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="132"/>
        <source>The internal version prints every name as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="145"/>
        <source>Nothing in this record is on the masking list or named under the name policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/printing/ExportDialog.cpp" line="146"/>
        <source>The public version replaces %n place(s). Check each before exporting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::FactOfferBar</name>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="17"/>
        <source>&amp;Fill In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="18"/>
        <source>&amp;Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="70"/>
        <source>the vote of %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drafting/FactOfferBar.cpp" line="73"/>
        <source>%n observer(s) came in (the meeting says %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="75"/>
        <source>The record says %1. Fill in the fields?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="75"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::FileHistoryDialog</name>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="28"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="37"/>
        <source>Files of this material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="46"/>
        <source>A replaced file stays in the archive. Undo the replacement to make an earlier file current again, or replace the file with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="70"/>
        <source>File History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="79"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="84"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="104"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="113"/>
        <source>Cannot Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="114"/>
        <source>The file is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::InsertStatementDialog</name>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="24"/>
        <source>Insert Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="37"/>
        <source>What was said; a text in （） is a stage direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="44"/>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="45"/>
        <source>&amp;Text:</source>
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
        <source>Deliberation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="62"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="64"/>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="66"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="70"/>
        <location filename="../ui/Labels.cpp" line="168"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="77"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="79"/>
        <source>Response given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="81"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="83"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="85"/>
        <source>Report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="87"/>
        <source>Continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="91"/>
        <source>Referred to a subcommittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="98"/>
        <source>(no vote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="100"/>
        <source>All hands raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="102"/>
        <source>No objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="106"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="113"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="115"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="117"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="121"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="128"/>
        <source>Full names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="130"/>
        <source>Surnames only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="132"/>
        <source>Names blanked (____)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="134"/>
        <source>Roles only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="138"/>
        <source>Letters (A, B, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="145"/>
        <source>(1) (2) (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="147"/>
        <source>ア イ ウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="149"/>
        <source>① ② ③</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="153"/>
        <source>Their own numbers only (諮問第N号 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="160"/>
        <source>Handling notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="162"/>
        <source>Audit / security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="164"/>
        <source>Leak report (Art. 68)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MainWindow</name>
    <message>
        <location filename="../ui/GuiMain.cpp" line="59"/>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="60"/>
        <source>Open another archive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Choose a council or a meeting on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>&amp;New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>New &amp;Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Remove Council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Manuals Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;About Kiroku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Kiroku council records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>%1 — Kiroku council records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>The new language takes effect the next time Kiroku starts.
新しい表示言語は、Kirokuを次に起動したときに有効になります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>About Kiroku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="419"/>
        <source>&lt;h3&gt;Kiroku %1&lt;/h3&gt;&lt;p&gt;Council records for the secretariats of municipal councils: meetings, attendance, minutes and the documents the ordinances require.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="438"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>The documentation was not found with the program. Reinstall Kiroku, or ask whoever installed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>The change was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>New council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Remove Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>Remove %1 with all its members, meetings and records?
You can bring it back with Undo until the archive is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaskHitModel</name>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="37"/>
        <source>(blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="51"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="53"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="55"/>
        <source>Printed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="57"/>
        <source>Context (as published)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaterialTableModel</name>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="23"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="25"/>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="27"/>
        <source>Paper and tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="182"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="196"/>
        <source>No PDF attached: the packet cannot be built until one is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="214"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="214"/>
        <source>Not public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="216"/>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="227"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="229"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="231"/>
        <source>Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="233"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="235"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="237"/>
        <source>Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="239"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaterialViewer</name>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="69"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="76"/>
        <source>Go to page (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="81"/>
        <source>Page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="86"/>
        <source>&amp;Go to Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="92"/>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="95"/>
        <source>Whole Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="98"/>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="103"/>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="144"/>
        <source>%1 cannot be shown: Qt PDF cannot read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="159"/>
        <source>The material is no longer in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="165"/>
        <source>%1 has no PDF file attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialViewer.cpp" line="208"/>
        <source> of %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialViewer.cpp" line="209"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaterialsPanel</name>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="70"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="71"/>
        <source>Replace File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="72"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="73"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="74"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="75"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="76"/>
        <source>File History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="77"/>
        <source>Build Packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="103"/>
        <source>Drop PDF files here to add them as materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="119"/>
        <source>Earlier under the same agenda item (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="120"/>
        <source>Later under the same agenda item (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="258"/>
        <source>Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="258"/>
        <source>These files were not added:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="272"/>
        <source>File Not Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="298"/>
        <source>Cannot Open Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="332"/>
        <source>Add Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="333"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="345"/>
        <source>Replace File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="345"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="392"/>
        <source>No materials yet: add PDF files, or drop them on the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialsPanel.cpp" line="393"/>
        <source>%n material(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialsPanel.cpp" line="393"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialsPanel.cpp" line="395"/>
        <source>%n not public</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MeetingEditor</name>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="90"/>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="92"/>
        <source>Remove Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="96"/>
        <source>Import Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="119"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="121"/>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="123"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="131"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="144"/>
        <source>&quot;%1&quot; is not a date; the date was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="152"/>
        <source>Meeting &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="159"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="174"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="177"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="191"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="200"/>
        <source>Reason for closing the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="206"/>
        <source>&amp;Publicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="208"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="214"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="218"/>
        <source>Reason observers were not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="226"/>
        <source>&amp;Observers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="235"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingAttendance.cpp" line="21"/>
        <location filename="../ui/MeetingEditor.cpp" line="117"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingAttendance.cpp" line="37"/>
        <source>All Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="354"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="419"/>
        <source>Not a date yet (令和9年1月21日, R9.1.21, 2027-01-21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="427"/>
        <source>(moves the meeting to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="447"/>
        <source>Move to Another Fiscal Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="448"/>
        <source>%1 falls in %2. The meeting %3 becomes %4.
Move the meeting to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="471"/>
        <source>%1 already has a meeting %2 (%3). Choose another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="493"/>
        <source>The end time %1 is before the start time %2; the times were not changed. Check 午前 and 午後.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="522"/>
        <source>Remove Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="523"/>
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
    <name>kiroku::ui::PacketController</name>
    <message>
        <location filename="../ui/materials/PacketController.cpp" line="18"/>
        <source>Build Pac&amp;ket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketController.cpp" line="23"/>
        <source>The tablet packet of the selected meeting: one PDF or a folder of numbered files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketController.cpp" line="40"/>
        <source>Choose a meeting on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PacketDialog</name>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="33"/>
        <source>&amp;Public packet: leave out the non-public materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="35"/>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="36"/>
        <source>&amp;One member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="37"/>
        <source>&amp;Every member: one packet each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="39"/>
        <source>One PDF &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="40"/>
        <source>A folder of &amp;numbered files, for tablet systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="43"/>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="46"/>
        <source>Build Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="77"/>
        <source>The meeting&apos;s tablet packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="77"/>
        <source>The tablet packet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="104"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="113"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="114"/>
        <source>Watermark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="115"/>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="116"/>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="199"/>
        <source>packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="204"/>
        <source>_meeting_%1_packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="209"/>
        <source>_public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="234"/>
        <source>Folder for the Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="236"/>
        <source>Save Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="236"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="252"/>
        <source>Choose where to save the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="274"/>
        <source>Nothing was written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="283"/>
        <source>Written: %1 material(s), %2 page(s) in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="287"/>
        <source>Written: %1 packets of %2 page(s) each, %3 material(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="293"/>
        <source>Written: %1 material(s), %2 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="296"/>
        <source>The cover&apos;s font lacks these characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PageThumbnailModel</name>
    <message>
        <location filename="../ui/materials/PageThumbnailModel.cpp" line="113"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PaperSignatureDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="91"/>
        <source>Signed on Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="93"/>
        <source>%1 signed the printed record. Attach the scanned signature page; it is kept with the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="101"/>
        <source>&amp;Attach Scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="105"/>
        <source>No scan attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="108"/>
        <source>&amp;Record Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="113"/>
        <source>Signed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="119"/>
        <source>Scanned page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="136"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="142"/>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="149"/>
        <source>Attach the Scanned Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="150"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaBasicsTab</name>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="47"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="56"/>
        <source>&amp;Affair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="59"/>
        <source>Evaluating &amp;body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="62"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="70"/>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="73"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="78"/>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="83"/>
        <source>Threshold judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="92"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="94"/>
        <source>People in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="98"/>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="112"/>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="125"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="101"/>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="115"/>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="104"/>
        <source>&amp;People in the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="106"/>
        <source> staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="108"/>
        <source>Staff handling the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="118"/>
        <source>&amp;Staff handling it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="120"/>
        <source>Serious incident in the past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="128"/>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="131"/>
        <source>&amp;Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="138"/>
        <source>Required type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="158"/>
        <source>D&amp;eclared type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="215"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="232"/>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="234"/>
        <source>, published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="237"/>
        <source> (shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="262"/>
        <source>✓ as required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="263"/>
        <source>Voluntarily fuller than required (allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="264"/>
        <source>⚠ Mismatch: lighter than required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="265"/>
        <source>Table: %1, %2 (%3); heightened from %4 staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaChangesTab</name>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="43"/>
        <source>Change list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaChecklistTab</name>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="32"/>
        <source>Link Statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="33"/>
        <source>Show Cited Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="36"/>
        <source>Inspection checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="93"/>
        <source>%1 of %2 viewpoints judged · conforming %3, needs improvement %4, observation %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="116"/>
        <source>Discussed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="192"/>
        <source>Statements on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="195"/>
        <source>Statements of the inspection meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="203"/>
        <source>No meeting took up this evaluation yet: link it to its consultation, or set the inspection date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="205"/>
        <source>Tick the statements where %1 was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaDocumentTab</name>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="30"/>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="115"/>
        <source>Attach PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="35"/>
        <source>Evaluation document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="43"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="44"/>
        <source>p.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="57"/>
        <source>Go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="76"/>
        <source>Choose an evaluation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="79"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="85"/>
        <source>%1 is not a usable PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="87"/>
        <source>%1 was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="95"/>
        <source>Attach Evaluation Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="97"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="101"/>
        <source>Document Not Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="113"/>
        <source>No evaluation document attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="114"/>
        <source>%1 · %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="115"/>
        <source>Replace PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaLabels</name>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="9"/>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="11"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="13"/>
        <source>Basic + focused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="15"/>
        <source>Basic + full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="24"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="26"/>
        <source>Important change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="28"/>
        <source>Five-year re-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="30"/>
        <source>Voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="39"/>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="41"/>
        <source>Conforming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="43"/>
        <source>Needs improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="45"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="52"/>
        <source>Conformity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="52"/>
        <source>Adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="59"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="61"/>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="63"/>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaListModel</name>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="28"/>
        <source>as required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="30"/>
        <source>voluntarily fuller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="34"/>
        <source>MISMATCH: lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="133"/>
        <source>Superseded by a later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="141"/>
        <source>(affair not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="167"/>
        <source>Affair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="169"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="171"/>
        <source>Ver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="173"/>
        <source>Declared type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="175"/>
        <source>Required type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="177"/>
        <source>Judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="179"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="181"/>
        <source>Five-year deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaOutputTab</name>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="28"/>
        <source>Print Inspection Result Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="31"/>
        <source>Print Response Paragraph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="35"/>
        <source>Copy Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="42"/>
        <source>Paragraph of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="47"/>
        <source>Paragraph of the response (答申) recording the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="83"/>
        <source>Choose an evaluation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="133"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="134"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="138"/>
        <source>Not Written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaPage</name>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="85"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="86"/>
        <source>New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="87"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="102"/>
        <source>PIA evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="117"/>
        <source>Start a re-evaluation: the next version, with the inputs copied and a fresh checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="122"/>
        <source>Basics and Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="123"/>
        <source>Why and When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="124"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="125"/>
        <source>Question Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="126"/>
        <source>Change List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="127"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="128"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="144"/>
        <source>Remove Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="145"/>
        <source>Remove %1 with its opinions, checklist, questions and changes? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="224"/>
        <source>No evaluation selected: add one, or choose one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaPage.cpp" line="229"/>
        <source>… and %n more (see Output)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="292"/>
        <source>New Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="299"/>
        <source>e.g. moving the system to the government cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="302"/>
        <source>Version %1 starts from version %2: its inputs are copied, the checklist is fresh, dates and questions are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="307"/>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="308"/>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaPartModel</name>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="46"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="84"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="48"/>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="50"/>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="52"/>
        <source>Why / what was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="60"/>
        <source>Viewpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="62"/>
        <source>Item checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="64"/>
        <source>Judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="66"/>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="68"/>
        <source>Department&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="70"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="72"/>
        <source>Cited section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="74"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="88"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="108"/>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="76"/>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="86"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="106"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="90"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="92"/>
        <source>First judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="94"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="96"/>
        <source>Second check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="98"/>
        <source>Final judgment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="110"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="112"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaPartTable</name>
    <message>
        <location filename="../ui/pia/PiaTab.cpp" line="89"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaTab.cpp" line="90"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaQuestionsTab</name>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="30"/>
        <source>Question table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="43"/>
        <source>Import CSV/TSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="46"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="82"/>
        <source>No questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="88"/>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="99"/>
        <source>Choose an evaluation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="91"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="112"/>
        <source>Import Question Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="113"/>
        <source>Question tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="118"/>
        <source>Question Table Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="119"/>
        <source>%1 was not imported; the table is unchanged.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="128"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="128"/>
        <source>TSV (*.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="131"/>
        <source>Export Question Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="139"/>
        <source>Question Table Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaScheduleTab</name>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="54"/>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="56"/>
        <source>What changes (for an important change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="63"/>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="78"/>
        <source>Public &amp;comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="81"/>
        <source>Why shorter than 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="85"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="89"/>
        <source>Council&apos;s &amp;inspection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="92"/>
        <source>Submitted to the Personal Information Protection Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="93"/>
        <source>&amp;Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="96"/>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="99"/>
        <source>Last re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="104"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="108"/>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="109"/>
        <source>Opinions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="185"/>
        <source>period not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="188"/>
        <source>%n day(s): under 30 days, give the reason</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="191"/>
        <source>%n day(s): under 30 days, reason recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="194"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="198"/>
        <source>next yearly review %1 · five-year re-evaluation by %2 (last published %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::RecordController</name>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="45"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="47"/>
        <source>Inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="51"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="60"/>
        <source>Completeness of the Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="62"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="62"/>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="73"/>
        <source>Nothing required is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="74"/>
        <source>Before finalising, complete or correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="84"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="85"/>
        <source>&amp;Finalise Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="111"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="113"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="114"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="116"/>
        <source>&amp;Check Completeness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="117"/>
        <source>&amp;Finalise Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="118"/>
        <source>Mark P&amp;ublished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="190"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="220"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="258"/>
        <source>_meeting_%1_record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="259"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="261"/>
        <source>_public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="266"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="269"/>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="272"/>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="275"/>
        <location filename="../ui/printing/RecordController.cpp" line="296"/>
        <source>Export Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="297"/>
        <source>The record was written to
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="300"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="301"/>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="331"/>
        <source>Finalise Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="331"/>
        <source>This record is already finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="349"/>
        <source>Mark Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="358"/>
        <source>The public version went out on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::RecordReader</name>
    <message>
        <location filename="../ui/search/RecordReader.cpp" line="26"/>
        <source>%1 (sealed, read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/RecordReader.cpp" line="43"/>
        <source>Statements of the sealed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/RecordReader.cpp" line="45"/>
        <source>This record is sealed: it cannot be changed here. A correction is made as a new version (Signatures tab).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReplaceDialog</name>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="27"/>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="27"/>
        <source>Apply Notation List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="34"/>
        <source>&amp;Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="35"/>
        <source>&amp;Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="37"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="38"/>
        <source>Re&amp;place with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="51"/>
        <source>The council&apos;s notation list, applied to every statement of the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="56"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="56"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="56"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="66"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="105"/>
        <source>%1 statement(s) change, %2 replacement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="115"/>
        <source>Replace &quot;%1&quot; with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="116"/>
        <source>Apply notation list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReportDialog</name>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="37"/>
        <source>New Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="37"/>
        <source>Report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="54"/>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="55"/>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="56"/>
        <source>Reported &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="57"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="58"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="59"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="61"/>
        <source>Handling notices in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="68"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="69"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="70"/>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="71"/>
        <source>&amp;Changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="72"/>
        <source>&amp;Abolished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="74"/>
        <source>Leak (Act on the Protection of Personal Information, Article 68)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="79"/>
        <source>&amp;Known on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="80"/>
        <source>People a&amp;ffected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="81"/>
        <source>Special care-required personal information (要配慮個人情報)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="82"/>
        <source>Risk of financial damage (財産的被害)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="83"/>
        <source>Wrongful purpose (不正の目的)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="84"/>
        <source>More than 100 people (100人超)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="94"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="96"/>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="98"/>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="99"/>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReportTableModel</name>
    <message numerus="yes">
        <location filename="../ui/consultations/ReportsPage.cpp" line="104"/>
        <source>%n people; %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="105"/>
        <source>no criterion of Article 68 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="119"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="121"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="123"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="125"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="127"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="129"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReportsPage</name>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="139"/>
        <source>Add Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="140"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="141"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="146"/>
        <source>Reports received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ResponseDialog</name>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="24"/>
        <source>Record Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="29"/>
        <source>(not decided at a meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="41"/>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="42"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="43"/>
        <source>Attached opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="49"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="50"/>
        <source>Decided at &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="51"/>
        <source>&amp;Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="52"/>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="53"/>
        <source>Attached &amp;opinions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="23"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="25"/>
        <source>Backups of %1, newest first. The archive as it is now is kept beside it (.before-restore- with the date and time), as are those replaced by earlier restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="42"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="54"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SealBanner</name>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="21"/>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="22"/>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="28"/>
        <source>Make a corrected version of the record (正誤); the sealed version is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="38"/>
        <source>Sealed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="60"/>
        <source>This record is sealed (version %1). To correct it, choose Correct…: the sealed version is kept and the record reopens as version %2, to be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SearchDock</name>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="52"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="64"/>
        <source>Search the archive (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="66"/>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="73"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="111"/>
        <source>&amp;Search the Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="133"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="138"/>
        <source>Part of the speaker&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="140"/>
        <source>Council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="141"/>
        <source>Fiscal year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="142"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="143"/>
        <source>Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="155"/>
        <source>All councils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="156"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="242"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="244"/>
        <source>%1 results, the best %2 shown (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchDock.cpp" line="249"/>
        <source>%n result(s) (%1 ms)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="90"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="92"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="94"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="96"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="98"/>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="100"/>
        <source>PIA finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="102"/>
        <source>PIA question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="46"/>
        <source>Sign the Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="47"/>
        <source>%1 signs below with a pen or the mouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="49"/>
        <source>&amp;Undo Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="52"/>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="53"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="55"/>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignatureModel</name>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="109"/>
        <location filename="../ui/signing/SignatureModel.cpp" line="135"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="109"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="115"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="117"/>
        <source>On paper (scan attached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="117"/>
        <source>On paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="133"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="137"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="139"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignaturePad</name>
    <message>
        <location filename="../ui/signing/SignaturePad.cpp" line="26"/>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturePad.cpp" line="28"/>
        <source>Sign here with a pen or the mouse. Backspace takes back the last stroke, Delete clears the pad. The pad cannot be drawn with the keyboard: to record a signature without it, cancel and choose Signed on Paper…, which attaches the scanned page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturePad.cpp" line="31"/>
        <source>Sign with a pen or the mouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignaturesPanel</name>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="38"/>
        <source>&amp;Designate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="39"/>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="40"/>
        <source>Signed on &amp;Paper…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="41"/>
        <source>Remove Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="42"/>
        <source>&amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="43"/>
        <source>View S&amp;can…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="49"/>
        <source>Signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="62"/>
        <source>Sign on the pad with a pen or the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="63"/>
        <source>The signer signed the printed record: attach the scanned page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="149"/>
        <source>Sealed on %1 as seal %2 (version %3): read-only; a change needs Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="155"/>
        <source>%1 of %2 signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="157"/>
        <source>The record is sealed when the last signature is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="158"/>
        <source>The record is signed once it is finalised (Record ▸ Finalise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="164"/>
        <source>Version %1 corrects version %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="229"/>
        <source>Signed page of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="236"/>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="245"/>
        <source>Scan Not Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="246"/>
        <source>The stored scan is neither a PDF nor an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="349"/>
        <source>Seal the Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="350"/>
        <source>This is the last signature: once it is recorded, the record is sealed.

Sealing makes the record read-only and fixes its content with a hash in the archive&apos;s seal chain, so that any later change shows when the seals are verified. After that, the record can only be changed by a correction (正誤), kept as a new, visible version.

Record the last signature and seal the record?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SigningDialogs</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="223"/>
        <source>Correct the Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="224"/>
        <source>Why is the sealed record of %1 corrected (正誤)?
The sealed version is kept, and the record reopens as its next version to be signed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::StaffAttendanceModel</name>
    <message numerus="yes">
        <location filename="../ui/StaffAttendanceModel.cpp" line="125"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="148"/>
        <source>Present (secretariat and presenters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="150"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="152"/>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="154"/>
        <source>Left</source>
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
<context>
    <name>kiroku::ui::StatementTreeModel</name>
    <message>
        <location filename="../ui/drafting/StatementTreeModel.cpp" line="34"/>
        <source>Outside the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/StatementTreeModel.cpp" line="34"/>
        <source>(removed item)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SubcommitteeDialog</name>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="49"/>
        <source>New Subcommittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="58"/>
        <source>Members of the subcommittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="70"/>
        <source>Consultations referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="79"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="80"/>
        <source>&amp;Established:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="81"/>
        <source>&amp;Dissolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="82"/>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="83"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="84"/>
        <source>Consultations &amp;referred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="85"/>
        <source>Newly referred &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="102"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SubcommitteeMeetingDialog</name>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="151"/>
        <source>Subcommittee Meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="165"/>
        <source>Members attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="171"/>
        <source>Consultations examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="172"/>
        <source>Examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="172"/>
        <source>Concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="172"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="194"/>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="195"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="196"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="197"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="198"/>
        <source>&amp;Publicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="199"/>
        <source>&amp;Attending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="200"/>
        <source>&amp;Consultations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="201"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SubcommitteesPage</name>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="32"/>
        <source>Add Subcommittee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="33"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="34"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="35"/>
        <source>Add Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="36"/>
        <source>Edit Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="37"/>
        <source>Remove Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="42"/>
        <source>Subcommittees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="51"/>
        <source>Meetings of the subcommittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Consultations examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="202"/>
        <source>No subcommittee chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="214"/>
        <source>%1 (chair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="216"/>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="216"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="219"/>
        <source>Referred %1: Consultation No. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="229"/>
        <source> (concluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="235"/>
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::TranscriptImportDialog</name>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="41"/>
        <source>Import Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="44"/>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="48"/>
        <source>Paste the transcript below, or open a text file (UTF-8, UTF-16 or Shift_JIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="56"/>
        <source>(事務局) …, 【会長】, ○会長 …, a speaker and a text column, or 議長&#x3000;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="87"/>
        <source>(none: the headings decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="89"/>
        <source>Put the statements under &amp;agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="92"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="117"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="130"/>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="181"/>
        <source>%1 — encoding: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="189"/>
        <source>Open Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="190"/>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="214"/>
        <source>The transcript is too long to import at once (at most %1 MB). Split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="272"/>
        <source>%1 statements (%2 speeches, %3 stage directions, %4 headings) · %5 speakers, %6 matched to attendees · %7 lines left out, %8 page numbers and running headers dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="304"/>
        <source>The transcript could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::TranscriptPreviewModel</name>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="31"/>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="47"/>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="137"/>
        <source>(no match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="106"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="108"/>
        <source>Stage direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="110"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="112"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="153"/>
        <source>Every turn of %1 goes to the person chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="175"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="177"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="179"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="181"/>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="183"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::VersionsDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="237"/>
        <source>Versions of the Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="266"/>
        <source>Not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="267"/>
        <source>Not altered (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="268"/>
        <source>ALTERED since sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="273"/>
        <source>Corrected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="277"/>
        <source>%1 (seal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="282"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="297"/>
        <source>Every sealed record of the archive verifies: none was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="298"/>
        <source>Some sealed records were ALTERED since sealing (see Integrity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="299"/>
        <source>Chain head: seal %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::WarekiDateEdit</name>
    <message>
        <location filename="../ui/WarekiDateEdit.cpp" line="19"/>
        <source>e.g. R9.1.21 or 2027-01-21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WarekiDateEdit.cpp" line="21"/>
        <source>Type a date as 令和9年1月21日, R9.1.21, R9/1/21, 2027-01-21 or 2027/01/21; Enter saves it. Alt+Down opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/WarekiDateEdit.cpp" line="27"/>
        <source>Choose in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
