<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>kiroku</name>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="26"/>
        <source>There is no PIA evaluation %1.</source>
        <translation>特定個人情報保護評価 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="28"/>
        <source>A page number cannot be negative.</source>
        <translation>ページ番号に負の数は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="30"/>
        <source>Page %1 is beyond the evaluation document, which has %2 pages.</source>
        <translation>%1 ページは評価書の範囲外です（評価書は %2 ページ）。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="39"/>
        <source>Add opinion</source>
        <translation>意見の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="39"/>
        <source>Edit opinion</source>
        <translation>意見の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="43"/>
        <source>Add viewpoint</source>
        <translation>観点の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="43"/>
        <source>Edit viewpoint %1</source>
        <translation>観点 %1 の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="47"/>
        <source>Add question %1</source>
        <translation>質問 %1 の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="47"/>
        <source>Edit question %1</source>
        <translation>質問 %1 の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="51"/>
        <source>Edit change list</source>
        <translation>変更一覧の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="56"/>
        <source>Remove opinion</source>
        <translation>意見の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="60"/>
        <source>Remove viewpoint %1</source>
        <translation>観点 %1 の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="64"/>
        <source>Remove question %1</source>
        <translation>質問 %1 の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="68"/>
        <source>Remove change</source>
        <translation>変更の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="84"/>
        <source>A round is a whole number from 1 (0 while not judged).</source>
        <translation>回は 1 以上の整数で指定してください（未判断の間は 0）。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="91"/>
        <source>Statement %1 is not a statement of this council&apos;s meetings.</source>
        <translation>発言 %1 は、この審議会の会議の発言ではありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="101"/>
        <source>A question number is a whole number from 1.</source>
        <translation>質問番号は 1 以上の整数で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="103"/>
        <source>Question %1 already exists. Choose another number.</source>
        <translation>質問 %1 は既にあります。別の番号を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="134"/>
        <source>The item to edit no longer exists.</source>
        <translation>編集する項目は既に存在しません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="175"/>
        <source>The item to remove no longer exists.</source>
        <translation>削除する項目は既に存在しません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaPartCommands.cpp" line="254"/>
        <source>The question table could not be stored.</source>
        <translation>質問表を保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>kiroku::AgendaCommands</name>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="48"/>
        <source>A number of votes cannot be negative.</source>
        <translation>票数に負の数は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="54"/>
        <source>%1 votes, but %2 member(s) are present at this meeting.</source>
        <translation>%1 票ですが、この会議の出席委員は %2 名です。</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="62"/>
        <source>Add agenda item</source>
        <translation>議事の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="82"/>
        <source>Edit agenda item %1</source>
        <translation>議事 %1 の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="133"/>
        <source>Remove agenda item %1</source>
        <translation>議事 %1 の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/AgendaCommands.cpp" line="168"/>
        <source>Move agenda item</source>
        <translation>議事の移動</translation>
    </message>
</context>
<context>
    <name>kiroku::Archive</name>
    <message>
        <location filename="../core/store/Archive.cpp" line="205"/>
        <source>The archive %1 does not exist.</source>
        <translation>アーカイブ %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="208"/>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="212"/>
        <source>The archive %1 cannot be read (no permission).</source>
        <translation>アーカイブ %1 を読み込めません（アクセス権がありません）。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="217"/>
        <source>%1 is not a Kiroku archive (it is not a database file).</source>
        <translation>%1 は Kiroku のアーカイブではありません（データベースファイルではありません）。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="228"/>
        <source>The archive %1 is read-only. Copy it to a folder where you may write, or ask for write permission.</source>
        <translation>アーカイブ %1 は読み取り専用です。書き込みのできるフォルダーにコピーするか、書き込み権限を申請してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="235"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 を作成できません。フォルダー %2 がありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="238"/>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>%1 を作成できません。フォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="255"/>
        <source>The journal of the archive %1 (%1-wal) is damaged: frame %2 of %3 does not check out, and %4 saved change(s) written after it would be lost. Nothing was opened or changed; the archive and its journal were copied to %5 and %5-wal. Either open the archive without the damaged part (the %6 change(s) before it are kept: kiroku recover-journal --archive %1), or restore a backup.</source>
        <translation>アーカイブ %1 のジャーナル（%1-wal）が破損しています。全 %3 フレームのうち %2 番目が検査に合わず、その後に保存された %4 件の変更が失われるおそれがあります。アーカイブは開かず、何も変更していません。アーカイブとジャーナルを %5 と %5-wal に複製しました。破損部分を除いて開く（その前の %6 件の変更は残ります: kiroku recover-journal --archive %1）か、バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="281"/>
        <location filename="../core/store/Archive.cpp" line="346"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="296"/>
        <source>The archive %1 is damaged (%2). Restore it from a backup.</source>
        <translation>アーカイブ %1 は破損しています（%2）。バックアップから復元してください。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="310"/>
        <source>%1 is a database, but not a Kiroku archive.</source>
        <translation>%1 はデータベースですが、Kiroku のアーカイブではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="318"/>
        <source>%1 is not a Kiroku archive.</source>
        <translation>%1 は Kiroku のアーカイブではありません。</translation>
    </message>
    <message>
        <location filename="../core/store/Archive.cpp" line="322"/>
        <source>The archive %1 was written by a newer version of Kiroku (archive version %2, this program reads up to %3). Update Kiroku to open it.</source>
        <translation>アーカイブ %1 は新しいバージョンの Kiroku で作成されています（アーカイブのバージョン %2、このプログラムが読めるのはバージョン %3 まで）。Kiroku を更新してから開いてください。</translation>
    </message>
