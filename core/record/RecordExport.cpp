#include "record/RecordExport.h"

#include "io/SaveFile.h"
#include "record/HtmlWriter.h"
#include "record/OdtWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextBlock>

#include <optional>

using namespace Qt::StringLiterals;

namespace kiroku::record {

namespace {

// What a public file must not carry anywhere: the masking list's entries and, unless the name policy
// prints full names, the members' full names — and their surnames with a title where the policy
// hides surnames too. Used on the file's name and, as a last check, on everything the file will hold.
Masker leakDetector(const RecordData &data, const RecordFormat *format, const PrintRequest &request)
{
    Masker detector(request.maskTerms);
    for (const MaskTerm &t : data.maskTerms)
        detector.add(t.term, t.replacement);
    const NamePolicy policy = format && format->namePolicy ? *format->namePolicy : data.council.namePolicy;
    if (policy == NamePolicy::FullName)
        return detector;
    for (const Member &m : data.members) {
        detector.add(m.name, {});
        if (policy == NamePolicy::Surname)
            continue;
        for (const QString &title : {u"委員"_s, u"会長"_s, u"副会長"_s, u"議長"_s, u"さん"_s})
            detector.add(m.surname() + title, {});
    }
    return detector;
}

QString leakInFileName(const RecordData &data, const PrintRequest &request, const QString &path)
{
    if (!request.publicVersion || path.isEmpty())
        return {};
    return leakDetector(data, nullptr, request).firstFound(QFileInfo(path).fileName());
}

// The last check before a public version is written: every block, cell and piece of metadata.
// Returns the place ("発言 12: 岡部") of the first masked string found, or empty.
QString leakInRecord(const RecordData &data, const RecordFormat &format, const PrintRequest &request,
                     const BuiltRecord &built)
{
    if (!request.publicVersion)
        return {};
    const Masker detector = leakDetector(data, &format, request);
    const QList<std::pair<QString, QString>> metadata{{u"タイトル"_s, built.title},
                                                      {u"件名"_s, built.subject},
                                                      {u"作成者"_s, built.author},
                                                      {u"ヘッダー"_s, built.runningHeader}};
    for (const auto &[where, text] : metadata) {
        if (const QString found = detector.firstFound(text); !found.isEmpty())
            return where + u"：「"_s + found + u"」"_s;
    }
    for (QTextBlock block = built.document->begin(); block.isValid(); block = block.next()) {
        if (const QString found = detector.firstFound(block.text()); !found.isEmpty())
            return block.text().left(24) + u"…：「"_s + found + u"」"_s;
    }
    return {};
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
    if (const QString leak = leakInRecord(*data, *format, request, prepared.built); !leak.isEmpty()) {
        outcome.error = QCoreApplication::translate("kiroku::record",
                                                    "The public version still contains a masked string (%1); "
                                                    "nothing was written. Please report this as a bug.")
                            .arg(leak);
        return std::nullopt;
    }
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
