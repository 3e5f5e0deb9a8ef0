#include "transcript/TranscriptImport.h"

#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "transcript/TranscriptLines.h"
#include "transcript/TranscriptParser.h"

using namespace Qt::StringLiterals;

namespace kiroku::transcript {
namespace {

QString folded(const QString &text)
{
    QString result;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!lines::isBlank(c))
            result.append(c);
    }
    return result;
}

// "ア諮問第1005号" → "諮問第1005号", "(1)審議事項" → "審議事項": the words of a heading.
QString withoutNumbering(const QString &heading)
{
    qsizetype i = 0;
    while (i < heading.size() && (heading.at(i).isDigit() || lines::isOpening(heading.at(i)) ||
                                  lines::isClosing(heading.at(i)) || heading.at(i) == u'.' ||
                                  heading.at(i) == u'・' || (heading.at(i) >= u'①' && heading.at(i) <= u'⑳')))
        ++i;
    if (i == 0 && heading.size() > 1 && heading.at(0) >= u'ア' && heading.at(0) <= u'ン')
        i = 1;
    return heading.mid(i);
}

} // namespace

Attendees TranscriptImport::attendeesOf(const QSqlDatabase &db, Id meetingId)
{
    const std::optional<Meeting> meeting = MeetingRepository(db).meeting(meetingId);
    if (!meeting)
        throw StoreError(tr("There is no meeting with the id %1 in the archive.").arg(meetingId));
    CouncilRepository councils(db);
    Attendees attendees;
    attendees.chairMemberId = meeting->chairMemberId;
    // Members in office on the meeting day first, so that a former member of the same surname loses.
    for (const Member &m : councils.members(meeting->councilId)) {
        if (m.inOfficeOn(meeting->date))
            attendees.members << m;
    }
    attendees.staff = councils.staff(meeting->councilId);
    return attendees;
}

TranscriptPlan TranscriptImport::plan(const QSqlDatabase &db, Id meetingId, const QString &text,
                                      const Progress &progress)
{
    const Attendees attendees = attendeesOf(db, meetingId);
    TranscriptPlan plan = TranscriptParser::parse(text, progress);
    if (!plan.cancelled)
        SpeakerMatcher(attendees).apply(plan);
    return plan;
}

TranscriptPlan TranscriptImport::planFile(const QSqlDatabase &db, Id meetingId, const QString &path,
                                          const Progress &progress)
{
    const DecodedText decoded = TranscriptDecoder::readFile(path);
    if (!decoded.ok()) {
        TranscriptPlan failed;
        failed.error = decoded.error;
        return failed;
    }
    TranscriptPlan result = plan(db, meetingId, decoded.text, progress);
    result.encoding = decoded.encoding;
    return result;
}

Id TranscriptImport::agendaItemOfHeading(const QString &heading, const QVector<AgendaItem> &agenda)
{
    const QString h = folded(heading);
    const QString words = withoutNumbering(h);
    for (const AgendaItem &item : agenda) {
        const QString number = folded(item.number);
        // Short numbers ("1", "(1)") also occur in unrelated headings; 諮問第11号 does not.
        if (number.size() >= 4 && h.contains(number))
            return item.id;
        const QString title = folded(item.title);
        if (title.size() >= 4 && h.contains(title))
            return item.id;
        if (words.size() >= 6 && title.contains(words))
            return item.id;
    }
    return 0;
}

QVector<Statement> TranscriptImport::statements(const TranscriptPlan &plan, Id meetingId,
                                                const QVector<AgendaItem> &agenda, Id targetItemId)
{
    QHash<QString, const SpeakerMapping *> mapping;
    for (const SpeakerMapping &speaker : plan.speakers)
        mapping.insert(speaker.label, &speaker);
    QVector<Statement> result;
    result.reserve(plan.turns.size());
    Id item = targetItemId;
    for (const ParsedTurn &turn : plan.turns) {
        Statement s;
        s.meetingId = meetingId;
        s.kind = turn.kind;
        s.text = turn.text;
        if (turn.kind == StatementKind::Heading) {
            if (const Id named = agendaItemOfHeading(turn.text, agenda))
                item = named;
        }
        s.agendaItemId = item;
        if (turn.kind == StatementKind::Speech) {
            s.speaker = turn.speaker;
            if (const SpeakerMapping *speaker = mapping.value(turn.speaker)) {
                s.memberId = speaker->memberId;
                s.staffId = speaker->staffId;
            }
        }
        result << s;
    }
    return result;
}

} // namespace kiroku::transcript
