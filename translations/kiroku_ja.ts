<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>kiroku::Archive</name>
    <message>
        <location filename="../core/store/Archive.cpp" line="103"/>
        <source>The archive %1 does not exist.</source>
        <translation>アーカイブ %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="106"/>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="110"/>
        <source>The archive %1 cannot be read (no permission).</source>
        <translation>アーカイブ %1 を読み込めません（アクセス権がありません）。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="115"/>
        <source>%1 is not a Kiroku archive (it is not a database file).</source>
        <translation>%1 は Kiroku のアーカイブではありません（データベースファイルではありません）。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="126"/>
        <source>The archive %1 is read-only. Copy it to a folder where you may write, or ask for write permission.</source>
        <translation>アーカイブ %1 は読み取り専用です。書き込みのできるフォルダーにコピーするか、書き込み権限を申請してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="131"/>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>%1 を作成できません。フォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="145"/>
        <location filename="../core/store/Archive.cpp" line="195"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="158"/>
        <source>The archive %1 is damaged (%2). Restore it from a backup.</source>
        <translation>アーカイブ %1 は破損しています（%2）。バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="163"/>
        <source>%1 is a database, but not a Kiroku archive.</source>
        <translation>%1 はデータベースですが、Kiroku のアーカイブではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="171"/>
        <source>%1 is not a Kiroku archive.</source>
        <translation>%1 は Kiroku のアーカイブではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="175"/>
        <source>The archive %1 was written by a newer version of Kiroku (archive version %2, this program reads up to %3). Update Kiroku to open it.</source>
        <translation>アーカイブ %1 は新しいバージョンの Kiroku で作成されています（アーカイブのバージョン %2、このプログラムが読めるのはバージョン %3 まで）。Kiroku を更新してから開いてください。</translation>
    </message>
