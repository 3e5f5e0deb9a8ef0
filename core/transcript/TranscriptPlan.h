#pragma once
// What a transcript import would do, before it does it: the parsed turns, the speakers found and whom
// they were matched to. The clerk confirms (and may correct) the mapping in a preview; the import
// command then appends the turns as statements.
#include "model/Types.h"

#include <QString>
#include <QVector>

#include <functional>

namespace kiroku::transcript {

// Called now and then with 0–100; returning false cancels the work (nothing is changed).
using Progress = std::function<bool(int percent)>;

struct ParsedTurn
{
    StatementKind kind = StatementKind::Speech;
    QString speaker;   // label as printed without its marks: 佐々木委員, 小林会長(議長), 事務局
    QString text;      // paragraphs separated by \n; stage directions keep their parentheses
    int firstLine = 0; // 1-based lines of the source text
    int lastLine = 0;
    Id memberId = 0; // from the speaker mapping
    Id staffId = 0;
};

struct SpeakerMapping
{
    QString label;
    Id memberId = 0;
    Id staffId = 0;
    QString attendee; // how the matched person reads in the preview; empty when unmatched
    int turns = 0;

    bool matched() const { return memberId != 0 || staffId != 0; }
};

struct TranscriptPlan
{
    QVector<ParsedTurn> turns;
    QVector<SpeakerMapping> speakers; // in order of first appearance
    int speeches = 0;                 // Speech and Summary turns
    int directions = 0;
    int headings = 0;
    int unrecognisedLines = 0; // non-blank lines left out (header sheet, debris), page furniture aside
    QVector<int> unrecognised; // their line numbers (the first ones)
    int droppedPageLines = 0;  // page numbers and running headers removed
    QString encoding;          // of the file, when read from one
    QString error;             // set when nothing can be imported (no speaker found, ...)
    bool cancelled = false;

    int statementCount() const { return int(turns.size()); }
    int speakerCount() const { return int(speakers.size()); }
    int matchedSpeakerCount() const
    {
        return int(std::count_if(speakers.begin(), speakers.end(),
                                 [](const SpeakerMapping &s) { return s.matched(); }));
    }
};

} // namespace kiroku::transcript
