#include "packet/PacketExport.h"

#include "io/SaveFile.h"
#include "packet/PacketBuilder.h"
#include "packet/PdfInspect.h"
#include "record/RecordBuilder.h"
#include "store/MaterialRepository.h"
#include "text/Wareki.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiroku::packet {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::packet", text);
}

struct Prepared
{
    PacketSpec spec; // without watermark
    QString error;
    QVector<Member> members; // in office on the meeting's date, for watermarks
};

QStringList agendaLines(const record::RecordData &d, bool publicVersion)
{
    QStringList lines{u"1　開会"_s, u"2　議事"_s};
    int n = 0;
    for (const AgendaItem &item : d.agenda) {
        QString line = u"(%1)　"_s.arg(++n);
        const bool closed = item.publicity == Publicity::Closed;
        const QString name = item.number.isEmpty() || item.title.startsWith(item.number)
                                 ? item.title
                                 : item.number + u"　"_s + item.title;
        if (closed && publicVersion)
            line += (item.number.isEmpty() ? japaneseLabel(item.kind) : item.number) + u"（非公開）"_s;
        else
            line += name + (closed ? u"（非公開）"_s : QString());
        lines << line;
    }
    lines << u"3　閉会"_s;
    return lines;
}

Prepared prepare(const QSqlDatabase &db, const PacketRequest &request, bool folder)
{
    Prepared p;
    const auto data = record::RecordData::load(db, request.meetingId);
    if (!data) {
        p.error = tr("There is no meeting with id %1.").arg(request.meetingId);
        return p;
    }
    const record::RecordData &d = *data;
    QHash<Id, int> agendaPosition;
    for (const AgendaItem &item : d.agenda)
        agendaPosition.insert(item.id, item.position);
    QVector<Material> materials = d.materials;
    std::stable_sort(materials.begin(), materials.end(), [&](const Material &a, const Material &b) {
        const auto key = [&](const Material &m) {
            return std::tuple(agendaPosition.value(m.agendaItemId, std::numeric_limits<int>::max()),
                              m.position, m.id);
        };
        return key(a) < key(b);
    });

    FrontMatter &front = p.spec.front;
    front.council = d.council.municipality + d.council.name;
    front.meetingTitle =
        wareki::formatFiscalYear(d.meeting.fiscalYear) + wareki::formatOrdinalMeeting(d.meeting.number);
    QString when = wareki::formatDate(d.meeting.date);
    if (d.meeting.startTime.isValid())
        when += u"\n"_s + (d.meeting.endTime.isValid()
                               ? wareki::formatTimeRange(d.meeting.startTime, d.meeting.endTime)
                               : wareki::formatTime(d.meeting.startTime) + u"から"_s);
    front.header = {{u"日　時"_s, when}, {u"場　所"_s, d.meeting.venue}};
    if (request.publicVersion)
        front.header.append({u"区　分"_s, u"公開用"_s});
    front.agenda = agendaLines(d, request.publicVersion);
    front.pageColumnShowsCount = folder;
    p.spec.title = front.council + u" "_s + front.meetingTitle + u" 会議資料"_s;
    p.spec.author = front.council;
    p.spec.subject = request.publicVersion ? u"会議資料（公開用）"_s : u"会議資料"_s;
    front.title = p.spec.title;
    front.author = p.spec.author;
    front.subject = p.spec.subject;

    MaterialRepository repository(db);
    int offset = 0;
    bool leftOut = false;
    for (const Material &m : std::as_const(materials)) {
        if (request.publicVersion && !m.isPublic) {
            leftOut = true;
            continue;
        }
        IndexEntry entry;
        entry.label = m.label;
        entry.title = m.title;
        if (m.distribution == Distribution::Paper) {
            entry.note = u"紙で配布"_s;
            front.entries << entry;
            continue;
        }
        const QString name = m.fileName.isEmpty() ? m.label : m.label + u" ("_s + m.fileName + u")"_s;
        const auto file = m.fileId ? repository.file(m.fileId) : std::nullopt;
        if (!file) {
            p.error = tr("%1 has no PDF file attached.").arg(name);
            return p;
        }
        const PdfInspection inspection = inspectPdf(file->data, name);
        if (!inspection.ok()) {
            p.error = inspection.error;
            return p;
        }
        entry.pageCount = inspection.pageCount;
        entry.startOffset = offset;
        offset += inspection.pageCount;
        p.spec.parts.append({m.label, m.title, name, file->data, int(front.entries.size())});
        front.entries << entry;
    }
    if (leftOut)
        front.indexNote = u"※ 非公開の資料は掲載していません。"_s;
    for (const Member &member : d.members) {
        if (member.inOfficeOn(d.meeting.date))
            p.members << member;
    }
    return p;
}

QString watermarkText(const Member &member)
{
    return member.name + u"　"_s + japaneseLabel(member.role);
}

// The members to make a packet for: {} for an unmarked packet.
std::optional<QVector<std::optional<Member>>> recipients(const Prepared &p, const PacketRequest &request,
                                                         QString *error)
{
    QVector<std::optional<Member>> list;
    if (request.watermarkEveryMember) {
        for (const Member &m : p.members)
            list << m;
    } else if (request.watermarkFor) {
        const auto it = std::find_if(p.members.begin(), p.members.end(),
                                     [&](const Member &m) { return m.id == *request.watermarkFor; });
        if (it == p.members.end()) {
            *error = tr("There is no member with id %1 in office on the meeting's date.")
                         .arg(*request.watermarkFor);
            return std::nullopt;
        }
        list << *it;
    } else {
        list << std::nullopt;
    }
    return list;
}

