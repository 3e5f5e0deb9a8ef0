#include "record/RecordBuilder.h"

#include "record/BuildContext.h"
#include "store/AgendaRepository.h"
#include "store/CouncilListsRepository.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "store/StatementRepository.h"
#include "text/Wareki.h"

#include <QAbstractTextDocumentLayout>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace kiroku::record {

std::optional<RecordData> RecordData::load(const QSqlDatabase &db, Id meetingId)
{
    const auto meeting = MeetingRepository(db).meeting(meetingId);
    if (!meeting)
        return std::nullopt;
    const CouncilRepository councils(db);
    const auto council = councils.council(meeting->councilId);
    if (!council)
        return std::nullopt;
    RecordData d;
    d.council = *council;
    d.meeting = *meeting;
    d.members = councils.members(council->id);
    d.staff = councils.staff(council->id);
    const MeetingRepository meetings(db);
    d.attendance = meetings.attendance(meetingId);
    d.staffPresent = meetings.staffPresent(meetingId);
    d.staffAttendance = meetings.staffAttendance(meetingId);
    d.agenda = AgendaRepository(db).items(meetingId);
    d.statements = StatementRepository(db).statements(meetingId);
    d.materials = MaterialRepository(db).materials(meetingId);
    d.signatures = SignatureRepository(db).signatures(meetingId);
    const SealRepository seals(db);
    d.recordVersion = seals.state(meetingId).recordVersion;
    d.corrections = seals.versions(meetingId);
    d.quorum = quorumState(d.council, d.members, d.attendance, d.meeting.date);
    d.maskTerms = CouncilListsRepository(db).maskTerms(council->id);
    return d;
}

const Member *RecordData::member(Id id) const
{
    for (const Member &m : members) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const Staff *RecordData::staffMember(Id id) const
{
    for (const Staff &s : staff) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

BuildContext::BuildContext(const RecordData &d, const RecordFormat &f, const RecordOptions &o,
                           QTextDocument *document)
    : data(d)
    , format(f)
    , options(o)
    , doc(document)
    , cursor(document)
    , m_listMasker(o.maskTerms, o.maskReplacement)
{
    QFont font(f.fontFamily);
    font.setPointSizeF(f.fontSize);
    font.setStyleHint(QFont::Serif);
    doc->setDefaultFont(font);
    baseChar.setFont(font);
    boldChar = baseChar;
    boldChar.setFontWeight(QFont::Bold);
    baseBlock.setLineHeight(f.lineHeight, QTextBlockFormat::ProportionalHeight);
    baseBlock.setBottomMargin(0);

    if (!o.publicVersion)
        return;
    for (const MaskTerm &t : d.maskTerms)
        m_listMasker.add(t.term, t.replacement);
    m_namer.emplace(f.namePolicy.value_or(d.council.namePolicy), f.blankName);
    // Letters follow the order of first mention; the speakers come first.
    for (const Statement &s : d.statements) {
        if (const Member *m = d.member(s.memberId))
            m_namer->label(*m);
    }
    if (m_namer->policy() == NamePolicy::FullName)
        return;
    // Names said inside statements follow the same policy (春日会長, 岡部委員, 岡部 誠).
    for (const Member &m : d.members) {
        const QString label = m_namer->label(m);
        m_policyMasker.add(m.name, label);
        m_policyMasker.add(m.surname() + japaneseLabel(m.role), label);
        m_policyMasker.add(m.surname() + u"委員"_s, label);
        if (m_namer->policy() == NamePolicy::Surname)
            continue;
        // A surname said with another title (春日議長, 岡部さん) must not survive a policy that hides it.
        const QString blank = m_namer->policy() == NamePolicy::Blank ? format.blankName : QString();
        m_policyMasker.add(m.surname() + u"議長"_s, blank + u"議長"_s);
        for (const QString &title : {u"さん"_s, u"先生"_s, u"様"_s, u"氏"_s, u"君"_s})
            m_policyMasker.add(m.surname() + title, blank.isEmpty() ? label : blank + title);
    }
}

QString BuildContext::out(const QString &text, const QString &where)
{
    if (!options.publicVersion)
        return text;
    return m_listMasker.apply(m_policyMasker.apply(text, where, &hits), where, &hits);
}

void BuildContext::paragraph(const QString &text, const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    if (m_firstBlock) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
        m_firstBlock = false;
    } else {
        cursor.insertBlock(block, chars);
    }
    cursor.insertText(text, chars);
}

QTextBlockFormat BuildContext::indented(qreal leftEm, qreal firstLineEm) const
{
    // Lengths are 96-dpi pixels: the renderer lays the document out at 96 dpi and scales.
    const qreal em = format.fontSize * 96.0 / 72.0;
    QTextBlockFormat b = baseBlock;
    b.setLeftMargin(leftEm * em);
    b.setTextIndent(firstLineEm * em);
    return b;
}

QTextTableFormat BuildContext::tableFormat(const QVector<qreal> &columnPercents) const
{
    QTextTableFormat tf;
    tf.setBorder(0.75);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderBrush(Qt::black);
    tf.setBorderCollapse(true);
    tf.setCellPadding(4);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const qreal w : columnPercents)
        widths << QTextLength(QTextLength::PercentageLength, w);
    tf.setColumnWidthConstraints(widths);
    return tf;
}