</context>
<context>
    <name>kiroku::ArchiveJson</name>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="168"/>
        <source>Row %1 of %2 does not exist.</source>
        <translation>%2 の ID %1 の行が存在しません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="206"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="379"/>
        <source>%1 must be a list.</source>
        <translation>%1 は一覧（配列）でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="212"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="386"/>
        <source>%1 must be an object.</source>
        <translation>%1 はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="228"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="404"/>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1: 不明な欄 &quot;%2&quot; があります。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="235"/>
        <source>%1: the field &quot;id&quot; must be a number.</source>
        <translation>%1: &quot;id&quot; 欄は数値でなければなりません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="251"/>
        <source>%1 could not be stored: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="277"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="417"/>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 の値の型が正しくありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="327"/>
        <source>This is not a Kiroku archive export (the &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation>Kiroku のアーカイブのエクスポートではありません（&quot;format&quot; 欄が &quot;%1&quot; ではありません）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="334"/>
        <source>The export has no valid &quot;version&quot; field.</source>
        <translation>エクスポートに有効な &quot;version&quot; 欄がありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="337"/>
        <source>The export was written by a newer Kiroku (format version %1, this program reads up to %2).</source>
        <translation>このエクスポートは新しい Kiroku で作成されています（形式のバージョン %1、このプログラムが読めるのはバージョン %2 まで）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="345"/>
        <source>The export has no &quot;councils&quot; list.</source>
        <translation>エクスポートに &quot;councils&quot; の一覧がありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="347"/>
        <source>The archive already holds councils. Import into a new, empty archive.</source>
        <translation>このアーカイブには既に審議会が登録されています。新しい空のアーカイブに取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="381"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>ファイルが正しい JSON ではありません（%2 バイト目: %1）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJson.cpp" line="385"/>
        <source>The file is JSON, but not a Kiroku archive export.</source>
        <translation>ファイルは JSON ですが、Kiroku のアーカイブのエクスポートではありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="227"/>
        <source>member</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="228"/>
        <source>staff member</source>
        <translation>事務局職員・説明員</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="229"/>
        <source>meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="230"/>
        <source>agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="231"/>
        <source>consultation</source>
        <translation>諮問</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="232"/>
        <source>report</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="233"/>
        <source>statement</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="234"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="258"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="259"/>
        <source>number %1</source>
        <translation>数値 %1</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="262"/>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="500"/>
        <source>text &quot;%1&quot;</source>
        <translation>文字列 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="266"/>
        <source>a list</source>
        <translation>一覧（配列）</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="268"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="296"/>
        <source>contains the control character U+%1 at character %2.</source>
        <translation>%2 文字目に制御文字 U+%1 が含まれています。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="303"/>
        <source>contains a lone surrogate U+%1 at character %2 (not valid Unicode).</source>
        <translation>%2 文字目に対になっていないサロゲート U+%1 が含まれています（Unicode として不正です）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="412"/>
        <source>%1: must not be null.</source>
        <translation>%1: null にはできません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="426"/>
        <source>%1: not a string (%2).</source>
        <translation>%1: 文字列ではありません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="437"/>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation>%1: &quot;%2&quot; 欄がありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="443"/>
        <source>%1.sha256: does not match the SHA-256 of the file&apos;s data (%2).</source>
        <translation>%1.sha256: ファイルのデータの SHA-256（%2）と一致しません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="454"/>
        <source>%1: id %2 is also used by %3.</source>
        <translation>%1: id %2 は %3 でも使われています。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="472"/>
        <source>%1: must be 0 or 1 (%2).</source>
        <translation>%1: 0 か 1 でなければなりません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="478"/>
        <source>%1: not a whole number (%2).</source>
        <translation>%1: 整数ではありません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="483"/>
        <source>%1: out of range (%2).</source>
        <translation>%1: 範囲外の値です（%2）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="489"/>
        <source>%1: must be at least %2 (%3).</source>
        <translation>%1: %2 以上でなければなりません（%3）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="504"/>
        <source>must not be empty.</source>
        <translation>空にはできません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="508"/>
        <source>not a date YYYY-MM-DD (%1).</source>
        <translation>YYYY-MM-DD 形式の日付ではありません（%1）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="514"/>
        <source>not a time HH:MM or HH:MM:SS (%1).</source>
        <translation>HH:MM または HH:MM:SS 形式の時刻ではありません（%1）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="519"/>
        <source>not an ISO 8601 date and time (%1).</source>
        <translation>ISO 8601 形式の日時ではありません（%1）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="523"/>
        <source>unknown value %1 (one of: %2).</source>
        <translation>不明な値です: %1（使える値: %2）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="527"/>
        <source>not a SHA-256 in lowercase hexadecimal (%1).</source>
        <translation>小文字の16進数で書いた SHA-256 ではありません（%1）。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="535"/>
        <source>not valid base64.</source>
        <translation>正しい base64 ではありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="568"/>
        <source>%1: only one row is allowed here.</source>
        <translation>%1: ここには 1 行しか置けません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="570"/>
        <source>%1: the same %2 as %3.</source>
        <translation>%1: %2 が %3 と同じです。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="593"/>
        <source>The export has an unknown top-level field &quot;%1&quot;.</source>
        <translation>エクスポートの最上位に不明な欄 &quot;%1&quot; があります。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="605"/>
        <source>%1: %2 %3 is not in this file.</source>
        <translation>%1: %2 %3 はこのファイルにありません。</translation>
    </message>
    <message>
        <location filename="../core/io/ArchiveJsonCheck.cpp" line="612"/>
        <source>… and %1 more problems.</source>
        <translation>…ほかに %1 件の問題があります。</translation>
    </message>
</context>
<context>
    <name>kiroku::Backup</name>
    <message>
        <location filename="../core/archive/Backup.cpp" line="147"/>
        <source>Cannot set %1 aside: %2 already exists.</source>
        <translation>%1 を退避できません。%2 が既に存在します。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="149"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="172"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="190"/>
        <source>%1 is not a restore note Kiroku can read. Move it away and open the archive again.</source>
        <translation>%1 は Kiroku が読める復元の記録ではありません。別の場所へ移してから、アーカイブをもう一度開いてください。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="232"/>
        <source>A restore of %1 is under way in another program. Try again when it has finished.</source>
        <translation>%1 の復元が別のプログラムで実行中です。終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="235"/>
        <source>Cannot create %1 (is the folder read-only?).</source>
        <translation>%1 を作成できません（フォルダーが読み取り専用になっていませんか）。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="270"/>
        <location filename="../core/archive/Backup.cpp" line="301"/>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="273"/>
        <location filename="../core/archive/Backup.cpp" line="314"/>
        <source>A restore of %1 was interrupted before it replaced the archive; the archive is as it was.</source>
        <translation>%1 の復元はアーカイブを置き換える前に中断されていました。アーカイブは元のままです。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="244"/>
        <source>An interrupted restore of %1 was completed.</source>
        <translation>中断されていた %1 の復元を完了しました。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="245"/>
        <source>An interrupted restore of %1 was completed; the archive it replaced is kept as %2.</source>
        <translation>中断されていた %1 の復元を完了しました。置き換える前のアーカイブは %2 として保存しています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="290"/>
        <source>A restore of %1 was interrupted and its copy of the backup is missing; the archive was put back from %2.</source>
        <translation>%1 の復元は中断されており、バックアップのコピーが見つかりません。アーカイブを %2 から元に戻しました。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="295"/>
        <source>A restore of %1 was interrupted and can be neither finished nor undone: neither the archive nor the copy of the backup (%2) is there.</source>
        <translation>%1 の復元は中断されており、完了することも元に戻すこともできません。アーカイブもバックアップのコピー（%2）も見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="326"/>
        <source>The backup cannot be restored: %1</source>
        <translation>バックアップを復元できません: %1</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="330"/>
        <source>Cannot restore into %1: the folder is read-only.</source>
        <translation>%1 に復元できません。フォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="348"/>
        <location filename="../core/archive/Backup.cpp" line="360"/>
        <source>Cannot copy %1 next to the archive.</source>
        <translation>%1 をアーカイブと同じフォルダーにコピーできません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="397"/>
        <source>It could not be undone at once; opening the archive again finishes or undoes it.</source>
        <translation>すぐには元に戻せませんでした。アーカイブをもう一度開くと、復元を完了するか元に戻します。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="407"/>
        <location filename="../core/archive/Backup.cpp" line="415"/>
        <source>Cannot set the current archive aside as %1.</source>
        <translation>現在のアーカイブを %1 として退避できません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="423"/>
        <source>Cannot put the backup in place of %1.</source>
        <translation>バックアップを %1 と置き換えられません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="493"/>
        <source>Cannot create the backup folder %1.</source>
        <translation>バックアップ用のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="500"/>
        <source>%1 already exists; a backup is written to a new file.</source>
        <translation>%1 は既に存在します。バックアップは新しいファイルにしか書き込めません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="513"/>
        <source>The backup to %1 failed: %2</source>
        <translation>%1 へのバックアップに失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="517"/>
        <source>The backup could not be written to %1.</source>
        <translation>バックアップを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="560"/>
        <source>%1 does not exist.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="563"/>
        <location filename="../core/archive/Backup.cpp" line="579"/>
        <source>%1 is not a Kiroku archive.</source>
        <translation>%1 は Kiroku のアーカイブではありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="581"/>
        <source>%1 was written by a newer version of Kiroku.</source>
        <translation>%1 は新しいバージョンの Kiroku で作成されています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Backup.cpp" line="646"/>
        <source>The archive %1 does not exist, but a restore kept the archive it replaced as %2. To use that one again, rename it to %3.</source>
        <translation>アーカイブ %1 が見つかりません。ただし、復元で置き換えられたアーカイブが %2 として残っています。それを再び使うには、名前を %3 に変更してください。</translation>
    </message>
</context>
<context>
    <name>kiroku::ConsultationCommands</name>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="32"/>
        <source>A consultation number is a whole number from 1.</source>
        <translation>諮問番号は 1 以上の整数で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="36"/>
        <source>There is no council %1.</source>
        <translation>審議会 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="42"/>
        <source>Consultation No. %1 already exists in %2. Choose another number.</source>
        <translation>%2 には既に諮問第%1号があります。別の番号を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="47"/>
        <source>Consultation No. %1 already exists. Choose another number.</source>
        <translation>諮問第%1号は既にあります。別の番号を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="51"/>
        <source>The withdrawal (%1) cannot come before the consultation was received (%2).</source>
        <translation>取下げの日（%1）を、諮問の受理日（%2）より前にすることはできません。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="58"/>
        <source>A response is dated %1, before this date received (%2).</source>
        <translation>答申の日付（%1）が、この受理日（%2）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="70"/>
        <source>There is no consultation %1.</source>
        <translation>諮問 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="73"/>
        <source>The response is dated %1, before Consultation No. %2 was received (%3).</source>
        <translation>答申の日付（%1）が、諮問第%2号の受理日（%3）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="82"/>
        <source>The response&apos;s meeting is not a meeting of this council.</source>
        <translation>答申を決定した会議は、この審議会の会議ではありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="85"/>
        <source>The meeting that decided the response (%1) was held before Consultation No. %2 was received (%3).</source>
        <translation>答申を決定した会議（%1）は、諮問第%2号の受理日（%3）より前に開催されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="97"/>
        <source>Add Consultation No. %1</source>
        <translation>諮問第%1号の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="127"/>
        <source>Edit Consultation No. %1</source>
        <translation>諮問第%1号の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="152"/>
        <source>Remove Consultation No. %1</source>
        <translation>諮問第%1号の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="203"/>
        <source>Record response</source>
        <translation>答申の記録</translation>
    </message>
    <message>
        <location filename="../core/commands/ConsultationCommands.cpp" line="203"/>
        <source>Edit response</source>
        <translation>答申の編集</translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilCommands</name>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="15"/>
        <source>Add council</source>
        <translation>審議会の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="53"/>
        <source>Remove council</source>
        <translation>審議会の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="63"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="93"/>
        <source>The council no longer exists in the archive.</source>
        <translation>この審議会は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="81"/>
        <source>Edit council</source>
        <translation>審議会の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="113"/>
        <source>Add member</source>
        <translation>委員の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="145"/>
        <source>Edit member</source>
        <translation>委員の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="157"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="199"/>
        <source>The member no longer exists in the archive.</source>
        <translation>この委員は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="187"/>
        <source>Remove member</source>
        <translation>委員の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="207"/>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="227"/>
        <source>Add staff</source>
        <translation>職員の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="246"/>
        <source>Edit staff</source>
        <translation>職員の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="257"/>
        <location filename="../core/commands/CouncilCommands.cpp" line="288"/>
        <source>The staff entry no longer exists in the archive.</source>
        <translation>この職員は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilCommands.cpp" line="275"/>
        <source>Remove staff</source>
        <translation>職員の削除</translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilListCommands</name>
    <message>
        <location filename="../core/commands/CouncilListCommands.cpp" line="7"/>
        <source>Edit masking list</source>
        <translation>マスキング一覧の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilListCommands.cpp" line="13"/>
        <source>Edit notation list</source>
        <translation>表記統一リストの編集</translation>
    </message>
    <message>
        <location filename="../core/commands/CouncilListCommands.cpp" line="21"/>
        <source>Edit stage-direction palette</source>
        <translation>ト書き一覧の編集</translation>
    </message>
</context>
<context>
    <name>kiroku::CouncilListsRepository</name>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="44"/>
        <source>A masking-list entry is empty.</source>
        <translation>マスキング一覧に空の語句があります。</translation>
    </message>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="46"/>
        <source>&quot;%1&quot; is on the masking list twice.</source>
        <translation>「%1」がマスキング一覧に重複して登録されています。</translation>
    </message>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="89"/>
        <source>A notation rule has nothing to find.</source>
        <translation>表記統一リストに、置換前の文字列が空の項目があります。</translation>
    </message>
    <message>
        <location filename="../core/store/CouncilListsRepository.cpp" line="132"/>
        <source>A stage direction on the palette is empty.</source>
        <translation>ト書き一覧に空のト書きがあります。</translation>
    </message>
</context>
<context>
    <name>kiroku::DraftedFactsCommand</name>
    <message>
        <location filename="../core/commands/DraftedFactsCommand.cpp" line="12"/>
        <source>Fill in what the record says</source>
        <translation>会議録の記載を欄に記入</translation>
    </message>
    <message>
        <location filename="../core/commands/DraftedFactsCommand.cpp" line="31"/>
        <source>The agenda item no longer exists in the archive.</source>
        <translation>この議題は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/DraftedFactsCommand.cpp" line="39"/>
        <source>The meeting no longer exists in the archive.</source>
        <translation>この会議は既にアーカイブから削除されています。</translation>
    </message>
</context>
<context>
    <name>kiroku::DraftingSession</name>
    <message numerus="yes">
        <location filename="../core/drafting/DraftingSession.cpp" line="34"/>
        <source>Recovered after an unexpected end: the record&apos;s %n statement(s) are all here, and the line being typed (%1, %2 characters, saved at %3) is back in the entry line.</source>
        <translation>
            <numerusform>前回は予期せず終了したため、復元しました。会議録の発言 %n 件はすべて残っています。入力中だった行（%1、%2 文字、%3 に保存）も入力欄に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/drafting/DraftingSession.cpp" line="484"/>
        <source>Late arrival of %1</source>
        <translation>%1 の到着</translation>
    </message>
    <message>
        <location filename="../core/drafting/DraftingSession.cpp" line="484"/>
        <source>Early leave of %1</source>
        <translation>%1 の退席</translation>
    </message>
</context>
<context>
    <name>kiroku::JournalCheck</name>
    <message>
        <location filename="../core/store/JournalCheck.cpp" line="113"/>
        <source>Cannot keep a copy of %1 as %2; nothing was changed.</source>
        <translation>%1 の控えを %2 として保存できません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../core/store/JournalCheck.cpp" line="130"/>
        <source>Cannot cut the damaged part from %1: %2</source>
        <translation>%1 から破損した部分を切り離せません: %2</translation>
    </message>
</context>
<context>
    <name>kiroku::MaterialCommands</name>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="21"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="36"/>
        <source>Add material %1</source>
        <translation>%1 の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="71"/>
        <source>Replace the file of %1</source>
        <translation>%1 のファイルの差し替え</translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="120"/>
        <source>Edit material %1</source>
        <translation>%1 の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="139"/>
        <source>Remove material %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/MaterialCommands.cpp" line="172"/>
        <source>Reorder materials</source>
        <translation>資料の並べ替え</translation>
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
    <message>
        <location filename="../core/commands/MeetingCommands.cpp" line="217"/>
        <source>Change staff attendance</source>
        <translation>事務局・説明員の出欠を変更</translation>
    </message>
</context>
<context>
    <name>kiroku::PiaCommands</name>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="24"/>
        <source>There is no council %1.</source>
        <translation>審議会 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="28"/>
        <source>The linked consultation is not a consultation of this council.</source>
        <translation>関連付けた諮問は、この審議会の諮問ではありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="32"/>
        <source>The number of people and of staff handling the file cannot be negative.</source>
        <translation>対象人数と取扱者数に負の数は指定できません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="35"/>
        <source>A version is a whole number from 1.</source>
        <translation>版は 1 以上の整数で指定してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="39"/>
        <source>Evaluation No. %1 already has a version %2.</source>
        <translation>評価書番号 %1 には既に第 %2 版があります。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="47"/>
        <source>The public comment period ends before it starts.</source>
        <translation>意見募集の終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="69"/>
        <source>Add PIA evaluation %1</source>
        <translation>特定個人情報保護評価 %1 の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="116"/>
        <source>Edit PIA evaluation %1</source>
        <translation>特定個人情報保護評価 %1 の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="145"/>
        <source>Remove PIA evaluation</source>
        <translation>特定個人情報保護評価の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="156"/>
        <location filename="../core/commands/PiaCommands.cpp" line="190"/>
        <location filename="../core/commands/PiaCommands.cpp" line="268"/>
        <source>There is no PIA evaluation %1.</source>
        <translation>特定個人情報保護評価 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="174"/>
        <source>New version of a PIA evaluation</source>
        <translation>特定個人情報保護評価の新しい版</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="213"/>
        <source>New version %1 of %2</source>
        <translation>%2 の新しい版（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../core/commands/PiaCommands.cpp" line="253"/>
        <source>Attach evaluation document %1</source>
        <translation>評価書 %1 の添付</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/PiaPartCommands.cpp" line="200"/>
        <source>Import question table (%n question(s))</source>
        <translation>
            <numerusform>質問表の取込み（質問 %n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ReportCommands</name>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="30"/>
        <source>A report number is a whole number from 1.</source>
        <translation>報告番号は1以上の整数です。</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="32"/>
        <source>There is no council %1.</source>
        <translation>審議会 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="36"/>
        <source>Report No. %1 already exists. Choose another number.</source>
        <translation>報告第%1号はすでにあります。別の番号にしてください。</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="38"/>
        <source>Counts cannot be negative.</source>
        <translation>件数・人数に負の数は使えません。</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="40"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>期間の終わり（%1）が始まり（%2）より前です。</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="44"/>
        <source>The leak cannot be reported (%1) before it became known (%2).</source>
        <translation>漏えい等の報告日（%1）が覚知日（%2）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="47"/>
        <source>&quot;More than 100 people&quot; is marked, but %1 people are affected.</source>
        <translation>「100人超」に印がありますが、対象者は%1人です。</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="87"/>
        <source>Add Report No. %1</source>
        <translation>報告第%1号の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="88"/>
        <source>Remove Report No. %1</source>
        <translation>報告第%1号の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/ReportCommands.cpp" line="89"/>
        <source>Edit Report No. %1</source>
        <translation>報告第%1号の編集</translation>
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
    <name>kiroku::Sealing</name>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="68"/>
        <source>The seals of %1 cannot be read for the anchor: %2</source>
        <translation>控えに記録するための %1 の封印を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="113"/>
        <source>edited</source>
        <translation>改変</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="115"/>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="117"/>
        <source>reordered</source>
        <translation>順序の入れ替え</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="146"/>
        <location filename="../core/archive/Sealing.cpp" line="315"/>
        <source>There is no meeting with the id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="148"/>
        <source>The record is already sealed.</source>
        <translation>この会議録は既に封印されています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="150"/>
        <source>The record is not finalised yet.</source>
        <translation>この会議録はまだ確定していません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="155"/>
        <source>The chair has designated %1 of the %2 signing members.</source>
        <translation>議長が指名した会議録署名委員は、%2 名のうち %1 名です。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="166"/>
        <source>Waiting for the signature of %1.</source>
        <translation>%1 の署名を待っています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="236"/>
        <source>The file of material “%1”</source>
        <translation>資料「%1」のファイル</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="244"/>
        <source>The scanned signature page of %1</source>
        <translation>%1 の署名ページのスキャン</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="257"/>
        <source>File version %1 of material “%2”</source>
        <translation>資料「%2」の第%1版のファイル</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="279"/>
        <source>%1 in meeting %2&apos;s record (version %3) differs from the file that was sealed.</source>
        <translation>会議 %2 の会議録（第%3版）の%1が、封印したときのファイルと異なります。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="282"/>
        <source>%1 in meeting %2&apos;s record (version %3) is gone from the archive.</source>
        <translation>会議 %2 の会議録（第%3版）の%1が、アーカイブからなくなっています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="310"/>
        <source>A correction needs its reason.</source>
        <translation>正誤には理由が必要です。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="317"/>
        <source>Only a sealed record is corrected; this one can still be edited.</source>
        <translation>正誤を行えるのは封印済みの会議録だけです。この会議録はまだ編集できます。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="328"/>
        <source>The sealed record does not match its seal; run kiroku verify before correcting it.</source>
        <translation>封印済みの会議録が封印と一致しません。正誤の前に kiroku verify を実行してください。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="373"/>
        <source>The seal entry itself was altered.</source>
        <translation>封印の記録そのものが書き換えられています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="379"/>
        <source>Seal %1 was made after seal %2, not after the seal now before it.</source>
        <translation>封印 %1 は封印 %2 の次に作られたもので、現在その前にある封印の次ではありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="386"/>
        <source>Seal %1 of meeting %2 (version %3), made just before seal %4, is missing.</source>
        <translation>封印 %4 の直前に作られた封印 %1（会議 %2、第%3版）がありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="393"/>
        <source>The seal made just before seal %1 is missing; no anchor names the meeting it sealed.</source>
        <translation>封印 %1 の直前の封印がありません。その封印の会議を示す控えはありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="470"/>
        <source>Seal %1 of meeting %2 (version %3) is not the seal anchored on %4: the chain was rewritten.</source>
        <translation>封印 %1（会議 %2、第%3版）は、%4 に控えに記録した封印と異なります。連鎖が書き換えられています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="478"/>
        <source>The chain ended at seal %1 (meeting %2, version %3) when it was anchored on %4; now it ends at seal %5.</source>
        <translation>%4 に控えに記録したとき、連鎖の末尾は封印 %1（会議 %2、第%3版）でしたが、現在の末尾は封印 %5 です。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="485"/>
        <source>Seal %1 of meeting %2 (version %3), anchored on %4, is missing.</source>
        <translation>%4 に控えに記録した封印 %1（会議 %2、第%3版）がありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="516"/>
        <source>The anchor file %1 cannot be read: %2</source>
        <translation>控えのファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="519"/>
        <source>%1 is not the anchor of a seal chain.</source>
        <translation>%1 は封印の連鎖の控えではありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="536"/>
        <source>The anchor file %1 is damaged at line %2.</source>
        <translation>控えのファイル %1 の %2 行目が壊れています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="550"/>
        <source>The anchor file %1 is in use.</source>
        <translation>控えのファイル %1 は使用中です。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="586"/>
        <source>The anchor file %1 cannot be written: %2</source>
        <translation>控えのファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="399"/>
        <source>Seal numbers %1 to %2 are missing.</source>
        <translation>封印番号 %1 から %2 までがありません。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="410"/>
        <source>The sealed record of meeting %1 was deleted.</source>
        <translation>会議 %1 の封印済みの会議録が削除されています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="417"/>
        <source>The record of meeting %1 was unsealed without a correction.</source>
        <translation>会議 %1 の会議録が、正誤の手続なしに封印を解かれています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="425"/>
        <source>Version %1 of meeting %2&apos;s record was deleted.</source>
        <translation>会議 %2 の会議録の第%1版が削除されています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="433"/>
        <source>Meeting %1 claims an older version than its seal.</source>
        <translation>会議 %1 の会議録の版が、封印された版より古くなっています。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="438"/>
        <source>The content of meeting %1&apos;s record (version %2) differs from what was sealed.</source>
        <translation>会議 %1 の会議録（第%2版）の内容が、封印したときと異なります。</translation>
    </message>
    <message>
        <location filename="../core/archive/Sealing.cpp" line="457"/>
        <source>Meeting %1 is marked sealed but its seal entry is missing.</source>
        <translation>会議 %1 は封印済みとされていますが、封印の記録がありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::SignatureCommands</name>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="34"/>
        <source>The record is sealed: its signatures cannot change. Use Correct… to make a new version.</source>
        <translation>この会議録は封印済みのため、署名は変更できません。「訂正…」で新しい版を作成してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="48"/>
        <source>Designate signers</source>
        <translation>署名委員の指名</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="107"/>
        <source>Record a signature on paper</source>
        <translation>紙での署名の記録</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="108"/>
        <source>Record a signature</source>
        <translation>署名の記録</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="119"/>
        <source>There is no meeting with the id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="122"/>
        <source>The record is not finalised yet; finalise it (Record ▸ Finalise) before it is signed.</source>
        <translation>この会議録はまだ確定していません。署名の前に確定してください（会議録 ▸ 会議録を確定）。</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="126"/>
        <location filename="../core/commands/SignatureCommands.cpp" line="194"/>
        <source>%1 is not designated to sign this record.</source>
        <translation>%1 は、この会議録の署名委員に指名されていません。</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="128"/>
        <source>The signature pad is empty.</source>
        <translation>署名パッドに何も書かれていません。</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="130"/>
        <source>A signature needs its method: the pad or paper.</source>
        <translation>署名の方法（署名パッドまたは紙）を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="147"/>
        <source>Record the last signature (sealed the record)</source>
        <translation>最後の署名の記録（会議録を封印）</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="160"/>
        <source>This signature sealed the record, and a sealed record is not changed. To change it, use Correct…: the record reopens as a new version, to be signed again.</source>
        <translation>この署名で会議録は封印されました。封印済みの会議録は変更できません。変更するには「訂正…」を使ってください。会議録は新しい版として再び編集できるようになり、改めて署名を受けます。</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="181"/>
        <source>Remove a signature</source>
        <translation>署名の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/SignatureCommands.cpp" line="225"/>
        <source>Correct the record</source>
        <translation>会議録の訂正</translation>
    </message>
</context>
<context>
    <name>kiroku::StatementCommands</name>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="19"/>
        <source>The statement no longer exists in the archive.</source>
        <translation>この発言は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="39"/>
        <source>Add statement of %1</source>
        <translation>%1 の発言の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="40"/>
        <source>Add &quot;%1&quot;</source>
        <translation>「%1」の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="70"/>
        <location filename="../core/commands/StatementCommands.cpp" line="82"/>
        <source>Edit statement</source>
        <translation>発言の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="96"/>
        <source>Change speaker to %1</source>
        <translation>発言者を %1 に変更</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="131"/>
        <source>Split statement</source>
        <translation>発言の分割</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="145"/>
        <source>A statement can only be split inside its text.</source>
        <translation>発言は本文の途中でのみ分割できます。</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="180"/>
        <source>Merge statements</source>
        <translation>発言の結合</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="196"/>
        <source>The last statement has nothing after it to merge with.</source>
        <translation>最後の発言の後には、結合できる発言がありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="228"/>
        <source>Move statement to another agenda item</source>
        <translation>発言を別の議題へ移動</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="288"/>
        <source>Remove statement</source>
        <translation>発言の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/StatementCommands.cpp" line="385"/>
        <source>A statement changed after the preview; nothing was replaced.</source>
        <translation>プレビューの後に発言が変更されたため、何も置き換えませんでした。</translation>
    </message>
</context>
<context>
    <name>kiroku::Store</name>
    <message>
        <location filename="../core/store/Sql.cpp" line="22"/>
        <source>The archive %1 is damaged: a part of it could not be read (error code %2). Nothing was written.</source>
        <translation>アーカイブ %1 は破損しています。一部を読み込めませんでした（エラーコード %2）。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="28"/>
        <source>Another program is writing to the archive %1 and did not finish within 5 seconds. Nothing was changed; try again in a moment.</source>
        <translation>別のプログラムがアーカイブ %1 に書き込んでいて、5 秒以内に終わりませんでした。何も変更していません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../core/store/Sql.cpp" line="37"/>
        <source>The archive refused an operation: %1 (%2)</source>
        <translation>アーカイブが操作を受け付けませんでした: %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/store/SqliteDialect.cpp" line="35"/>
        <source>The archive could not switch to WAL journaling (%1). Keep the archive on a local disk, not a network share.</source>
        <translation>アーカイブを WAL ジャーナルに切り替えられませんでした（%1）。アーカイブはネットワーク共有ではなく、ローカルディスクに置いてください。</translation>
    </message>
    <message>
        <location filename="../core/store/MaterialRepository.cpp" line="196"/>
        <source>The stored file %1 no longer matches its SHA-256 %2: its bytes were altered or damaged. Run kiroku verify and restore a backup.</source>
        <translation>保存されているファイル %1 が SHA-256（%2…）と一致しません。内容が改変されたか破損しています。kiroku verify を実行し、バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>kiroku::SubcommitteeCommands</name>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="45"/>
        <source>A subcommittee needs a name.</source>
        <translation>小委員会の名称を入力してください。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="47"/>
        <source>The subcommittee cannot be dissolved (%1) before it is established (%2).</source>
        <translation>小委員会の廃止日（%1）が設置日（%2）より前です。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="52"/>
        <source>A subcommittee has one chair.</source>
        <translation>小委員長は1人です。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="58"/>
        <source>Only members of the council can sit on its subcommittee.</source>
        <translation>小委員会の委員は、審議会の委員から選んでください。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="60"/>
        <source>%1 is listed twice.</source>
        <translation>%1 が二重に登録されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="67"/>
        <source>Only consultations of the council can be referred to its subcommittee.</source>
        <translation>小委員会に付託できるのは、この審議会の諮問だけです。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="70"/>
        <source>Consultation No. %1 is referred (%2) before it was received (%3).</source>
        <translation>諮問第%1号の付託日（%2）が受理日（%3）より前です。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="82"/>
        <source>A meeting number is a whole number from 1.</source>
        <translation>会議の回数は1以上の整数です。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="85"/>
        <source>Meeting %1 of this subcommittee already exists.</source>
        <translation>この小委員会の第%1回はすでにあります。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="93"/>
        <source>Only members of the subcommittee can attend its meeting.</source>
        <translation>出席者は小委員会の委員から選んでください。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="100"/>
        <source>The subcommittee can examine only the consultations referred to it.</source>
        <translation>小委員会が審査できるのは、付託された諮問だけです。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="104"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>終了時刻が開始時刻より前です。</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="118"/>
        <source>Add subcommittee %1</source>
        <translation>小委員会「%1」の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="119"/>
        <source>Remove subcommittee %1</source>
        <translation>小委員会「%1」の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="120"/>
        <source>Edit subcommittee %1</source>
        <translation>小委員会「%1」の編集</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="189"/>
        <source>Add subcommittee meeting %1</source>
        <translation>小委員会第%1回の追加</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="190"/>
        <source>Remove subcommittee meeting %1</source>
        <translation>小委員会第%1回の削除</translation>
    </message>
    <message>
        <location filename="../core/commands/SubcommitteeCommands.cpp" line="191"/>
        <source>Edit subcommittee meeting %1</source>
        <translation>小委員会第%1回の編集</translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptCommands</name>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="15"/>
        <source>Import transcript</source>
        <translation>反訳の取り込み</translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="28"/>
        <source>The meeting no longer exists in the archive.</source>
        <translation>この会議は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="31"/>
        <source>The record of this meeting is signed; nothing can be imported into it.</source>
        <translation>この会議の会議録は署名済みのため、取り込むことはできません。</translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="40"/>
        <source>The agenda item %1 is not on this meeting&apos;s agenda.</source>
        <translation>ID %1 の議題は、この会議の次第にありません。</translation>
    </message>
    <message>
        <location filename="../core/commands/TranscriptCommands.cpp" line="44"/>
        <source>The transcript holds no statements to import.</source>
        <translation>反訳に、取り込める発言がありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptDecoder</name>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="200"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="271"/>
        <source>The transcript is empty.</source>
        <translation>反訳の内容が空です。</translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="204"/>
        <source>The transcript is %1 MB (%2 bytes); at most %3 MB (%4 bytes) can be imported at once. Split it into parts.</source>
        <translation>反訳の大きさは %1 MB（%2 バイト）です。一度に取り込めるのは %3 MB（%4 バイト）までです。分割してから取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="235"/>
        <source>The transcript mixes text encodings (mostly UTF-8, with parts in another encoding). Save it again in one encoding and import it once more.</source>
        <translation>反訳に複数の文字コードが混在しています（大部分は UTF-8 で、一部が別の文字コードです）。一つの文字コードで保存し直してから、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="255"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="264"/>
        <source>The file is not a text file (it holds binary data).</source>
        <translation>このファイルはテキストファイルではありません（バイナリデータを含んでいます）。</translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="256"/>
        <source>The transcript is not valid text in UTF-8, UTF-16 or Shift_JIS, or it mixes encodings. Save it again as UTF-8 and import it once more.</source>
        <translation>反訳が UTF-8、UTF-16、Shift_JIS のいずれの正しいテキストでもないか、文字コードが混在しています。UTF-8 で保存し直してから、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="283"/>
        <source>%1 is %2 MB (%3 bytes); at most %4 MB (%5 bytes) can be imported at once. Split the transcript into parts.</source>
        <translation>%1 の大きさは %2 MB（%3 バイト）です。一度に取り込めるのは %4 MB（%5 バイト）までです。反訳を分割してから取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="292"/>
        <location filename="../core/transcript/TranscriptDecoder.cpp" line="298"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptImport</name>
    <message>
        <location filename="../core/transcript/TranscriptImport.cpp" line="43"/>
        <source>There is no meeting with the id %1 in the archive.</source>
        <translation>アーカイブに ID %1 の会議はありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::TranscriptParser</name>
    <message>
        <location filename="../core/transcript/TranscriptParser.cpp" line="477"/>
        <source>No speaker was recognised in the transcript. Speakers should be marked as in printed minutes: (事務局) …, 【会長】, ○会長 …, or a speaker and a text column.</source>
        <translation>反訳から発言者を読み取れませんでした。発言者は、印刷された会議録と同じように (事務局) …、【会長】、○会長 … の形で示すか、発言者と発言内容の2列に分けてください。</translation>
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
        <translation>使い方:
  kiroku [--archive FILE]                       ウィンドウを開く
  kiroku demo --archive FILE [--scale N]        架空のデモ審議会を書き込む
  kiroku list --archive FILE                    審議会・会議・諮問の一覧
  kiroku export --archive FILE -o OUT.json      アーカイブ全体を JSON に書き出す
  kiroku import --archive FILE IN.json          JSON を空のアーカイブに取り込む
  kiroku import-transcript --archive FILE --meeting ID [--agenda-item ID] [--dry-run [--show]] TEXT
                                                反訳の発言を会議録に追加する（UTF-8、UTF-16、Shift_JIS）
  kiroku print --archive FILE --meeting ID [--format NAME] [--public [--show-masked] [--mask TERM]]
               [--pdfa] -o OUT.pdf|.odt|.html   会議録を審議会の様式で出力する
  kiroku check --archive FILE --meeting ID      確定前に会議録の記載漏れを確認する
  kiroku dashboard --archive FILE [--today DATE] 対応が必要な事項（会議、諮問、署名、公表、任期）
  kiroku consultations --archive FILE [--council ID] [--today DATE] [--check | --reports | --subcommittees]
                                                諮問の一覧: 状況、審議経過、次の諮問番号。受けた報告の一覧、小委員会の一覧
  kiroku letter --archive FILE --kind request|response --consultation ID [--format NAME] [--date D] -o OUT.pdf
  kiroku letter --archive FILE --kind agenda|notice --meeting ID [--format NAME] [--date D] -o OUT.pdf
                                                諮問書・答申書・次第・開催通知を文書様式から作る
  kiroku pia list|show|threshold|import-questions|export-questions|attach-document|result-sheet|
             toshin-paragraph --archive FILE …
                                                特定個人情報保護評価: しきい値判断、期限、質問表、
                                                点検結果と答申の段落（kiroku pia help）
  kiroku packet --archive FILE --meeting ID [--public] [--watermark MEMBER_ID | --watermark-all]
                (-o OUT.pdf | --folder DIR)     タブレット用の会議資料を作る
  kiroku seal --archive FILE (--meeting ID | --all-signed)
                                                署名済みの会議録を封印する（SHA-256、連鎖）
  kiroku verify --archive FILE                  すべての封印を検証する（不一致があれば終了コード 1）
  kiroku correct --archive FILE --meeting ID --reason TEXT
                                                正誤: 封印済みの会議録の新しい版を作る
  kiroku versions --archive FILE --meeting ID [--show N]
                                                会議録の版と封印の一覧
  kiroku search --archive FILE [--council ID] [--year 年度] [--speaker NAME] [--kind KIND] [--limit N] QUERY
                                                全文検索（関連度順、該当箇所の抜粋つき）
  kiroku backup --archive FILE [-o FILE | --rotate N]
                                                整合性のとれたコピーを作る（既定: FILE-backups/）
  kiroku restore --archive FILE BACKUP          アーカイブを、検査したバックアップで置き換える
  kiroku recover-journal --archive FILE         ジャーナル（WAL）が破損したアーカイブを、
                                                破損部分を除いて開く（控えを残す）
  kiroku --version
</translation>
    </message>
    <message>
        <location filename="../core/cli/StoreCli.cpp" line="129"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド &quot;%1&quot; です。</translation>
    </message>
    <message>
        <location filename="../app/FrontMain.cpp" line="94"/>
        <source>Kiroku is not completely installed: cannot start %1 (%2).</source>
        <translation>Kiroku のインストールが不完全です。%1 を起動できません（%2）。</translation>
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
        <translation>使い方:
  kiroku pia list --archive FILE [--council ID]
  kiroku pia show --archive FILE --evaluation ID
  kiroku pia threshold [--archive FILE] (--evaluation ID | --target N --handlers N [--incident] [--declared TYPE])
  kiroku pia import-questions --archive FILE --evaluation ID [--dry-run] TABLE.csv|.tsv
  kiroku pia export-questions --archive FILE --evaluation ID [--tsv] [--encoding utf8|utf8-bom|sjis] -o OUT
  kiroku pia attach-document --archive FILE --evaluation ID DOCUMENT.pdf
  kiroku pia result-sheet --archive FILE --evaluation ID [--format NAME] [--date D] -o OUT.pdf
  kiroku pia toshin-paragraph --archive FILE --evaluation ID [--format NAME] [--date D] [-o OUT.pdf]
</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="65"/>
        <source> (superseded by a later version)</source>
        <translation>（後の版に置き換え済み）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="70"/>
        <source>published %1; yearly review by %2; re-evaluation by %3</source>
        <translation>公表 %1、年次の見直し期限 %2、再評価期限 %3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="122"/>
        <location filename="../core/cli/CliPia.cpp" line="198"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="70"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="125"/>
        <source>There is no PIA evaluation %1.</source>
        <translation>特定個人情報保護評価 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="129"/>
        <source>Body:</source>
        <translation>評価実施機関:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="130"/>
        <source>Threshold:</source>
        <translation>しきい値判断:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="132"/>
        <source>people counted %1 (%2); staff counted %3 (%4)</source>
        <translation>対象人数 %1（%2）、取扱者数 %3（%4）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="136"/>
        <source>Trigger:</source>
        <translation>実施の契機:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="139"/>
        <source>Public comment:</source>
        <translation>意見募集:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="144"/>
        <source>Inspection:</source>
        <translation>第三者点検:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="144"/>
        <source>submitted:</source>
        <translation>提出:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="145"/>
        <source>published:</source>
        <translation>公表:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="149"/>
        <source>Document:</source>
        <translation>評価書:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="152"/>
        <source>Checklist:</source>
        <translation>点検項目:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="157"/>
        <source>round %1</source>
        <translation>第 %1 回</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="164"/>
        <source>Change:</source>
        <translation>変更内容:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="193"/>
        <location filename="../core/cli/CliSupport.cpp" line="22"/>
        <source>The option --archive FILE is required.</source>
        <translation>--archive FILE オプションを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="210"/>
        <source>Give --evaluation ID, or --target N and --handlers N (and --declared TYPE: not_required, basic, basic_focused, basic_full).</source>
        <translation>--evaluation ID、または --target N と --handlers N を指定してください（--declared TYPE は not_required、basic、basic_focused、basic_full のいずれか）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="223"/>
        <source>Table: %1 (%2)</source>
        <translation>表: %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="239"/>
        <source>This needs --evaluation ID (see kiroku pia list).</source>
        <translation>--evaluation ID を指定してください（kiroku pia list で確認できます）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPia.cpp" line="274"/>
        <source>Unknown pia command &quot;%1&quot;.</source>
        <translation>pia のコマンド「%1」はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSupport.cpp" line="61"/>
        <source>The archive was upgraded from version %1; the previous file was kept as %2.</source>
        <translation>アーカイブをバージョン %1 から更新しました。更新前のファイルは %2 として保存しています。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="51"/>
        <source>--scale takes a whole number from 0 to 1000.</source>
        <translation>--scale には 0 から 1000 までの整数を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="61"/>
        <source>The archive %1 already holds councils; the demo is written only into a new archive.</source>
        <translation>アーカイブ %1 には既に審議会が登録されています。デモは新しいアーカイブにのみ書き込めます。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="83"/>
        <source>Wrote the demo archive %1: %2 meetings, %3 statements, %4 characters (%5 ms).</source>
        <translation>デモのアーカイブ %1 を書き込みました: 会議 %2 件、発言 %3 件、%4 文字（%5 ミリ秒）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="110"/>
        <source>Council %1: %2%3 (quota %4, quorum %5, %6 signers)</source>
        <translation>審議会 %1: %2%3（定員 %4 名、定足数 %5、署名委員 %6 名）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="119"/>
        <source>Meetings (id, fiscal year, number, date, statements):</source>
        <translation>会議（ID、年度、回、開催日、発言数）:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="128"/>
        <source>Consultations (number, received, subject):</source>
        <translation>諮問（番号、受理日、件名）:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="150"/>
        <source>The option -o OUT.json is required.</source>
        <translation>-o OUT.json オプションを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="185"/>
        <source>Name exactly one JSON file to import.</source>
        <translation>取り込む JSON ファイルを 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="192"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="162"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="206"/>
        <location filename="../core/cli/CliTranscript.cpp" line="114"/>
        <location filename="../core/cli/CliTranscript.cpp" line="133"/>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 からは何も取り込まれませんでした: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliCommands.cpp" line="213"/>
        <source>Imported %1 into %2.</source>
        <translation>%1 を %2 に取り込みました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliRecord.cpp" line="21"/>
        <source>Masked or renamed: %n place(s).</source>
        <translation>
            <numerusform>伏せ字・置き換え: %n か所。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="35"/>
        <source>missing</source>
        <translation>記載漏れ</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="37"/>
        <source>inconsistent</source>
        <translation>不整合</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="41"/>
        <source>notice</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="65"/>
        <source>print needs --meeting ID and -o OUT.pdf, OUT.odt or OUT.html.</source>
        <translation>print には --meeting ID と、-o OUT.pdf、OUT.odt または OUT.html を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="73"/>
        <source>The output is a PDF, ODT or HTML file (OUT.pdf, OUT.odt, OUT.html).</source>
        <translation>出力先には PDF、ODT または HTML のファイル（OUT.pdf、OUT.odt、OUT.html）を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="96"/>
        <source>Wrote %1: %2 pages in the format %3.</source>
        <translation>%1 を書き出しました: %2 ページ（様式 %3）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="102"/>
        <source>Wrote %1 in the format %2.</source>
        <translation>%1 を書き出しました（様式 %2）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="31"/>
        <source>packet needs --meeting ID and either -o OUT.pdf or --folder DIR.</source>
        <translation>packet には --meeting ID と、-o OUT.pdf または --folder DIR のどちらかを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="43"/>
        <source>--watermark takes a member id; it cannot go with --watermark-all.</source>
        <translation>--watermark には委員の ID を指定してください。--watermark-all と同時には指定できません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="52"/>
        <source>The packet is a PDF file (OUT.pdf).</source>
        <translation>出力先には PDF ファイル（OUT.pdf）を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPacket.cpp" line="68"/>
        <source>Wrote %1: %2 materials, %3 pages.</source>
        <translation>%1 を書き出しました: 資料 %2 件、%3 ページ。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="39"/>
        <source>--kind is one of request, response, agenda, notice.</source>
        <translation>--kind には request、response、agenda、notice のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="51"/>
        <source>This letter needs --consultation ID.</source>
        <translation>この文書には --consultation ID を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="52"/>
        <source>This sheet needs --meeting ID.</source>
        <translation>この文書には --meeting ID を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="60"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="219"/>
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date には YYYY-MM-DD 形式で日付を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="67"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="226"/>
        <source>The option -o OUT.pdf is required.</source>
        <translation>-o OUT.pdf オプションを指定してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliLetter.cpp" line="81"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="253"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を書き出しました（%n ページ）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliLetter.cpp" line="85"/>
        <location filename="../core/cli/CliPacket.cpp" line="74"/>
        <location filename="../core/cli/CliPiaFiles.cpp" line="257"/>
        <location filename="../core/cli/CliRecord.cpp" line="108"/>
        <source>No font has a glyph for: %1</source>
        <translation>次の文字を表示できるフォントがありません: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="127"/>
        <source>check needs --meeting ID.</source>
        <translation>check には --meeting ID を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="137"/>
        <source>There is no meeting with id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="150"/>
        <source>Ready to finalise.</source>
        <translation>会議録を確定できます。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecord.cpp" line="151"/>
        <source>Not ready to finalise.</source>
        <translation>このままでは会議録を確定できません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="20"/>
        <source>Encoding: %1</source>
        <translation>文字コード: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="21"/>
        <source>Statements: %1 (speeches %2, stage directions %3, headings %4)</source>
        <translation>発言等: %1 件（発言 %2 件、ト書き %3 件、見出し %4 件）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="28"/>
        <source>Speakers: %1 (%2 matched to attendees)</source>
        <translation>発言者: %1 名（うち %2 名を出席者に対応付け）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="32"/>
        <source>Stage directions: %1</source>
        <translation>ト書き: %1 件</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="34"/>
        <source>Headings: %1</source>
        <translation>見出し: %1 件</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="35"/>
        <source>Unrecognised lines: %1</source>
        <translation>読み取れなかった行: %1 行</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="37"/>
        <source>Page numbers and running headers left out: %1</source>
        <translation>除外したページ番号・ヘッダー: %1 行</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="40"/>
        <source>Speaker mapping:</source>
        <translation>発言者の対応付け:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="44"/>
        <source>(no match)</source>
        <translation>（該当なし）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliTranscript.cpp" line="45"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>発言 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="84"/>
        <source>import-transcript needs --archive FILE, --meeting ID and one transcript file.</source>
        <translation>import-transcript には --archive FILE、--meeting ID と反訳ファイル 1 つを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="94"/>
        <source>--agenda-item takes the id of an agenda item of the meeting.</source>
        <translation>--agenda-item には、その会議の議題の ID を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="54"/>
        <source>Give one question table (CSV or TSV).</source>
        <translation>質問表（CSV または TSV）を 1 つ指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="60"/>
        <source>Nothing was imported from %1:</source>
        <translation>%1 からは何も取り込みませんでした:</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="76"/>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="78"/>
        <location filename="../core/cli/CliTranscript.cpp" line="123"/>
        <source>Dry run: the archive was not changed.</source>
        <translation>試行のみのため、アーカイブは変更していません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="86"/>
        <source>Imported %1 (%2): %3</source>
        <translation>%1（%2）を取り込みました: %3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="111"/>
        <source>--encoding is one of utf8, utf8-bom, sjis.</source>
        <translation>--encoding には utf8、utf8-bom、sjis のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="116"/>
        <source>The option -o OUT is required.</source>
        <translation>-o OUT の指定が必要です。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="139"/>
        <source>Wrote %1: %2</source>
        <translation>%1 を書き込みました: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="156"/>
        <source>Give one PDF file.</source>
        <translation>PDF ファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliPiaFiles.cpp" line="181"/>
        <source>Attached %1 (%2 pages) to evaluation %3.</source>
        <translation>%1（%2 ページ）を評価 %3 に添付しました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliTranscript.cpp" line="138"/>
        <source>Imported %1 statements into meeting %2.</source>
        <translation>会議（ID %2）に発言等 %1 件を取り込みました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="27"/>
        <source>No sound backup was found in %1.</source>
        <translation>%1 に正常なバックアップが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="28"/>
        <source>The last good backup is %1 (%2). Restore it with: kiroku restore --archive %3 %1</source>
        <translation>最後の正常なバックアップは %1（%2）です。次のコマンドで復元できます: kiroku restore --archive %3 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="46"/>
        <source>--rotate takes a number of generations (1 or more), without -o.</source>
        <translation>--rotate には世代数（1 以上）を指定してください。-o と同時には指定できません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="59"/>
        <source>Removed %1 (%2 bytes), left by an interrupted backup or restore.</source>
        <translation>中断されたバックアップまたは復元が残した %1（%2 バイト）を削除しました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="63"/>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>%1 を %2 にバックアップしました（%3 バイト）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="81"/>
        <source>Give one backup file to restore.</source>
        <translation>復元するバックアップファイルを 1 つ指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="92"/>
        <source>Restored %1 from %2.</source>
        <translation>%2 から %1 を復元しました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="94"/>
        <source>The replaced archive was kept as %1.</source>
        <translation>置き換える前のアーカイブは %1 として保存しています。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliBackup.cpp" line="96"/>
        <source>Archives replaced by earlier restores are kept too: %1</source>
        <translation>以前の復元で置き換えられたアーカイブも保存しています: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="31"/>
        <source>The option --meeting ID is required (a meeting id from kiroku list).</source>
        <translation>--meeting ID オプションを指定してください（会議の ID は kiroku list で確認できます）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="92"/>
        <source>Sealed meeting %1 (version %2) as seal %3: %4</source>
        <translation>会議 %1 の会議録（第%2版）を封印 %3 として封印しました: %4</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="111"/>
        <source>Sealed %1 records.</source>
        <translation>会議録 %1 件を封印しました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="56"/>
        <source>MISMATCH seal %1, meeting %2, version %3: %4 — %5</source>
        <translation>不一致 封印 %1、会議 %2、第%3版: %4 — %5</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="46"/>
        <source>Anchored the chain head in %1.</source>
        <translation>連鎖の末尾を控えとして %1 に記録しました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="62"/>
        <source>MISMATCH seal %1: %2 — %3</source>
        <translation>不一致 封印 %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="64"/>
        <source>MISMATCH meeting %1, version %2: %3 — %4</source>
        <translation>不一致 会議 %1、第%2版: %3 — %4</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="68"/>
        <source>MISMATCH: %1 — %2</source>
        <translation>不一致: %1 — %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="137"/>
        <source>%1 seals checked in %2 ms; %3 mismatches.</source>
        <translation>封印 %1 件を検証しました（%2 ミリ秒）。不一致は %3 件です。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="143"/>
        <source>Chain head: seal %1, %2</source>
        <translation>連鎖の末尾: 封印 %1、%2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="146"/>
        <source>Anchor: seal %1, anchored on %2 (%3)</source>
        <translation>控え: 封印 %1、%2 に記録（%3）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="151"/>
        <source>No anchor yet (%1): dropped newest seals cannot be detected before it is written.</source>
        <translation>控えはまだありません（%1）。控えが記録されるまでは、最新の封印が取り除かれても検出できません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="172"/>
        <source>The option --reason TEXT is required: a correction says why.</source>
        <translation>--reason TEXT オプションを指定してください。正誤には理由が必要です。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="184"/>
        <source>Meeting %1 is open for correction as version %2; it is sealed again once signed.</source>
        <translation>会議 %1 の会議録を第%2版として訂正できるようにしました。署名がそろうと、再び封印されます。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="209"/>
        <source>There is no meeting with the id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="220"/>
        <source>Meeting %1 has no version %2.</source>
        <translation>会議 %1 の会議録に第%2版はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="229"/>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="231"/>
        <source>, sealed %1 as seal %2 (%3)</source>
        <translation>、%1 に封印 %2 として封印（%3）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="232"/>
        <source>, not sealed</source>
        <translation>、未封印</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="235"/>
        <source>, corrected %1: %2</source>
        <translation>、%1 に正誤: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSealing.cpp" line="238"/>
        <source> (current, %1)</source>
        <translation>（現行、%1）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="58"/>
        <source>Give the words to search for.</source>
        <translation>検索する語句を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="65"/>
        <source>--council takes a council id (kiroku list).</source>
        <translation>--council には審議会の ID を指定してください（kiroku list で確認できます）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="72"/>
        <source>--year takes a fiscal year such as 2025 or 令和7年度.</source>
        <translation>--year には 2025 や 令和7年度 のように年度を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="79"/>
        <source>--kind takes one of: %1.</source>
        <translation>--kind には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="84"/>
        <source>--limit takes a number from 1 to 10000.</source>
        <translation>--limit には 1 から 10000 までの数を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="97"/>
        <source>%1 matching texts (linear scan, %2 ms).</source>
        <translation>該当するテキスト %1 件（全件走査、%2 ミリ秒）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="134"/>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="136"/>
        <source>search: %1 ms</source>
        <translation>検索: %1 ミリ秒</translation>
    </message>
    <message>
        <location filename="../core/cli/CliSearch.cpp" line="139"/>
        <source>matching texts: %1 (counted in %2 ms)</source>
        <translation>該当する本文: %1 件（集計 %2 ミリ秒）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="20"/>
        <source>Consultation No. %1  %2  [%3]</source>
        <translation>諮問第%1号  %2  [%3]</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliConsultations.cpp" line="25"/>
        <source>received %1 from %2%3, %n day(s) open</source>
        <translation>
            <numerusform>%1 受理、諮問者 %2%3、審議期間 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="44"/>
        <source>response %1: %2</source>
        <translation>答申 %1: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="67"/>
        <location filename="../core/cli/CliDashboard.cpp" line="24"/>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today には YYYY-MM-DD 形式で日付を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="77"/>
        <source>--council takes a council id (see kiroku list).</source>
        <translation>--council には審議会の ID を指定してください（kiroku list で確認できます）。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="93"/>
        <source>There is no council %1 in the archive.</source>
        <translation>アーカイブに審議会 %1 はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="115"/>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="125"/>
        <source>No consultations yet.</source>
        <translation>諮問はまだありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliConsultations.cpp" line="128"/>
        <source>Next number for %1: No. %2</source>
        <translation>%1の次の諮問番号: 第%2号</translation>
    </message>
    <message>
        <location filename="../core/cli/CliDashboard.cpp" line="46"/>
        <source>Nothing needs attention.</source>
        <translation>対応が必要な事項はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="31"/>
        <source>handling notices</source>
        <translation>届出件数</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="33"/>
        <source>audit</source>
        <translation>監査等</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="35"/>
        <source>leak report</source>
        <translation>漏えい等報告</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="39"/>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="48"/>
        <source>No reports yet.</source>
        <translation>報告はまだありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="50"/>
        <source>Report No. %1  %2  [%3]</source>
        <translation>報告第%1号  %2  [%3]</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="53"/>
        <source>received %1 from %2%3</source>
        <translation>%1 受理&#x3000;%2%3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="59"/>
        <source>%1 to %2: %3</source>
        <translation>%1～%2: %3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="64"/>
        <source>known %1, %2 people affected; criteria of Article 68: %3</source>
        <translation>覚知 %1、対象 %2 人。第68条の該当事由: %3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="67"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="73"/>
        <source>measures: %1</source>
        <translation>措置: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="84"/>
        <source>No subcommittees.</source>
        <translation>小委員会はありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="86"/>
        <source>established %1</source>
        <translation>設置 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="88"/>
        <source>dissolved %1</source>
        <translation>廃止 %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="94"/>
        <source>%1 (chair)</source>
        <translation>%1（小委員長）</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="96"/>
        <source>members: %1</source>
        <translation>委員: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="100"/>
        <source>referred %1: Consultation No. %2 %3</source>
        <translation>付託 %1: 諮問第%2号 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/CliReports.cpp" line="108"/>
        <source>meeting %1  %2  %n attending</source>
        <translation>
            <numerusform>第%1回  %2  出席 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="116"/>
        <source>Consultation No. %1: %2%3</source>
        <translation>諮問第%1号: %2%3</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="118"/>
        <source>examination concluded</source>
        <translation>審査終了</translation>
    </message>
    <message>
        <location filename="../core/cli/CliReports.cpp" line="118"/>
        <source>examined</source>
        <translation>審査</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="29"/>
        <source>The archive %1 does not exist.</source>
        <translation>アーカイブ %1 がありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="34"/>
        <source>The journal of %1 checks out; there is nothing to recover.</source>
        <translation>%1 のジャーナルに問題はありません。復旧するものはありません。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="41"/>
        <source>The archive and its journal as found were kept as %1 and %1-wal.</source>
        <translation>見つかったときのアーカイブとジャーナルを %1 と %1-wal として保存しました。</translation>
    </message>
    <message>
        <location filename="../core/cli/CliRecovery.cpp" line="49"/>
        <source>Opened %1 without the damaged part of its journal: %2 saved change(s) kept, %3 dropped (from frame %4 on).</source>
        <translation>%1 をジャーナルの破損部分を除いて開きました。保存済みの変更のうち %2 件を残し、%3 件（フレーム %4 以降）を破棄しました。</translation>
    </message>
</context>
<context>
    <name>kiroku::consultation</name>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="25"/>
        <source>Consultation No. %1</source>
        <translation>諮問第%1号</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="45"/>
        <source>%1 has no chair.</source>
        <translation>%1 に小委員長がいません。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="47"/>
        <source>%1 has %2 chairs; name one.</source>
        <translation>%1 に小委員長が %2 人います。1人にしてください。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="52"/>
        <source>%1 has a member who is not on the council.</source>
        <translation>%1 に審議会の委員でない人がいます。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="61"/>
        <source>%1, meeting %2 examines %3, which was not referred to it.</source>
        <translation>%1 第%2回が、付託されていない%3を審査しています。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="70"/>
        <source>%1, meeting %2 lists an attendee who is not on the subcommittee.</source>
        <translation>%1 第%2回の出席者に、小委員会の委員でない人がいます。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="82"/>
        <source>Report No. %1</source>
        <translation>報告第%1号</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="86"/>
        <source>%1 is given twice. Give one of them another number.</source>
        <translation>%1 が二重に付番されています。一方を別の番号にしてください。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="90"/>
        <source>%1: the period ends (%2) before it starts (%3).</source>
        <translation>%1: 期間の終わり（%2）が始まり（%3）より前です。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="95"/>
        <source>%1: the leak is reported (%2) before it became known (%3).</source>
        <translation>%1: 報告日（%2）が覚知日（%3）より前です。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="247"/>
        <source>%1 is given twice (subjects: %2 / %3). Give one of them another number.</source>
        <translation>%1 が重複しています（件名: %2 / %3）。どちらかに別の番号を付けてください。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="260"/>
        <source>%1 is withdrawn (%2) before it was received (%3).</source>
        <translation>%1 の取下げの日（%2）が、受理日（%3）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="268"/>
        <source>The response to %1 is dated %2, before the consultation was received (%3).</source>
        <translation>%1 に対する答申の日付（%2）が、諮問の受理日（%3）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="277"/>
        <source>The response to %1 is decided at a meeting held on %2, before the consultation was received (%3).</source>
        <translation>%1 に対する答申を決定した会議の開催日（%2）が、諮問の受理日（%3）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="296"/>
        <source>%1, meeting %2, %3: %4 votes, but %5 member(s) were present.</source>
        <translation>%1第%2回 %3: 票数が %4 ですが、出席委員は %5 名です。</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="335"/>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="337"/>
        <source>On the agenda</source>
        <translation>審議中</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="339"/>
        <source>Continued</source>
        <translation>継続審議</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="341"/>
        <source>Referred to a subcommittee</source>
        <translation>小委員会付託</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="343"/>
        <source>Answered</source>
        <translation>答申済</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="347"/>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="353"/>
        <source>%1, meeting %2</source>
        <translation>%1 第%2回</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="362"/>
        <source>(planned)</source>
        <translation>（予定）</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="366"/>
        <source>Examination concluded</source>
        <translation>審査終了</translation>
    </message>
    <message>
        <location filename="../core/consultation/ConsultationRegister.cpp" line="367"/>
        <source>Examined</source>
        <translation>審査</translation>
    </message>
</context>
<context>
    <name>kiroku::letters</name>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="59"/>
        <source>There is no consultation with id %1.</source>
        <translation>ID %1 の諮問はありません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="71"/>
        <source>Consultation No. %1 has no response yet: record the response first.</source>
        <translation>諮問第%1号にはまだ答申がありません。先に答申を記録してください。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="111"/>
        <source>The letter has no date: give one, or record the %1.</source>
        <translation>文書の日付がありません。日付を指定するか、%1を記録してください。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="114"/>
        <source>response date</source>
        <translation>答申日</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="115"/>
        <source>date received</source>
        <translation>受理日</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="128"/>
        <source>There is no meeting with id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="347"/>
        <source>There is no letter format %1 for a %2 (formats: %3).</source>
        <translation>%2 の文書様式 %1 はありません（使用できる様式: %3）。</translation>
    </message>
    <message>
        <location filename="../core/letters/LetterBuilder.cpp" line="442"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/letters/PiaLetter.cpp" line="64"/>
        <source>There is no PIA evaluation with id %1.</source>
        <translation>ID %1 の特定個人情報保護評価はありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::overview</name>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="28"/>
        <source>%1, meeting %2</source>
        <translation>%1第%2回</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="92"/>
        <source> (today)</source>
        <translation>（本日）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/overview/Dashboard.cpp" line="93"/>
        <source> (in %n day(s))</source>
        <translation>
            <numerusform>（%n 日後）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/overview/Dashboard.cpp" line="109"/>
        <source>Consultation No. %1: %2 (received %3, open for %n day(s))</source>
        <translation>
            <numerusform>諮問第%1号: %2（%3 受理、受理から %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="133"/>
        <source>%1: %2 of %3 signatures</source>
        <translation>%1: 署名済み %2 名（全 %3 名）</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="168"/>
        <source>%1: term ends %2</source>
        <translation>%1: 任期満了 %2</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="201"/>
        <source>PIA %1: re-evaluation due by %2 (five years after %3)</source>
        <translation>特定個人情報保護評価 %1: 再評価の期限は %2（%3 から 5 年）</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="205"/>
        <source>PIA %1: yearly review due by %2</source>
        <translation>特定個人情報保護評価 %1: 年次の見直しの期限は %2</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="213"/>
        <source>PIA %1: %2</source>
        <translation>特定個人情報保護評価 %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/overview/Dashboard.cpp" line="215"/>
        <source>public comment period of %n day(s), under 30, without a reason</source>
        <translation>
            <numerusform>意見募集の期間が %n 日で 30 日未満ですが、理由が記録されていません</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="243"/>
        <source>Next meeting</source>
        <translation>次回の会議</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="245"/>
        <source>Open consultations</source>
        <translation>未答申の諮問</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="247"/>
        <source>Records waiting for signatures</source>
        <translation>署名待ちの会議録</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="249"/>
        <source>Public versions due</source>
        <translation>公開用の作成期限</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="251"/>
        <source>Terms ending within 90 days</source>
        <translation>90 日以内に任期満了</translation>
    </message>
    <message>
        <location filename="../core/overview/Dashboard.cpp" line="255"/>
        <source>PIA evaluations: reviews and re-evaluations due</source>
        <translation>特定個人情報保護評価: 期限が来る見直しと再評価</translation>
    </message>
</context>
<context>
    <name>kiroku::packet</name>
    <message>
        <location filename="../core/packet/FrontPages.cpp" line="255"/>
        <source>The index pages could not be laid out.</source>
        <translation>目次のページを組版できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="186"/>
        <location filename="../core/packet/PacketBuilder.cpp" line="192"/>
        <source>%1 is encrypted (password-protected or restricted).</source>
        <translation>%1 は暗号化されています（パスワードまたは利用制限つき）。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="187"/>
        <location filename="../core/packet/PacketBuilder.cpp" line="240"/>
        <location filename="../core/packet/PdfInspect.cpp" line="78"/>
        <location filename="../core/packet/PdfInspect.cpp" line="80"/>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 は破損していて読み込めません（%2）。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="210"/>
        <location filename="../core/packet/PdfInspect.cpp" line="66"/>
        <source>%1 has no pages.</source>
        <translation>%1 にはページがありません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketBuilder.cpp" line="314"/>
        <source>The packet could not be assembled: %1</source>
        <translation>タブレット用資料を作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="60"/>
        <source>There is no meeting with id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="116"/>
        <source>%1 has no PDF file attached.</source>
        <translation>%1 に PDF ファイルが添付されていません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="156"/>
        <source>There is no member with id %1 in office on the meeting&apos;s date.</source>
        <translation>会議の開催日に在任している委員の中に、ID %1 の委員はいません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="247"/>
        <source>%1 exists and is not an empty folder.</source>
        <translation>%1 は既に存在し、空のフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="251"/>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="256"/>
        <source>Cannot write into %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="300"/>
        <source>Cannot replace the empty folder %1.</source>
        <translation>空のフォルダー %1 を置き換えられません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PacketExport.cpp" line="304"/>
        <source>Cannot rename the finished folder to %1.</source>
        <translation>作成したフォルダーの名前を %1 に変更できません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="39"/>
        <source>%1 is empty: it is not a PDF file.</source>
        <translation>%1 は空のファイルで、PDF ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="43"/>
        <source>%1 is not a PDF file.</source>
        <translation>%1 は PDF ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="53"/>
        <location filename="../core/packet/PdfInspect.cpp" line="73"/>
        <source>%1 is encrypted (password-protected or restricted): save it without encryption and add it again.</source>
        <translation>%1 は暗号化されています（パスワードまたは利用制限つき）。暗号化せずに保存し直してから、もう一度追加してください。</translation>
    </message>
    <message>
        <location filename="../core/packet/PdfInspect.cpp" line="61"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 は破損しています（%2）。</translation>
    </message>
    <message>
        <location filename="../core/packet/Watermark.cpp" line="33"/>
        <source>Watermarks need a QGuiApplication (fonts).</source>
        <translation>透かしの描画には QGuiApplication（フォント）が必要です。</translation>
    </message>
    <message>
        <location filename="../core/packet/Watermark.cpp" line="48"/>
        <source>The PDF writer could not start.</source>
        <translation>PDF の書き出しを開始できませんでした。</translation>
    </message>
</context>
<context>
    <name>kiroku::pia</name>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="78"/>
        <source>The public comment period is %1 days, under 30, and no reason is recorded.</source>
        <translation>意見募集の期間が %1 日で 30 日未満ですが、理由が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="83"/>
        <source>Opinion %1 is not adopted, but no reason is recorded.</source>
        <translation>意見 %1 は反映しないこととされていますが、理由が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="88"/>
        <source>%n opinion(s) of the public comment period not yet handled.</source>
        <translation>意見募集で寄せられた意見のうち %n 件が未対応です。</translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="90"/>
        <source>An important change (重要な変更) needs a description of the change.</source>
        <translation>重要な変更には、変更内容の記載が必要です。</translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="92"/>
        <source>Submitted to the commission (%1) before the council&apos;s inspection (%2).</source>
        <translation>個人情報保護委員会への提出（%1）が、審議会の第三者点検（%2）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="96"/>
        <source>The inspection (%1) comes before the public comment period.</source>
        <translation>第三者点検（%1）が意見募集の期間より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="104"/>
        <source>%1 cites page %2, beyond the document&apos;s %3 pages.</source>
        <translation>%1 が %2 ページを引用していますが、評価書は %3 ページまでです。</translation>
    </message>
    <message>
        <location filename="../core/pia/PiaRegister.cpp" line="112"/>
        <source>Question %1 cites page %2, beyond the document&apos;s %3 pages.</source>
        <translation>質問 %1 が %2 ページを引用していますが、評価書は %3 ページまでです。</translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="64"/>
        <source>%1 people, %2 staff handling, serious incident: %3</source>
        <translation>対象人数 %1 人、取扱者数 %2 人、重大事故: %3</translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="66"/>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="67"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="69"/>
        <source>%1 → %2 required</source>
        <translation>%1 → %2 が必要</translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="82"/>
        <source>%1 (as the threshold judgment requires)</source>
        <translation>%1（しきい値判断のとおり）</translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="85"/>
        <source>%1 (voluntarily fuller; %2 required)</source>
        <translation>%1（任意により詳細な評価。必要なのは %2）</translation>
    </message>
    <message>
        <location filename="../core/pia/Threshold.cpp" line="90"/>
        <source>%1 declared, but %2 required: mismatch</source>
        <translation>%1 を実施としていますが、必要なのは %2 です: 不一致</translation>
    </message>
</context>
<context>
    <name>kiroku::pia::QuestionTable</name>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="259"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="264"/>
        <source>%1 is too large for a question table (%2 MB at most).</source>
        <translation>%1 は質問表としては大きすぎます（上限 %2 MB）。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="286"/>
        <source>The table is not text in UTF-8 or Shift_JIS. Save it from the spreadsheet as CSV (UTF-8) and import it again.</source>
        <translation>表が UTF-8 または Shift_JIS のテキストではありません。表計算ソフトから「CSV UTF-8」で保存し、もう一度取り込んでください。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="291"/>
        <source>The table is empty.</source>
        <translation>表が空です。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="321"/>
        <source>The header row lacks the column(s) %1. The first line must name the columns: %2.</source>
        <translation>見出し行に列 %1 がありません。1 行目には次の列名を並べてください: %2。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="339"/>
        <source>Line %1: &quot;%2&quot; is not a question number.</source>
        <translation>%1 行目: 「%2」は質問番号ではありません。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="344"/>
        <source>Line %1: question %2 appears twice (also on line %3).</source>
        <translation>%1 行目: 質問 %2 が重複しています（%3 行目にもあります）。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="357"/>
        <source>Line %1: &quot;%2&quot; is not a page number.</source>
        <translation>%1 行目: 「%2」はページ番号ではありません。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="371"/>
        <source>Line %1, %2: &quot;%3&quot; is not a judgment (適合, 要改善 or 観察事項).</source>
        <translation>%1 行目、%2: 「%3」は判断（適合、要改善、観察事項）ではありません。</translation>
    </message>
    <message>
        <location filename="../core/pia/QuestionTable.cpp" line="383"/>
        <source>The table has a header row but no questions.</source>
        <translation>表に見出し行はありますが、質問がありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::record</name>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="31"/>
        <source>PDF output needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).</source>
        <translation>PDF の出力には QGuiApplication が必要です（QT_QPA_PLATFORM=offscreen で足ります）。</translation>
    </message>
    <message>
        <location filename="../core/record/PdfRenderer.cpp" line="57"/>
        <source>The PDF writer could not start.</source>
        <translation>PDF の書き出しを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="77"/>
        <source>There is no meeting with id %1.</source>
        <translation>ID %1 の会議はありません。</translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="88"/>
        <source>Unknown record format &quot;%1&quot; (available: %2).</source>
        <translation>会議録の様式「%1」はありません（使用できる様式: %2）。</translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="96"/>
        <source>The file name contains &quot;%1&quot;, which the public version masks. Choose another name.</source>
        <translation>ファイル名に、公開版で伏せる語句「%1」が含まれています。別の名前を指定してください。</translation>
    </message>
    <message>
        <location filename="../core/record/RecordExport.cpp" line="108"/>
        <source>The public version still contains a masked string (%1); nothing was written. Please report this as a bug.</source>
        <translation>公開版に伏せるべき文字列が残っています（%1）。ファイルは書き込んでいません。不具合として報告してください。</translation>
    </message>
    <message>
        <location filename="../core/record/OdtWriter.cpp" line="81"/>
        <source>The ODT writer failed.</source>
        <translation>ODT の書き出しに失敗しました。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="23"/>
        <source>agenda item %1</source>
        <translation>議題 %1</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="57"/>
        <source>The meeting has no date.</source>
        <translation>開催日が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="60"/>
        <source>The opening and closing times are not both recorded.</source>
        <translation>開始時刻または終了時刻が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="64"/>
        <source>The meeting closes (%1) before it opens (%2).</source>
        <translation>終了時刻（%1）が開始時刻（%2）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="68"/>
        <source>The venue is not recorded.</source>
        <translation>開催場所が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="71"/>
        <source>The meeting is not public, but the reason (the ordinance&apos;s ground) is not stated.</source>
        <translation>会議が非公開または一部公開ですが、非公開の理由（条例上の根拠）が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="77"/>
        <source>Observers were not admitted, but the reason is not stated.</source>
        <translation>傍聴を認めていませんが、その理由が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="81"/>
        <source>The observer count is 0: confirm that nobody attended.</source>
        <translation>傍聴人の数が 0 名です。傍聴人がいなかったことを確認してください。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="86"/>
        <source>The observer count is negative.</source>
        <translation>傍聴人の数が負の値になっています。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="89"/>
        <source>No member is named as chair.</source>
        <translation>議長となる委員が指定されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="102"/>
        <source>Attendance is not recorded for %1 (present or absent).</source>
        <translation>%1 の出欠（出席・欠席）が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="112"/>
        <source>%1 arrived late, but the time is not recorded.</source>
        <translation>%1 は遅刻していますが、到着時刻が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="118"/>
        <source>%1 left early, but the time is not recorded.</source>
        <translation>%1 は早退していますが、退席時刻が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="126"/>
        <source>%1&apos;s time (%2) lies outside the meeting (%3).</source>
        <translation>%1 の時刻（%2）が、会議の時間（%3）の範囲外です。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="135"/>
        <source>The attendance does not reach the quorum (%1 of %2 required); the record cannot state that the meeting was constituted.</source>
        <translation>出席者が定足数に達していません（出席 %1 名、必要 %2 名）。このままでは、会議が成立した旨を会議録に記載できません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="145"/>
        <source>The chair is recorded as absent.</source>
        <translation>議長が欠席として記録されています。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="155"/>
        <source>The meeting has no agenda items.</source>
        <translation>議題が登録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="161"/>
        <source>%1 has no outcome (response, approved, continued …).</source>
        <translation>%1 の結果（答申、承認、継続審議など）が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="167"/>
        <source>%1 is not public, but the reason is not stated.</source>
        <translation>%1 は非公開ですが、非公開の理由が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="175"/>
        <source>%1 was put to a counted vote, but no votes are recorded.</source>
        <translation>%1 は賛否の数を数えて採決していますが、票数が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="181"/>
        <source>%1 records %2 votes, but only %3 members attended.</source>
        <translation>%1 の票数は %2 票ですが、出席した委員は %3 名です。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="191"/>
        <source>The list of materials is empty.</source>
        <translation>会議資料が登録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="195"/>
        <source>Material %1 has no title.</source>
        <translation>%1 の名称が記載されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="205"/>
        <source>The record has no statements.</source>
        <translation>会議録に発言が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="215"/>
        <source>Statement %1 is timed %2, before the statement above it (%3).</source>
        <translation>%1 番目の発言の時刻（%2）が、その前の発言の時刻（%3）より前になっています。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="228"/>
        <source>Statements are timed after the meeting closed (%1).</source>
        <translation>終了時刻（%1）より後の時刻の発言があります。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="244"/>
        <source>The record says %1 under %2, but its vote is not recorded.</source>
        <translation>%2 の会議録に %1 とありますが、採決が記録されていません。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="250"/>
        <source>The record says %1 under %2, but its vote is recorded as %3.</source>
        <translation>%2 の会議録に %1 とありますが、採決は %3 と記録されています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="258"/>
        <source>The record says %n observer(s) came in, but the observer count is %1.</source>
        <translation>
            <numerusform>会議録には傍聴人%n名の入室がありますが、傍聴人の数は%1名です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="270"/>
        <source>%1 of the %2 signing members are designated.</source>
        <translation>会議録署名委員は %2 名必要ですが、指名されているのは %1 名です。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="277"/>
        <source>A signer line names someone who is not a member of the council.</source>
        <translation>署名欄に、審議会の委員でない人が指定されています。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="284"/>
        <source>%1 is designated to sign but was absent.</source>
        <translation>%1 は会議録署名委員に指名されていますが、欠席しています。</translation>
    </message>
    <message>
        <location filename="../core/record/Completeness.cpp" line="334"/>
        <source>Publish by %1 (today).</source>
        <translation>公表期限 %1（本日）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="335"/>
        <source>Publish by %1 (%n day(s) left).</source>
        <translation>
            <numerusform>公表期限 %1（あと%n日）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/record/Completeness.cpp" line="339"/>
        <source>Publication was due on %1 (%n day(s) overdue).</source>
        <translation>
            <numerusform>公表期限 %1（%n日超過）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::AgendaPanel</name>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="32"/>
        <source>Add Item</source>
        <translation>議事を追加</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="33"/>
        <source>Add Consultation</source>
        <translation>諮問を追加</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="34"/>
        <source>Add Report</source>
        <translation>報告を追加</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="35"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="36"/>
        <source>Move Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="37"/>
        <source>Move Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="38"/>
        <source>Print Agenda Sheet…</source>
        <translation>次第を出力…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="39"/>
        <source>Print Meeting Notice…</source>
        <translation>開催通知を出力…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="45"/>
        <source>Agenda</source>
        <translation>議事</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="210"/>
        <source>No reports waiting to be taken up</source>
        <translation>議事にしていない報告はありません</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="234"/>
        <source>Choose a meeting first.</source>
        <translation>先に会議を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="265"/>
        <source>No open consultations</source>
        <translation>審議中の諮問はありません</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="275"/>
        <source>Save Sheet</source>
        <translation>文書の保存</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="276"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaPanel.cpp" line="280"/>
        <source>Sheet Not Written</source>
        <translation>文書を書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::AgendaTableModel</name>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="154"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="156"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="158"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="160"/>
        <source>Publicity</source>
        <translation>公開・非公開</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="162"/>
        <source>Reason for closing</source>
        <translation>非公開の理由</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="164"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="166"/>
        <source>Vote</source>
        <translation>採決</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="168"/>
        <source>For</source>
        <translation>賛成</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="170"/>
        <source>Against</source>
        <translation>反対</translation>
    </message>
    <message>
        <location filename="../ui/consultations/AgendaTableModel.cpp" line="172"/>
        <source>Abstain</source>
        <translation>棄権</translation>
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
        <translation>アーカイブを開けません</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="68"/>
        <source>The archive was updated to the current version; the previous file was kept as %1.</source>
        <translation>アーカイブを現在のバージョンに更新しました。更新前のファイルは %1 として保存しています。</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="75"/>
        <source>Damaged Journal</source>
        <translation>ジャーナルの破損</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="76"/>
        <source>Open Without the Damaged Part</source>
        <translation>破損部分を除いて開く</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="79"/>
        <source>Restore a Backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="111"/>
        <source>The demo council could not be written: %1</source>
        <translation>デモの審議会を書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="148"/>
        <source>Open Archive</source>
        <translation>アーカイブを開く</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="149"/>
        <source>Kiroku archives (*.kiroku);;All files (*)</source>
        <translation>Kiroku アーカイブ (*.kiroku);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="155"/>
        <location filename="../ui/ArchiveController.cpp" line="169"/>
        <source>New Archive</source>
        <translation>新しいアーカイブ</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="156"/>
        <source>Kiroku archives (*.kiroku)</source>
        <translation>Kiroku アーカイブ (*.kiroku)</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="170"/>
        <source>%1 already exists. Choose another name, or open it with Open Archive.</source>
        <translation>%1 は既に存在します。別の名前を指定するか、「アーカイブを開く」で開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/ArchiveController.cpp" line="178"/>
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
    <name>kiroku::ui::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="64"/>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="67"/>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="70"/>
        <source>Backup &amp;Generations…</source>
        <translation>バックアップの世代数(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="115"/>
        <source>The archive is still being checked; try again in a moment.</source>
        <translation>アーカイブを検査中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="116"/>
        <source>Checking the archive…</source>
        <translation>アーカイブを検査しています…</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="136"/>
        <source>The archive was checked and is sound.</source>
        <translation>アーカイブを検査しました。異常はありません。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="145"/>
        <source>The archive %1 is damaged (%2).</source>
        <translation>アーカイブ %1 は破損しています（%2）。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="161"/>
        <source>%1

Nothing was written to it; it is closed.</source>
        <translation>%1

アーカイブには何も書き込まずに閉じました。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="162"/>
        <source>Archive Damaged</source>
        <translation>アーカイブの破損</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="167"/>
        <source>The last good backup is %1, made %2.
Restore it? The damaged file is kept beside it as %3-YYYYMMDD-HHMMSS (the date and time of the restore).</source>
        <translation>最後の正常なバックアップは %1（%2 作成）です。
復元しますか？ 破損したファイルは同じフォルダーに %3-YYYYMMDD-HHMMSS（復元した日時）として保存します。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="293"/>
        <source>Replace the archive with the backup of %1?
The current archive is kept beside it as %2-YYYYMMDD-HHMMSS (the date and time of the restore); those kept by earlier restores stay.</source>
        <translation>アーカイブを %1 のバックアップで置き換えますか？
現在のアーカイブは同じフォルダーに %2-YYYYMMDD-HHMMSS（復元した日時）として保存します。以前の復元で保存したものもそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="172"/>
        <source>Restore the Backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="175"/>
        <source>No sound backup was found in %1.</source>
        <translation>%1 に正常なバックアップが見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="182"/>
        <location filename="../ui/backup/BackupController.cpp" line="292"/>
        <location filename="../ui/backup/BackupController.cpp" line="300"/>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="214"/>
        <source>No backup: the archive is not open, or not yet checked.</source>
        <translation>バックアップできません。アーカイブが開かれていないか、まだ検査が終わっていません。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="227"/>
        <source>Backed up to %1.</source>
        <translation>%1 にバックアップしました。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="229"/>
        <source>Backed up to %1; removed %2 left by interrupted backups.</source>
        <translation>%1 にバックアップしました。中断されたバックアップが残したファイル（%2）を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="262"/>
        <source>No archive to restore into.</source>
        <translation>復元先のアーカイブがありません。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="275"/>
        <source>The backup was restored, but the archive could not be opened.</source>
        <translation>バックアップを復元しましたが、アーカイブを開けませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="277"/>
        <source>Restored %1.</source>
        <translation>%1 を復元しました。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="279"/>
        <source>Restored %1; the replaced archive was kept as %2.</source>
        <translation>%1 を復元しました。置き換える前のアーカイブは %2 として保存しています。</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="306"/>
        <source>Backup Generations</source>
        <translation>バックアップの世代数</translation>
    </message>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="307"/>
        <source>Automatic backups to keep beside each archive:</source>
        <translation>アーカイブごとに保存する自動バックアップの世代数:</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ConsultationTableModel</name>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="135"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="137"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="139"/>
        <source>Consulted by</source>
        <translation>諮問者</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="141"/>
        <source>Department</source>
        <translation>担当課</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="143"/>
        <source>Received</source>
        <translation>受理日</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="145"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationTableModel.cpp" line="147"/>
        <source>Days open</source>
        <translation>審議期間（日）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ConsultationsPage</name>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="35"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="36"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="37"/>
        <source>Record Response…</source>
        <translation>答申を記録…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="38"/>
        <source>Print Consultation Letter…</source>
        <translation>諮問書を出力…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="39"/>
        <source>Print Response Letter…</source>
        <translation>答申書を出力…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="45"/>
        <source>Consultations</source>
        <translation>諮問</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="54"/>
        <source>History of the consultation</source>
        <translation>諮問の審議経過</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="185"/>
        <source>Choose a consultation first.</source>
        <translation>先に諮問を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Date</source>
        <translation>年月日</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="196"/>
        <source>Vote</source>
        <translation>採決</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="210"/>
        <source>Response</source>
        <translation>答申</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="211"/>
        <source>with attached opinions</source>
        <translation>付帯意見あり</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="275"/>
        <source>Save Letter</source>
        <translation>文書の保存</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="276"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ConsultationsPage.cpp" line="280"/>
        <source>Letter Not Written</source>
        <translation>文書を書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilEditor</name>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="77"/>
        <source>Add Meeting</source>
        <translation>会議を追加</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="87"/>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="88"/>
        <source>Secretariat and presenters</source>
        <translation>事務局・説明員</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="91"/>
        <source>Replaced in the public version wherever they occur, in any width and with or without spaces: citizens&apos; names, addresses, telephone numbers. Add a name&apos;s reading as an entry of its own.</source>
        <translation>公開版では、ここに登録した語句（市民の氏名、住所、電話番号など）を、全角・半角や空白の有無にかかわらず、出てくるすべての箇所で置き換えます。氏名の読みは、別の語句として登録してください。</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="96"/>
        <source>Applied to the record on request while drafting, in this order.</source>
        <translation>会議録の作成中に「表記統一リストを適用」を選ぶと、上から順に会議録に適用します。</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="98"/>
        <source>The drafting palette. {department} is the current presenter&apos;s department, {quorum} the attendance line, {chair} the chair.</source>
        <translation>会議録の作成中に選んで挿入するト書きです。{department} は現在の説明員の所属課、{quorum} は出席状況の文、{chair} は議長に置き換わります。</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="104"/>
        <source>Masking list</source>
        <translation>マスキング一覧</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="105"/>
        <source>Notation list</source>
        <translation>表記統一リスト</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="106"/>
        <source>Stage directions</source>
        <translation>ト書き</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="108"/>
        <source>Consultations</source>
        <translation>諮問</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="110"/>
        <source>Subcommittees</source>
        <translation>小委員会</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="112"/>
        <source>Reports</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="114"/>
        <source>PIA Evaluations</source>
        <translation>特定個人情報保護評価</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="141"/>
        <source>Council</source>
        <translation>審議会</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="148"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="153"/>
        <source>&amp;Municipality:</source>
        <translation>自治体(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="158"/>
        <source> members</source>
        <translation> 名</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="167"/>
        <source>Quorum:</source>
        <translation>定足数:</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="167"/>
        <source>Member &amp;quota:</source>
        <translation>定員(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="175"/>
        <source>Members who &amp;sign the record:</source>
        <translation>会議録署名委員の人数(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="180"/>
        <source>Record &amp;format:</source>
        <translation>会議録の様式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="188"/>
        <source>Names in the &amp;public version:</source>
        <translation>公開版での氏名の扱い(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="191"/>
        <source>Run on across years</source>
        <translation>年度をまたいで通し番号</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="192"/>
        <source>Restart every fiscal year</source>
        <translation>年度ごとに1から</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="197"/>
        <source>&amp;Consultation numbers:</source>
        <translation>諮問番号(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="206"/>
        <source>&amp;Agenda items numbered:</source>
        <translation>議事の番号(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="211"/>
        <source>No deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="212"/>
        <source> days after the meeting</source>
        <translation> 日以内（会議の後）</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="215"/>
        <source>Publication &amp;deadline:</source>
        <translation>公表期限(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="229"/>
        <source>Add Member</source>
        <translation>委員を追加</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="231"/>
        <source>Remove Member…</source>
        <translation>委員を削除…</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="252"/>
        <source>Add Staff</source>
        <translation>職員を追加</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="254"/>
        <source>Remove Staff…</source>
        <translation>職員を削除…</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="380"/>
        <source>New member</source>
        <translation>新しい委員</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="400"/>
        <source>Remove Member</source>
        <translation>委員の削除</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="401"/>
        <source>Remove %1 from the council? Their attendance is removed too.</source>
        <translation>%1 を審議会から削除しますか？ この委員の出欠の記録も削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="413"/>
        <source>Secretariat</source>
        <translation>事務局</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="430"/>
        <source>Remove Staff</source>
        <translation>職員の削除</translation>
    </message>
    <message>
        <location filename="../ui/CouncilEditor.cpp" line="430"/>
        <source>Remove the selected staff entry?</source>
        <translation>選択した職員を削除しますか？</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilListModel</name>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="154"/>
        <source>Masked string</source>
        <translation>伏せる語句</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="154"/>
        <source>Printed as</source>
        <translation>公開版での表記</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="154"/>
        <location filename="../ui/lists/CouncilListModel.cpp" line="156"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="156"/>
        <source>Find</source>
        <translation>置換前</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="156"/>
        <source>Replace with</source>
        <translation>置換後</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListModel.cpp" line="160"/>
        <source>Stage direction ({department}, {quorum}, {chair} are filled in)</source>
        <translation>ト書き（{department}、{quorum}、{chair} は自動で補います）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::CouncilListPage</name>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="26"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="27"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="42"/>
        <source>String to mask:</source>
        <translation>伏せる語句:</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="43"/>
        <source>Text to find:</source>
        <translation>置換前の文字列:</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="44"/>
        <source>Stage direction:</source>
        <translation>ト書き:</translation>
    </message>
    <message>
        <location filename="../ui/lists/CouncilListPage.cpp" line="46"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DashboardDock</name>
    <message>
        <location filename="../ui/overview/DashboardDock.cpp" line="26"/>
        <location filename="../ui/overview/DashboardDock.cpp" line="38"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../ui/overview/DashboardDock.cpp" line="105"/>
        <source>Nothing needs attention.</source>
        <translation>対応が必要な事項はありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DesignateDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="163"/>
        <source>Designate Signers</source>
        <translation>署名委員の指名</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/signing/SigningDialogs.cpp" line="165"/>
        <source>The members the chair designated at the meeting to sign its record (the council has %n signer(s)). Space checks a member.</source>
        <translation>
            <numerusform>議長が会議で指名した会議録署名委員を選んでください（この審議会の署名委員は %n 名です）。スペースキーで委員を選択できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="171"/>
        <source>Members</source>
        <translation>委員</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="191"/>
        <source>&amp;Designate</source>
        <translation>指名(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="215"/>
        <source>%1 of %2 chosen.</source>
        <translation>%2 名のうち %1 名を選択しています。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingController</name>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="33"/>
        <source>&amp;Draft Minutes…</source>
        <translation>会議録の作成(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="38"/>
        <source>Draft the minutes of the selected meeting live</source>
        <translation>選択した会議の会議録を、会議の進行に合わせて作成します</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="41"/>
        <source>&amp;Minutes</source>
        <translation>会議録作成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="70"/>
        <source>Draft Minutes…</source>
        <translation>会議録の作成…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="80"/>
        <source>Choose a meeting on the left first.</source>
        <translation>先に左の一覧から会議を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingController.cpp" line="99"/>
        <source>This record is sealed: it cannot be drafted. Choose Correct… to make a new version.</source>
        <translation>この会議録は封印済みのため、編集できません。「訂正…」で新しい版を作成してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drafting/DraftingController.cpp" line="153"/>
        <source>Reopened the meeting that was being drafted when Kiroku last ended: %n statement(s), nothing was being typed.</source>
        <translation>
            <numerusform>前回 Kiroku を終了したときに作成中だった会議を開き直しました。発言は %n 件で、入力中の行はありませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingEntry</name>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="51"/>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="53"/>
        <source>Type part of a name, reading, role or department; Alt+1–9 for the number keys</source>
        <translation>氏名、ふりがな、役職、所属課の一部を入力します。Alt+1～9 で番号の発言者を選べます</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="55"/>
        <source>Type the turn; Enter commits it and starts the next one</source>
        <translation>発言を入力します。Enter キーで記録して次の発言に移ります</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="134"/>
        <source>Outside the agenda</source>
        <translation>議題外</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="139"/>
        <source>Now: %1</source>
        <translation>現在の議題: %1</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingEntry.cpp" line="150"/>
        <source>Alt+number: %1</source>
        <translation>Alt+番号: %1</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingView</name>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="206"/>
        <source>Stage directions (F6); Enter or a double click puts one into the record</source>
        <translation>ト書き（F6）。Enter キーかダブルクリックで会議録に挿入します</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="210"/>
        <source>Headings from the agenda (F7); an agenda item&apos;s heading also makes it current</source>
        <translation>次第の見出し（F7）。議題の見出しを挿入すると、その議題が現在の議題になります</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="214"/>
        <source>&amp;Arrived now</source>
        <translation>到着を記録(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="133"/>
        <source>&amp;Insert Statement Before…</source>
        <translation>この前に発言を挿入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="136"/>
        <source>Insert Statement &amp;After…</source>
        <translation>この後に発言を挿入(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="213"/>
        <source>Members (F8); Alt+A: arrived now, Alt+L: left now</source>
        <translation>委員（F8）。Alt+A: 今の時刻で到着を記録、Alt+L: 今の時刻で退席を記録</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="216"/>
        <source>&amp;Left now</source>
        <translation>退席を記録(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="218"/>
        <source>With a stage direction</source>
        <translation>ト書きも入れる</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="229"/>
        <source>Stage directions (F6)</source>
        <translation>ト書き（F6）</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="231"/>
        <source>Headings (F7)</source>
        <translation>見出し（F7）</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="233"/>
        <source>Attendance (F8)</source>
        <translation>出欠（F8）</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="284"/>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="287"/>
        <source>absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="290"/>
        <source>arrived %1</source>
        <translation>%1 到着</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="293"/>
        <source>left %1</source>
        <translation>%1 退席</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="370"/>
        <source>Edit in Place</source>
        <translation>その場で編集</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="371"/>
        <source>Split…</source>
        <translation>分割…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="372"/>
        <source>Merge with Next</source>
        <translation>次の発言と結合</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="375"/>
        <source>Move to Agenda Item</source>
        <translation>別の議題へ移動</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="376"/>
        <source>Outside the agenda</source>
        <translation>議題外</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="381"/>
        <source>Change Speaker</source>
        <translation>発言者を変更</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="391"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="409"/>
        <source>Split Statement</source>
        <translation>発言の分割</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="410"/>
        <source>Put the cursor where the second statement begins.</source>
        <translation>分けた後の二つ目の発言が始まる位置にカーソルを置いてください。</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="432"/>
        <source>After: %1</source>
        <translation>この発言の後: %1</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingView.cpp" line="433"/>
        <source>Before: %1</source>
        <translation>この発言の前: %1</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::DraftingWindow</name>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="40"/>
        <source>Drafting — %1%2 %3</source>
        <translation>会議録の作成 — %1%2 %3</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="47"/>
        <source>Typing saved %1</source>
        <translation>入力中の内容を %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="85"/>
        <source>&amp;Drafting</source>
        <translation>会議録(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="87"/>
        <source>&amp;Find and Replace…</source>
        <translation>検索と置換(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="90"/>
        <source>Apply &amp;Notation List…</source>
        <translation>表記統一リストを適用(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="93"/>
        <source>&amp;Same Speaker Goes On</source>
        <translation>同じ発言者で続ける(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="101"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="103"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="104"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="106"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="111"/>
        <source>Edit Statement in Place</source>
        <translation>発言をその場で編集</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="117"/>
        <source>Sp&amp;lit Statement…</source>
        <translation>発言を分割(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="118"/>
        <source>&amp;Merge with Next</source>
        <translation>次の発言と結合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/DraftingWindow.cpp" line="119"/>
        <source>Remove Statement</source>
        <translation>発言を削除</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ExportDialog</name>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="31"/>
        <source>&amp;Internal (all names)</source>
        <translation>内部版・原本（氏名をすべて表示）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="32"/>
        <source>&amp;Public version (masked)</source>
        <translation>公開版（マスキング済み）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="33"/>
        <source>PDF/&amp;A-1b for archiving</source>
        <translation>保存用の PDF/A-1b にする(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="38"/>
        <source>Export Record</source>
        <translation>会議録の書き出し</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="55"/>
        <source>PDF (print and archive)</source>
        <translation>PDF（印刷・保存用）</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="56"/>
        <source>ODT (word processor)</source>
        <translation>ODT（ワープロ用）</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="57"/>
        <source>HTML (website)</source>
        <translation>HTML（ホームページ掲載用）</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="64"/>
        <source>&amp;Format:</source>
        <translation>様式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="65"/>
        <source>File &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="70"/>
        <source>Version:</source>
        <translation>版:</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="81"/>
        <source>&amp;Export…</source>
        <translation>書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="132"/>
        <source>The internal version prints every name as recorded.</source>
        <translation>内部版（原本）では、すべての氏名を記録どおりに出力します。</translation>
    </message>
    <message>
        <location filename="../ui/printing/ExportDialog.cpp" line="145"/>
        <source>Nothing in this record is on the masking list or named under the name policy.</source>
        <translation>この会議録には、マスキング一覧の語句も、氏名の扱いによって置き換える氏名もありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/printing/ExportDialog.cpp" line="146"/>
        <source>The public version replaces %n place(s). Check each before exporting.</source>
        <translation>
            <numerusform>公開版では %n か所を置き換えます。書き出す前に、一つずつ確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::FactOfferBar</name>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="17"/>
        <source>&amp;Fill In</source>
        <translation>記入する(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="18"/>
        <source>&amp;Not Now</source>
        <translation>今はしない(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="70"/>
        <source>the vote of %1 is %2</source>
        <translation>%1 の採決は %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drafting/FactOfferBar.cpp" line="73"/>
        <source>%n observer(s) came in (the meeting says %1)</source>
        <translation>
            <numerusform>傍聴人%n名が入室（会議の傍聴人の数は%1名）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="75"/>
        <source>The record says %1. Fill in the fields?</source>
        <translation>会議録の記載では %1 です。欄に記入しますか？</translation>
    </message>
    <message>
        <location filename="../ui/drafting/FactOfferBar.cpp" line="75"/>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::FileHistoryDialog</name>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="28"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="37"/>
        <source>Files of this material</source>
        <translation>この資料のファイル</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="46"/>
        <source>A replaced file stays in the archive. Undo the replacement to make an earlier file current again, or replace the file with it.</source>
        <translation>差し替えたファイルもアーカイブに残っています。以前のファイルを現在のファイルに戻すには、差し替えを元に戻すか、そのファイルで差し替えてください。</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="61"/>
        <source>Replaced</source>
        <translation>差し替え日時</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="70"/>
        <source>File History of %1</source>
        <translation>%1 のファイル履歴</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="79"/>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="84"/>
        <source>Current</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="104"/>
        <source>%1 (version %2)</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="113"/>
        <source>Cannot Open File</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../ui/materials/FileHistoryDialog.cpp" line="114"/>
        <source>The file is not in the archive.</source>
        <translation>このファイルはアーカイブにありません。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::InsertStatementDialog</name>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="24"/>
        <source>Insert Statement</source>
        <translation>発言の挿入</translation>
    </message>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="37"/>
        <source>What was said; a text in （） is a stage direction</source>
        <translation>発言の内容。（&#x3000;）で囲むとト書きになります</translation>
    </message>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="44"/>
        <source>&amp;Speaker:</source>
        <translation>発言者(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/drafting/InsertStatementDialog.cpp" line="45"/>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T):</translation>
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
        <source>Deliberation</source>
        <translation>審議事項</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="62"/>
        <source>Consultation</source>
        <translation>諮問</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="64"/>
        <source>Bill</source>
        <translation>議案</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="66"/>
        <source>Report</source>
        <translation>報告事項</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="70"/>
        <location filename="../ui/Labels.cpp" line="168"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="77"/>
        <source>(none yet)</source>
        <translation>（未決定）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="79"/>
        <source>Response given</source>
        <translation>答申</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="81"/>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="83"/>
        <source>Acknowledged</source>
        <translation>了承</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="85"/>
        <source>Report received</source>
        <translation>報告を受けた</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="87"/>
        <source>Continued</source>
        <translation>継続審議</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="91"/>
        <source>Referred to a subcommittee</source>
        <translation>小委員会付託</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="98"/>
        <source>(no vote)</source>
        <translation>（採決なし）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="100"/>
        <source>All hands raised</source>
        <translation>全員挙手</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="102"/>
        <source>No objection</source>
        <translation>異議なし</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="106"/>
        <source>Counted</source>
        <translation>賛否の数</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="113"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="115"/>
        <source>Absent</source>
        <translation>欠席</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="117"/>
        <source>Late</source>
        <translation>遅刻</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="121"/>
        <source>Left early</source>
        <translation>早退</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="128"/>
        <source>Full names</source>
        <translation>氏名を表示</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="130"/>
        <source>Surnames only</source>
        <translation>姓のみ</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="132"/>
        <source>Names blanked (____)</source>
        <translation>氏名を伏せる（____委員）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="134"/>
        <source>Roles only</source>
        <translation>役職のみ（○委員）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="138"/>
        <source>Letters (A, B, ...)</source>
        <translation>記号（A委員、B委員…）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="145"/>
        <source>(1) (2) (3)</source>
        <translation>(1) (2) (3)</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="147"/>
        <source>ア イ ウ</source>
        <translation>ア イ ウ</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="149"/>
        <source>① ② ③</source>
        <translation>① ② ③</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="153"/>
        <source>Their own numbers only (諮問第N号 …)</source>
        <translation>各議事の番号のみ（諮問第N号 …）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="160"/>
        <source>Handling notices</source>
        <translation>届出件数（開始・変更・廃止）</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="162"/>
        <source>Audit / security</source>
        <translation>監査・安全管理</translation>
    </message>
    <message>
        <location filename="../ui/Labels.cpp" line="164"/>
        <source>Leak report (Art. 68)</source>
        <translation>漏えい等報告（第68条）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MainWindow</name>
    <message>
        <location filename="../ui/GuiMain.cpp" line="59"/>
        <source>Open Archive</source>
        <translation>アーカイブを開く</translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="60"/>
        <source>Open another archive?</source>
        <translation>別のアーカイブを開きますか？</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Choose a council or a meeting on the left.</source>
        <translation>左の一覧から審議会または会議を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>&amp;New Archive…</source>
        <translation>新しいアーカイブ(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="191"/>
        <source>&amp;Open Archive…</source>
        <translation>アーカイブを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>New &amp;Council</source>
        <translation>新しい審議会(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>Remove Council…</source>
        <translation>審議会を削除…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="215"/>
        <source>&amp;Record</source>
        <translation>会議録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="233"/>
        <source>&amp;Language</source>
        <translation>表示言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <source>&amp;Getting Started</source>
        <translation>はじめに(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>&amp;Manuals Folder</source>
        <translation>説明書のフォルダー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="255"/>
        <source>&amp;About Kiroku</source>
        <translation>Kiroku について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="402"/>
        <source>Kiroku council records</source>
        <translation>審議会記録 Kiroku</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="403"/>
        <source>%1 — Kiroku council records</source>
        <translation>%1 — 審議会記録 Kiroku</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="411"/>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="412"/>
        <source>The new language takes effect the next time Kiroku starts.
新しい表示言語は、Kirokuを次に起動したときに有効になります。</source>
        <translation>新しい表示言語は、Kirokuを次に起動したときに有効になります。
The new language takes effect the next time Kiroku starts.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="418"/>
        <source>About Kiroku</source>
        <translation>Kiroku について</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="419"/>
        <source>&lt;h3&gt;Kiroku %1&lt;/h3&gt;&lt;p&gt;Council records for the secretariats of municipal councils: meetings, attendance, minutes and the documents the ordinances require.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kiroku %1&lt;/h3&gt;&lt;p&gt;市町村の審議会事務局のための会議記録ソフトウェアです。会議の設定、出欠、会議録と、条例が求める文書を一か所で扱います。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="438"/>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="439"/>
        <source>The documentation was not found with the program. Reinstall Kiroku, or ask whoever installed it.</source>
        <translation>プログラムと一緒にインストールされた説明書が見つかりません。Kiroku を再インストールするか、インストールした担当者にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>Could Not Save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>The change was not saved.

%1</source>
        <translation>変更は保存されていません。

%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="463"/>
        <source>New council</source>
        <translation>新しい審議会</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Remove Council</source>
        <translation>審議会の削除</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>Remove %1 with all its members, meetings and records?
You can bring it back with Undo until the archive is closed.</source>
        <translation>%1 を、委員・会議・記録とともに削除しますか？
アーカイブを閉じるまでは「元に戻す」で復元できます。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaskHitModel</name>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="37"/>
        <source>(blank)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="51"/>
        <source>Where</source>
        <translation>箇所</translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="53"/>
        <source>Found</source>
        <translation>該当語句</translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="55"/>
        <source>Printed as</source>
        <translation>公開版での表記</translation>
    </message>
    <message>
        <location filename="../ui/printing/MaskHitModel.cpp" line="57"/>
        <source>Context (as published)</source>
        <translation>前後の文（公開版）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaterialTableModel</name>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="23"/>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="25"/>
        <source>Tablet</source>
        <translation>タブレット</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="27"/>
        <source>Paper and tablet</source>
        <translation>紙・タブレット</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="182"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="196"/>
        <source>No PDF attached: the packet cannot be built until one is.</source>
        <translation>PDF が添付されていません。添付するまでタブレット用資料を作成できません。</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="214"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="214"/>
        <source>Not public</source>
        <translation>非公開</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="216"/>
        <source>(no file)</source>
        <translation>（ファイルなし）</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="227"/>
        <source>Label</source>
        <translation>資料番号</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="229"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="231"/>
        <source>Agenda Item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="233"/>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="235"/>
        <source>Distribution</source>
        <translation>配付方法</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="237"/>
        <source>Publicity</source>
        <translation>公開・非公開</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialTableModel.cpp" line="239"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaterialViewer</name>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="69"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="76"/>
        <source>Go to page (Ctrl+G)</source>
        <translation>ページへ移動（Ctrl+G）</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="81"/>
        <source>Page </source>
        <translation>ページ </translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="86"/>
        <source>&amp;Go to Page…</source>
        <translation>ページへ移動(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="92"/>
        <source>Fit Width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="95"/>
        <source>Whole Page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="98"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="103"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="144"/>
        <source>%1 cannot be shown: Qt PDF cannot read the file.</source>
        <translation>%1 を表示できません。Qt PDF でこのファイルを読み込めません。</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="159"/>
        <source>The material is no longer in the archive.</source>
        <translation>この資料は既にアーカイブから削除されています。</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialViewer.cpp" line="165"/>
        <source>%1 has no PDF file attached.</source>
        <translation>%1 に PDF ファイルが添付されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialViewer.cpp" line="208"/>
        <source> of %n page(s)</source>
        <translation>
            <numerusform> / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialViewer.cpp" line="209"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MaterialsPanel</name>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="70"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="71"/>
        <source>Replace File…</source>
        <translation>ファイルの差し替え…</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="72"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="73"/>
        <source>Move Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="74"/>
        <source>Move Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="75"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="76"/>
        <source>File History…</source>
        <translation>ファイル履歴…</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="77"/>
        <source>Build Packet…</source>
        <translation>タブレット用資料の作成…</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="103"/>
        <source>Drop PDF files here to add them as materials.</source>
        <translation>ここに PDF ファイルをドロップすると、資料として追加します。</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="119"/>
        <source>Earlier under the same agenda item (Ctrl+Up)</source>
        <translation>同じ議題の中で前へ（Ctrl+↑）</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="120"/>
        <source>Later under the same agenda item (Ctrl+Down)</source>
        <translation>同じ議題の中で後へ（Ctrl+↓）</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="258"/>
        <source>Not Added</source>
        <translation>追加できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="258"/>
        <source>These files were not added:

%1</source>
        <translation>次のファイルは追加できませんでした:

%1</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="272"/>
        <source>File Not Replaced</source>
        <translation>ファイルを差し替えられませんでした</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="298"/>
        <source>Cannot Open Material</source>
        <translation>資料を開けません</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="332"/>
        <source>Add Materials</source>
        <translation>資料の追加</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="333"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF ファイル (*.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="345"/>
        <source>Replace File</source>
        <translation>ファイルの差し替え</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="345"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/materials/MaterialsPanel.cpp" line="392"/>
        <source>No materials yet: add PDF files, or drop them on the table.</source>
        <translation>資料はまだありません。PDF ファイルを追加するか、表にドロップしてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialsPanel.cpp" line="393"/>
        <source>%n material(s)</source>
        <translation>
            <numerusform>資料 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialsPanel.cpp" line="393"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/materials/MaterialsPanel.cpp" line="395"/>
        <source>%n not public</source>
        <translation>
            <numerusform>非公開 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::MeetingEditor</name>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="90"/>
        <source>Add Meeting</source>
        <translation>会議を追加</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="92"/>
        <source>Remove Meeting…</source>
        <translation>会議を削除…</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="96"/>
        <source>Import Transcript…</source>
        <translation>反訳の取り込み…</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="119"/>
        <source>Agenda</source>
        <translation>議事</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="121"/>
        <source>Materials</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="123"/>
        <source>Signatures</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="131"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="144"/>
        <source>&quot;%1&quot; is not a date; the date was not changed.</source>
        <translation>「%1」は日付として読めません。開催日は変更していません。</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="152"/>
        <source>Meeting &amp;number:</source>
        <translation>回次(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="159"/>
        <source>&amp;Date:</source>
        <translation>開催日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="174"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="177"/>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="191"/>
        <source>&amp;Venue:</source>
        <translation>開催場所(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="200"/>
        <source>Reason for closing the meeting</source>
        <translation>非公開の理由</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="206"/>
        <source>&amp;Publicity:</source>
        <translation>公開・非公開(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="208"/>
        <source>Allowed</source>
        <translation>傍聴可</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="214"/>
        <source> people</source>
        <translation> 名</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="218"/>
        <source>Reason observers were not allowed</source>
        <translation>傍聴を認めなかった理由</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="226"/>
        <source>&amp;Observers:</source>
        <translation>傍聴人(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="235"/>
        <source>&amp;Chair:</source>
        <translation>議長(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/MeetingAttendance.cpp" line="21"/>
        <location filename="../ui/MeetingEditor.cpp" line="117"/>
        <source>Attendance</source>
        <translation>出欠</translation>
    </message>
    <message>
        <location filename="../ui/MeetingAttendance.cpp" line="37"/>
        <source>All Present</source>
        <translation>全員出席</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="354"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="419"/>
        <source>Not a date yet (令和9年1月21日, R9.1.21, 2027-01-21)</source>
        <translation>日付として読めません（例：令和9年1月21日、R9.1.21、2027-01-21）</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="427"/>
        <source>(moves the meeting to %1)</source>
        <translation>（%1に移ります）</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="447"/>
        <source>Move to Another Fiscal Year</source>
        <translation>別の年度への移動</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="448"/>
        <source>%1 falls in %2. The meeting %3 becomes %4.
Move the meeting to %2?</source>
        <translation>%1は%2です。会議%3は%4になります。
会議を%2に移しますか？</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="471"/>
        <source>%1 already has a meeting %2 (%3). Choose another number.</source>
        <translation>%1には既に%2の会議があります（%3）。別の回次を指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="493"/>
        <source>The end time %1 is before the start time %2; the times were not changed. Check 午前 and 午後.</source>
        <translation>終了時刻（%1）が開始時刻（%2）より前です。時刻は変更していません。午前・午後を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="522"/>
        <source>Remove Meeting</source>
        <translation>会議の削除</translation>
    </message>
    <message>
        <location filename="../ui/MeetingEditor.cpp" line="523"/>
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
    <name>kiroku::ui::PacketController</name>
    <message>
        <location filename="../ui/materials/PacketController.cpp" line="18"/>
        <source>Build Pac&amp;ket…</source>
        <translation>タブレット用資料の作成(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketController.cpp" line="23"/>
        <source>The tablet packet of the selected meeting: one PDF or a folder of numbered files</source>
        <translation>選択した会議のタブレット用資料（1 つの PDF、または番号付きファイルのフォルダー）</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketController.cpp" line="40"/>
        <source>Choose a meeting on the left first.</source>
        <translation>先に左の一覧から会議を選んでください。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PacketDialog</name>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="33"/>
        <source>&amp;Public packet: leave out the non-public materials</source>
        <translation>公開用(&amp;P): 非公開の資料を除く</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="35"/>
        <source>&amp;None</source>
        <translation>なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="36"/>
        <source>&amp;One member:</source>
        <translation>委員 1 名(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="37"/>
        <source>&amp;Every member: one packet each</source>
        <translation>委員全員(&amp;E): 委員ごとに 1 部ずつ</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="39"/>
        <source>One PDF &amp;file</source>
        <translation>1 つの PDF ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="40"/>
        <source>A folder of &amp;numbered files, for tablet systems</source>
        <translation>番号付きファイルのフォルダー（タブレットシステム用）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="43"/>
        <source>&amp;Build</source>
        <translation>作成(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="46"/>
        <source>Build Packet</source>
        <translation>タブレット用資料の作成</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="77"/>
        <source>The meeting&apos;s tablet packet</source>
        <translation>会議のタブレット用資料</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="77"/>
        <source>The tablet packet of %1</source>
        <translation>%1 のタブレット用資料</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="104"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="113"/>
        <source>Version:</source>
        <translation>版:</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="114"/>
        <source>Watermark:</source>
        <translation>透かし:</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="115"/>
        <source>Output:</source>
        <translation>出力形式:</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="116"/>
        <source>Save to:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="199"/>
        <source>packet</source>
        <translation>会議資料</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="204"/>
        <source>_meeting_%1_packet</source>
        <translation>第%1回会議資料</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="209"/>
        <source>_public</source>
        <translation>_公開版</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="234"/>
        <source>Folder for the Packet</source>
        <translation>タブレット用資料の保存先フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="236"/>
        <source>Save Packet</source>
        <translation>タブレット用資料の保存</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="236"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="252"/>
        <source>Choose where to save the packet.</source>
        <translation>タブレット用資料の保存先を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="274"/>
        <source>Nothing was written.
%1</source>
        <translation>何も書き出していません。
%1</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="283"/>
        <source>Written: %1 material(s), %2 page(s) in all</source>
        <translation>書き出しました: 資料 %1 件、計 %2 ページ</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="287"/>
        <source>Written: %1 packets of %2 page(s) each, %3 material(s)</source>
        <translation>書き出しました: %2 ページの資料一式を %1 部（資料 %3 件）</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="293"/>
        <source>Written: %1 material(s), %2 page(s)</source>
        <translation>書き出しました: 資料 %1 件、%2 ページ</translation>
    </message>
    <message>
        <location filename="../ui/materials/PacketDialog.cpp" line="296"/>
        <source>The cover&apos;s font lacks these characters: %1</source>
        <translation>表紙のフォントに次の文字がありません: %1</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PageThumbnailModel</name>
    <message>
        <location filename="../ui/materials/PageThumbnailModel.cpp" line="113"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PaperSignatureDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="91"/>
        <source>Signed on Paper</source>
        <translation>紙で署名</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="93"/>
        <source>%1 signed the printed record. Attach the scanned signature page; it is kept with the record.</source>
        <translation>%1 が印刷した会議録に署名しました。署名したページをスキャンして添付してください。会議録とともに保存します。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="101"/>
        <source>&amp;Attach Scan…</source>
        <translation>スキャンを添付(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="105"/>
        <source>No scan attached yet.</source>
        <translation>スキャンはまだ添付されていません。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="108"/>
        <source>&amp;Record Signature</source>
        <translation>署名を記録(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="113"/>
        <source>Signed &amp;on:</source>
        <translation>署名日(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="119"/>
        <source>Scanned page:</source>
        <translation>スキャンしたページ:</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="136"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="142"/>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="149"/>
        <source>Attach the Scanned Page</source>
        <translation>スキャンしたページを添付</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="150"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>スキャン画像 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaBasicsTab</name>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="47"/>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="56"/>
        <source>&amp;Affair:</source>
        <translation>事務(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="59"/>
        <source>Evaluating &amp;body:</source>
        <translation>評価実施機関(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="62"/>
        <source>&amp;Department:</source>
        <translation>担当課(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="70"/>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="73"/>
        <source>N&amp;otes:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="78"/>
        <source>Versions:</source>
        <translation>版:</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="83"/>
        <source>Threshold judgment</source>
        <translation>しきい値判断</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="92"/>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="94"/>
        <source>People in the file</source>
        <translation>対象人数</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="98"/>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="112"/>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="125"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="101"/>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="115"/>
        <source>as of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="104"/>
        <source>&amp;People in the file:</source>
        <translation>対象人数(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="106"/>
        <source> staff</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="108"/>
        <source>Staff handling the file</source>
        <translation>取扱者数</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="118"/>
        <source>&amp;Staff handling it:</source>
        <translation>取扱者数(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="120"/>
        <source>Serious incident in the past year</source>
        <translation>過去 1 年以内の重大事故</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="128"/>
        <source>checked</source>
        <translation>確認日</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="131"/>
        <source>&amp;Incident:</source>
        <translation>重大事故(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="138"/>
        <source>Required type:</source>
        <translation>必要な評価:</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="158"/>
        <source>D&amp;eclared type:</source>
        <translation>実施した評価(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="215"/>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="232"/>
        <source>Version %1: %2</source>
        <translation>第 %1 版: %2</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="234"/>
        <source>, published %1</source>
        <translation>、%1 公表</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="237"/>
        <source> (shown)</source>
        <translation>（表示中）</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="262"/>
        <source>✓ as required</source>
        <translation>✓ 必要な評価のとおり</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="263"/>
        <source>Voluntarily fuller than required (allowed)</source>
        <translation>必要な評価より詳細（任意、可）</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="264"/>
        <source>⚠ Mismatch: lighter than required</source>
        <translation>⚠ 不一致: 必要な評価より軽い</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaBasicsTab.cpp" line="265"/>
        <source>Table: %1, %2 (%3); heightened from %4 staff</source>
        <translation>表: %1、%2（%3）。取扱者数 %4 人以上で引上げ</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaChangesTab</name>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="43"/>
        <source>Change list</source>
        <translation>変更一覧</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaChecklistTab</name>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="32"/>
        <source>Link Statements…</source>
        <translation>発言を関連付け…</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="33"/>
        <source>Show Cited Page</source>
        <translation>引用ページを表示</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="36"/>
        <source>Inspection checklist</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="93"/>
        <source>%1 of %2 viewpoints judged · conforming %3, needs improvement %4, observation %5</source>
        <translation>観点 %2 件中 %1 件を判断済み・適合 %3、要改善 %4、観察事項 %5</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="116"/>
        <source>Discussed: %1</source>
        <translation>審議: %1</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="192"/>
        <source>Statements on %1</source>
        <translation>%1 に関する発言</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="195"/>
        <source>Statements of the inspection meetings</source>
        <translation>点検を行った会議の発言</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="203"/>
        <source>No meeting took up this evaluation yet: link it to its consultation, or set the inspection date.</source>
        <translation>この評価を審議した会議はまだありません。評価を諮問に関連付けるか、第三者点検の日を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaChecklistTab.cpp" line="205"/>
        <source>Tick the statements where %1 was discussed.</source>
        <translation>%1 を審議した発言にチェックを付けてください。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaDocumentTab</name>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="30"/>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="115"/>
        <source>Attach PDF…</source>
        <translation>PDF を添付…</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="35"/>
        <source>Evaluation document</source>
        <translation>評価書</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="43"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="44"/>
        <source>p.</source>
        <translation>p.</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="57"/>
        <source>Go to:</source>
        <translation>移動:</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="76"/>
        <source>Choose an evaluation first.</source>
        <translation>先に評価を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="79"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="85"/>
        <source>%1 is not a usable PDF.</source>
        <translation>%1 は利用できる PDF ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="87"/>
        <source>%1 was not attached.</source>
        <translation>%1 は添付されませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="95"/>
        <source>Attach Evaluation Document</source>
        <translation>評価書の添付</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="97"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="101"/>
        <source>Document Not Attached</source>
        <translation>評価書を添付できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="113"/>
        <source>No evaluation document attached yet.</source>
        <translation>評価書はまだ添付されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="114"/>
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1・%n ページ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaDocumentTab.cpp" line="115"/>
        <source>Replace PDF…</source>
        <translation>PDF を差し替え…</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaLabels</name>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="9"/>
        <source>Not required</source>
        <translation>評価不要</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="11"/>
        <source>Basic</source>
        <translation>基礎項目評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="13"/>
        <source>Basic + focused</source>
        <translation>基礎項目評価＋重点項目評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="15"/>
        <source>Basic + full</source>
        <translation>基礎項目評価＋全項目評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="24"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="26"/>
        <source>Important change</source>
        <translation>重要な変更</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="28"/>
        <source>Five-year re-evaluation</source>
        <translation>5 年経過前の再評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="30"/>
        <source>Voluntary</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="39"/>
        <source>Not judged</source>
        <translation>未判断</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="41"/>
        <source>Conforming</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="43"/>
        <source>Needs improvement</source>
        <translation>要改善</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="45"/>
        <source>Observation</source>
        <translation>観察事項</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="52"/>
        <source>Conformity</source>
        <translation>適合性</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="52"/>
        <source>Adequacy</source>
        <translation>妥当性</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="59"/>
        <source>Pending</source>
        <translation>未対応</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="61"/>
        <source>Adopted</source>
        <translation>反映</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaLabels.cpp" line="63"/>
        <source>Not adopted</source>
        <translation>不反映</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaListModel</name>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="28"/>
        <source>as required</source>
        <translation>必要な評価のとおり</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="30"/>
        <source>voluntarily fuller</source>
        <translation>任意により詳細</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="34"/>
        <source>MISMATCH: lighter</source>
        <translation>不一致: 必要より軽い</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="133"/>
        <source>Superseded by a later version</source>
        <translation>後の版に置き換え済み</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="141"/>
        <source>(affair not named)</source>
        <translation>（事務名なし）</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="167"/>
        <source>Affair</source>
        <translation>事務</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="169"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="171"/>
        <source>Ver.</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="173"/>
        <source>Declared type</source>
        <translation>実施した評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="175"/>
        <source>Required type</source>
        <translation>必要な評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="177"/>
        <source>Judgment</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="179"/>
        <source>Next review</source>
        <translation>次回の見直し</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaListModel.cpp" line="181"/>
        <source>Five-year deadline</source>
        <translation>再評価期限（5 年）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaOutputTab</name>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="28"/>
        <source>Print Inspection Result Sheet…</source>
        <translation>点検結果書を印刷…</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="31"/>
        <source>Print Response Paragraph…</source>
        <translation>答申の段落を印刷…</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="35"/>
        <source>Copy Paragraph</source>
        <translation>段落をコピー</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="42"/>
        <source>Paragraph of the response</source>
        <translation>答申の段落</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="47"/>
        <source>Paragraph of the response (答申) recording the inspection</source>
        <translation>第三者点検の結果を記載する答申の段落</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="83"/>
        <source>Choose an evaluation first.</source>
        <translation>先に評価を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="133"/>
        <source>Save as PDF</source>
        <translation>PDF として保存</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="134"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaOutputTab.cpp" line="138"/>
        <source>Not Written</source>
        <translation>書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaPage</name>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="85"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="86"/>
        <source>New Version…</source>
        <translation>新しい版…</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="87"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="102"/>
        <source>PIA evaluations</source>
        <translation>特定個人情報保護評価</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="117"/>
        <source>Start a re-evaluation: the next version, with the inputs copied and a fresh checklist</source>
        <translation>再評価を始める: 入力内容を引き継ぎ、点検項目を新しくした次の版を作ります</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="122"/>
        <source>Basics and Threshold</source>
        <translation>基本情報としきい値判断</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="123"/>
        <source>Why and When</source>
        <translation>契機と日程</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="124"/>
        <source>Checklist</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="125"/>
        <source>Question Table</source>
        <translation>質問表</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="126"/>
        <source>Change List</source>
        <translation>変更一覧</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="127"/>
        <source>Document</source>
        <translation>評価書</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="128"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="144"/>
        <source>Remove Evaluation</source>
        <translation>評価の削除</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="145"/>
        <source>Remove %1 with its opinions, checklist, questions and changes? Undo brings it back.</source>
        <translation>%1 を、意見・点検項目・質問・変更とともに削除しますか？ 元に戻すで復元できます。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="224"/>
        <source>No evaluation selected: add one, or choose one above.</source>
        <translation>評価が選ばれていません。評価を追加するか、上の一覧から選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaPage.cpp" line="229"/>
        <source>… and %n more (see Output)</source>
        <translation>
            <numerusform>…ほか %n 件（「出力」を参照）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="292"/>
        <source>New Version of %1</source>
        <translation>%1 の新しい版</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="299"/>
        <source>e.g. moving the system to the government cloud</source>
        <translation>例: システムのガバメントクラウドへの移行</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="302"/>
        <source>Version %1 starts from version %2: its inputs are copied, the checklist is fresh, dates and questions are empty.</source>
        <translation>第 %1 版は第 %2 版を基に作ります。入力内容は引き継ぎ、点検項目は新しくなり、日付と質問は空になります。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="307"/>
        <source>&amp;Trigger:</source>
        <translation>実施の契機(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPage.cpp" line="308"/>
        <source>&amp;Change:</source>
        <translation>変更内容(&amp;C):</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaPartModel</name>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="46"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="84"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="48"/>
        <source>Opinion</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="50"/>
        <source>Handling</source>
        <translation>対応</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="52"/>
        <source>Why / what was changed</source>
        <translation>理由・変更した内容</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="60"/>
        <source>Viewpoint</source>
        <translation>観点</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="62"/>
        <source>Item checked</source>
        <translation>確認した事項</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="64"/>
        <source>Judgment</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="66"/>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="68"/>
        <source>Department&apos;s answer</source>
        <translation>担当課の回答</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="70"/>
        <source>Round</source>
        <translation>回</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="72"/>
        <source>Cited section</source>
        <translation>引用箇所</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="74"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="88"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="108"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="76"/>
        <source>Statements</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="86"/>
        <location filename="../ui/pia/PiaPartModel.cpp" line="106"/>
        <source>Section</source>
        <translation>箇所</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="90"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="92"/>
        <source>First judgment</source>
        <translation>一次判断</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="94"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="96"/>
        <source>Second check</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="98"/>
        <source>Final judgment</source>
        <translation>最終判断</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="110"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaPartModel.cpp" line="112"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaPartTable</name>
    <message>
        <location filename="../ui/pia/PiaTab.cpp" line="89"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaTab.cpp" line="90"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaQuestionsTab</name>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="30"/>
        <source>Question table</source>
        <translation>質問表</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="43"/>
        <source>Import CSV/TSV…</source>
        <translation>CSV/TSV を取り込む…</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="46"/>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="82"/>
        <source>No questions yet</source>
        <translation>質問はまだありません</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="88"/>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="99"/>
        <source>Choose an evaluation first.</source>
        <translation>先に評価を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="91"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="112"/>
        <source>Import Question Table</source>
        <translation>質問表の取込み</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="113"/>
        <source>Question tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>質問表 (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="118"/>
        <source>Question Table Not Imported</source>
        <translation>質問表を取り込めませんでした</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="119"/>
        <source>%1 was not imported; the table is unchanged.

%2</source>
        <translation>%1 は取り込まれませんでした。質問表は変更されていません。

%2</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="128"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="128"/>
        <source>TSV (*.tsv)</source>
        <translation>TSV (*.tsv)</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="131"/>
        <source>Export Question Table</source>
        <translation>質問表の書き出し</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaQuestionsTab.cpp" line="139"/>
        <source>Question Table Not Exported</source>
        <translation>質問表を書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::PiaScheduleTab</name>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="54"/>
        <source>&amp;Trigger:</source>
        <translation>実施の契機(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="56"/>
        <source>What changes (for an important change)</source>
        <translation>変更内容（重要な変更の場合）</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="63"/>
        <source>&amp;Change:</source>
        <translation>変更内容(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="78"/>
        <source>Public &amp;comment:</source>
        <translation>意見募集(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="81"/>
        <source>Why shorter than 30 days</source>
        <translation>30 日未満とする理由</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="85"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="89"/>
        <source>Council&apos;s &amp;inspection:</source>
        <translation>審議会の第三者点検(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="92"/>
        <source>Submitted to the Personal Information Protection Commission</source>
        <translation>個人情報保護委員会への提出</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="93"/>
        <source>&amp;Submitted:</source>
        <translation>提出日(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="96"/>
        <source>&amp;Published:</source>
        <translation>公表日(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="99"/>
        <source>Last re&amp;view:</source>
        <translation>前回の見直し(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="104"/>
        <source>Due:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="108"/>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="109"/>
        <source>Opinions received</source>
        <translation>寄せられた意見</translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="185"/>
        <source>period not set</source>
        <translation>期間未設定</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="188"/>
        <source>%n day(s): under 30 days, give the reason</source>
        <translation>
            <numerusform>%n 日: 30 日未満のため、理由を記載してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="191"/>
        <source>%n day(s): under 30 days, reason recorded</source>
        <translation>
            <numerusform>%n 日: 30 日未満（理由記載済み）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="194"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pia/PiaScheduleTab.cpp" line="198"/>
        <source>next yearly review %1 · five-year re-evaluation by %2 (last published %3)</source>
        <translation>次回の年次見直し %1・5 年経過前の再評価期限 %2（前回公表 %3）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::RecordController</name>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="45"/>
        <source>Missing</source>
        <translation>記載漏れ</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="47"/>
        <source>Inconsistent</source>
        <translation>不整合</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="51"/>
        <source>Notice</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="60"/>
        <source>Completeness of the Record</source>
        <translation>記載漏れの確認</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="62"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="62"/>
        <source>What to check</source>
        <translation>確認する事項</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="73"/>
        <source>Nothing required is missing.</source>
        <translation>必要な事項はすべて記載されています。</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="74"/>
        <source>Before finalising, complete or correct:</source>
        <translation>確定する前に、次の事項を記載または訂正してください:</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="84"/>
        <source>&amp;Finalise</source>
        <translation>確定(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="85"/>
        <source>&amp;Finalise Anyway</source>
        <translation>このまま確定(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="111"/>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="113"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="114"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="116"/>
        <source>&amp;Check Completeness…</source>
        <translation>記載漏れの確認(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="117"/>
        <source>&amp;Finalise Record…</source>
        <translation>会議録を確定(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="118"/>
        <source>Mark P&amp;ublished…</source>
        <translation>公表済みにする(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="190"/>
        <source>Record</source>
        <translation>会議録</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="220"/>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="258"/>
        <source>_meeting_%1_record</source>
        <translation>_第%1回会議録</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="259"/>
        <source>record</source>
        <translation>会議録</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="261"/>
        <source>_public</source>
        <translation>_公開版</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="266"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="269"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument テキスト (*.odt)</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="272"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web ページ (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="275"/>
        <location filename="../ui/printing/RecordController.cpp" line="296"/>
        <source>Export Record</source>
        <translation>会議録の書き出し</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="297"/>
        <source>The record was written to
%1</source>
        <translation>会議録を書き出しました。
%1</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="300"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="301"/>
        <source>Open &amp;Folder</source>
        <translation>フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="331"/>
        <source>Finalise Record</source>
        <translation>会議録の確定</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="331"/>
        <source>This record is already finalised.</source>
        <translation>この会議録は既に確定しています。</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="349"/>
        <source>Mark Published</source>
        <translation>公表済みにする</translation>
    </message>
    <message>
        <location filename="../ui/printing/RecordController.cpp" line="358"/>
        <source>The public version went out on:</source>
        <translation>公開版を公表した日:</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::RecordReader</name>
    <message>
        <location filename="../ui/search/RecordReader.cpp" line="26"/>
        <source>%1 (sealed, read-only)</source>
        <translation>%1（封印済み・読み取り専用）</translation>
    </message>
    <message>
        <location filename="../ui/search/RecordReader.cpp" line="43"/>
        <source>Statements of the sealed record</source>
        <translation>封印済み会議録の発言</translation>
    </message>
    <message>
        <location filename="../ui/search/RecordReader.cpp" line="45"/>
        <source>This record is sealed: it cannot be changed here. A correction is made as a new version (Signatures tab).</source>
        <translation>この会議録は封印されているため、ここでは変更できません。訂正は新しい版（正誤）として「署名」タブから行います。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReplaceDialog</name>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="27"/>
        <source>Find and Replace</source>
        <translation>検索と置換</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="27"/>
        <source>Apply Notation List</source>
        <translation>表記統一リストの適用</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="34"/>
        <source>&amp;Ignore case</source>
        <translation>大文字と小文字を区別しない(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="35"/>
        <source>&amp;Regular expression</source>
        <translation>正規表現(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="37"/>
        <source>&amp;Find:</source>
        <translation>検索する文字列(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="38"/>
        <source>Re&amp;place with:</source>
        <translation>置換後の文字列(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="51"/>
        <source>The council&apos;s notation list, applied to every statement of the record:</source>
        <translation>審議会の表記統一リストを、会議録のすべての発言に適用します:</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="56"/>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="56"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="56"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="66"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="105"/>
        <source>%1 statement(s) change, %2 replacement(s).</source>
        <translation>%1 件の発言で、計 %2 か所を置き換えます。</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="115"/>
        <source>Replace &quot;%1&quot; with &quot;%2&quot;</source>
        <translation>「%1」を「%2」に置換</translation>
    </message>
    <message>
        <location filename="../ui/drafting/ReplaceDialog.cpp" line="116"/>
        <source>Apply notation list</source>
        <translation>表記統一リストの適用</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReportDialog</name>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="37"/>
        <source>New Report</source>
        <translation>新しい報告</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="37"/>
        <source>Report No. %1</source>
        <translation>報告第%1号</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="54"/>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="55"/>
        <source>&amp;Received:</source>
        <translation>受理日(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="56"/>
        <source>Reported &amp;by:</source>
        <translation>報告者(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="57"/>
        <source>&amp;Department:</source>
        <translation>担当課(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="58"/>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="59"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="61"/>
        <source>Handling notices in the period</source>
        <translation>期間中の届出件数</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="68"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="69"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="70"/>
        <source>&amp;Started:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="71"/>
        <source>&amp;Changed:</source>
        <translation>変更(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="72"/>
        <source>&amp;Abolished:</source>
        <translation>廃止(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="74"/>
        <source>Leak (Act on the Protection of Personal Information, Article 68)</source>
        <translation>漏えい等（個人情報保護法第68条）</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="79"/>
        <source>&amp;Known on:</source>
        <translation>覚知日(&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="80"/>
        <source>People a&amp;ffected:</source>
        <translation>対象人数(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="81"/>
        <source>Special care-required personal information (要配慮個人情報)</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="82"/>
        <source>Risk of financial damage (財産的被害)</source>
        <translation>財産的被害のおそれ</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="83"/>
        <source>Wrongful purpose (不正の目的)</source>
        <translation>不正の目的</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="84"/>
        <source>More than 100 people (100人超)</source>
        <translation>100人超</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="94"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="96"/>
        <source>Measures taken</source>
        <translation>講じた措置</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="98"/>
        <source>S&amp;ummary:</source>
        <translation>概要(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportDialog.cpp" line="99"/>
        <source>&amp;Measures:</source>
        <translation>措置(&amp;M):</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReportTableModel</name>
    <message numerus="yes">
        <location filename="../ui/consultations/ReportsPage.cpp" line="104"/>
        <source>%n people; %1</source>
        <translation>
            <numerusform>%n 人、%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="105"/>
        <source>no criterion of Article 68 met</source>
        <translation>第68条の該当事由なし</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="119"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="121"/>
        <source>Received</source>
        <translation>受理日</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="123"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="125"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="127"/>
        <source>Department</source>
        <translation>担当課</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="129"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ReportsPage</name>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="139"/>
        <source>Add Report…</source>
        <translation>報告を追加…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="140"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="141"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ReportsPage.cpp" line="146"/>
        <source>Reports received</source>
        <translation>受けた報告</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::ResponseDialog</name>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="24"/>
        <source>Record Response</source>
        <translation>答申の記録</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="29"/>
        <source>(not decided at a meeting)</source>
        <translation>（会議での決定なし）</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="41"/>
        <source>Conclusion</source>
        <translation>結論</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="42"/>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="43"/>
        <source>Attached opinions</source>
        <translation>付帯意見</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="49"/>
        <source>&amp;Date:</source>
        <translation>答申日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="50"/>
        <source>Decided at &amp;meeting:</source>
        <translation>決定した会議(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="51"/>
        <source>&amp;Conclusion:</source>
        <translation>結論(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="52"/>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/ResponseDialog.cpp" line="53"/>
        <source>Attached &amp;opinions:</source>
        <translation>付帯意見(&amp;O):</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="23"/>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="25"/>
        <source>Backups of %1, newest first. The archive as it is now is kept beside it (.before-restore- with the date and time), as are those replaced by earlier restores.</source>
        <translation>%1 のバックアップ（新しい順）。現在のアーカイブは同じフォルダーに保存します（.before-restore- に日時を付けた名前）。以前の復元で置き換えられたものも残ります。</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="42"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../ui/backup/RestoreDialog.cpp" line="54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SealBanner</name>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="21"/>
        <source>&amp;Correct…</source>
        <translation>訂正(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="22"/>
        <source>&amp;Versions…</source>
        <translation>版の一覧(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="28"/>
        <source>Make a corrected version of the record (正誤); the sealed version is kept</source>
        <translation>会議録の訂正版を作成します（正誤）。封印済みの版はそのまま残ります</translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="38"/>
        <source>Sealed record</source>
        <translation>封印済みの会議録</translation>
    </message>
    <message>
        <location filename="../ui/signing/SealBanner.cpp" line="60"/>
        <source>This record is sealed (version %1). To correct it, choose Correct…: the sealed version is kept and the record reopens as version %2, to be signed again.</source>
        <translation>この会議録は封印済みです（第%1版）。訂正するには「訂正…」を選んでください。封印済みの版は残り、会議録は第%2版として再び編集できるようになり、改めて署名を受けます。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SearchDock</name>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="52"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="64"/>
        <source>Search the archive (Ctrl+Shift+F)</source>
        <translation>アーカイブを検索（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="66"/>
        <source>Search words</source>
        <translation>検索語</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="73"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="111"/>
        <source>&amp;Search the Archive</source>
        <translation>アーカイブを検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="133"/>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="138"/>
        <source>Part of the speaker&apos;s name</source>
        <translation>発言者名の一部</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="140"/>
        <source>Council:</source>
        <translation>審議会:</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="141"/>
        <source>Fiscal year:</source>
        <translation>年度:</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="142"/>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="143"/>
        <source>Speaker:</source>
        <translation>発言者:</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="155"/>
        <source>All councils</source>
        <translation>すべての審議会</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="156"/>
        <source>All years</source>
        <translation>すべての年度</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="242"/>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchDock.cpp" line="244"/>
        <source>%1 results, the best %2 shown (%3 ms)</source>
        <translation>%1 件中、上位 %2 件を表示（%3 ミリ秒）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/search/SearchDock.cpp" line="249"/>
        <source>%n result(s) (%1 ms)</source>
        <translation>
            <numerusform>%n 件（%1 ミリ秒）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="90"/>
        <source>Statement</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="92"/>
        <source>Agenda item</source>
        <translation>議題</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="94"/>
        <source>Consultation</source>
        <translation>諮問</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="96"/>
        <source>Response</source>
        <translation>答申</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="98"/>
        <source>Material</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="100"/>
        <source>PIA finding</source>
        <translation>特定個人情報保護評価の指摘事項</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchResultsModel.cpp" line="102"/>
        <source>PIA question</source>
        <translation>特定個人情報保護評価の質問</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="46"/>
        <source>Sign the Record</source>
        <translation>会議録への署名</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="47"/>
        <source>%1 signs below with a pen or the mouse.</source>
        <translation>%1 が、下の欄にペンまたはマウスで署名してください。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="49"/>
        <source>&amp;Undo Stroke</source>
        <translation>一画戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="52"/>
        <source>Take back the last stroke (Ctrl+Z)</source>
        <translation>最後の一画を取り消す（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="53"/>
        <source>C&amp;lear</source>
        <translation>消去(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="55"/>
        <source>&amp;Sign</source>
        <translation>署名(&amp;S)</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignatureModel</name>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="109"/>
        <location filename="../ui/signing/SignatureModel.cpp" line="135"/>
        <source>Signed</source>
        <translation>署名済み</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="109"/>
        <source>Waiting</source>
        <translation>署名待ち</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="115"/>
        <source>Signature pad</source>
        <translation>署名パッド</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="117"/>
        <source>On paper (scan attached)</source>
        <translation>紙（スキャン添付）</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="117"/>
        <source>On paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="133"/>
        <source>Signer</source>
        <translation>署名委員</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="137"/>
        <source>When</source>
        <translation>署名日時</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignatureModel.cpp" line="139"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignaturePad</name>
    <message>
        <location filename="../ui/signing/SignaturePad.cpp" line="26"/>
        <source>Signature pad</source>
        <translation>署名パッド</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturePad.cpp" line="28"/>
        <source>Sign here with a pen or the mouse. Backspace takes back the last stroke, Delete clears the pad. The pad cannot be drawn with the keyboard: to record a signature without it, cancel and choose Signed on Paper…, which attaches the scanned page.</source>
        <translation>ここにペンまたはマウスで署名してください。Backspace キーで最後の一画を取り消し、Delete キーで全体を消去します。キーボードでは署名を書けません。署名パッドを使わずに署名を記録するには、キャンセルして「紙で署名…」を選び、スキャンしたページを添付してください。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturePad.cpp" line="31"/>
        <source>Sign with a pen or the mouse</source>
        <translation>ペンまたはマウスで署名</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SignaturesPanel</name>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="38"/>
        <source>&amp;Designate…</source>
        <translation>署名委員の指名(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="39"/>
        <source>&amp;Sign…</source>
        <translation>署名(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="40"/>
        <source>Signed on &amp;Paper…</source>
        <translation>紙で署名(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="41"/>
        <source>Remove Signature</source>
        <translation>署名の削除</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="42"/>
        <source>&amp;Versions…</source>
        <translation>版の一覧(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="43"/>
        <source>View S&amp;can…</source>
        <translation>スキャンを表示(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="49"/>
        <source>Signers</source>
        <translation>署名委員</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="62"/>
        <source>Sign on the pad with a pen or the mouse</source>
        <translation>署名パッドにペンまたはマウスで署名します</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="63"/>
        <source>The signer signed the printed record: attach the scanned page</source>
        <translation>署名委員が印刷した会議録に署名した場合: スキャンしたページを添付します</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="149"/>
        <source>Sealed on %1 as seal %2 (version %3): read-only; a change needs Correct…</source>
        <translation>%1 に封印 %2 として封印済み（第%3版）: 読み取り専用です。変更するには「訂正…」が必要です</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="155"/>
        <source>%1 of %2 signatures.</source>
        <translation>署名済み %1 名（全 %2 名）。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="157"/>
        <source>The record is sealed when the last signature is in.</source>
        <translation>最後の署名がそろうと、会議録は封印されます。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="158"/>
        <source>The record is signed once it is finalised (Record ▸ Finalise).</source>
        <translation>会議録は確定後に署名します（会議録 ▸ 会議録を確定）。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="164"/>
        <source>Version %1 corrects version %2 (%3): %4</source>
        <translation>第%1版は第%2版の訂正版です（%3）: %4</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="229"/>
        <source>Signed page of %1</source>
        <translation>%1 の署名ページ</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="236"/>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="245"/>
        <source>Scan Not Shown</source>
        <translation>スキャンを表示できませんでした</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="246"/>
        <source>The stored scan is neither a PDF nor an image.</source>
        <translation>保存されたスキャンは PDF でも画像でもありません。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="349"/>
        <source>Seal the Record</source>
        <translation>会議録の封印</translation>
    </message>
    <message>
        <location filename="../ui/signing/SignaturesPanel.cpp" line="350"/>
        <source>This is the last signature: once it is recorded, the record is sealed.

Sealing makes the record read-only and fixes its content with a hash in the archive&apos;s seal chain, so that any later change shows when the seals are verified. After that, the record can only be changed by a correction (正誤), kept as a new, visible version.

Record the last signature and seal the record?</source>
        <translation>これが最後の署名です。記録すると会議録は封印されます。

封印すると会議録は読み取り専用になり、その内容はアーカイブの封印の連鎖のハッシュで固定されるため、後から変更すると封印の検証で分かります。以後、会議録を変更できるのは正誤（訂正）だけで、新しい版として記録に残ります。

最後の署名を記録して会議録を封印しますか？</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SigningDialogs</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="223"/>
        <source>Correct the Record</source>
        <translation>会議録の訂正</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="224"/>
        <source>Why is the sealed record of %1 corrected (正誤)?
The sealed version is kept, and the record reopens as its next version to be signed again.</source>
        <translation>%1 の封印済みの会議録を訂正（正誤）する理由を入力してください。
封印済みの版は残り、会議録は次の版として再び編集できるようになり、改めて署名を受けます。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::StaffAttendanceModel</name>
    <message numerus="yes">
        <location filename="../ui/StaffAttendanceModel.cpp" line="125"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="148"/>
        <source>Present (secretariat and presenters)</source>
        <translation>出席（事務局・説明員）</translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="150"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="152"/>
        <source>Arrived</source>
        <translation>到着時刻</translation>
    </message>
    <message>
        <location filename="../ui/StaffAttendanceModel.cpp" line="154"/>
        <source>Left</source>
        <translation>退席時刻</translation>
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
<context>
    <name>kiroku::ui::StatementTreeModel</name>
    <message>
        <location filename="../ui/drafting/StatementTreeModel.cpp" line="34"/>
        <source>Outside the agenda</source>
        <translation>議題外</translation>
    </message>
    <message>
        <location filename="../ui/drafting/StatementTreeModel.cpp" line="34"/>
        <source>(removed item)</source>
        <translation>（削除された議題）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SubcommitteeDialog</name>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="49"/>
        <source>New Subcommittee</source>
        <translation>新しい小委員会</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="58"/>
        <source>Members of the subcommittee</source>
        <translation>小委員会の委員</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="70"/>
        <source>Consultations referred</source>
        <translation>付託された諮問</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="79"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="80"/>
        <source>&amp;Established:</source>
        <translation>設置日(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="81"/>
        <source>&amp;Dissolved:</source>
        <translation>廃止日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="82"/>
        <source>&amp;Members:</source>
        <translation>委員(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="83"/>
        <source>&amp;Chair:</source>
        <translation>小委員長(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="84"/>
        <source>Consultations &amp;referred:</source>
        <translation>付託された諮問(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="85"/>
        <source>Newly referred &amp;on:</source>
        <translation>新たな付託の日(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="102"/>
        <source>(none yet)</source>
        <translation>（未選任）</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SubcommitteeMeetingDialog</name>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="151"/>
        <source>Subcommittee Meeting %1</source>
        <translation>小委員会 第%1回</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="165"/>
        <source>Members attending</source>
        <translation>出席した委員</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="171"/>
        <source>Consultations examined</source>
        <translation>審査した諮問</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="172"/>
        <source>Examined</source>
        <translation>審査</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="172"/>
        <source>Concluded</source>
        <translation>審査終了</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="172"/>
        <source>What was done</source>
        <translation>審査の内容</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="194"/>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="195"/>
        <source>&amp;Date:</source>
        <translation>開催日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="196"/>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="197"/>
        <source>&amp;Venue:</source>
        <translation>場所(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="198"/>
        <source>&amp;Publicity:</source>
        <translation>公開・非公開(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="199"/>
        <source>&amp;Attending:</source>
        <translation>出席(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="200"/>
        <source>&amp;Consultations:</source>
        <translation>諮問(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteeDialogs.cpp" line="201"/>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::SubcommitteesPage</name>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="32"/>
        <source>Add Subcommittee…</source>
        <translation>小委員会を追加…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="33"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="34"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="35"/>
        <source>Add Meeting…</source>
        <translation>会議を追加…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="36"/>
        <source>Edit Meeting…</source>
        <translation>会議を編集…</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="37"/>
        <source>Remove Meeting</source>
        <translation>会議を削除</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="42"/>
        <source>Subcommittees</source>
        <translation>小委員会</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="51"/>
        <source>Meetings of the subcommittee</source>
        <translation>小委員会の会議</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Date</source>
        <translation>開催日</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Attending</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Consultations examined</source>
        <translation>審査した諮問</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="192"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="202"/>
        <source>No subcommittee chosen.</source>
        <translation>小委員会が選ばれていません。</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="214"/>
        <source>%1 (chair)</source>
        <translation>%1（小委員長）</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="216"/>
        <source>Members: %1</source>
        <translation>委員: %1</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="216"/>
        <source>none yet</source>
        <translation>未選任</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="219"/>
        <source>Referred %1: Consultation No. %2 %3</source>
        <translation>%1 付託: 諮問第%2号 %3</translation>
    </message>
    <message>
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="229"/>
        <source> (concluded)</source>
        <translation>（審査終了）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consultations/SubcommitteesPage.cpp" line="235"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kiroku::ui::TranscriptImportDialog</name>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="41"/>
        <source>Import Transcript</source>
        <translation>反訳の取り込み</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="44"/>
        <source>&amp;Open File…</source>
        <translation>ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="48"/>
        <source>Paste the transcript below, or open a text file (UTF-8, UTF-16 or Shift_JIS).</source>
        <translation>下の欄に反訳（文字起こし）を貼り付けるか、テキストファイル（UTF-8、UTF-16、Shift_JIS）を開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="56"/>
        <source>(事務局) …, 【会長】, ○会長 …, a speaker and a text column, or 議長&#x3000;…</source>
        <translation>(事務局) …、【会長】、○会長 …、発言者と発言内容の2列、または 議長&#x3000;…</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="87"/>
        <source>(none: the headings decide)</source>
        <translation>（指定しない: 見出しで決める）</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="89"/>
        <source>Put the statements under &amp;agenda item:</source>
        <translation>発言を入れる議題(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="92"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="117"/>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="130"/>
        <source>No archive is open.</source>
        <translation>アーカイブが開かれていません。</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="181"/>
        <source>%1 — encoding: %2</source>
        <translation>%1 — 文字コード: %2</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="189"/>
        <source>Open Transcript</source>
        <translation>反訳ファイルを開く</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="190"/>
        <source>Text files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>テキストファイル (*.txt *.csv *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="214"/>
        <source>The transcript is too long to import at once (at most %1 MB). Split it into parts.</source>
        <translation>反訳が長すぎるため、一度に取り込めません（上限 %1 MB）。分割してから取り込んでください。</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="272"/>
        <source>%1 statements (%2 speeches, %3 stage directions, %4 headings) · %5 speakers, %6 matched to attendees · %7 lines left out, %8 page numbers and running headers dropped</source>
        <translation>発言等 %1 件（発言 %2 件、ト書き %3 件、見出し %4 件）・発言者 %5 名（うち %6 名を出席者に対応付け）・読み取れなかった行 %7 行、除外したページ番号・ヘッダー %8 行</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptImportDialog.cpp" line="304"/>
        <source>The transcript could not be imported.</source>
        <translation>反訳を取り込めませんでした。</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::TranscriptPreviewModel</name>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="31"/>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="47"/>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="137"/>
        <source>(no match)</source>
        <translation>（該当なし）</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="106"/>
        <source>Speech</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="108"/>
        <source>Stage direction</source>
        <translation>ト書き</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="110"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="112"/>
        <source>Summary</source>
        <translation>要旨</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="153"/>
        <source>Every turn of %1 goes to the person chosen here.</source>
        <translation>%1 の発言はすべて、ここで選んだ人の発言として取り込みます。</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="175"/>
        <source>Lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="177"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="179"/>
        <source>Speaker</source>
        <translation>発言者</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="181"/>
        <source>Attendee</source>
        <translation>出席者</translation>
    </message>
    <message>
        <location filename="../ui/transcript/TranscriptPreviewModel.cpp" line="183"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::VersionsDialog</name>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="237"/>
        <source>Versions of the Record</source>
        <translation>会議録の版</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Sealed</source>
        <translation>封印日時</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Content hash</source>
        <translation>内容のハッシュ値</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="267"/>
        <source>Not altered (verified)</source>
        <translation>改ざんなし（検証済み）</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="268"/>
        <source>ALTERED since sealing</source>
        <translation>改ざんあり（封印後に変更）</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Correction</source>
        <translation>正誤</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="241"/>
        <source>Integrity</source>
        <translation>改ざんの有無</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="266"/>
        <source>Not sealed</source>
        <translation>未封印</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="273"/>
        <source>Corrected %1: %2</source>
        <translation>%1 に正誤: %2</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="277"/>
        <source>%1 (seal %2)</source>
        <translation>%1（封印 %2）</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="282"/>
        <source>%1 (current)</source>
        <translation>%1（現在）</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="297"/>
        <source>Every sealed record of the archive verifies: none was altered.</source>
        <translation>封印済みの会議録はすべて検証でき、改ざんはありません。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="298"/>
        <source>Some sealed records were ALTERED since sealing (see Integrity).</source>
        <translation>封印後に改ざんされた会議録があります（「改ざんの有無」欄を参照）。</translation>
    </message>
    <message>
        <location filename="../ui/signing/SigningDialogs.cpp" line="299"/>
        <source>Chain head: seal %1, %2</source>
        <translation>連鎖の末尾: 封印 %1、%2</translation>
    </message>
</context>
<context>
    <name>kiroku::ui::WarekiDateEdit</name>
    <message>
        <location filename="../ui/WarekiDateEdit.cpp" line="19"/>
        <source>e.g. R9.1.21 or 2027-01-21</source>
        <translation>例：R9.1.21、2027-01-21</translation>
    </message>
    <message>
        <location filename="../ui/WarekiDateEdit.cpp" line="21"/>
        <source>Type a date as 令和9年1月21日, R9.1.21, R9/1/21, 2027-01-21 or 2027/01/21; Enter saves it. Alt+Down opens the calendar.</source>
        <translation>令和9年1月21日、R9.1.21、R9/1/21、2027-01-21、2027/01/21 のように入力し、Enter で確定します。Alt+↓ でカレンダーを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/WarekiDateEdit.cpp" line="27"/>
        <source>Choose in the calendar</source>
        <translation>カレンダーから選ぶ</translation>
    </message>
</context>
</TS>
