// `kiroku pia`: the PIA evaluation register, the threshold judgment, the question table in and out,
// the evaluation document, and the inspection result sheet and 答申 paragraph.
#include "cli/CliPia.h"

#include "cli/CliSupport.h"
#include "commands/PiaCommands.h"
#include "commands/PiaPartCommands.h"
#include "letters/Letter.h"
#include "pia/PiaRegister.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/PiaRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

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

QString date(QDate d)
{
    return d.isValid() ? wareki::formatDate(d, wareki::Digits::Half, false) : u"—"_s;
}

QString piaUsage();

} // namespace

namespace {

QString piaUsage()
{
    return tr(
        "Usage:\n"
        "  kiroku pia list --archive FILE [--council ID]\n"
        "  kiroku pia show --archive FILE --evaluation ID\n"
        "  kiroku pia threshold [--archive FILE] (--evaluation ID | --target N --handlers N [--incident] "
        "[--declared TYPE])\n"
        "  kiroku pia import-questions --archive FILE --evaluation ID [--dry-run] TABLE.csv|.tsv\n"
        "  kiroku pia export-questions --archive FILE --evaluation ID [--tsv] [--encoding "
        "utf8|utf8-bom|sjis] "
        "-o OUT\n"
        "  kiroku pia attach-document --archive FILE --evaluation ID DOCUMENT.pdf\n"
        "  kiroku pia result-sheet --archive FILE --evaluation ID [--format NAME] [--date D] -o OUT.pdf\n"
        "  kiroku pia toshin-paragraph --archive FILE --evaluation ID [--format NAME] [--date D] [-o "
        "OUT.pdf]\n");
}

void printEntry(const pia::PiaEntry &e, QTextStream &out)
{
    const PiaEvaluation &v = e.evaluation;
    out << v.id << u'\t' << pia::evaluationTitle(v);
    if (!e.latest)
        out << tr(" (superseded by a later version)");
    out << Qt::endl;
    out << u"    "_s << pia::statusText(e.threshold) << Qt::endl;
    if (e.schedule.fiveYearDeadline.isValid())
        out << u"    "_s
            << QCoreApplication::translate("kiroku::cli",
                                           "published %1; yearly review by %2; re-evaluation by %3")
                   .arg(date(e.schedule.lastPublication), date(e.schedule.nextReview),
                        date(e.schedule.fiveYearDeadline))
            << Qt::endl;
    if (!e.questionSummary.isEmpty())
        out << u"    "_s << e.questionSummary << Qt::endl;
    for (const QString &problem : e.problems)
        out << u"  ! "_s << problem << Qt::endl;
}

int listPia(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption councilOption(u"council"_s, u"Only this council."_s, u"ID"_s);
    parser.addOption(councilOption);
    if (!parse(parser, arguments, err))
        return 2;
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    const pia::PiaLibrary library = libraryFor(archive.get(), err);
    const QSqlDatabase db = archive->database();
    for (const Council &council : CouncilRepository(db).councils()) {
        if (parser.isSet(councilOption) && parser.value(councilOption).toLongLong() != council.id)
            continue;
        const QVector<pia::PiaEntry> entries = pia::registerOf(db, council.id, library.thresholds());
        if (entries.isEmpty())
            continue;
        out << council.municipality << council.name << Qt::endl;
        for (const pia::PiaEntry &e : entries)
            printEntry(e, out);
    }
    return 0;
}

int showPia(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    parser.addOption(evaluationOption);
    if (!parse(parser, arguments, err))
        return 2;
    const Id id = evaluationId(parser, err);
    if (id == 0)
        return 2;
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    const QSqlDatabase db = archive->database();
    const PiaRepository repository(db);
    const auto e = repository.evaluation(id);
    if (!e) {
        err << QCoreApplication::translate("kiroku::cli", "There is no PIA evaluation %1.").arg(id)
            << Qt::endl;
        return 1;
    }
    const pia::PiaLibrary library = libraryFor(archive.get(), err);
    const pia::PiaEntry entry = pia::entryOf(db, *e, library.thresholds());
    printEntry(entry, out);
    out << tr("Body:") << u' ' << e->evaluatingBody << u" / "_s << e->department << Qt::endl;
    out << tr("Threshold:") << u' ' << entry.threshold.explanation << Qt::endl;
    out << u"    "_s
        << QCoreApplication::translate("kiroku::cli", "people counted %1 (%2); staff counted %3 (%4)")
               .arg(date(e->targetCountDate), e->targetCountSource, date(e->handlerCountDate),
                    e->handlerCountSource)
        << Qt::endl;
    out << tr("Trigger:") << u' ' << japaneseLabel(e->trigger)
        << (e->changeDescription.isEmpty() ? QString() : u"（"_s + e->changeDescription + u"）"_s)
        << Qt::endl;
    out << tr("Public comment:") << u' ' << date(e->publicCommentStart) << u" – "_s
        << date(e->publicCommentEnd) << u" ("_s << entry.schedule.commentDays << u")"_s << Qt::endl;
    for (const PiaOpinion &o : repository.opinions(id))
        out << u"    "_s << o.position << u". "_s << o.summary << u" → "_s << japaneseLabel(o.handling)
            << (o.reason.isEmpty() ? QString() : u"（"_s + o.reason + u"）"_s) << Qt::endl;
    out << tr("Inspection:") << u' ' << date(e->inspectionDate) << u"; "_s << tr("submitted:") << u' '
        << date(e->submissionDate) << u"; "_s << tr("published:") << u' ' << date(e->publicationDate)
        << Qt::endl;
    if (e->documentFileId != 0) {
        const auto file = MaterialRepository(db).fileInfo(e->documentFileId);
        out << tr("Document:") << u' ' << e->documentFileName << u" ("_s << e->documentPageCount
            << u" p., SHA-256 "_s << (file ? file->sha256 : QString()) << u")"_s << Qt::endl;
    }
    out << tr("Checklist:") << u' ' << entry.checklist.judged << u'/' << entry.checklist.total << Qt::endl;
    for (const PiaViewpoint &v : repository.viewpoints(id)) {
        out << u"    "_s << v.code << u'\t'
            << (v.judgment == PiaJudgment::None ? u"—"_s : japaneseLabel(v.judgment));
        if (v.round > 0)
            out << u'\t' << QCoreApplication::translate("kiroku::cli", "round %1").arg(v.round);
        const QString cited = pageCitation(v.section, v.page);
        if (!cited.isEmpty())
            out << u'\t' << cited;
        out << Qt::endl;
    }
    for (const PiaChange &c : repository.changes(id))
        out << tr("Change:") << u' ' << pageCitation(c.section, c.page) << u": "_s << c.before << u" → "_s
            << c.after << Qt::endl;
    return 0;
}

int thresholdPia(QCommandLineParser &parser, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption targetOption(u"target"_s, u"対象人数."_s, u"N"_s);
    const QCommandLineOption handlersOption(u"handlers"_s, u"取扱者数."_s, u"N"_s);
    const QCommandLineOption incidentOption(u"incident"_s, u"A serious incident in the past year."_s);
    const QCommandLineOption declaredOption(
        u"declared"_s, u"The declared type (basic, basic_focused, basic_full)."_s, u"TYPE"_s);
    parser.addOptions({evaluationOption, targetOption, handlersOption, incidentOption, declaredOption});
    if (!parse(parser, arguments, err, false))
        return 2;
    std::unique_ptr<Archive> archive;
    if (!parser.value(archiveOption).isEmpty()) {
        archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                              Archive::IntegrityCheck::UnlessRecent);
        if (!archive)
            return 1;
    }
    const pia::PiaLibrary library = libraryFor(archive.get(), err);
    const pia::ThresholdTable table = library.thresholds();
    pia::ThresholdJudgment judgment;
    if (parser.isSet(evaluationOption)) {
        const Id id = evaluationId(parser, err);
        if (id == 0 || !archive) {
            if (!archive)
                err << tr("The option --archive FILE is required.") << Qt::endl;
            return 2;
        }
        const auto e = PiaRepository(archive->database()).evaluation(id);
        if (!e) {
            err << QCoreApplication::translate("kiroku::cli", "There is no PIA evaluation %1.").arg(id)
                << Qt::endl;
            return 1;
        }
        judgment = pia::judge(table, *e);
    } else {
        bool okTarget = false, okHandlers = false;
        const int target = parser.value(targetOption).toInt(&okTarget);
        const int handlers = parser.value(handlersOption).toInt(&okHandlers);
        const auto declared = parser.isSet(declaredOption) ? fromKey<PiaType>(parser.value(declaredOption))
                                                           : std::optional<PiaType>(PiaType::NotRequired);
        if (!okTarget || !okHandlers || target < 0 || handlers < 0 || !declared) {
            err << tr("Give --evaluation ID, or --target N and --handlers N (and --declared TYPE: "
                      "not_required, "
                      "basic, basic_focused, basic_full).")
                << Qt::endl;
            return 2;
        }
        judgment = pia::judge(table, target, handlers, parser.isSet(incidentOption), *declared);
        if (!parser.isSet(declaredOption))
            judgment.declared = judgment.required,
            judgment.status = pia::ThresholdJudgment::Status::AsRequired;
    }
    out << judgment.explanation << Qt::endl;
    out << pia::statusText(judgment) << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli", "Table: %1 (%2)")
               .arg(table.guideline, table.guidelineDate.toString(Qt::ISODate))
        << Qt::endl;
    return judgment.status == pia::ThresholdJudgment::Status::Lighter ? 1 : 0;
}

} // namespace

