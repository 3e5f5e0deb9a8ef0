#pragma once
// The consultation register (諮問の管理簿) of a council: each consultation with its status derived from
// what happened to it (never typed in), the meetings that dealt with it and the outcome each time,
// its responses; the next number to give; and the checks a clerk expects before the register is
// trusted (duplicate numbers, a response dated before its consultation, votes beyond those present).
// Core only: the window, `kiroku consultations` and the tests all come through here.
#include "model/Types.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace kiroku::consultation {

enum class Status
{
    Received,  // 受理: not yet on any agenda
    OnAgenda,  // 審議予定・審議中: on the agenda of a meeting, no decision recorded yet
    Continued, // 継続審議
    Referred,  // 小委員会付託
    Answered,  // 答申済
    Withdrawn  // 取下げ
};

// One meeting that dealt with the consultation.
struct HistoryEntry
{
    Id meetingId = 0;
    int fiscalYear = 0;
    int meetingNumber = 0;
    QDate date;
    bool held = false; // the meeting's date has come (a planned meeting is not yet history)
    Id agendaItemId = 0;
    QString agendaNumber; // 諮問第12号 as on the agenda
    Outcome outcome = Outcome::None;
    VoteKind voteKind = VoteKind::None;
    int votesFor = 0;
    int votesAgainst = 0;
    int votesAbstain = 0;
    // A subcommittee meeting instead of a council meeting (meetingId 0, meetingNumber its own 第N回).
    Id subcommitteeMeetingId = 0;
    QString subcommitteeName;
    bool concluded = false; // the subcommittee settled its examination there
    QString result;         // what the subcommittee did, as recorded
};

struct RegisterEntry
{
    Consultation consultation;
    Status status = Status::Received;
    QVector<HistoryEntry> history; // by meeting date
    QVector<Response> responses;
    QVector<SubcommitteeReferral> referrals;
    int daysOpen = 0; // from receipt to the answer, the withdrawal or today
};

// A finding of check(): what is wrong, in the UI language, and where.
struct Problem
{
    QString message;
    Id consultationId = 0;
    Id meetingId = 0;
    Id agendaItemId = 0;
};

// The status from the consultation, its history and responses, as of `today`.
Status deriveStatus(const Consultation &consultation, const QVector<HistoryEntry> &history,
                    const QVector<Response> &responses, QDate today);

// Every consultation of the council (by fiscal year, number). Throws StoreError.
QVector<RegisterEntry> registerOf(const QSqlDatabase &db, Id councilId, QDate today);
RegisterEntry entryOf(const QSqlDatabase &db, const Consultation &consultation, QDate today);

// The number a new consultation received in `fiscalYear` gets: one above the highest so far, counted
// across years or within the year as the council's numbering setting says.
int suggestedNumber(const QSqlDatabase &db, Id councilId, int fiscalYear);

// Duplicate numbers, a response dated before its consultation was received, a response tied to a
// meeting held before the receipt, a vote with more hands than members present, a withdrawal dated
// before the receipt; subcommittees without a chair, with two, or with someone not on the council,
// meetings of a subcommittee on a consultation not referred to it; reports numbered twice, a leak
// known after it was reported, a period that ends before it starts. Empty when the register is sound.
QVector<Problem> check(const QSqlDatabase &db, Id councilId);

QString statusKey(Status status);   // received, on_agenda, continued, referred, answered, withdrawn
QString statusLabel(Status status); // 受理, 審議中 … in the UI language
// 「全員挙手」「異議なし」「賛成6・反対1・棄権0」, empty without a vote.
QString voteText(const HistoryEntry &entry);
// 「令和6年度第3回」 or 「第一小委員会 第2回」: where the consultation was dealt with.
QString meetingText(const HistoryEntry &entry);
// 答申 / 継続審議 … for a council meeting, 審査終了：… for a subcommittee's, (予定) before it is held.
QString outcomeText(const HistoryEntry &entry);

} // namespace kiroku::consultation
