#pragma once
// Who may speak in a meeting being drafted: the chair, the members who attend, the secretariat and the
// presenters (所管課). The entry line chooses from these by type-ahead over names, readings, roles and
// departments, or by number key: 1 the chair, 2 the secretariat, 3 the presenting department, 4–9 the
// members in seat order (the council's member order). The member who chairs is reached as 議長 only.
#include "model/Types.h"

#include <QVector>

namespace kiroku {

struct Speaker
{
    enum class Kind
    {
        Chair,
        Member,
        Secretariat,
        Presenter,
        Other // a label typed freely or found in the record, linked to nobody
    };
    Kind kind = Kind::Other;
    QString label; // as printed: 議長, 佐々木委員, 事務局, 情報政策課長
    Id memberId = 0;
    Id staffId = 0;
    QString detail;     // 佐々木 一郎（ささき いちろう）, 総務部総務課 課長 林 伸也
    QString department; // the presenter's or secretariat's organisation
    QString searchKey;  // what type-ahead matches against (normalised)

    bool isValid() const { return !label.isEmpty(); }
    friend bool operator==(const Speaker &, const Speaker &) = default;
};

// Normalises a type-ahead query or key: NFKC, lower case, without spaces.
QString speakerSearchKey(const QString &text);

class SpeakerDirectory
{
public:
    SpeakerDirectory() = default;
    SpeakerDirectory(const Meeting &meeting, const QVector<Member> &members,
                     const QVector<Attendance> &attendance, const QVector<Staff> &staff,
                     const QVector<Id> &staffPresent);

    const QVector<Speaker> &all() const { return m_speakers; }
    Speaker chair() const;
    Speaker secretariat() const;
    // Candidates for a type-ahead query: labels starting with it first, then labels containing it, then
    // any other key (name, reading, department) containing it.
    QVector<Speaker> matching(const QString &query) const;
    // The candidate a statement was spoken by (by member, staff, then label); an Other speaker with
    // the statement's label when nobody matches.
    Speaker forStatement(const Statement &statement) const;
    // The candidate with this label (the first when several share it), or an Other speaker.
    Speaker byLabel(const QString &label) const;
    // The number keys (at most nine): 1 the chair, 2 the secretariat, 3 the first presenter, then the
    // members in office in seat order (only those attending when there are more members than keys), then
    // the other presenters. They depend on who is in office, never on who spoke, so a key keeps its
    // speaker for the whole meeting.
    QVector<Speaker> numberKeys() const;
    bool isChair(const Statement &statement) const;

private:
    QVector<Speaker> m_speakers;
    QVector<Speaker> m_seats; // members in office but the chair, in seat order, attending or not
    QVector<bool> m_seatAttends;
    Id m_chairMemberId = 0;
};

enum class NextSpeaker
{
    Same,     // the one who just spoke goes on
    Alternate // the chair after anyone else; after the chair, the last one who spoke before the chair
};

// The speaker the entry line offers after `committed` spoke (statements: the record, including it).
Speaker nextExpectedSpeaker(NextSpeaker mode, const Speaker &committed, const QVector<Statement> &statements,
                            const SpeakerDirectory &directory);

} // namespace kiroku
