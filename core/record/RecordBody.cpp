// The statements (発言の内容) in the format's style, and the signature block.
#include "record/BuildContext.h"
#include "record/SignatureObject.h"
#include "text/Wareki.h"

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

QString where(const Statement &s, int index)
{
    return u"発言 %1"_s.arg(index + 1) + (s.speaker.isEmpty() ? QString() : u'（' + s.speaker + u'）');
}

// Heading levels only mark structure (HTML h1-h6); the printed look stays the builder's.
QTextBlockFormat withHeading(QTextBlockFormat b, int level)
{
    b.setHeadingLevel(level);
    return b;
}

// 1．開会 > (1) 審議事項 > ア 諮問第1005号 > (ア): the numbering tells the depth (h3 ... h6).
int sectionLevel(const QString &heading)
{
    const QString t = heading.normalized(QString::NormalizationForm_KC).trimmed();
    const bool numbered = t.size() > 1;
    if (numbered && t.at(0) == u'(')
        return t.at(1).isDigit() ? 4 : 6;
    if (numbered && t.at(0).script() == QChar::Script_Katakana && (t.at(1).isSpace() || t.at(1) == u'.'))
        return 5;
    return 3;
}

// The speaker's label as its own fragment, so that the HTML can mark it; printed the same.
QTextCharFormat speakerChar(const BuildContext &c)
{
    QTextCharFormat f = c.baseChar;
    f.setProperty(SpeakerProperty, true);
    return f;
}

void writeSheetTitle(BuildContext &c)
{
    QTextBlockFormat b = c.baseBlock;
    b.setHeadingLevel(2);
    b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    b.setAlignment(Qt::AlignRight);
    c.paragraph(c.format.sheetTitle.isEmpty() ? u"別紙"_s : c.format.sheetTitle, b, c.baseChar);
    if (c.format.sheetRepeatsTitle) {
        QTextBlockFormat t = c.baseBlock;
        t.setAlignment(Qt::AlignCenter);
        t.setBottomMargin(c.format.fontSize);
        c.paragraph(c.out(c.meetingName(), u"別紙"_s), t, c.boldChar);
    }
}

// One statement as paragraphs in the flowing styles.
void writeFlowing(BuildContext &c, const Statement &s, const QString &speaker, const QString &text)
{
    const QStringList paragraphs = text.split(u'\n', Qt::SkipEmptyParts);
    const QString label = c.format.speakerFormat;
    switch (c.format.style) {
    case StatementStyle::BracketHeading:
        if (!speaker.isEmpty()) {
            QTextBlockFormat head = c.indented(0);
            head.setTopMargin(c.format.fontSize * 0.6); // a little air between turns, as on paper
            c.paragraph(QString(label).replace(u"{speaker}"_s, speaker), head, speakerChar(c));
        }
        for (const QString &p : paragraphs)
            c.paragraph(p, c.indented(0, s.kind == StatementKind::StageDirection ? 0 : 1), c.baseChar);
        break;
    case StatementStyle::Summary:
        if (s.kind == StatementKind::Summary) {
            for (const QString &p : paragraphs)
                c.paragraph(u"・"_s + p, c.indented(2, -1), c.baseChar);
            break;
        }
        [[fallthrough]];
    default: {
        // （事務局）本日は… / ○会長　本日は… : the speaker opens the first paragraph, later ones indent.
        for (int i = 0; i < paragraphs.size(); ++i) {
            const bool first = i == 0 && !speaker.isEmpty();
            const QString lead = first ? QString(label).replace(u"{speaker}"_s, speaker) : QString();
            // 要旨: a hanging indent keeps 委員：/事務局： standing out; verbatim: later paragraphs indent.
            const QTextBlockFormat block = c.format.style == StatementStyle::Summary
                                               ? c.indented(1, first ? -1 : 0)
                                               : c.indented(0, first || speaker.isEmpty() ? 0 : 1);
            c.paragraph(lead, block, first ? speakerChar(c) : c.baseChar);
            c.cursor.insertText(paragraphs.at(i), c.baseChar);
        }
    }
    }
}

