#pragma once
// Rows and comparisons shared by the repository tests.
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/PiaRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using kiroku::Id;

namespace kiroku::test {

inline Id addCouncil(const QSqlDatabase &db, const QString &name = u"情報公開・個人情報保護審議会"_s)
{
    kiroku::Council council;
    council.name = name;
    return kiroku::CouncilRepository(db).insert(council);
}

inline Id addMember(const QSqlDatabase &db, Id councilId, const QString &name)
{
    kiroku::Member member;
    member.councilId = councilId;
    member.name = name;
    return kiroku::CouncilRepository(db).insert(member);
}

// Raw SQL rather than MeetingRepository: these tests are about the other repositories.
inline Id addMeeting(const QSqlDatabase &db, Id councilId, int fiscalYear, int number)
{
    return kiroku::sql::Query(db, u"INSERT INTO meeting (council_id, fiscal_year, number) "
                                  "VALUES (:council, :year, :number) RETURNING id"_s)
        .bind(u":council"_s, councilId)
        .bind(u":year"_s, fiscalYear)
        .bind(u":number"_s, number)
        .insertReturningId();
}

inline void compare(const kiroku::Consultation &actual, const kiroku::Consultation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.councilId, expected.councilId);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.fiscalYear, expected.fiscalYear);
    QCOMPARE(actual.receivedDate, expected.receivedDate);
    QCOMPARE(actual.consultingBody, expected.consultingBody);
    QCOMPARE(actual.department, expected.department);
    QCOMPARE(actual.subject, expected.subject);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.withdrawnDate, expected.withdrawnDate);
    QCOMPARE(actual.notes, expected.notes);
}

inline void compare(const kiroku::Material &actual, const kiroku::Material &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.meetingId, expected.meetingId);
    QCOMPARE(actual.agendaItemId, expected.agendaItemId);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.label, expected.label);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.fileName, expected.fileName);
    QCOMPARE(actual.fileId, expected.fileId);
    QCOMPARE(actual.pageCount, expected.pageCount);
    QCOMPARE(actual.distribution, expected.distribution);
    QCOMPARE(actual.isPublic, expected.isPublic);
}

inline void compare(const kiroku::Signature &actual, const kiroku::Signature &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.meetingId, expected.meetingId);
    QCOMPARE(actual.memberId, expected.memberId);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.signedAt.isValid(), expected.signedAt.isValid());
    QCOMPARE(actual.signedAt, expected.signedAt);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.strokes, expected.strokes);
    QCOMPARE(actual.scanFileId, expected.scanFileId);
}

inline void compare(const kiroku::PiaEvaluation &actual, const kiroku::PiaEvaluation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.councilId, expected.councilId);
    QCOMPARE(actual.consultationId, expected.consultationId);
    QCOMPARE(actual.affair, expected.affair);
    QCOMPARE(actual.evaluatingBody, expected.evaluatingBody);
    QCOMPARE(actual.department, expected.department);
    QCOMPARE(actual.evaluationNumber, expected.evaluationNumber);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.declaredType, expected.declaredType);
    QCOMPARE(actual.targetCount, expected.targetCount);
    QCOMPARE(actual.handlerCount, expected.handlerCount);
    QCOMPARE(actual.seriousIncident, expected.seriousIncident);
    QCOMPARE(actual.trigger, expected.trigger);
    QCOMPARE(actual.changeDescription, expected.changeDescription);
    QCOMPARE(actual.publicCommentStart, expected.publicCommentStart);
    QCOMPARE(actual.publicCommentEnd, expected.publicCommentEnd);
    QCOMPARE(actual.publicCommentReason, expected.publicCommentReason);
    QCOMPARE(actual.inspectionDate, expected.inspectionDate);
    QCOMPARE(actual.submissionDate, expected.submissionDate);
    QCOMPARE(actual.publicationDate, expected.publicationDate);
    QCOMPARE(actual.documentFileId, expected.documentFileId);
    QCOMPARE(actual.notes, expected.notes);
}

// QCOMPARE inside a helper only returns from the helper; stop the test function as well.
#define COMPARE_ROW(actual, expected)                                                                        \
    do {                                                                                                     \
        const auto row = (actual);                                                                           \
        QVERIFY(row.has_value());                                                                            \
        compare(*row, expected);                                                                             \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

} // namespace kiroku::test
