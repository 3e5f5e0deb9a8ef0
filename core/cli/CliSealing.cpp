#include "cli/CliSealing.h"

#include "archive/Sealing.h"
#include "cli/CliSupport.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::cli", text);
}

const QCommandLineOption meetingOption(u"meeting"_s, u"The meeting id."_s, u"ID"_s);

// The meeting id of --meeting, or 0 after saying what is wrong.
Id meetingId(const QCommandLineParser &parser, QTextStream &err)
{
    bool ok = false;
    const Id id = parser.value(meetingOption).toLongLong(&ok);
    if (!ok || id <= 0) {
        err << tr("The option --meeting ID is required (a meeting id from kiroku list).") << Qt::endl;
        return 0;
    }
    return id;
}

// Brings the anchor up to date after a commit (docs/sealing.md); a failure is said, not fatal: the
// seals are made.
void anchorChain(const Archive &archive, QTextStream &out, QTextStream &err)
{
    const QString path = Sealing::anchorPath(archive.path());
    if (path.isEmpty())
        return;
    try {
        if (Sealing::anchor(archive.path()) > 0)
            out << tr("Anchored the chain head in %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
    }
}

QString mismatchLine(const SealMismatch &m)
{
    const QString kind = SealMismatch::kindName(m.kind);
    if (m.seq > 0 && m.meetingId > 0)
        return tr("MISMATCH seal %1, meeting %2, version %3: %4 — %5")
            .arg(m.seq)
            .arg(m.meetingId)
            .arg(m.recordVersion)
            .arg(kind, m.detail);
    if (m.seq > 0) // a seal gone with its meeting, which nothing names any more
        return tr("MISMATCH seal %1: %2 — %3").arg(m.seq).arg(kind, m.detail);
    if (m.meetingId > 0)
        return tr("MISMATCH meeting %1, version %2: %3 — %4")
            .arg(m.meetingId)
            .arg(m.recordVersion)
            .arg(kind, m.detail);
    return tr("MISMATCH: %1 — %2").arg(kind, m.detail);
}

} // namespace

int sealCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(meetingOption);
    const QCommandLineOption allOption(u"all-signed"_s, u"Seal every record whose signatures are in."_s);
    parser.addOption(allOption);
    if (!parse(parser, arguments, err))
        return 2;
    const bool all = parser.isSet(allOption);
    const Id id = all ? 0 : meetingId(parser, err);
    if (!all && id == 0)
        return 2;
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    const auto db = archive->database();
    try {
        if (!all) {
            const SealEntry entry = Sealing::seal(db, id);
            out << tr("Sealed meeting %1 (version %2) as seal %3: %4")
                       .arg(id)
                       .arg(entry.recordVersion)
                       .arg(entry.seq)
                       .arg(entry.contentHash)
                << Qt::endl;
            anchorChain(*archive, out, err);
            return 0;
        }
        QVector<Id> ids;
        sql::Query q(db, u"SELECT id FROM meeting ORDER BY date, id"_s);
        q.exec();
        while (q.next())
            ids.append(q.value(0).toLongLong());
        int sealed = 0;
        sql::Transaction transaction(db);
        for (Id meeting : ids)
            sealed += Sealing::sealIfComplete(db, meeting) ? 1 : 0;
        transaction.commit();
        out << tr("Sealed %1 records.").arg(sealed) << Qt::endl;
        anchorChain(*archive, out, err);
        return 0;
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
}

int verifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, err))
        return 2;
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    QElapsedTimer timer;
    timer.start();
    VerifyReport report;
    try {
        report = Sealing::verify(archive->database());
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
    for (const SealMismatch &m : report.mismatches)
        out << mismatchLine(m) << Qt::endl;
    out << tr("%1 seals checked in %2 ms; %3 mismatches.")
               .arg(report.seals)
               .arg(timer.elapsed())
               .arg(report.mismatches.size())
        << Qt::endl;
    if (report.headSeq > 0)
        out << tr("Chain head: seal %1, %2").arg(report.headSeq).arg(report.headHash) << Qt::endl;
    const QString anchor = QDir::toNativeSeparators(report.anchorPath);
    if (report.anchorHead.seq > 0)
        out << tr("Anchor: seal %1, anchored on %2 (%3)")
                   .arg(report.anchorHead.seq)
                   .arg(report.anchorHead.anchoredAt, anchor)
            << Qt::endl;
    else if (!report.anchorFound && report.headSeq > 0)
        out << tr("No anchor yet (%1): dropped newest seals cannot be detected before it is written.")
                   .arg(anchor)
            << Qt::endl;
    // Only a chain that verifies is anchored: tampering is not made the new reference.
    if (report.ok())
        anchorChain(*archive, out, err);
    return report.ok() ? 0 : 1;
}

int correctCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(meetingOption);
    const QCommandLineOption reasonOption(u"reason"_s, u"Why the record is corrected."_s, u"TEXT"_s);
    parser.addOption(reasonOption);
    if (!parse(parser, arguments, err))
        return 2;
    const Id id = meetingId(parser, err);
    if (id == 0)
        return 2;
    if (parser.value(reasonOption).trimmed().isEmpty()) {
        err << tr("The option --reason TEXT is required: a correction says why.") << Qt::endl;
        return 2;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    try {
        Sealing::correct(archive->database(), id, parser.value(reasonOption));
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
    const int version = SealRepository(archive->database()).state(id).recordVersion;
    out << tr("Meeting %1 is open for correction as version %2; it is sealed again once signed.")
               .arg(id)
               .arg(version)
        << Qt::endl;
    return 0;
}

int versionsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(meetingOption);
    const QCommandLineOption showOption(u"show"_s, u"Print a kept version's canonical record."_s, u"N"_s);
    parser.addOption(showOption);
    if (!parse(parser, arguments, err))
        return 2;
    const Id id = meetingId(parser, err);
    if (id == 0)
        return 2;
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    SealRepository seals(archive->database());
    const MeetingSealState state = seals.state(id);
    if (!state.exists) {
        err << tr("There is no meeting with the id %1.").arg(id) << Qt::endl;
        return 1;
    }
    if (parser.isSet(showOption)) {
        const int version = parser.value(showOption).toInt();
        if (version == state.recordVersion) {
            out << QString::fromUtf8(seals.canonicalRecord(id)) << Qt::endl;
            return 0;
        }
        const auto kept = seals.version(id, version);
        if (!kept) {
            err << tr("Meeting %1 has no version %2.").arg(id).arg(version) << Qt::endl;
            return 1;
        }
        out << QString::fromUtf8(kept->canonical) << Qt::endl;
        return 0;
    }
    const auto kept = seals.versions(id);
    for (int version = 1; version <= state.recordVersion; ++version) {
        const auto seal = seals.entry(id, version);
        QString line = tr("version %1").arg(version);
        line +=
            seal ? tr(", sealed %1 as seal %2 (%3)").arg(seal->sealedAt).arg(seal->seq).arg(seal->contentHash)
                 : tr(", not sealed");
        for (const RecordVersion &v : kept) {
            if (v.version == version)
                line += tr(", corrected %1: %2").arg(v.correctedAt, v.reason);
        }
        if (version == state.recordVersion)
            line += tr(" (current, %1)").arg(state.status);
        out << line << Qt::endl;
    }
    return 0;
}

} // namespace kiroku::cli