QTextTable *startStatementTable(BuildContext &c)
{
    QTextTableFormat tf = c.tableFormat({20, 80});
    tf.setHeaderRowCount(1); // 発言者 | 発言内容 repeated on every page
    tf.setProperty(TableLabelProperty, c.format.bodyLabel.isEmpty() ? u"発言の内容"_s : c.format.bodyLabel);
    c.paragraph({});
    QTextTable *table = c.cursor.insertTable(1, 2, tf);
    QTextBlockFormat center = c.baseBlock;
    center.setAlignment(Qt::AlignCenter);
    for (int col = 0; col < 2; ++col) {
        QTextTableCellFormat f = table->cellAt(0, col).format().toTableCellFormat();
        f.setProperty(TableHeaderCellProperty, ColumnHeader);
        table->cellAt(0, col).setFormat(f);
        QTextCursor cell = table->cellAt(0, col).firstCursorPosition();
        cell.setBlockFormat(center);
        cell.insertText(col == 0 ? c.format.speakerColumn : c.format.textColumn, c.boldChar);
    }
    return table;
}

void tableRow(BuildContext &c, QTextTable *table, const QString &speaker, const QString &text, bool heading)
{
    const int row = table->rows();
    table->appendRows(1);
    if (heading)
        table->mergeCells(row, 0, 1, 2);
    const QStringList paragraphs = text.split(u'\n', Qt::SkipEmptyParts);
    if (!heading) {
        QTextCursor sp = table->cellAt(row, 0).firstCursorPosition();
        sp.setBlockFormat(c.baseBlock);
        sp.insertText(speaker, speakerChar(c));
    }
    QTextCursor cell = table->cellAt(row, heading ? 0 : 1).firstCursorPosition();
    cell.setBlockFormat(heading ? withHeading(c.baseBlock, sectionLevel(text)) : c.baseBlock);
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            cell.insertBlock(c.indented(0, 1), c.baseChar);
        cell.insertText(paragraphs.at(i), heading ? c.boldChar : c.baseChar);
    }
}

} // namespace

void writeBody(BuildContext &c)
{
    if (c.format.placement == BodyPlacement::SeparateSheet) {
        writeSheetTitle(c);
        if (!c.format.bodyLabel.isEmpty())
            c.paragraph(c.format.bodyLabel, withHeading(c.indented(0), 3), c.boldChar);
    } else if (c.format.headerKind == HeaderKind::Table && !c.format.bodyLabel.isEmpty()) {
        c.paragraph(c.format.bodyLabel, withHeading(c.indented(0), 2), c.boldChar);
    }
    if (c.options.publicVersion && c.data.meeting.publicity == Publicity::Closed) {
        c.paragraph(c.out(u"（会議は非公開のため、発言の内容は掲載しない。非公開の理由："_s +
                              c.data.meeting.closedReason + u"）"_s,
                          u"非公開の理由"_s));
        return;
    }
    QTextTable *table = c.format.style == StatementStyle::Table ? startStatementTable(c) : nullptr;
    QVector<Id> noted;
    for (int i = 0; i < c.data.statements.size(); ++i) {
        const Statement &s = c.data.statements.at(i);
        if (c.itemHidden(s.agendaItemId)) {
            // Non-public items are left out of the public version, with the stated reason.
            if (noted.contains(s.agendaItemId))
                continue;
            noted << s.agendaItemId;
            for (const AgendaItem &item : c.data.agenda) {
                if (item.id != s.agendaItemId)
                    continue;
                const QString note =
                    c.out(u"（"_s + item.number + u'　' + item.title +
                              u"は、非公開のため掲載しない。非公開の理由："_s +
                              (item.closedReason.isEmpty() ? u"なし"_s : item.closedReason) + u"）"_s,
                          where(s, i));
                if (table)
                    tableRow(c, table, {}, note, false);
                else
                    c.paragraph(note);
            }
            continue;
        }
        if (s.kind == StatementKind::Heading) {
            if (!c.format.sectionHeadings)
                continue;
            const QString text = c.out(s.text, where(s, i));
            if (table) {
                tableRow(c, table, {}, text, true);
            } else {
                QTextBlockFormat b = withHeading(c.indented(0), sectionLevel(text));
                b.setTopMargin(c.format.fontSize * 0.5);
                c.paragraph(text, b, c.boldChar);
            }
            continue;
        }
        const bool summary = c.format.style == StatementStyle::Summary;
        // A 要旨 keeps the substance: no stage directions and no chair's procedure.
        if (summary && (s.kind == StatementKind::StageDirection || s.speaker.endsWith(u"議長"_s)))
            continue;
        const QString speaker =
            s.kind == StatementKind::Speech ? c.out(c.speakerLabel(s), where(s, i)) : QString();
        const QString text = c.out(s.text, where(s, i));
        if (table)
            tableRow(c, table, speaker, text, false);
        else
            writeFlowing(c, s, speaker, text);
    }
    if (table) {
        c.ruleCells(table);
        c.cursor.movePosition(QTextCursor::End);
    }
}

