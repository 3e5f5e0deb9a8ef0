#pragma once
#include "model/Types.h"
#include "pia/PiaLibrary.h"
#include "store/Archive.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku pia list|show|threshold|import-questions|export-questions|attach-document|result-sheet|
//            toshin-paragraph --archive FILE … (docs/pia.md)
int piaCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// Shared by the pia subcommands (CliPia.cpp, CliPiaFiles.cpp).
extern const QCommandLineOption evaluationOption;
// The --evaluation id, or 0 after saying on `err` what is wrong.
Id evaluationId(const QCommandLineParser &parser, QTextStream &err);
// The threshold table and checklists, with a clerk's copies beside the archive; problems to `err`.
pia::PiaLibrary libraryFor(const Archive *archive, QTextStream &err);
// import-questions, export-questions, attach-document
int piaFilesCommand(const QString &sub, QCommandLineParser &parser, const QStringList &arguments,
                    QTextStream &out, QTextStream &err);
// result-sheet, toshin-paragraph
int piaLetterCommand(const QString &sub, QCommandLineParser &parser, const QStringList &arguments,
                     QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
