// libFuzzer target for the transcript path a clerk's file takes: decode the bytes, parse the text.
// Built only with -DKIROKU_FUZZ=ON and clang; run e.g. `FuzzTranscript -max_total_time=60 CORPUS`
// with tests/fixtures/transcripts as a seed corpus.
#include "transcript/TranscriptDecoder.h"
#include "transcript/TranscriptParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const kiroku::transcript::DecodedText decoded = kiroku::transcript::TranscriptDecoder::decode(bytes);
    if (!decoded.ok())
        return 0;
    const kiroku::transcript::TranscriptPlan plan = kiroku::transcript::TranscriptParser::parse(decoded.text);
    if (plan.speeches + plan.directions + plan.headings != plan.statementCount())
        __builtin_trap();
    return 0;
}
