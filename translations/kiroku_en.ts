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
        <location filename="../core/io/ArchiveJson.cpp" line="133"/>
        <source>Row %1 of %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="171"/>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="177"/>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="193"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="200"/>
        <source>%1: the field &quot;id&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="216"/>
        <source>%1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="242"/>
        <source>%1 has a value of the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="292"/>
        <source>This is not a Kiroku archive export (the &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="299"/>
        <source>The export has no valid &quot;version&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="302"/>
        <source>The export was written by a newer Kiroku (format version %1, this program reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="310"/>
        <source>The export has no &quot;councils&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="312"/>
        <source>The archive already holds councils. Import into a new, empty archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="334"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="338"/>
        <source>The file is JSON, but not a Kiroku archive export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::Backup</name>
    <message>
        <location filename="../core/archive/Backup.cpp" line="55"/>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="62"/>
        <source>%1 already exists; a backup is written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="70"/>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="74"/>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="117"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="120"/>
        <location filename="../core/archive/Backup.cpp" line="136"/>
        <source>%1 is not a Kiroku archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="138"/>
        <source>%1 was written by a newer version of Kiroku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="159"/>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="162"/>
        <source>Cannot restore into %1: the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="167"/>
        <source>Cannot copy %1 next to the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="174"/>
        <source>Cannot set the current archive aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="185"/>
        <source>Cannot put the backup in place of %1.</source>
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
    <name>kiroku::DraftingSession</name>
    <message numerus="yes">
        <location filename="../core/drafting/DraftingSession.cpp" line="33"/>
        <source>Recovered after an unexpected end: the record&apos;s %n statement(s) are all here, and the line being typed (%1, %2 characters, saved at %3) is back in the entry line.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/drafting/DraftingSession.cpp" line="427"/>
        <source>Late arrival of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drafting/DraftingSession.cpp" line="427"/>
        <source>Early leave of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::MaterialCommands</name>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="17"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="32"/>
        <source>Add material %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="67"/>
        <source>Replace the file of %1</source>
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
    <name>kiroku::Sealing</name>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="68"/>
        <location filename="../core/archive/Sealing.cpp" line="133"/>
        <source>There is no meeting with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="70"/>
        <source>The record is already sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="72"/>
        <source>The record is not finalised yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="77"/>
        <source>The chair has designated %1 of the %2 signing members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="88"/>
        <source>Waiting for the signature of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="128"/>
        <source>A correction needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="135"/>
        <source>Only a sealed record is corrected; this one can still be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="143"/>
        <source>The sealed record does not match its seal; run kiroku verify before correcting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="180"/>
        <source>The seal entry itself was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="185"/>
        <source>Seal %1 was made after seal %2, not after the seal now before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="190"/>
        <source>The seal made just before seal %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="193"/>
        <source>Seal numbers %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="203"/>
        <source>The sealed record of meeting %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="210"/>
        <source>The record of meeting %1 was unsealed without a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="218"/>
        <source>Version %1 of meeting %2&apos;s record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="226"/>
        <source>Meeting %1 claims an older version than its seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="231"/>
        <source>The content of meeting %1&apos;s record (version %2) differs from what was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="245"/>
        <source>Meeting %1 is marked sealed but its seal entry is missing.</source>
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
        <location filename="../core/store/SqliteDialect.cpp" line="35"/>
        <source>The archive could not switch to WAL journaling (%1). Keep the archive on a local disk, not a network share.</source>
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
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="182"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="251"/>
        <source>The transcript is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="186"/>
        <source>The transcript is %1 MB; at most %2 MB can be imported at once. Split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="215"/>
        <source>The transcript mixes text encodings (mostly UTF-8, with parts in another encoding). Save it again in one encoding and import it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="235"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="244"/>
        <source>The file is not a text file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="236"/>
        <source>The transcript is not valid text in UTF-8, UTF-16 or Shift_JIS, or it mixes encodings. Save it again as UTF-8 and import it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="261"/>
        <source>%1 is %2 MB; at most %3 MB can be imported at once. Split the transcript into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="270"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="276"/>
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
        <location filename="../core/transcript/TranscriptParser.cpp" line="476"/>
        <source>No speaker was recognised in the transcript. Speakers should be marked as in printed minutes: (事務局) …, 【会長】, ○会長 …, or a speaker and a text column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::cli</name>
    <message>
        <location filename="../core/cli/Cli.cpp" line="42"/>
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
  kiroku --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="112"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/FrontMain.cpp" line="95"/>
        <source>Kiroku is not completely installed: cannot start %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="22"/>
        <source>The option --archive FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="39"/>
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
        <location filename="../core/cli/CliCommands.cpp" line="109"/>
        <source>Council %1: %2%3 (quota %4, quorum %5, %6 signers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="118"/>
        <source>Meetings (id, fiscal year, number, date, statements):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="127"/>
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
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="34"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="36"/>
        <source>inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="40"/>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="64"/>
        <source>print needs --meeting ID and -o OUT.pdf, OUT.odt or OUT.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="72"/>
        <source>The output is a PDF, ODT or HTML file (OUT.pdf, OUT.odt, OUT.html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="94"/>
        <source>Wrote %1: %2 pages in the format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="100"/>
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
        <location filename="../core/cli/CliPacket.cpp" line="67"/>
        <source>Wrote %1: %2 materials, %3 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="73"/>
        <location filename="../core/cli/CliRecord.cpp" line="106"/>
        <source>No font has a glyph for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="126"/>
        <source>check needs --meeting ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="135"/>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="148"/>
        <source>Ready to finalise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="149"/>
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
        <location filename="../core/cli/CliTranscript.cpp" line="123"/>
        <source>Dry run: the archive was not changed.</source>
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
        <location filename="../core/cli/CliBackup.cpp" line="56"/>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="74"/>
        <source>Give one backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="80"/>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="82"/>
        <source>The replaced archive was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="30"/>
        <source>The option --meeting ID is required (a meeting id from kiroku list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="57"/>
        <source>Sealed meeting %1 (version %2) as seal %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="75"/>
        <source>Sealed %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="101"/>
        <source>MISMATCH seal %1, meeting %2, version %3: %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="107"/>
        <source>%1 seals checked in %2 ms; %3 mismatches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="113"/>
        <source>Chain head: seal %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="129"/>
        <source>The option --reason TEXT is required: a correction says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="142"/>
        <source>Meeting %1 is open for correction as version %2; it is sealed again once signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="166"/>
        <source>There is no meeting with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="177"/>
        <source>Meeting %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="186"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="188"/>
        <source>, sealed %1 as seal %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="189"/>
        <source>, not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="192"/>
        <source>, corrected %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="195"/>
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
        <location filename="../core/cli/CliSearch.cpp" line="96"/>
        <source>%1 matching texts (linear scan, %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="121"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="123"/>
        <source>search: %1 ms</source>
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
        <location filename="../core/record/RecordExport.cpp" line="45"/>
        <source>There is no meeting with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="56"/>
        <source>Unknown record format &quot;%1&quot; (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="64"/>
        <source>The file name contains &quot;%1&quot;, which the public version masks. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/OdtWriter.cpp" line="79"/>
        <source>The ODT writer failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="22"/>
        <source>agenda item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="55"/>
        <source>The meeting has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="58"/>
        <source>The opening and closing times are not both recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="62"/>
        <source>The meeting closes (%1) before it opens (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="66"/>
        <source>The venue is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="69"/>
        <source>The meeting is not public, but the reason (the ordinance&apos;s ground) is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="75"/>
        <source>Observers were not admitted, but the reason is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="79"/>
        <source>The observer count is 0: confirm that nobody attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="84"/>
        <source>The observer count is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="87"/>
        <source>No member is named as chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="100"/>
        <source>Attendance is not recorded for %1 (present or absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="110"/>
        <source>%1 arrived late, but the time is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="116"/>
        <source>%1 left early, but the time is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="124"/>
        <source>%1&apos;s time (%2) lies outside the meeting (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="133"/>
        <source>The attendance does not reach the quorum (%1 of %2 required); the record cannot state that the meeting was constituted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="143"/>
        <source>The chair is recorded as absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="153"/>
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
        <location filename="../core/record/Completeness.cpp" line="238"/>
        <source>%1 of the %2 signing members are designated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="245"/>
        <source>A signer line names someone who is not a member of the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="252"/>
        <source>%1 is designated to sign but was absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="300"/>
        <source>Publish by %1 (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="301"/>
        <source>Publish by %1 (%n day(s) left).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="305"/>
        <source>Publication was due on %1 (%n day(s) overdue).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../ui/CouncilEditor.cpp" line="65"/>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="74"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="75"/>
        <source>Secretariat and presenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="78"/>
        <source>Replaced in the public version wherever they occur, in any width and with or without spaces: citizens&apos; names, addresses, telephone numbers. Add a name&apos;s reading as an entry of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="83"/>
        <source>Applied to the record on request while drafting, in this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="85"/>
        <source>The drafting palette. {department} is the current presenter&apos;s department, {quorum} the attendance line, {chair} the chair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="91"/>
        <source>Masking list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="92"/>
        <source>Notation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="93"/>
        <source>Stage directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="103"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="115"/>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="120"/>
        <source> members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="129"/>
        <source>Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="129"/>
        <source>Member &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="137"/>
        <source>Members who &amp;sign the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="145"/>
        <source>Record &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="153"/>
        <source>Names in the &amp;public version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="156"/>
        <source>Run on across years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="157"/>
        <source>Restart every fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="162"/>
        <source>&amp;Consultation numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="167"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="168"/>
        <source> days after the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="171"/>
        <source>Publication &amp;deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="185"/>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="187"/>
        <source>Remove Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="208"/>
        <source>Add Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="210"/>
        <source>Remove Staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="327"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="347"/>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="348"/>
        <source>Remove %1 from the council? Their attendance is removed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="360"/>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="377"/>
        <source>Remove Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="377"/>
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
    <name>kiroku::ui::DraftingController</name>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="32"/>
        <source>&amp;Draft Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="37"/>
        <source>Draft the minutes of the selected meeting live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="40"/>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="69"/>
        <source>Draft Minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="79"/>
        <source>Choose a meeting on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drafting/DraftingController.cpp" line="146"/>
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
        <location filename="../ui/drafting/DraftingEntry.cpp" line="48"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="50"/>
        <source>Type part of a name, reading, role or department; Alt+1–9 for the number keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="52"/>
        <source>Type the turn; Enter commits it and starts the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="121"/>
        <source>Outside the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="126"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="137"/>
        <source>Alt+number: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingView</name>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="187"/>
        <source>Stage directions (F6); Enter or a double click puts one into the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="191"/>
        <source>Headings from the agenda (F7); an agenda item&apos;s heading also makes it current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="194"/>
        <source>Members (F8); Alt+A: arrived now, Alt+E: left now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="195"/>
        <source>&amp;Arrived now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="197"/>
        <source>L&amp;eft now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="199"/>
        <source>With a stage direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="210"/>
        <source>Stage directions (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="212"/>
        <source>Headings (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="214"/>
        <source>Attendance (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="265"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="268"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="271"/>
        <source>arrived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="274"/>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="340"/>
        <source>Edit in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="341"/>
        <source>Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="342"/>
        <source>Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="343"/>
        <source>Move to Agenda Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="344"/>
        <source>Outside the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="349"/>
        <source>Change Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="359"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="377"/>
        <source>Split Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="378"/>
        <source>Put the cursor where the second statement begins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingWindow</name>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="38"/>
        <source>Drafting — %1%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="45"/>
        <source>Typing saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="63"/>
        <source>&amp;Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="65"/>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="68"/>
        <source>Apply &amp;Notation List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="71"/>
        <source>&amp;Same Speaker Goes On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="79"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="81"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="82"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="84"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="89"/>
        <source>Edit Statement in Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="93"/>
        <source>Sp&amp;lit Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="94"/>
        <source>&amp;Merge with Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="95"/>
        <source>Remove Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ExportDialog</name>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="29"/>
        <source>&amp;Internal (all names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="30"/>
        <source>&amp;Public version (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="31"/>
        <source>PDF/&amp;A-1b for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="36"/>
        <source>Export Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="46"/>
        <source>PDF (print and archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="47"/>
        <source>ODT (word processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="48"/>
        <source>HTML (website)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="55"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="56"/>
        <source>File &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="61"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="72"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="123"/>
        <source>The internal version prints every name as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="136"/>
        <source>Nothing in this record is on the masking list or named under the name policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/printing/ExportDialog.cpp" line="137"/>
        <source>The public version replaces %n place(s). Check each before exporting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Choose a council or a meeting on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;New Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>&amp;Open Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="158"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="164"/>
        <source>New &amp;Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>Remove Council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="168"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;About Kiroku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>Kiroku council records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>%1 — Kiroku council records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="343"/>
        <source>The new language takes effect the next time Kiroku starts.
新しい表示言語は、Kirokuを次に起動したときに有効になります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="349"/>
        <source>About Kiroku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>&lt;h3&gt;Kiroku %1&lt;/h3&gt;&lt;p&gt;Council records for the secretariats of municipal councils: meetings, attendance, minutes and the documents the ordinances require.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>The change was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>New council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="387"/>
        <source>Remove Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="388"/>
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
    <name>kiroku::ui::MeetingEditor</name>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="83"/>
        <source>Add Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="85"/>
        <source>Remove Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="89"/>
        <source>Import Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="110"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="126"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="144"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="147"/>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="161"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="170"/>
        <source>Reason for closing the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="176"/>
        <source>&amp;Publicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="178"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="184"/>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="188"/>
        <source>Reason observers were not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="196"/>
        <source>&amp;Observers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="205"/>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="211"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="227"/>
        <source>All Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="322"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="395"/>
        <source>Remove Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="396"/>
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
    <name>kiroku::ui::RecordController</name>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="41"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="43"/>
        <source>Inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="47"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="56"/>
        <source>Completeness of the Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="58"/>
        <source>What to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="69"/>
        <source>Nothing required is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="70"/>
        <source>Before finalising, complete or correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="80"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="81"/>
        <source>&amp;Finalise Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="107"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="109"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="110"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="112"/>
        <source>&amp;Check Completeness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="113"/>
        <source>&amp;Finalise Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="114"/>
        <source>Mark &amp;Published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="186"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="216"/>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="253"/>
        <source>_meeting_%1_record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="254"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="256"/>
        <source>_public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="258"/>
        <source>Export Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="292"/>
        <source>Finalise Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="292"/>
        <source>This record is already finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="310"/>
        <source>Mark Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="319"/>
        <source>The public version went out on:</source>
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
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="35"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="37"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="38"/>
        <source>Replace with:</source>
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
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="99"/>
        <source>%1 statement(s) change, %2 replacement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="109"/>
        <source>Replace &quot;%1&quot; with &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="110"/>
        <source>Apply notation list</source>
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
    <name>kiroku::ui::TranscriptImportDialog</name>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="40"/>
        <source>Import Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="43"/>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="47"/>
        <source>Paste the transcript below, or open a text file (UTF-8, UTF-16 or Shift_JIS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="55"/>
        <source>(事務局) …, 【会長】, ○会長 …, a speaker and a text column, or 議長&#x3000;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="86"/>
        <source>(none: the headings decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="88"/>
        <source>Put the statements under &amp;agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="91"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="116"/>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="129"/>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="180"/>
        <source>%1 — encoding: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="188"/>
        <source>Open Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="189"/>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="213"/>
        <source>The transcript is too long to import at once (at most %1 MB). Split it into parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="271"/>
        <source>%1 statements (%2 speeches, %3 stage directions, %4 headings) · %5 speakers, %6 matched to attendees · %7 lines left out, %8 page numbers and running headers dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="303"/>
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
</TS>
