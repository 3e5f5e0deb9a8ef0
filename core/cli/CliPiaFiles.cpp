// `kiroku pia` subcommands that read or write files: the question table in and out, the evaluation
// document, the inspection result sheet and the 答申 paragraph.
#include "cli/CliPia.h"

#include "cli/CliSupport.h"
#include "commands/PiaCommands.h"
#include "commands/PiaPartCommands.h"
#include "letters/Letter.h"
#include "store/PiaRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::cli", text);
}

// Runs one command on the archive through a Document; false (with the reason on `err`) when refused.
bool pushOne(std::unique_ptr<Archive> archive, const std::function<QUndoCommand *(Document *)> &make,
             QTextStream &err)
{
    Document document(std::move(archive));
    QString failure;
    QObject::connect(&document, &Document::failed, &document,
                     [&](const QString &message) { failure = message; });
    if (!document.push(make(&document))) {
        err << failure << Qt::endl;
        return false;
    }
    return true;
}

int importQuestions(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err)
{
    const QCommandLineOption dryRunOption(u"dry-run"_s, u"Check the table; change nothing."_s);
    parser.addOptions({evaluationOption, dryRunOption});
    parser.addPositionalArgument(u"TABLE"_s, u"The question table (CSV or TSV)."_s);
    if (!parse(parser, arguments, err))
        return 2;
    const Id id = evaluationId(parser, err);
    if (id == 0)
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err << tr("Give one question table (CSV or TSV).") << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const pia::QuestionTableRead read = pia::QuestionTable::readFile(path);
    if (!read.ok()) {
        err << QCoreApplication::translate("kiroku::cli", "Nothing was imported from %1:").arg(path)
            << Qt::endl;
        for (const QString &e : read.errors)
            err << u"  "_s << e << Qt::endl;
        return 1;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    if (!PiaRepository(archive->database()).evaluation(id)) {
        err << QCoreApplication::translate("kiroku::cli", "There is no PIA evaluation %1.").arg(id)
            << Qt::endl;
        return 1;
    }
    const QString summary = pia::questionSummary(read.questions);
    if (parser.isSet(dryRunOption)) {
        out << QCoreApplication::translate("kiroku::cli", "%1 (%2): %3").arg(path, read.encoding, summary)
            << Qt::endl
            << tr("Dry run: the archive was not changed.") << Qt::endl;
        return 0;
    }
    const QVector<PiaQuestion> questions = read.questions;
    if (!pushOne(
            std::move(archive), [&](Document *d) { return new ReplacePiaQuestionsCommand(d, id, questions); },
            err))
        return 1;
    out << QCoreApplication::translate("kiroku::cli", "Imported %1 (%2): %3")
               .arg(path, read.encoding, summary)
        << Qt::endl;
    return 0;
}

int exportQuestions(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err)
{
    const QCommandLineOption tsvOption(u"tsv"_s, u"Tab-separated instead of CSV."_s);
    const QCommandLineOption encodingOption(u"encoding"_s, u"utf8, utf8-bom (default) or sjis."_s, u"NAME"_s);
    const QCommandLineOption outputOption(u"o"_s, u"Output file."_s, u"OUT"_s);
    parser.addOptions({evaluationOption, tsvOption, encodingOption, outputOption});
    if (!parse(parser, arguments, err))
        return 2;
    const Id id = evaluationId(parser, err);
    if (id == 0)
        return 2;
    const QString encodingName = parser.value(encodingOption);
    pia::TableEncoding encoding = pia::TableEncoding::Utf8Bom;
    if (encodingName == u"utf8"_s)
        encoding = pia::TableEncoding::Utf8;
    else if (encodingName == u"sjis"_s || encodingName == u"shift_jis"_s)
        encoding = pia::TableEncoding::ShiftJis;
    else if (!encodingName.isEmpty() && encodingName != u"utf8-bom"_s) {
        err << tr("--encoding is one of utf8, utf8-bom, sjis.") << Qt::endl;
        return 2;
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty()) {
        err << tr("The option -o OUT is required.") << Qt::endl;
        return 2;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    const PiaRepository repository(archive->database());
    if (!repository.evaluation(id)) {
        err << QCoreApplication::translate("kiroku::cli", "There is no PIA evaluation %1.").arg(id)
            << Qt::endl;
        return 1;
    }
    const QVector<PiaQuestion> questions = repository.questions(id);
    const QByteArray bytes = pia::QuestionTable::write(
        questions, parser.isSet(tsvOption) ? pia::TableFormat::Tsv : pia::TableFormat::Csv, encoding);
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << QCoreApplication::translate("kiroku::cli", "Cannot write %1: %2")
                   .arg(output, file.errorString())
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("kiroku::cli", "Wrote %1: %2")
               .arg(output, pia::questionSummary(questions))
        << Qt::endl;
    return 0;
}

int attachDocument(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                   QTextStream &err)
{
    parser.addOption(evaluationOption);
    parser.addPositionalArgument(u"DOCUMENT"_s, u"The evaluation document (PDF)."_s);
    if (!parse(parser, arguments, err))
        return 2;
    const Id id = evaluationId(parser, err);
    if (id == 0)
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err << tr("Give one PDF file.") << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("kiroku::cli", "Cannot read %1: %2").arg(path, file.errorString())
            << Qt::endl;
        return 1;
    }
    const QByteArray pdf = file.readAll();
    const QString name = QFileInfo(path).fileName();
    QString error;
    const int pages = SetPiaDocumentCommand::checkDocument(pdf, name, &error);
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return 1;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    if (!pushOne(
            std::move(archive), [&](Document *d) { return new SetPiaDocumentCommand(d, id, pdf, name); },
            err))
        return 1;
    out << QCoreApplication::translate("kiroku::cli", "Attached %1 (%2 pages) to evaluation %3.")
               .arg(name)
               .arg(pages)
               .arg(id)
        << Qt::endl;
    return 0;
}

} // namespace