</context>
<context>
    <name>kiroku::ArchiveJson</name>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="126"/>
        <source>Row %1 of %2 does not exist.</source>
        <translation>%2 の ID %1 の行が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="164"/>
        <source>%1 must be a list.</source>
        <translation>%1 は一覧（配列）でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="170"/>
        <source>%1 must be an object.</source>
        <translation>%1 はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="186"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: 不明な欄 &quot;%2&quot; があります。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="193"/>
        <source>%1: the field &quot;id&quot; must be a number.</source>
        <translation>%1: &quot;id&quot; 欄は数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="209"/>
        <source>%1 could not be stored: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="235"/>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 の値の型が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="283"/>
        <source>This is not a Kiroku archive export (the &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation>Kiroku のアーカイブのエクスポートではありません（&quot;format&quot; 欄が &quot;%1&quot; ではありません）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="290"/>
        <source>The export has no valid &quot;version&quot; field.</source>
        <translation>エクスポートに有効な &quot;version&quot; 欄がありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="293"/>
        <source>The export was written by a newer Kiroku (format version %1, this program reads up to %2).</source>
        <translation>このエクスポートは新しい Kiroku で作成されています（形式のバージョン %1、このプログラムが読めるのはバージョン %2 まで）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="301"/>
        <source>The export has no &quot;councils&quot; list.</source>
        <translation>エクスポートに &quot;councils&quot; の一覧がありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="303"/>
        <source>The archive already holds councils. Import into a new, empty archive.</source>
        <translation>このアーカイブには既に審議会が登録されています。新しい空のアーカイブに取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="320"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>ファイルが正しい JSON ではありません（%2 バイト目: %1）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="324"/>
        <source>The file is JSON, but not a Kiroku archive export.</source>
        <translation>ファイルは JSON ですが、Kiroku のアーカイブのエクスポートではありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilCommands</name>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="14"/>
        <source>Add council</source>
        <translation>審議会の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="45"/>
        <source>Remove council</source>
        <translation>審議会の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="55"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="85"/>
        <source>The council no longer exists in the archive.</source>
        <translation>この審議会は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="73"/>
        <source>Edit council</source>
        <translation>審議会の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="105"/>
        <source>Add member</source>
        <translation>委員の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="137"/>
        <source>Edit member</source>
        <translation>委員の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="149"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="191"/>
        <source>The member no longer exists in the archive.</source>
        <translation>この委員は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="179"/>
        <source>Remove member</source>
        <translation>委員の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="199"/>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="219"/>
        <source>Add staff</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="238"/>
        <source>Edit staff</source>
        <translation>職員の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="249"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="280"/>
        <source>The staff entry no longer exists in the archive.</source>
        <translation>この職員は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="267"/>
        <source>Remove staff</source>
        <translation>職員の削除</translation>
    </message>
</context>
<context>
    <name>kiroku::MeetingCommands</name>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="13"/>
        <source>Add meeting</source>
        <translation>会議の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="51"/>
        <source>Edit meeting</source>
        <translation>会議の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="63"/>
        <location filename="../core/commands/MeetingCommands.cpp" line="111"/>
        <source>The meeting no longer exists in the archive.</source>
        <translation>この会議は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="99"/>
        <source>Remove meeting</source>
        <translation>会議の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="134"/>
        <location filename="../core/commands/MeetingCommands.cpp" line="143"/>
        <source>Change attendance</source>
        <translation>出欠の変更</translation>
    </message>
</context>
<context>
    <name>kiroku::SaveFile</name>
    <message>
        <location filename="../core/io/SaveFile.cpp" line="12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/io/SaveFile.cpp" line="15"/>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>kiroku::Store</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="14"/>
        <source>The archive refused an operation: %1 (%2)</source>
        <translation>アーカイブが操作を受け付けませんでした: %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="88"/>
        <source>Could not start a transaction: %1</source>
        <translation>トランザクションを開始できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="114"/>
        <source>Could not save the changes: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteDialect.cpp" line="34"/>
        <source>The archive could not switch to WAL journaling (%1). Keep the archive on a local disk, not a network share.</source>
        <translation>アーカイブを WAL ジャーナルに切り替えられませんでした（%1）。アーカイブはネットワーク共有ではなく、ローカルディスクに置いてください。</translation>
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
        <translation>使い方:
  kiroku [--archive FILE]                       ウィンドウを開く
  kiroku demo --archive FILE [--scale N]        架空のデモ審議会を書き込む
  kiroku list --archive FILE                    審議会・会議・諮問の一覧
  kiroku export --archive FILE -o OUT.json      アーカイブ全体を JSON に書き出す
  kiroku import --archive FILE IN.json          JSON を空のアーカイブに取り込む
  kiroku print --archive FILE --meeting ID [--format NAME] [--public] [--pdfa] -o OUT.pdf|OUT.odt
                                                会議録を審議会の様式で PDF または ODT に出力する
  kiroku --version
</translation>
    </message>
    <message>
        <location filename="../core/cli/Cli.cpp" line="76"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド &quot;%1&quot; です。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="39"/>
        <source>The option --archive FILE is required.</source>
        <translation>--archive FILE オプションを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="54"/>
        <source>The archive was upgraded from version %1; the previous file was kept as %2.</source>
        <translation>アーカイブをバージョン %1 から更新しました。更新前のファイルは %2 として保存しています。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="84"/>
        <source>--scale takes a whole number from 0 to 1000.</source>
        <translation>--scale には 0 から 1000 までの整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="94"/>
        <source>The archive %1 already holds councils; the demo is written only into a new archive.</source>
        <translation>アーカイブ %1 には既に審議会が登録されています。デモは新しいアーカイブにのみ書き込めます。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="115"/>
        <source>Wrote the demo archive %1: %2 meetings, %3 statements, %4 characters (%5 ms).</source>
        <translation>デモのアーカイブ %1 を書き込みました: 会議 %2 件、発言 %3 件、%4 文字（%5 ミリ秒）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="141"/>
        <source>Council %1: %2%3 (quota %4, quorum %5, %6 signers)</source>
        <translation>審議会 %1: %2%3（定員 %4 名、定足数 %5、署名委員 %6 名）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="150"/>
        <source>Meetings (id, fiscal year, number, date, statements):</source>
        <translation>会議（ID、年度、回、開催日、発言数）:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="159"/>
        <source>Consultations (number, received, subject):</source>
        <translation>諮問（番号、受理日、件名）:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="182"/>
        <source>The option -o OUT.json is required.</source>
        <translation>-o OUT.json オプションを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="217"/>
        <source>Name exactly one JSON file to import.</source>
        <translation>取り込む JSON ファイルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="224"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="237"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 からは何も取り込まれませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="244"/>
        <source>Imported %1 into %2.</source>
        <translation>%1 を %2 に取り込みました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="263"/>
        <source>print needs --meeting ID and -o OUT.pdf or OUT.odt.</source>
        <translation>print には --meeting ID と -o OUT.pdf または OUT.odt を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="270"/>
        <source>Only PDF and ODT output (OUT.pdf, OUT.odt) are available so far.</source>
        <translation>現在出力できるのは PDF と ODT（OUT.pdf、OUT.odt）のみです。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="291"/>
        <source>Wrote %1: %2 pages in the format %3.</source>
        <translation>%1 を書き出しました: %2 ページ（様式 %3）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="297"/>
        <source>Wrote %1 in the format %2.</source>
        <translation>%1 を書き出しました（様式 %2）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="301"/>
        <source>No font has a glyph for: %1</source>
        <translation>次の文字を表示できるフォントがありません: %1</translation>
    </message>
</context>
<context>
    <name>kiroku::record</name>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="76"/>
        <source>PDF output needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).</source>
        <translation>PDF の出力には QGuiApplication が必要です（QT_QPA_PLATFORM=offscreen で足ります）。</translation>
    </message>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="114"/>
        <source>The PDF writer could not start.</source>
        <translation>PDF の書き出しを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="28"/>
        <source>There is no meeting with id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="39"/>
        <source>Unknown record format &quot;%1&quot; (available: %2).</source>
        <translation>会議録の様式「%1」はありません（使用できる様式: %2）。</translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="80"/>
        <source>The ODT writer failed.</source>
        <translation>ODT の書き出しに失敗しました。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ArchiveController</name>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="44"/>
        <location filename="../ui/ArchiveController.cpp" line="60"/>
        <location filename="../ui/ArchiveController.cpp" line="67"/>
        <source>Cannot Open Archive</source>
        <translation>アーカイブを開けません</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="49"/>
        <source>The archive was updated to the current version; the previous file was kept as %1.</source>
        <translation>アーカイブを現在のバージョンに更新しました。更新前のファイルは %1 として保存しています。</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="68"/>
        <source>The demo council could not be written: %1</source>
        <translation>デモの審議会を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="94"/>
        <source>Open Archive</source>
        <translation>アーカイブを開く</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="95"/>
        <source>Kiroku archives (*.kiroku);;All files (*)</source>
        <translation>Kiroku アーカイブ (*.kiroku);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="101"/>
        <location filename="../ui/ArchiveController.cpp" line="115"/>
        <source>New Archive</source>
        <translation>新しいアーカイブ</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="102"/>
        <source>Kiroku archives (*.kiroku)</source>
        <translation>Kiroku アーカイブ (*.kiroku)</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="116"/>
        <source>%1 already exists. Choose another name, or open it with Open Archive.</source>
        <translation>%1 は既に存在します。別の名前を指定するか、「アーカイブを開く」で開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="124"/>
        <source>New council</source>
        <translation>新しい審議会</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::AttendanceModel</name>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="183"/>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="185"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="187"/>
        <source>Arrived</source>
        <translation>到着時刻</translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="189"/>
        <source>Left</source>
        <translation>退席時刻</translation>
    </message>
    <message>
        <location filename="../ui/AttendanceModel.cpp" line="191"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilEditor</name>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="64"/>
        <source>Add Meeting</source>
        <translation>会議を追加</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="73"/>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="74"/>
        <source>Secretariat and presenters</source>
        <translation>事務局・説明員</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="84"/>
        <source>Council</source>
        <translation>審議会</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="91"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="96"/>
        <source>&amp;Municipality:</source>
        <translation>自治体(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="101"/>
        <source> members</source>
        <translation> 名</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="110"/>
        <source>Quorum:</source>
        <translation>定足数:</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="110"/>
        <source>Member &amp;quota:</source>
        <translation>定員(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="118"/>
        <source>Members who &amp;sign the record:</source>
        <translation>会議録署名委員の人数(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="126"/>
        <source>Record &amp;format:</source>
        <translation>会議録の様式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="134"/>
        <source>Names in the &amp;public version:</source>
        <translation>公開版での氏名の扱い(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="137"/>
        <source>Run on across years</source>
        <translation>年度をまたいで通し番号</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="138"/>
        <source>Restart every fiscal year</source>
        <translation>年度ごとに1から</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="143"/>
        <source>&amp;Consultation numbers:</source>
        <translation>諮問番号(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="148"/>
        <source>No deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="149"/>
        <source> days after the meeting</source>
        <translation> 日以内（会議の後）</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="152"/>
        <source>Publication &amp;deadline:</source>
        <translation>公開の期限(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="166"/>
        <source>Add Member</source>
        <translation>委員を追加</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="168"/>
        <source>Remove Member…</source>
        <translation>委員を削除…</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="189"/>
        <source>Add Staff</source>
        <translation>職員を追加</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="191"/>
        <source>Remove Staff…</source>
        <translation>職員を削除…</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="304"/>
        <source>New member</source>
        <translation>新しい委員</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="324"/>
        <source>Remove Member</source>
        <translation>委員の削除</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="325"/>
        <source>Remove %1 from the council? Their attendance is removed too.</source>
        <translation>%1 を審議会から削除しますか？ この委員の出欠の記録も削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="337"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="354"/>
        <source>Remove Staff</source>
        <translation>職員の削除</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="354"/>
        <source>Remove the selected staff entry?</source>
        <translation>選択した職員を削除しますか？</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::Labels</name>
    <message>
        <location filename="../ui/Labels.cpp" line="9"/>
        <source>More than half (majority)</source>
        <translation>過半数</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="9"/>
        <source>Half or more</source>
        <translation>半数以上</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="16"/>
        <source>President</source>
        <translation>会長</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="18"/>
        <source>Vice-president</source>
        <translation>副会長</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="22"/>
        <source>Member</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="27"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="27"/>
        <source>Presenter</source>
        <translation>説明員（所管課）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="34"/>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="36"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="40"/>
        <source>Hybrid (in person and online)</source>
        <translation>ハイブリッド（対面・オンライン併用）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="47"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="49"/>
        <source>Closed</source>
        <translation>非公開</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="53"/>
        <source>Partly public</source>
        <translation>一部公開</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="60"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="62"/>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="64"/>
        <source>Late</source>
        <translation>遅刻</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="68"/>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="75"/>
        <source>Full names</source>
        <translation>氏名を表示</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="77"/>
        <source>Surnames only</source>
        <translation>姓のみ</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="79"/>
        <source>Names blanked (____)</source>
        <translation>氏名を伏せる（____委員）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="81"/>
        <source>Roles only</source>
        <translation>役職のみ（○委員）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="85"/>
        <source>Letters (A, B, ...)</source>
        <translation>記号（A委員、B委員…）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MainWindow</name>
    <message>
        <location filename="../ui/GuiMain.cpp" line="41"/>
        <source>Open Archive</source>
        <translation>アーカイブを開く</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="42"/>
        <source>Open another archive?</source>
        <translation>別のアーカイブを開きますか？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="82"/>
        <source>Choose a council or a meeting on the left.</source>
        <translation>左の一覧から審議会または会議を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>&amp;New Archive…</source>
        <translation>新しいアーカイブ(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="141"/>
        <source>&amp;Open Archive…</source>
        <translation>アーカイブを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="152"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="155"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>New &amp;Council</source>
        <translation>新しい審議会(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="162"/>
        <source>Remove Council…</source>
        <translation>審議会を削除…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="182"/>
        <source>&amp;About Kiroku</source>
        <translation>Kiroku について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="311"/>
        <source>Kiroku council records</source>
        <translation>審議会記録 Kiroku</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312"/>
        <source>%1 — Kiroku council records</source>
        <translation>%1 — 審議会記録 Kiroku</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="320"/>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="321"/>
        <source>The new language takes effect the next time Kiroku starts.
新しい表示言語は、Kirokuを次に起動したときに有効になります。</source>
        <translation>新しい表示言語は、Kirokuを次に起動したときに有効になります。
The new language takes effect the next time Kiroku starts.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>About Kiroku</source>
        <translation>Kiroku について</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>&lt;h3&gt;Kiroku %1&lt;/h3&gt;&lt;p&gt;Council records for the secretariats of municipal councils: meetings, attendance, minutes and the documents the ordinances require.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kiroku %1&lt;/h3&gt;&lt;p&gt;市町村の審議会事務局のための会議記録ソフトウェアです。会議の設定、出欠、会議録と、条例が求める文書を一か所で扱います。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Could Not Save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>The change was not saved.

%1</source>
        <translation>変更は保存されていません。

%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>New council</source>
        <translation>新しい審議会</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="365"/>
        <source>Remove Council</source>
        <translation>審議会の削除</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Remove %1 with all its members, meetings and records?
You can bring it back with Undo until the archive is closed.</source>
        <translation>%1 を、委員・会議・記録とともに削除しますか？
アーカイブを閉じるまでは「元に戻す」で復元できます。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MeetingEditor</name>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="82"/>
        <source>Add Meeting</source>
        <translation>会議を追加</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="84"/>
        <source>Remove Meeting…</source>
        <translation>会議を削除…</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="104"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="120"/>
        <source>&amp;Date:</source>
        <translation>開催日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="138"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="141"/>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="155"/>
        <source>&amp;Venue:</source>
        <translation>開催場所(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="164"/>
        <source>Reason for closing the meeting</source>
        <translation>非公開の理由</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="170"/>
        <source>&amp;Publicity:</source>
        <translation>公開・非公開(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="172"/>
        <source>Allowed</source>
        <translation>傍聴可</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="178"/>
        <source> people</source>
        <translation> 名</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="182"/>
        <source>Reason observers were not allowed</source>
        <translation>傍聴を認めなかった理由</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="190"/>
        <source>&amp;Observers:</source>
        <translation>傍聴人(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="199"/>
        <source>&amp;Chair:</source>
        <translation>議長(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="205"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="221"/>
        <source>All Present</source>
        <translation>全員出席</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="316"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="389"/>
        <source>Remove Meeting</source>
        <translation>会議の削除</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="390"/>
        <source>Remove the meeting %1 with its attendance, agenda and minutes?
You can bring it back with Undo.</source>
        <translation>%1 の会議を、出欠・次第・会議録とともに削除しますか？
「元に戻す」で復元できます。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MemberTableModel</name>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="115"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="117"/>
        <source>Reading</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="119"/>
        <source>Role</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="121"/>
        <source>Term from</source>
        <translation>任期（始期）</translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="123"/>
        <source>Term until</source>
        <translation>任期（終期）</translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="125"/>
        <source>Recommended by</source>
        <translation>推薦団体</translation>
    </message>
    <message>
        <location filename="../ui/MemberTableModel.cpp" line="127"/>
        <source>Affiliation</source>
        <translation>所属・職</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::StaffTableModel</name>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="100"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="102"/>
        <source>Department / organisation</source>
        <translation>所属（課・団体）</translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="104"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="106"/>
        <source>Title</source>
        <translation>職名</translation>
    </message>
    <message>
        <location filename="../ui/StaffTableModel.cpp" line="108"/>
        <source>Head count</source>
        <translation>人数</translation>
    </message>
</context>
</TS>
