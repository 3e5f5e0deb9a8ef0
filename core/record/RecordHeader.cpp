// The header block of a record: a numbered list (水戸市型) or a two-column form table (市川市型).
#include "model/AgendaNumbering.h"
#include "record/BuildContext.h"
#include "text/Wareki.h"

#include <QTextTable>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

bool attended(AttendanceStatus s)
{
    return s != AttendanceStatus::Absent;
}

QString staffLine(const Staff &s)
{
    if (s.name.isEmpty())
        return s.headCount > 0 ? s.organisation + u'　' + QString::number(s.headCount) + u"名"_s
                               : s.organisation;
    return s.organisation + u'　' + s.name + (s.title.isEmpty() ? QString() : u'（' + s.title + u'）');
}

QString timesNote(QTime arrivedAt, QTime leftAt)
{
    QString note;
    if (arrivedAt.isValid())
        note += u"（"_s + wareki::formatTime(arrivedAt) + u"から出席）"_s;
    if (leftAt.isValid())
        note += u"（"_s + wareki::formatTime(leftAt) + u"に退席）"_s;
    return note;
}

QString statusNote(const Attendance &a)
{
    if (a.status == AttendanceStatus::Late)
        return timesNote(a.arrivedAt, {});
    if (a.status == AttendanceStatus::LeftEarly)
        return timesNote({}, a.leftAt);
    return {};
}

} // namespace

QStringList BuildContext::fieldValues(const HeaderRow &row)
{
    const Meeting &m = data.meeting;
    const QString &f = row.field;
    if (f == u"council_name")
        return {councilName()};
    if (f == u"meeting")
        return {meetingName()};
    if (f == u"datetime") {
        QString s = wareki::formatDate(m.date, format.digits, format.weekday) +
                    wareki::formatTimeRange(m.startTime, m.endTime, format.digits);
        if (m.mode == MeetingMode::Online)
            s += u"（オンライン開催）"_s;
        return {s};
    }
    if (f == u"venue")
        return {m.venue};
    if (f == u"attendees_members" || f == u"absentees") {
        const bool wantPresent = f == u"attendees_members";
        QStringList names;
        for (const Member &member : data.members) {
            for (const Attendance &a : data.attendance) {
                if (a.memberId != member.id || attended(a.status) != wantPresent)
                    continue;
                QString name = member.name;
                // A policy's label already says the role (春日会長, ____会長): not 春日会長（会長）.
                if (member.role != MemberRole::Member && !policyNamesRoles())
                    name += u'（' + japaneseLabel(member.role) + u'）';
                names << name + statusNote(a);
            }
        }
        return {names.isEmpty() ? u"なし"_s : names.join(u"、"_s)};
    }
    if (f == u"attendees_staff" || f == u"attendees_presenters") {
        const StaffKind kind = f == u"attendees_staff" ? StaffKind::Secretariat : StaffKind::Presenter;
        QStringList lines;
        for (const Staff &s : data.staff) {
            if (s.kind != kind || !data.staffPresent.contains(s.id))
                continue;
            QString line = staffLine(s);
            for (const StaffAttendance &a : data.staffAttendance) {
                if (a.staffId == s.id)
                    line += timesNote(a.arrivedAt, a.leftAt);
            }
            lines << line;
        }
        return lines.isEmpty() ? QStringList{u"なし"_s} : lines;
    }
    if (f == u"quorum")
        return {quorumSentence(data.quorum)};
    if (f == u"agenda" || f == u"agenda_publicity") {
        QStringList lines;
        for (int i = 0; i < data.agenda.size(); ++i) {
            const AgendaItem &item = data.agenda.at(i);
            QString line = agendaLine(data.council.agendaNumbering, i, item);
            if (f == u"agenda_publicity")
                line += u'（' + japaneseLabel(item.publicity) + u'）';
            lines << line;
        }
        return lines.isEmpty() ? QStringList{u"なし"_s} : lines;
    }
    if (f == u"publicity")
        return {japaneseLabel(m.publicity)};
    if (f == u"closed_reason") {
        QStringList reasons;
        if (m.publicity != Publicity::Public && !m.closedReason.isEmpty())
            reasons << m.closedReason;
        for (const AgendaItem &item : data.agenda) {
            if (item.publicity != Publicity::Public)
                reasons << item.number + u'　' +
                               (item.closedReason.isEmpty() ? u"（理由未記入）"_s : item.closedReason);
        }
        return {reasons.isEmpty() ? u"なし"_s : reasons.join(u"\n"_s)};
    }
    if (f == u"observers") {
        if (row.checkbox)
            return {m.observersAllowed ? u"■可（"_s + QString::number(m.observerCount) + u"人）　□不可"_s
                                       : u"□可（　人）　■不可"_s};
        if (!m.observersAllowed)
            return {u"不可"_s +
                    (m.observersReason.isEmpty() ? QString() : u'（' + m.observersReason + u'）')};
        return {QString::number(m.observerCount) + u"人"_s};
    }
    if (f == u"materials") {
        QStringList lines;
        for (const Material &mat : data.materials)
            lines << (mat.label.isEmpty() ? QString() : mat.label + u'　') + mat.title;
        return lines.isEmpty() ? QStringList{u"なし"_s} : lines;
    }
    if (f == u"signers") {
        QStringList names;
        for (const Signature &s : data.signatures) {
            if (const Member *member = this->data.member(s.memberId))
                names << member->name;
        }
        return {names.isEmpty() ? u"未指名"_s : names.join(u"、"_s)};
    }
    if (f == u"summary") {
        QStringList lines;
        for (int i = 0; i < data.agenda.size(); ++i) {
            const AgendaItem &item = data.agenda.at(i);
            // The decision and how it was taken: （答申・全員挙手）, （承認・賛成6 反対1 棄権0）.
            QString decided = japaneseLabel(item.outcome);
            const QString vote =
                digits(voteText(item.voteKind, item.votesFor, item.votesAgainst, item.votesAbstain));
            if (!vote.isEmpty())
                decided += (decided.isEmpty() ? QString() : u"・"_s) + vote;
            const QString outcome = decided.isEmpty() ? QString() : u"（"_s + decided + u"）"_s;
            lines << agendaLine(data.council.agendaNumbering, i, item) + outcome;
        }
        return lines;
    }
    if (f == u"other")
        return {row.value.isEmpty() ? (m.notes.isEmpty() ? u"なし"_s : m.notes) : row.value};
    return {row.value}; // text, contact
}

