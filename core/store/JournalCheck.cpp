#include "store/JournalCheck.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

// The WAL format: https://sqlite.org/fileformat2.html#walformat
constexpr int headerSize = 32;
constexpr int frameHeaderSize = 24;

quint32 be32(const uchar *p)
{
    return qFromBigEndian<quint32>(p);
}

// SQLite's running checksum over 8-byte pieces, words read in the byte order the magic names.
void checksum(bool bigEndian, const uchar *data, int length, quint32 &s0, quint32 &s1)
{
    for (int i = 0; i + 8 <= length; i += 8) {
        const quint32 a =
            bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 b =
            bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s0 += a + s1;
        s1 += b + s0;
    }
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::JournalCheck", text);
}

} // namespace

JournalInspection JournalCheck::inspect(const QString &archivePath)
{
    JournalInspection result;
    QFile file(archivePath + u"-wal"_s);
    if (!file.exists() || file.size() <= headerSize || !file.open(QIODevice::ReadOnly))
        return result;
    const QByteArray bytes = file.readAll();
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const quint32 magic = be32(data);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return result; // not a WAL SQLite would read either: it ignores it, nothing saved is in it
    const bool bigEndian = magic & 1;
    const quint32 pageSize = be32(data + 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)))
        return result;
    const quint32 salt1 = be32(data + 16), salt2 = be32(data + 20);
    quint32 s0 = 0, s1 = 0;
    checksum(bigEndian, data, 24, s0, s1);
    const bool headerGood = s0 == be32(data + 24) && s1 == be32(data + 28);

    const qint64 frameSize = frameHeaderSize + qint64(pageSize);
    result.frames = int((bytes.size() - headerSize) / frameSize);
    bool broken = !headerGood;
    if (broken)
        result.firstBadFrame = 1;
    for (int n = 0; n < result.frames; ++n) {
        const uchar *frame = data + headerSize + n * frameSize;
        const bool sameGeneration = be32(frame + 8) == salt1 && be32(frame + 12) == salt2;
        const bool commit = be32(frame + 4) != 0;
        if (!broken) {
            checksum(bigEndian, frame, 8, s0, s1);
            checksum(bigEndian, frame + frameHeaderSize, int(pageSize), s0, s1);
            if (sameGeneration && s0 == be32(frame + 16) && s1 == be32(frame + 20)) {
                if (commit) {
                    ++result.keptCommits;
                    result.goodLength = headerSize + (n + 1) * frameSize;
                }
                continue;
            }
            broken = true;
            result.firstBadFrame = n + 1;
            // A frame of an earlier generation just ends the log: SQLite reuses the file from the start.
            if (!sameGeneration)
                return result;
        }
        // Frames of this generation after the break were written after it: their commits were saved.
        if (sameGeneration && commit)
            ++result.lostCommits;
    }
    result.damaged = broken && result.lostCommits > 0;
    if (!result.damaged)
        result.firstBadFrame = broken ? result.firstBadFrame : 0;
    return result;
}

QString JournalCheck::keepCopy(const QString &archivePath)
{
    const QString base =
        archivePath + u".damaged-journal-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString copy = base;
    for (int n = 2; QFileInfo::exists(copy) || QFileInfo::exists(copy + u"-wal"_s); ++n)
        copy = base + u"-%1"_s.arg(n);
    // The WAL first: it is what would be lost; the archive file is the smaller half of the evidence.
    for (const QString &suffix : {u"-wal"_s, u""_s}) {
        const QString partial = copy + suffix + u".part"_s;
        QFile::remove(partial);
        if (!QFile::copy(archivePath + suffix, partial) || !QFile::rename(partial, copy + suffix)) {
            QFile::remove(partial);
            throw StoreError(tr("Cannot keep a copy of %1 as %2; nothing was changed.")
                                 .arg(archivePath + suffix, copy + suffix));
        }
    }
    return copy;
}

void JournalCheck::dropDamagedTail(const QString &archivePath)
{
    const JournalInspection found = inspect(archivePath);
    if (!found.damaged)
        return;
    QFile wal(archivePath + u"-wal"_s);
    // A WAL cut to nothing is no WAL: remove it (the copy kept aside still has it).
    const bool ok = found.goodLength == 0 ? wal.remove() : wal.resize(found.goodLength);
    if (!ok)
        throw StoreError(
            tr("Cannot cut the damaged part from %1: %2").arg(wal.fileName(), wal.errorString()));
}

} // namespace kiroku
