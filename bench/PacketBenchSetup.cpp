// Writes the packet benchmark's input: a demo archive plus one meeting with 20 material PDFs of 500
// pages in all (one of 100 pages, 資料9-1 … 9-4 nested), and the same 20 files into a folder so that
// `qpdf --empty --pages` can merge exactly what Kiroku merges. Prints the meeting's id.
// Usage: bench_packet_setup ARCHIVE DIR
#include "io/DemoArchive.h"
#include "packet/DemoMaterials.h"
#include "store/AgendaRepository.h"
#include "store/Archive.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace kiroku;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: bench_packet_setup ARCHIVE DIR\n";
        return 2;
    }
    auto opened = Archive::open(args.at(1), Archive::OpenMode::CreateIfMissing);
    if (!opened.archive) {
        QTextStream(stderr) << opened.message << '\n';
        return 1;
    }
    const QSqlDatabase db = opened.archive->database();
    const Id council = DemoArchive::write(db);
    Meeting meeting;
    meeting.councilId = council;
    meeting.date = QDate(2027, 3, 18);
    meeting.fiscalYear = 2026;
    meeting.number = MeetingRepository(db).nextNumber(council, 2026);
    meeting.startTime = QTime(14, 0);
    meeting.endTime = QTime(16, 0);
    meeting.venue = u"青葉台市役所 本庁舎5階 第2会議室"_s;
    meeting.id = MeetingRepository(db).insert(meeting);
    AgendaItem item;
    item.meetingId = meeting.id;
    item.kind = AgendaKind::Consultation;
    item.number = u"諮問第13号"_s;
    item.title = u"特定個人情報保護評価書（全項目評価書）の第三者点検について"_s;
    item.id = AgendaRepository(db).insert(item);

    const int pages[] = {100, 60, 30, 30, 30, 30, 20, 20, 20, 20, 20, 20, 15, 15, 15, 15, 10, 10, 10, 10};
    QDir dir(args.at(2));
    dir.mkpath(u"."_s);
    MaterialRepository materials(db);
    int total = 0;
    for (int i = 0; i < 20; ++i) {
        const QString label =
            i >= 8 && i < 12 ? u"資料9-%1"_s.arg(i - 7) : u"資料%1"_s.arg(i < 8 ? i + 1 : i - 2);
        const QString title =
            i == 0 ? u"特定個人情報保護評価書（全項目評価書）（案）"_s : u"説明資料 %1"_s.arg(i + 1);
        const QByteArray pdf = packet::renderDemoMaterial(
            {u"青葉台市"_s, u"市民部市民課"_s, label, title, pages[i], quint32(i + 1)});
        const QString file = dir.filePath(u"%1.pdf"_s.arg(i + 1, 2, 10, QChar(u'0')));
        QFile out(file);
        if (pdf.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
            return 1;
        Material m;
        m.meetingId = meeting.id;
        m.agendaItemId = item.id;
        m.position = i;
        m.label = label;
        m.title = title;
        m.fileName = QFileInfo(file).fileName();
        m.fileId = materials.storeFile(pdf);
        m.pageCount = pages[i];
        materials.insert(m);
        total += pages[i];
    }
    QTextStream(stdout) << meeting.id << '\t' << total << '\n';
    return 0;
}