void writeSignature(BuildContext &c)
{
    QTextBlockFormat gap = c.indented(0);
    gap.setTopMargin(c.format.fontSize * 2);
    gap.setProperty(KeepTogetherProperty, 1);
    c.paragraph(c.format.closing, gap, c.baseChar);
    const Meeting &m = c.data.meeting;
    if (c.format.signatureDate) {
        // The date the record is signed: printed when known, else left for the pen.
        QDate signedOn;
        for (const Signature &s : c.data.signatures) {
            if (s.signedAt.isValid())
                signedOn = std::max(signedOn, s.signedAt.date());
        }
        const QString date = signedOn.isValid() ? wareki::formatDate(signedOn, c.format.digits, false)
                                                : wareki::eraYearOf(m.date).era + u"　　年　　月　　日"_s;
        QTextBlockFormat b = c.indented(2);
        b.setProperty(KeepTogetherProperty, 1);
        c.paragraph(date, b, c.baseChar);
    }
    const qreal em = c.format.fontSize * 96.0 / 72.0;
    // signature: the signer's, when given; the chair's line has none (the chair signs on paper).
    const auto line = [&](const QString &role, const QString &name, const Signature *signature) {
        QString padded = role;
        while (padded.size() < 5)
            padded += u'　';
        QTextBlockFormat b = c.indented(12);
        b.setTopMargin(c.format.fontSize * 1.2);
        b.setProperty(KeepTogetherProperty, 1); // the signature block never splits across pages
        c.paragraph(c.out(padded + name, u"署名欄"_s), b, c.baseChar);
        QTextBlockFormat rule = c.indented(17);
        rule.setProperty(KeepTogetherProperty, 1);
        const bool given =
            signature && signature->method != SignatureMethod::None && signature->signedAt.isValid();
        if (given && signature->method == SignatureMethod::Pad && !c.options.publicVersion) {
            // Drawn as vectors on the line, three lines high; the public version never shows a
            // handwriting that would name a masked member.
            c.paragraph({}, rule, c.baseChar);
            SignatureObject::insert(c.cursor, c.baseChar, signature->strokes, QSizeF(16 * em, 3 * em));
        } else if (given) {
            c.paragraph(signature->method == SignatureMethod::Paper ? u"（署名は紙面による）"_s
                                                                    : u"（署名済み）"_s,
                        rule, c.baseChar);
        } else {
            c.paragraph(u"＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"_s, rule, c.baseChar);
        }
    };
    const Member *chair = c.data.member(m.chairMemberId);
    line(c.format.chairLine, chair ? c.memberName(*chair) : QString(), nullptr);
    int printed = 0;
    for (const Signature &s : c.data.signatures) {
        if (const Member *member = c.data.member(s.memberId)) {
            line(c.format.signerLine, c.memberName(*member), &s);
            ++printed;
        }
    }
    // Lines for the pen when the chair has not named the signers yet.
    for (; printed < c.data.council.signerCount; ++printed)
        line(c.format.signerLine, {}, nullptr);
}

void writeCorrections(BuildContext &c)
{
    if (c.data.recordVersion < 2 || c.data.corrections.isEmpty())
        return;
    QTextBlockFormat head = c.indented(0);
    head.setTopMargin(c.format.fontSize * 2);
    c.paragraph(u"【訂正】"_s, head, c.boldChar);
    for (const RecordVersion &v : c.data.corrections) {
        const QDateTime at = QDateTime::fromString(v.correctedAt, Qt::ISODate);
        const QString date =
            at.isValid() ? wareki::formatDate(at.date(), c.format.digits, false) : v.correctedAt;
        // 「令和7年9月10日訂正（第2版）　理由：…」: the version it made, the day and why.
        const QString text =
            c.digits(u"%1訂正（第%2版）"_s.arg(date).arg(v.version + 1)) + u"　理由："_s + v.reason;
        c.paragraph(c.out(text, u"訂正"_s), c.indented(1, -1), c.baseChar);
    }
}

} // namespace kiroku::record
