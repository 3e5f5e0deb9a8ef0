#pragma once
// The SQLite write-ahead log checked before an archive is opened (docs/backup.md). SQLite replays a
// WAL up to the first frame whose checksum fails and silently drops everything after it — then deletes
// the file when the last connection closes. A bit flip in frame 2 of 5 commits would lose 4 commits
// without a word. So the WAL is read first: when saved commits lie beyond a broken frame, the archive
// is not opened, a copy of the file and its WAL is kept aside, and the clerk chooses what to do.
#include <QString>

namespace kiroku {

struct JournalInspection
{
    bool damaged = false;  // saved commits lie beyond a frame that does not check out
    int frames = 0;        // complete frames in the file
    int firstBadFrame = 0; // 1-based; 0 when every frame checks out
    int lostCommits = 0;   // commits written after the bad frame, which SQLite would drop
    int keptCommits = 0;   // commits before it, which survive
    qint64 goodLength = 0; // bytes of the WAL up to the last good commit (0: nothing survives)
};

class JournalCheck
{
public:
    // Reads <archive>-wal, if there is one. Never writes.
    static JournalInspection inspect(const QString &archivePath);
    // Copies the archive and its WAL aside as <archive>.damaged-journal-YYYYMMDD-HHMMSS (+ -wal), the
    // evidence kept before anything else happens. Returns the copy's path; throws StoreError.
    static QString keepCopy(const QString &archivePath);
    // The clerk's choice "open without the damaged part": after keepCopy(), cuts the WAL after its last
    // good commit so that SQLite applies exactly that. Throws StoreError.
    static void dropDamagedTail(const QString &archivePath);
};

} // namespace kiroku
