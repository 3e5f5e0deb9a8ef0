#include "cli/CliTranscript.h"

#include "commands/TranscriptCommands.h"
#include "store/Archive.h"
#include "store/StoreError.h"
#include "transcript/TranscriptImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

void printPlan(const transcript::TranscriptPlan &plan, QTextStream &out)
{
    if (!plan.encoding.isEmpty())
        out << QCoreApplication::translate("kiroku::cli", "Encoding: %1").arg(plan.encoding) << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli",
                                       "Statements: %1 (speeches %2, stage directions %3, headings %4)")
               .arg(plan.statementCount())
               .arg(plan.speeches)
               .arg(plan.directions)
               .arg(plan.headings)
        << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli", "Speakers: %1 (%2 matched to attendees)")
               .arg(plan.speakerCount())
               .arg(plan.matchedSpeakerCount())
        << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli", "Stage directions: %1").arg(plan.directions)
        << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli", "Headings: %1").arg(plan.headings) << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli", "Unrecognised lines: %1").arg(plan.unrecognisedLines)
        << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli", "Page numbers and running headers left out: %1")
               .arg(plan.droppedPageLines)
        << Qt::endl;
    out << QCoreApplication::translate("kiroku::cli", "Speaker mapping:") << Qt::endl;
    for (const transcript::SpeakerMapping &speaker : plan.speakers) {
        out << "  " << speaker.label << '\t'
            << (speaker.matched() ? speaker.attendee
                                  : QCoreApplication::translate("kiroku::cli", "(no match)"))
            << '\t' << QCoreApplication::translate("kiroku::cli", "%n turn(s)", nullptr, speaker.turns)
            << Qt::endl;
    }
}

// One line per statement: source lines, kind, speaker, the person it goes to, the text on one line.
void printTurns(const transcript::TranscriptPlan &plan, QTextStream &out)
{
    QHash<QString, QString> attendees;
    for (const transcript::SpeakerMapping &speaker : plan.speakers)
        attendees.insert(speaker.label, speaker.attendee);
    for (const transcript::ParsedTurn &turn : plan.turns) {
        QString text = turn.text;
        text.replace(u'\n', u" / "_s);
        out << turn.firstLine << '-' << turn.lastLine << '\t' << toKey(turn.kind) << '\t' << turn.speaker
            << '\t' << attendees.value(turn.speaker) << '\t' << text << Qt::endl;
    }
}

} // namespace

int importTranscriptCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption archiveOption(u"archive"_s, u"The archive file."_s, u"FILE"_s);
    const QCommandLineOption meetingOption(u"meeting"_s, u"Meeting id (see kiroku list)."_s, u"ID"_s);
    const QCommandLineOption itemOption(u"agenda-item"_s, u"Agenda item id for the turns."_s, u"ID"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, u"Show what would be imported; change nothing."_s);
    const QCommandLineOption showOption(u"show"_s, u"List every statement as it would be imported."_s);
    parser.addOptions({archiveOption, meetingOption, itemOption, dryRunOption, showOption});
    parser.addPositionalArgument(u"TEXT"_s, u"The transcript (UTF-8, UTF-16 or Shift_JIS text)."_s);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    bool ok = false;
    const Id meetingId = parser.value(meetingOption).toLongLong(&ok);
    if (parser.value(archiveOption).isEmpty() || !ok || meetingId <= 0 ||
        parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate(
                   "kiroku::cli",
                   "import-transcript needs --archive FILE, --meeting ID and one transcript file.")
            << Qt::endl;
        return 2;
    }
    Id itemId = 0;
    if (parser.isSet(itemOption)) {
        itemId = parser.value(itemOption).toLongLong(&ok);
        if (!ok || itemId <= 0) {
            err << QCoreApplication::translate("kiroku::cli",
                                               "--agenda-item takes the id of an agenda item of the meeting.")
                << Qt::endl;
            return 2;
        }
    }
    const QString input = parser.positionalArguments().first();
    Archive::Opened opened = Archive::open(parser.value(archiveOption), Archive::OpenMode::MustExist);
    if (!opened.archive) {
        err << opened.message << Qt::endl;
        return 1;
    }
    transcript::TranscriptPlan plan;
    try {
        plan = transcript::TranscriptImport::planFile(opened.archive->database(), meetingId, input);
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return 1;
    }
    if (!plan.error.isEmpty()) {
        err << QCoreApplication::translate("kiroku::cli", "Nothing was imported from %1: %2")
                   .arg(input, plan.error)
            << Qt::endl;
        return 1;
    }
    if (parser.isSet(showOption))
        printTurns(plan, out);
    printPlan(plan, out);
    if (parser.isSet(dryRunOption)) {
        out << QCoreApplication::translate("kiroku::cli", "Dry run: the archive was not changed.")
            << Qt::endl;
        return 0;
    }
    const int count = plan.statementCount();
    Document document(std::move(opened.archive));
    QString failure;
    QObject::connect(&document, &Document::failed, &document,
                     [&](const QString &message) { failure = message; });
    if (!document.push(new ImportTranscriptCommand(&document, meetingId, std::move(plan), itemId))) {
        err << QCoreApplication::translate("kiroku::cli", "Nothing was imported from %1: %2")
                   .arg(input, failure)
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("kiroku::cli", "Imported %1 statements into meeting %2.")
               .arg(count)
               .arg(meetingId)
        << Qt::endl;
    return 0;
}

} // namespace kiroku::cli
