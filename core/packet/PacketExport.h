#pragma once
// A meeting's packet from the archive: the materials in agenda order (read through the repositories,
// every file checked first), written as one PDF or as a folder of numbered files for tablet systems.
// Nothing is half-written: files go through a temporary name, a folder through a temporary folder.
#include "model/Types.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace kiroku::packet {

struct PacketRequest
{
    Id meetingId = 0;
    bool publicVersion = false;        // non-public materials left out of every page, bookmark and label
    std::optional<Id> watermarkFor;    // a member's name over every page
    bool watermarkEveryMember = false; // one packet per member in office on the meeting's date
};

struct PacketOutcome
{
    QString error;       // empty on success; nothing was written then
    QStringList written; // files or folders
    int pageCount = 0;   // of the (last) packet
    int materialCount = 0;
    QString missing; // characters the cover's font cannot draw
};

// One PDF; with watermarkEveryMember one per member, named OUT_01_春日和彦.pdf and so on.
PacketOutcome writePacket(const QSqlDatabase &db, const PacketRequest &request, const QString &path);

// 01_次第.pdf, 02_資料1_諮問書（写し）.pdf … in `dir` (new or empty); with watermarkEveryMember one
// sub-folder per member.
PacketOutcome writePacketFolder(const QSqlDatabase &db, const PacketRequest &request, const QString &dir);

// A file name without characters Windows or tablets refuse (\ / : * ? " < > |), at most `length` long.
QString safeFileName(const QString &name, int length = 60);

} // namespace kiroku::packet