namespace {

bool isAgendaList(const QString &field)
{
    return field == u"agenda" || field == u"agenda_publicity";
}

// 1 附属機関の名称　青葉台市… ; lists go below their label as (1) (2) …. Agenda lines carry their own
// mark in the council's style (agendaLine), so they get no second one: 「(1)　議題　(1)　諮問第12号」 was
// printed twice.
void writeNumbered(BuildContext &c)
{
    int number = 0;
    const auto numbered = [&](int n) { return c.digits(QString::number(n)); };
    for (const HeaderRow &row : c.format.rows) {
        const QString label = numbered(++number) + u'　' + row.label;
        if (!row.rows.isEmpty()) {
            c.paragraph(label, c.indented(0), c.baseChar);
            int sub = 0;
            for (const HeaderRow &child : row.rows) {
                const QString head = u'(' + numbered(++sub) + u")　"_s + child.label;
                const QStringList values = c.fieldValues(child);
                if (isAgendaList(child.field) && values.first() != u"なし") {
                    // (2)　議題 on its line, the items below it: (1)　諮問第12号 … / ア　諮問第12号 …
                    c.paragraph(c.out(head, child.label), c.indented(2.5, -1.5), c.baseChar);
                    for (const QString &v : values)
                        c.paragraph(c.out(v, child.label), c.indented(4, -1.5), c.baseChar);
                    continue;
                }
                c.paragraph(c.out(head + u'　' + values.first(), child.label), c.indented(2.5, -1.5),
                            c.baseChar);
                for (int i = 1; i < values.size(); ++i)
                    c.paragraph(c.out(values.at(i), child.label), c.indented(2.5), c.baseChar);
            }
            continue;
        }
        const QStringList values = c.fieldValues(row);
        const bool agenda = isAgendaList(row.field);
        const bool list = row.field == u"materials" || agenda;
        if (values.size() == 1 && !(list && values.first() != u"なし")) {
            c.paragraph(c.out(label + u'　' + values.first(), row.label), c.indented(1, -1), c.baseChar);
            continue;
        }
        c.paragraph(label, c.indented(0), c.baseChar);
        int sub = 0;
        for (const QString &v : values) {
            const QString text = list && !agenda ? u'(' + numbered(++sub) + u")　"_s + v : v;
            c.paragraph(c.out(text, row.label), c.indented(2.5, list ? -1.5 : 0), c.baseChar);
        }
    }
    if (!c.format.bodyLabel.isEmpty() && c.format.placement == BodyPlacement::AfterHeader) {
        QTextBlockFormat b = c.indented(0);
        b.setHeadingLevel(2); // 9　発言の内容 opens the body: a section of its own on a web page
        c.paragraph(numbered(++number) + u'　' + c.format.bodyLabel, b, c.baseChar);
    }
}

void setCell(BuildContext &c, QTextTable *table, int row, int col, const QString &text, bool header = false)
{
    QTextCursor cell = table->cellAt(row, col).firstCursorPosition();
    QTextBlockFormat block = c.baseBlock;
    if (header) {
        block.setAlignment(Qt::AlignCenter);
        // The label column: row headers (<th scope="row">) for screen readers.
        QTextTableCellFormat f = table->cellAt(row, col).format().toTableCellFormat();
        f.setProperty(TableHeaderCellProperty, RowHeader);
        table->cellAt(row, col).setFormat(f);
    }
    cell.setBlockFormat(block);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cell.insertBlock(block, c.baseChar);
        cell.insertText(lines.at(i), c.baseChar);
    }
}