QString memberSuffix(int index, const Member &m)
{
    return u"%1_%2"_s.arg(index + 1, 2, 10, QChar(u'0'))
        .arg(safeFileName(QString(m.name).remove(u' ').remove(u'　')));
}

} // namespace

QString safeFileName(const QString &name, int length)
{
    QString out;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || QStringView(u"\\/:*?\"<>|").contains(c))
            out += u'_';
        else
            out += c;
    }
    out = out.simplified();
    out.replace(u' ', u'_');
    if (out.size() > length)
        out.truncate(length);
    while (out.endsWith(u'.') || out.endsWith(u'_'))
        out.chop(1);
    return out;
}

PacketOutcome writePacket(const QSqlDatabase &db, const PacketRequest &request, const QString &path)
{
    PacketOutcome outcome;
    Prepared p = prepare(db, request, false);
    if (!p.error.isEmpty()) {
        outcome.error = p.error;
        return outcome;
    }
    const auto list = recipients(p, request, &outcome.error);
    if (!list)
        return outcome;
    outcome.materialCount = int(p.spec.parts.size());
    const QFileInfo target(path);
    for (int i = 0; i < list->size(); ++i) {
        PacketSpec spec = p.spec;
        QString file = path;
        if (const auto &member = list->at(i)) {
            spec.watermark = watermarkText(*member);
            if (request.watermarkEveryMember)
                file =
                    target.dir().filePath(target.completeBaseName() + u"_"_s + memberSuffix(i, *member) +
                                          u"."_s + (target.suffix().isEmpty() ? u"pdf"_s : target.suffix()));
        }
        const PacketResult result = buildPacket(spec);
        if (!result.error.isEmpty()) {
            outcome.error = result.error;
            return outcome;
        }
        if (QString error = writeFileAtomically(file, result.pdf); !error.isEmpty()) {
            outcome.error = error;
            return outcome;
        }
        outcome.written << file;
        outcome.pageCount = result.pageCount;
        outcome.missing = result.missing;
    }
    return outcome;
}

PacketOutcome writePacketFolder(const QSqlDatabase &db, const PacketRequest &request, const QString &dir)
{
    PacketOutcome outcome;
    Prepared p = prepare(db, request, true);
    if (!p.error.isEmpty()) {
        outcome.error = p.error;
        return outcome;
    }
    const auto list = recipients(p, request, &outcome.error);
    if (!list)
        return outcome;
    outcome.materialCount = int(p.spec.parts.size());
    const QFileInfo target(dir);
    if (target.exists() && (!target.isDir() || !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                                  QDir::Hidden | QDir::System))) {
        outcome.error = tr("%1 exists and is not an empty folder.").arg(dir);
        return outcome;
    }
    if (!target.absoluteDir().exists()) {
        outcome.error = tr("The folder %1 does not exist.").arg(target.absolutePath());
        return outcome;
    }
    QTemporaryDir temporary(target.absoluteDir().filePath(u"."_s + target.fileName() + u"-XXXXXX"_s));
    if (!temporary.isValid()) {
        outcome.error = tr("Cannot write into %1: %2").arg(target.absolutePath(), temporary.errorString());
        return outcome;
    }
    for (int i = 0; i < list->size(); ++i) {
        QDir into(temporary.path());
        PacketSpec base = p.spec;
        if (const auto &member = list->at(i)) {
            base.watermark = watermarkText(*member);
            if (request.watermarkEveryMember) {
                into.mkdir(memberSuffix(i, *member));
                into.cd(memberSuffix(i, *member));
            }
        }
        QVector<QPair<QString, PacketSpec>> files;
        PacketSpec agenda = base;
        agenda.parts.clear();
        files.append({u"01_次第.pdf"_s, agenda});
        for (int k = 0; k < p.spec.parts.size(); ++k) {
            const PacketPart &part = p.spec.parts.at(k);
            PacketSpec one = base;
            one.withFront = false;
            one.parts = {part};
            one.parts.front().entry = -1;
            one.title = part.label + u" "_s + part.title;
            files.append({u"%1_%2.pdf"_s.arg(k + 2, 2, 10, QChar(u'0'))
                              .arg(safeFileName(part.label + u"_"_s + part.title)),
                          one});
        }
        for (const auto &[name, spec] : std::as_const(files)) {
            const PacketResult result = buildPacket(spec);
            if (!result.error.isEmpty()) {
                outcome.error = result.error;
                return outcome;
            }
            if (QString error = writeFileAtomically(into.filePath(name), result.pdf); !error.isEmpty()) {
                outcome.error = error;
                return outcome;
            }
            outcome.pageCount += result.pageCount;
            if (!result.missing.isEmpty())
                outcome.missing = result.missing;
        }
    }
    if (target.exists() && !QDir().rmdir(target.absoluteFilePath())) {
        outcome.error = tr("Cannot replace the empty folder %1.").arg(dir);
        return outcome;
    }
    if (!QDir().rename(temporary.path(), target.absoluteFilePath())) {
        outcome.error = tr("Cannot rename the finished folder to %1.").arg(dir);
        return outcome;
    }
    temporary.setAutoRemove(false);
    outcome.written << target.absoluteFilePath();
    return outcome;
}

} // namespace kiroku::packet
