#pragma once
// Letters and sheets generated from formats (docs/letters.md): the 諮問書 and 答申書 of a consultation,
// and the 次第 (agenda sheet) and 開催通知 (meeting notice) of a meeting. A letter format is a data file
// (resources/letters/*.json, and user copies beside the archive) listing blocks of text with
// {placeholders}, alignment and size, plus generated parts (the agenda, the materials, the history of
// the consultation). Printed through the record's PDF path, so fonts embed and text extracts exactly.
#include "model/Types.h"
#include "record/PdfRenderer.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace kiroku::letters {

enum class LetterKind
{
    ConsultationRequest, // 諮問書: from the consulting body to the council
    Response,            // 答申書: from the council to the consulting body
    AgendaSheet,         // 次第
    MeetingNotice,       // 開催通知
    PiaResultSheet,      // 第三者点検の結果 (点検結果): a PIA evaluation's inspection
    PiaResponseParagraph // the paragraph of the 答申 that records the inspection
};

struct LetterBlock
{
    enum class Align
    {
        Left,
        Center,
        Right
    };
    QString text;      // with {placeholders}; a line break in the text starts a new line
    QString generated; // instead of text: "agenda", "materials", "history", "checklist", "questions" …
    Align align = Align::Left;
    double size = 0; // points; 0: the format's size
    bool bold = false;
    int indent = 0; // in characters (一字下げ)
    bool firstLineIndent = false;
    double spaceBefore = 0;    // in lines
    bool skipWhenEmpty = true; // a block whose placeholders are all empty is left out
    QString when;              // a placeholder or generated part: the block is printed only if it has content
};

struct LetterFormat
{
    QString name; // file name without .json
    QString label;
    LetterKind kind = LetterKind::ConsultationRequest;
    QVector<LetterBlock> blocks;
    QString fontFamily = QStringLiteral("IPAMincho");
    double fontSize = 11;
    QVector<double> marginsMm{25, 30, 25, 25}; // left, top, right, bottom
};

struct LetterFormatLoad
{
    std::optional<LetterFormat> format;
    QStringList errors; // one line each, naming the file and the key
};

// Parses and validates: unknown keys, wrong types, unknown kinds and placeholders the kind does not
// provide are errors, so a typo never prints silently wrong.
LetterFormatLoad parseLetterFormat(const QByteArray &json, const QString &name, const QString &source);
// The placeholders a kind fills in.
QStringList placeholders(LetterKind kind);
// The generated parts a kind provides (history; agenda, materials; checklist, questions, changes,
// opinions, findings).
QStringList generatedParts(LetterKind kind);
// consultation_request, response, agenda_sheet, meeting_notice, pia_result_sheet, pia_response_paragraph
QString kindKey(LetterKind kind);
std::optional<LetterKind> kindFromKey(const QString &key);

// The shipped letter formats plus user ones from folders (a user file overrides a shipped one of the
// same name); bad files are skipped and named in problems().
class LetterLibrary
{
public:
    explicit LetterLibrary(const QStringList &userDirectories = {});
    QStringList names() const;
    std::optional<LetterFormat> format(const QString &name) const;
    // The first format of that kind (shipped names: shimon, toshin, shidai, tsuchi, pia_tenken,
    // pia_toshin).
    std::optional<LetterFormat> defaultFor(LetterKind kind) const;
    const QStringList &problems() const { return m_problems; }

private:
    void loadDirectory(const QString &dir);
    QVector<LetterFormat> m_formats;
    QStringList m_problems;
};

struct LetterRequest
{
    LetterKind kind = LetterKind::ConsultationRequest;
    Id consultationId = 0;  // for the 諮問書 and 答申書
    Id meetingId = 0;       // for the 次第 and the notice
    Id piaEvaluationId = 0; // for the inspection result sheet and the 答申 paragraph
    QString format;         // empty: the shipped one of the kind
    QStringList formatFolders;
    QStringList piaFolders; // the threshold table a clerk keeps beside the archive (pia::PiaLibrary)
    QDate date; // the letter's date; unset: received date, response date, meeting date, today (notice)
};

struct LetterOutcome
{
    QString error; // empty on success
    int pageCount = 0;
    QString missing;
    QHash<QString, QString> values; // the placeholders as filled in (for tests and previews)
};

// Builds the letter and writes it as a PDF (through a temporary file). Throws nothing: failures are in
// the outcome, and nothing is written then.
LetterOutcome writeLetter(const QSqlDatabase &db, const LetterRequest &request, const QString &path);
// The same in memory.
// The letter as plain text (a line per paragraph and per table row, cells separated by tabs), e.g. the 答申
// paragraph to paste into a response's body. Errors as in writeLetter.
QString letterText(const QSqlDatabase &db, const LetterRequest &request, LetterOutcome *outcome = nullptr);
record::PdfResult renderLetter(const QSqlDatabase &db, const LetterRequest &request,
                               LetterOutcome *outcome = nullptr);

} // namespace kiroku::letters