const QCommandLineOption evaluationOption(u"evaluation"_s, u"PIA evaluation id (see kiroku pia list)."_s,
                                          u"ID"_s);

Id evaluationId(const QCommandLineParser &parser, QTextStream &err)
{
    bool ok = false;
    const Id id = parser.value(evaluationOption).toLongLong(&ok);
    if (!ok || id <= 0) {
        err << tr("This needs --evaluation ID (see kiroku pia list).") << Qt::endl;
        return 0;
    }
    return id;
}

pia::PiaLibrary libraryFor(const Archive *archive, QTextStream &err)
{
    pia::PiaLibrary library(archive ? QStringList{pia::PiaLibrary::folderBeside(archive->path())}
                                    : QStringList{});
    for (const QString &problem : library.problems())
        err << problem << Qt::endl;
    return library;
}

int piaCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(1);
    // The parser sees "pia SUB …" as the program name followed by SUB's options.
    const QStringList rest = QStringList{u"kiroku pia "_s + sub} + arguments.mid(2);
    QCommandLineParser parser;
    if (sub == u"list"_s)
        return listPia(parser, rest, out, err);
    if (sub == u"show"_s)
        return showPia(parser, rest, out, err);
    if (sub == u"threshold"_s)
        return thresholdPia(parser, rest, out, err);
    if (sub == u"import-questions"_s || sub == u"export-questions"_s || sub == u"attach-document"_s)
        return piaFilesCommand(sub, parser, rest, out, err);
    if (sub == u"result-sheet"_s || sub == u"toshin-paragraph"_s)
        return piaLetterCommand(sub, parser, rest, out, err);
    if (sub.isEmpty() || sub == u"--help"_s || sub == u"help"_s) {
        out << piaUsage();
        return sub.isEmpty() ? 2 : 0;
    }
    err << QCoreApplication::translate("kiroku::cli", "Unknown pia command \"%1\".").arg(sub) << Qt::endl
        << piaUsage();
    return 2;
}

} // namespace kiroku::cli
