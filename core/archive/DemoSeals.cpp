#include "archive/DemoSeals.h"

#include "archive/Sealing.h"
#include "archive/SignatureStrokes.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"

#include <QTimeZone>

namespace kiroku {
namespace {

void signOnPad(SignatureRepository &signatures, Signature s, const Meeting &meeting, int daysAfter)
{
    s.method = SignatureMethod::Pad;
    s.strokes = SignatureStrokes::demo(quint32(s.memberId * 7919 + meeting.id)).toJson();
    s.signedAt = QDateTime(meeting.date.addDays(daysAfter), QTime(14, 30), QTimeZone(9 * 3600));
    s.scanFileId = 0;
    signatures.update(s);
}

} // namespace

void addDemoSignaturesAndSeal(const QSqlDatabase &db, Id councilId)
{
    SignatureRepository signatures(db);
    bool sealed = false;
    bool waiting = false;
    // The latest signed record is sealed: earlier ones stay open for trying things out.
    QVector<Meeting> meetings = MeetingRepository(db).meetings(councilId);
    std::reverse(meetings.begin(), meetings.end());
    for (const Meeting &meeting : meetings) {
        const auto list = signatures.signatures(meeting.id);
        if (list.size() < 2)
            continue;
        if (!sealed && meeting.status == MeetingStatus::Signed) {
            signOnPad(signatures, list.at(0), meeting, 12);
            signOnPad(signatures, list.at(1), meeting, 14);
            Sealing::seal(db, meeting.id,
                          QDateTime(meeting.date.addDays(15), QTime(9, 0), QTimeZone(9 * 3600)));
            sealed = true;
        } else if (!waiting && meeting.status == MeetingStatus::Finalised) {
            signOnPad(signatures, list.at(0), meeting, 7);
            waiting = true;
        }
    }
}

} // namespace kiroku