void BuildContext::ruleCells(QTextTable *table) const
{
    for (int r = 0; r < table->rows(); ++r) {
        for (int col = 0; col < table->columns(); ++col) {
            QTextTableCell cell = table->cellAt(r, col);
            if (cell.row() != r || cell.column() != col)
                continue; // covered by a merged cell
            QTextTableCellFormat f = cell.format().toTableCellFormat();
            f.setBorder(0.75);
            f.setBorderBrush(Qt::black);
            f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cell.setFormat(f);
        }
    }
}

QString BuildContext::councilName() const
{
    return data.council.municipality + data.council.name;
}

QString BuildContext::meetingName() const
{
    return wareki::formatFiscalYear(data.meeting.fiscalYear, format.digits) +
           wareki::formatOrdinalMeeting(data.meeting.number, format.digits) + u'　' + councilName();
}

QString BuildContext::digits(const QString &text) const
{
    return format.digits == wareki::Digits::Full ? wareki::toFullWidthDigits(text) : text;
}

QString BuildContext::speakerLabel(const Statement &s)
{
    if (format.style == StatementStyle::Summary) {
        // 要旨 names roles, not people.
        if (s.speaker.endsWith(u"議長"_s))
            return s.speaker;
        if (const Member *m = data.member(s.memberId))
            return japaneseLabel(m->role);
        if (const Staff *st = data.staffMember(s.staffId))
            return st->kind == StaffKind::Secretariat ? u"事務局"_s : st->organisation;
        return s.speaker;
    }
    if (!m_namer || s.speaker.endsWith(u"議長"_s))
        return s.speaker;
    if (const Member *m = data.member(s.memberId))
        return m_namer->label(*m);
    return s.speaker;
}

QString BuildContext::memberName(const Member &m)
{
    if (!m_namer)
        return m.name;
    switch (m_namer->policy()) {
    case NamePolicy::FullName:
        return m.name;
    case NamePolicy::Surname:
        return m.surname();
    default:
        return {};
    }
}

bool BuildContext::itemHidden(Id agendaItemId) const
{
    if (!options.publicVersion || agendaItemId == 0)
        return false;
    for (const AgendaItem &item : data.agenda) {
        if (item.id == agendaItemId)
            return item.publicity == Publicity::Closed;
    }
    return false;
}

BuiltRecord RecordBuilder::build(const RecordData &data, const RecordFormat &format,
                                 const RecordOptions &options)
{
    BuiltRecord result;
    result.document = std::make_unique<QTextDocument>();
    QTextDocument *doc = result.document.get();
    doc->setUndoRedoEnabled(false); // a generated document: no undo history to keep
    doc->setUseDesignMetrics(true); // unhinted advances, so the layout does not depend on the screen
    doc->setDocumentMargin(0);
    {
        BuildContext c(data, format, options, doc);
        writeHeader(c);
        writeBody(c);
        if (format.signature)
            writeSignature(c);
        writeCorrections(c);
        result.title = c.out(c.meetingName() + u'　' + format.title, u"タイトル"_s);
        result.subject = c.out(format.title, u"タイトル"_s);
        result.author = c.out(c.councilName(), u"作成者"_s);
        QString header = format.runningHeader;
        header.replace(u"{council}"_s, c.councilName())
            .replace(u"{meeting}"_s, c.meetingName())
            .replace(u"{date}"_s, wareki::formatDate(data.meeting.date, format.digits, false));
        result.runningHeader = c.out(header, u"ヘッダー"_s);
        result.hits = c.hits;
    }
    doc->setMetaInformation(QTextDocument::DocumentTitle, result.title);
    return result;
}

} // namespace kiroku::record
