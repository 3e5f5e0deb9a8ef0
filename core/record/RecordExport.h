#pragma once
// One call from a meeting id to a PDF, ODT or HTML file: the path `kiroku print` and the window's export
// take.
#include "record/PdfRenderer.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku::record {

struct PrintRequest
{
    Id meetingId = 0;
    QString format;            // empty: the council's format, else "numbered"
    QStringList formatFolders; // user formats beside the archive
    bool publicVersion = false;
    QStringList maskTerms;
    bool pdfA = false;
};

struct PrintOutcome
{
    QString error; // empty on success; in English for logs and the CLI's stderr
    int pageCount = 0;
    QString formatName;
    QVector<MaskHit> hits; // public version: every place masked or renamed
    QString missing;       // characters no glyph was found for
};

// A record built for output: the document and its format, for previews, printers and the writers.
struct PreparedRecord
{
    BuiltRecord built;
    RecordFormat format;
};

// Loads the meeting and its format and builds the record; on failure outcome.error says why. With a
// `path`, a public version whose file name contains a masked string is refused.
std::optional<PreparedRecord> prepareRecord(const QSqlDatabase &db, const PrintRequest &request,
                                            PrintOutcome &outcome, const QString &path = {});

PrintOutcome printRecordPdf(const QSqlDatabase &db, const PrintRequest &request, const QString &path);
// ODT (OpenDocument) for clerks who finish the record in a word processor.
PrintOutcome printRecordOdt(const QSqlDatabase &db, const PrintRequest &request, const QString &path);
// Semantic HTML5 for the council's website (see HtmlWriter.h); the public version is the one to post.
PrintOutcome printRecordHtml(const QSqlDatabase &db, const PrintRequest &request, const QString &path);
// By the file name: .odt writes ODT, .html or .htm HTML, anything else PDF.
PrintOutcome printRecord(const QSqlDatabase &db, const PrintRequest &request, const QString &path);

} // namespace kiroku::record
