#pragma once
// Meeting data + record format -> QTextDocument: the one layout that PDF, print, ODT and HTML share.
#include "model/Quorum.h"
#include "model/Types.h"
#include "record/Publication.h"
#include "record/RecordFormat.h"
#include "store/SealRepository.h"

#include <QSqlDatabase>
#include <QTextDocument>
#include <QTextFormat>
#include <memory>
#include <optional>

namespace kiroku::record {

// Everything a record prints, read once through the repositories.
struct RecordData
{
    Council council;
    Meeting meeting;
    QVector<Member> members;
    QVector<Attendance> attendance;
    QVector<Staff> staff;
    QVector<Id> staffPresent;
    QVector<StaffAttendance> staffAttendance; // the same staff, with late arrival / early leave times
    QVector<AgendaItem> agenda;
    QVector<Statement> statements;
    QVector<Material> materials;
    QVector<Signature> signatures;
    int recordVersion = 1;
    QVector<RecordVersion> corrections; // the versions corrections replaced, oldest first
    QuorumState quorum;
    QVector<MaskTerm> maskTerms; // the council's masking list, for the publication version

    static std::optional<RecordData> load(const QSqlDatabase &db, Id meetingId);
    const Member *member(Id id) const;
    const Staff *staffMember(Id id) const;
};

// Block property: blocks sharing a value are kept on one page by the renderer (the signature block).
constexpr int KeepTogetherProperty = QTextFormat::UserProperty + 1;
// Table cell property: a header cell (HTML <th>), a TableHeaderCell value. Not drawn differently.
constexpr int TableHeaderCellProperty = QTextFormat::UserProperty + 2;
enum TableHeaderCell
{
    ColumnHeader = 1,
    RowHeader = 2
};
// Char property: the text is a speaker's label as printed (（事務局）, ○会長, 【…】).
constexpr int SpeakerProperty = QTextFormat::UserProperty + 3;
// Table property: what the table holds, for screen readers (HTML aria-label). Not printed.
constexpr int TableLabelProperty = QTextFormat::UserProperty + 4;

struct RecordOptions
{
    bool publicVersion = false;
    QStringList maskTerms; // applied in the public version
    QString maskReplacement = QStringLiteral("○○");
};

struct BuiltRecord
{
    std::unique_ptr<QTextDocument> document;
    QString title; // PDF metadata and window titles
    QString subject;
    QString author;
    QString runningHeader; // drawn on every page by the renderer; empty for none
    QVector<MaskHit> hits; // every place a masked string or a member name was replaced
};

class RecordBuilder
{
public:
    static BuiltRecord build(const RecordData &data, const RecordFormat &format,
                             const RecordOptions &options = {});
};

} // namespace kiroku::record
