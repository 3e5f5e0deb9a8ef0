#pragma once
// Reads the text of published or draft minutes into turns (brief §4): "(事務局) …" paragraphs,
// "【小林会長(議長)】" lines, "○会長 …", a 発言者<TAB>発言内容 table, bare labels ("議長　…",
// "事務局" then the text), summary Q&A ("委員　…"). Stage directions, section headings, page numbers,
// running headers and lines broken by PDF extraction are handled on the way. Linear in the text.
#include "transcript/TranscriptPlan.h"

#include <QCoreApplication>

namespace kiroku::transcript {

class TranscriptParser
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::TranscriptParser)
public:
    // The plan's speaker mapping lists the labels found, unmatched (see SpeakerMatcher). Sets
    // plan.error when no speaker is recognised, plan.cancelled when `progress` said stop.
    static TranscriptPlan parse(const QString &text, const Progress &progress = {});
};

} // namespace kiroku::transcript
