#include "drafting/Speakers.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiroku {

QString speakerSearchKey(const QString &text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toLower();
    key.remove(u' ');
    key.remove(QChar(0x3000));
    return key;
}

namespace {

QString presenterLabel(const Staff &staff)
{
    if (staff.title.isEmpty())
        return staff.organisation;
    // 情報政策課 + 課長 reads 情報政策課長.
    if (staff.organisation.endsWith(u'課') && staff.title.startsWith(u'課'))
        return staff.organisation + staff.title.mid(1);
    return staff.organisation + staff.title;
}

Speaker finish(Speaker s, const QStringList &extraKeys)
{
    QStringList keys{s.label, s.detail, s.department};
    keys += extraKeys;
    s.searchKey = speakerSearchKey(keys.join(u'|'));
    return s;
}

bool attends(const QHash<Id, AttendanceStatus> &status, Id memberId)
{
    const auto it = status.constFind(memberId);
    return it != status.constEnd() && *it != AttendanceStatus::Absent;
}

} // namespace

SpeakerDirectory::SpeakerDirectory(const Meeting &meeting, const QVector<Member> &members,
                                   const QVector<Attendance> &attendance, const QVector<Staff> &staff,
                                   const QVector<Id> &staffPresent)
{
    QHash<Id, AttendanceStatus> status;
    for (const Attendance &a : attendance)
        status.insert(a.memberId, a.status);
    m_chairMemberId = meeting.chairMemberId;
    if (m_chairMemberId == 0) {
        const auto president = std::find_if(members.begin(), members.end(),
                                            [](const Member &m) { return m.role == MemberRole::President; });
        if (president != members.end())
            m_chairMemberId = president->id;
    }
    for (const Member &m : members) {
        if (m.id != m_chairMemberId)
            continue;
        Speaker chair;
        chair.kind = Speaker::Kind::Chair;
        chair.label = u"議長"_s;
        chair.memberId = m.id;
        chair.detail = m.surname() + japaneseLabel(m.role) + u"（"_s + m.name + u"）"_s;
        m_speakers.append(finish(chair, {m.reading, u"ぎちょう"_s, u"chair"_s}));
    }
    if (m_speakers.isEmpty()) {
        Speaker chair;
        chair.kind = Speaker::Kind::Chair;
        chair.label = u"議長"_s;
        m_speakers.append(finish(chair, {u"ぎちょう"_s, u"chair"_s}));
    }
    // Seat order: the council's member order; the chair speaks as 議長, never under a name of their own.
    QVector<Member> seated = members;
    std::stable_sort(seated.begin(), seated.end(),
                     [](const Member &a, const Member &b) { return a.sortOrder < b.sortOrder; });
    for (const Member &m : std::as_const(seated)) {
        if (m.id == m_chairMemberId || (meeting.date.isValid() && !m.inOfficeOn(meeting.date)))
            continue;
        Speaker s;
        s.kind = Speaker::Kind::Member;
        s.label = m.surname() + japaneseLabel(m.role);
        s.memberId = m.id;
        s.detail = m.name + (m.reading.isEmpty() ? QString() : u"（"_s + m.reading + u"）"_s);
        s = finish(s, {m.reading, m.affiliation, m.recommendingBody, japaneseLabel(m.role)});
        m_seats.append(s);
        m_seatAttends.append(attends(status, m.id));
        if (m_seatAttends.constLast())
            m_speakers.append(s);
    }
    QVector<Staff> present;
    for (const Staff &s : staff) {
        if (staffPresent.isEmpty() || staffPresent.contains(s.id))
            present.append(s);
    }
    for (const Staff &st : std::as_const(present)) {
        if (st.kind != StaffKind::Secretariat)
            continue;
        Speaker s;
        s.kind = Speaker::Kind::Secretariat;
        s.label = u"事務局"_s;
        s.staffId = st.id;
        s.department = st.organisation;
        s.detail = QStringList{st.organisation, st.title, st.name}.join(u' ').simplified();
        m_speakers.append(finish(s, {u"じむきょく"_s, u"secretariat"_s}));
    }
    if (!secretariat().isValid()) {
        Speaker s;
        s.kind = Speaker::Kind::Secretariat;
        s.label = u"事務局"_s;
        m_speakers.append(finish(s, {u"じむきょく"_s, u"secretariat"_s}));
    }
    for (const Staff &st : std::as_const(present)) {
        if (st.kind != StaffKind::Presenter)
            continue;
        Speaker s;
        s.kind = Speaker::Kind::Presenter;
        s.label = presenterLabel(st);
        s.staffId = st.id;
        s.department = st.organisation;
        s.detail = st.headCount > 0 ? u"%1 %2名"_s.arg(st.organisation).arg(st.headCount)
                                    : QStringList{st.organisation, st.title, st.name}.join(u' ').simplified();
        m_speakers.append(finish(s, {st.name}));
    }
}

