#pragma once
// A built record -> semantic HTML5 for a council's website (issue 4). QTextDocument::toHtml gives
// styled spans only; this walks the same document the PDF is drawn from and writes headings (the
// builder's heading levels), tables with <th> for the cells the builder marked, speakers in
// <span class="speaker">, and the signature block as a <section>. The page reads correctly without
// its small stylesheet, and the markup is well-formed XML as well (QXmlStreamReader reads it).
#include "record/RecordBuilder.h"

#include <QString>

namespace kiroku::record {

class HtmlWriter
{
public:
    // The whole page; text and metadata come from the built record only, so a public version's
    // masking carries over unchanged.
    static QString toHtml(const BuiltRecord &record);
};

} // namespace kiroku::record