int piaFilesCommand(const QString &sub, QCommandLineParser &parser, const QStringList &arguments,
                    QTextStream &out, QTextStream &err)
{
    if (sub == u"import-questions"_s)
        return importQuestions(parser, arguments, out, err);
    if (sub == u"export-questions"_s)
        return exportQuestions(parser, arguments, out, err);
    return attachDocument(parser, arguments, out, err);
}

int piaLetterCommand(const QString &sub, QCommandLineParser &parser, const QStringList &arguments,
                     QTextStream &out, QTextStream &err)
{
    const QCommandLineOption formatOption(u"format"_s, u"Letter format name (docs/letters.md)."_s, u"NAME"_s);
    const QCommandLineOption dateOption(u"date"_s, u"The date printed (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption outputOption(u"o"_s, u"Output PDF."_s, u"OUT.pdf"_s);
    parser.addOptions({evaluationOption, formatOption, dateOption, outputOption});
    if (!parse(parser, arguments, err))
        return 2;
    letters::LetterRequest request;
    request.kind = sub == u"result-sheet"_s ? letters::LetterKind::PiaResultSheet
                                            : letters::LetterKind::PiaResponseParagraph;
    request.piaEvaluationId = evaluationId(parser, err);
    if (request.piaEvaluationId == 0)
        return 2;
    if (parser.isSet(dateOption)) {
        request.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!request.date.isValid()) {
            err << tr("--date takes a date as YYYY-MM-DD.") << Qt::endl;
            return 2;
        }
    }
    const QString output = parser.value(outputOption);
    const bool toText = output.isEmpty() && request.kind == letters::LetterKind::PiaResponseParagraph;
    if (!toText && !output.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        err << tr("The option -o OUT.pdf is required.") << Qt::endl;
        return 2;
    }
    request.format = parser.value(formatOption);
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    const QString folder = QFileInfo(archive->path()).absolutePath();
    request.formatFolders << folder + u"/letters"_s;
    request.piaFolders << pia::PiaLibrary::folderBeside(archive->path());
    letters::LetterOutcome outcome;
    if (toText) {
        const QString text = letters::letterText(archive->database(), request, &outcome);
        if (!outcome.error.isEmpty()) {
            err << outcome.error << Qt::endl;
            return 1;
        }
        out << text;
        out.flush();
        return 0;
    }
    outcome = letters::writeLetter(archive->database(), request, output);
    if (!outcome.error.isEmpty()) {
        err << outcome.error << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("kiroku::cli", "Wrote %1 (%n page(s)).", nullptr, outcome.pageCount)
               .arg(output)
        << Qt::endl;
    if (!outcome.missing.isEmpty())
        err << QCoreApplication::translate("kiroku::cli", "No font has a glyph for: %1").arg(outcome.missing)
            << Qt::endl;
    return 0;
}

} // namespace kiroku::cli