int countRows(const QVector<HeaderRow> &rows)
{
    int n = 0;
    for (const HeaderRow &r : rows)
        n += r.rows.isEmpty() ? 1 : int(r.rows.size());
    return n;
}

// 会議の名称 | 青葉台市… ; a group spans its children: 出席者 | 委員 | …
void writeTable(BuildContext &c)
{
    bool nested = false;
    for (const HeaderRow &r : c.format.rows)
        nested = nested || !r.rows.isEmpty();
    const int columns = nested ? 3 : 2;
    QTextTableFormat tf = nested ? c.tableFormat({12, 14, 74}) : c.tableFormat({24, 76});
    tf.setProperty(TableLabelProperty, u"会議の概要"_s);
    c.paragraph({});
    QTextTable *table = c.cursor.insertTable(countRows(c.format.rows), columns, tf);
    int row = 0;
    for (const HeaderRow &r : c.format.rows) {
        if (r.rows.isEmpty()) {
            if (nested)
                table->mergeCells(row, 0, 1, 2);
            setCell(c, table, row, 0, r.label, true);
            setCell(c, table, row, columns - 1, c.out(c.fieldValues(r).join(u'\n'), r.label));
            ++row;
            continue;
        }
        table->mergeCells(row, 0, int(r.rows.size()), 1);
        setCell(c, table, row, 0, r.label, true);
        for (const HeaderRow &child : r.rows) {
            setCell(c, table, row, 1, child.label, true);
            setCell(c, table, row, 2, c.out(c.fieldValues(child).join(u'\n'), child.label));
            ++row;
        }
    }
    c.ruleCells(table);
    c.cursor.movePosition(QTextCursor::End);
}

} // namespace

void writeHeader(BuildContext &c)
{
    if (!c.format.formNumber.isEmpty()) // 様式第2号(第7条関係) sits above the title
        c.paragraph(c.out(c.format.formNumber, u"様式番号"_s));
    if (!c.format.title.isEmpty()) {
        QTextBlockFormat b = c.baseBlock;
        b.setAlignment(Qt::AlignCenter);
        b.setBottomMargin(c.format.fontSize);
        b.setHeadingLevel(1);
        QTextCharFormat ch = c.boldChar;
        ch.setFontPointSize(c.format.titleSize);
        c.paragraph(c.out(c.format.title, u"タイトル"_s), b, ch);
    }
    if (c.format.headerKind == HeaderKind::Numbered)
        writeNumbered(c);
    else
        writeTable(c);
}

} // namespace kiroku::record