Speaker SpeakerDirectory::chair() const
{
    for (const Speaker &s : m_speakers) {
        if (s.kind == Speaker::Kind::Chair)
            return s;
    }
    return {};
}

Speaker SpeakerDirectory::secretariat() const
{
    for (const Speaker &s : m_speakers) {
        if (s.kind == Speaker::Kind::Secretariat)
            return s;
    }
    return {};
}

QVector<Speaker> SpeakerDirectory::matching(const QString &query) const
{
    const QString key = speakerSearchKey(query);
    if (key.isEmpty())
        return m_speakers;
    QVector<Speaker> first;
    QVector<Speaker> second;
    QVector<Speaker> rest;
    for (const Speaker &s : m_speakers) {
        const QString label = speakerSearchKey(s.label);
        if (label.startsWith(key))
            first.append(s);
        else if (label.contains(key))
            second.append(s);
        else if (s.searchKey.contains(key))
            rest.append(s);
    }
    return first + second + rest;
}

Speaker SpeakerDirectory::forStatement(const Statement &statement) const
{
    if (statement.speaker.isEmpty())
        return {};
    for (const Speaker &s : m_speakers) {
        if (s.label != statement.speaker)
            continue;
        if ((statement.memberId != 0 && s.memberId == statement.memberId) ||
            (statement.staffId != 0 && s.staffId == statement.staffId))
            return s;
    }
    return byLabel(statement.speaker);
}

Speaker SpeakerDirectory::byLabel(const QString &label) const
{
    for (const Speaker &s : m_speakers) {
        if (s.label == label)
            return s;
    }
    Speaker other;
    other.label = label.trimmed();
    other.searchKey = speakerSearchKey(other.label);
    return other;
}

bool SpeakerDirectory::isChair(const Statement &statement) const
{
    return statement.speaker == u"議長"_s;
}

QVector<Speaker> SpeakerDirectory::numberKeys() const
{
    constexpr int keyCount = 9;
    QVector<Speaker> keys{chair(), secretariat()};
    QVector<Speaker> presenters;
    for (const Speaker &s : m_speakers) {
        if (s.kind == Speaker::Kind::Presenter)
            presenters.append(s);
    }
    // The department presenting answers every question: it gets 3 even when the members fill the rest.
    if (!presenters.isEmpty())
        keys.append(presenters.takeFirst());
    // More members than keys: those attending keep their seats, the absent ones give theirs up.
    const qsizetype free = keyCount - keys.size();
    const bool overflow = m_seats.size() > free;
    for (qsizetype i = 0; i < m_seats.size() && keys.size() < keyCount; ++i) {
        if (!overflow || m_seatAttends.at(i))
            keys.append(m_seats.at(i));
    }
    for (const Speaker &s : std::as_const(presenters)) {
        if (keys.size() < keyCount)
            keys.append(s);
    }
    return keys;
}

Speaker nextExpectedSpeaker(NextSpeaker mode, const Speaker &committed, const QVector<Statement> &statements,
                            const SpeakerDirectory &directory)
{
    if (mode == NextSpeaker::Same || !committed.isValid())
        return committed;
    const Speaker chair = directory.chair();
    if (committed.label != chair.label)
        return chair;
    // After the chair: whoever spoke last before the chair took the floor.
    for (auto it = statements.crbegin(); it != statements.crend(); ++it) {
        if (it->kind == StatementKind::Speech && !it->speaker.isEmpty() && it->speaker != chair.label)
            return directory.forStatement(*it);
    }
    return directory.secretariat();
}

} // namespace kiroku
