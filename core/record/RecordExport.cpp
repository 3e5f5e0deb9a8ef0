#include "record/RecordExport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::record {

PrintOutcome printRecordPdf(const QSqlDatabase &db, const PrintRequest &request, const QString &path)
{
    PrintOutcome outcome;
    const auto data = RecordData::load(db, request.meetingId);
    if (!data) {
        outcome.error = QCoreApplication::translate("kiroku::record", "There is no meeting with id %1.")
                            .arg(request.meetingId);
        return outcome;
    }
    const FormatLibrary library(request.formatFolders);
    outcome.formatName = !request.format.isEmpty()               ? request.format
                         : !data->council.recordFormat.isEmpty() ? data->council.recordFormat
                                                                 : u"numbered"_s;
    const auto format = library.format(outcome.formatName);
    if (!format) {
        outcome.error =
            QCoreApplication::translate("kiroku::record", "Unknown record format \"%1\" (available: %2).")
                .arg(outcome.formatName, library.names().join(u", "_s));
        // A user file with mistakes explains why its format is missing.
        for (const QString &problem : library.problems())
            outcome.error += u'\n' + problem;
        return outcome;
    }
    RecordOptions options;
    options.publicVersion = request.publicVersion;
    options.maskTerms = request.maskTerms;
    const BuiltRecord built = RecordBuilder::build(*data, *format, options);
    outcome.hits = built.hits;
    PdfOptions pdf;
    pdf.pdfA = request.pdfA;
    outcome.error = PdfRenderer::write(built, *format, path, pdf, &outcome.pageCount, &outcome.missing);
    return outcome;
}

} // namespace kiroku::record
