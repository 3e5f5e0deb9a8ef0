#include "record/RecordExport.h"

#include "io/SaveFile.h"
#include "record/HtmlWriter.h"
#include "record/OdtWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace kiroku::record {

namespace {

// A public file's own name must not carry what its text hides (山岸聡子様宛.pdf).
QString leakInFileName(const RecordData &data, const PrintRequest &request, const QString &path)
{
    if (!request.publicVersion || path.isEmpty())
        return {};
    Masker masker(request.maskTerms);
    for (const MaskTerm &t : data.maskTerms)
        masker.add(t.term, t.replacement);
    if (data.council.namePolicy != NamePolicy::FullName) {
        for (const Member &m : data.members) {
            masker.add(m.name, {});
            masker.add(m.surname() + u"委員"_s, {});
        }
    }
    const QString name = QFileInfo(path).fileName();
    QVector<MaskHit> hits;
    masker.apply(name, {}, &hits);
    return hits.isEmpty() ? QString() : hits.first().found;
}

} // namespace

std::optional<PreparedRecord> prepareRecord(const QSqlDatabase &db, const PrintRequest &request,
                                            PrintOutcome &outcome, const QString &path)
{
    const auto data = RecordData::load(db, request.meetingId);
    if (!data) {
        outcome.error = QCoreApplication::translate("kiroku::record", "There is no meeting with id %1.")
                            .arg(request.meetingId);
        return std::nullopt;
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
        return std::nullopt;
    }
    if (const QString leak = leakInFileName(*data, request, path); !leak.isEmpty()) {
        outcome.error = QCoreApplication::translate("kiroku::record",
                                                    "The file name contains \"%1\", which the public version "
                                                    "masks. Choose another name.")
                            .arg(leak);
        return std::nullopt;
    }
    RecordOptions options;
    options.publicVersion = request.publicVersion;
    options.maskTerms = request.maskTerms;
    PreparedRecord prepared{RecordBuilder::build(*data, *format, options), *format};
    outcome.hits = prepared.built.hits;
    return prepared;
}

PrintOutcome printRecordPdf(const QSqlDatabase &db, const PrintRequest &request, const QString &path)
{
    PrintOutcome outcome;
    const auto prepared = prepareRecord(db, request, outcome, path);
    if (!prepared)
        return outcome;
    PdfOptions pdf;
    pdf.pdfA = request.pdfA;
    outcome.error = PdfRenderer::write(prepared->built, prepared->format, path, pdf, &outcome.pageCount,
                                       &outcome.missing);
    return outcome;
}

PrintOutcome printRecordOdt(const QSqlDatabase &db, const PrintRequest &request, const QString &path)
{
    PrintOutcome outcome;
    const auto prepared = prepareRecord(db, request, outcome, path);
    if (!prepared)
        return outcome;
    // Built in memory and written through a temporary name, like every other file Kiroku writes.
    const QByteArray odt = OdtWriter::write(prepared->built, prepared->format, &outcome.error);
    if (odt.isEmpty())
        return outcome;
    outcome.error = writeFileAtomically(path, odt);
    return outcome;
}

PrintOutcome printRecordHtml(const QSqlDatabase &db, const PrintRequest &request, const QString &path)
{
    PrintOutcome outcome;
    const auto prepared = prepareRecord(db, request, outcome, path);
    if (!prepared)
        return outcome;
    outcome.error = writeFileAtomically(path, HtmlWriter::toHtml(prepared->built).toUtf8());
    return outcome;
}

PrintOutcome printRecord(const QSqlDatabase &db, const PrintRequest &request, const QString &path)
{
    if (path.endsWith(u".odt"_s, Qt::CaseInsensitive))
        return printRecordOdt(db, request, path);
    if (path.endsWith(u".html"_s, Qt::CaseInsensitive) || path.endsWith(u".htm"_s, Qt::CaseInsensitive))
        return printRecordHtml(db, request, path);
    return printRecordPdf(db, request, path);
}

} // namespace kiroku::record
