#include "letters/Letter.h"

#include "record/FormatDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiroku::letters {
namespace {

constexpr const char16_t *builtinDirectory = u":/letters";

const QStringList commonPlaceholders{u"municipality"_s, u"council"_s, u"councilShort"_s, u"chair"_s,
                                     u"date"_s};
const QStringList consultationPlaceholders{u"number"_s,     u"received"_s, u"consultingBody"_s,
                                           u"department"_s, u"subject"_s,  u"fiscalYear"_s};
const QStringList piaPlaceholders{u"affair"_s,
                                  u"evaluatingBody"_s,
                                  u"piaDepartment"_s,
                                  u"evaluationNumber"_s,
                                  u"piaVersion"_s,
                                  u"piaType"_s,
                                  u"requiredType"_s,
                                  u"thresholdResult"_s,
                                  u"targetCount"_s,
                                  u"handlerCount"_s,
                                  u"incident"_s,
                                  u"trigger"_s,
                                  u"changeDescription"_s,
                                  u"commentPeriod"_s,
                                  u"commentDays"_s,
                                  u"opinionCount"_s,
                                  u"inspectionDate"_s,
                                  u"submissionDate"_s,
                                  u"publicationDate"_s,
                                  u"documentPages"_s,
                                  u"questionSummary"_s,
                                  u"checklistResult"_s,
                                  u"conclusion"_s,
                                  u"number"_s,
                                  u"subject"_s,
                                  u"received"_s,
                                  u"consultingBody"_s};
const QStringList meetingPlaceholders{u"meeting"_s, u"meetingDate"_s, u"time"_s, u"venue"_s, u"publicity"_s};

class Parser
{
public:
    explicit Parser(QString source)
        : m_source(std::move(source))
    {}
    void error(const QString &path, const QString &message)
    {
        m_errors << m_source + u": "_s + path + u": "_s + message;
    }
    QStringList errors() const { return m_errors; }

private:
    QString m_source;
    QStringList m_errors;
};

} // namespace

QStringList generatedParts(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Response:
        return {u"history"_s};
    case LetterKind::AgendaSheet:
    case LetterKind::MeetingNotice:
        return {u"agenda"_s, u"materials"_s};
    case LetterKind::PiaResultSheet:
    case LetterKind::PiaResponseParagraph:
        return {u"checklist"_s, u"questions"_s, u"changes"_s, u"opinions"_s, u"findings"_s};
    case LetterKind::ConsultationRequest:
        break;
    }
    return {};
}

QString kindKey(LetterKind kind)
{
    switch (kind) {
    case LetterKind::ConsultationRequest:
        return u"consultation_request"_s;
    case LetterKind::Response:
        return u"response"_s;
    case LetterKind::AgendaSheet:
        return u"agenda_sheet"_s;
    case LetterKind::MeetingNotice:
        return u"meeting_notice"_s;
    case LetterKind::PiaResultSheet:
        return u"pia_result_sheet"_s;
    case LetterKind::PiaResponseParagraph:
        break;
    }
    return u"pia_response_paragraph"_s;
}

std::optional<LetterKind> kindFromKey(const QString &key)
{
    for (LetterKind kind :
         {LetterKind::ConsultationRequest, LetterKind::Response, LetterKind::AgendaSheet,
          LetterKind::MeetingNotice, LetterKind::PiaResultSheet, LetterKind::PiaResponseParagraph}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QStringList placeholders(LetterKind kind)
{
    QStringList result = commonPlaceholders;
    switch (kind) {
    case LetterKind::Response:
        result << consultationPlaceholders << u"responseDate"_s << u"conclusion"_s << u"body"_s
               << u"opinions"_s;
        break;
    case LetterKind::ConsultationRequest:
        result << consultationPlaceholders;
        break;
    case LetterKind::AgendaSheet:
    case LetterKind::MeetingNotice:
        result << meetingPlaceholders;
        break;
    case LetterKind::PiaResultSheet:
    case LetterKind::PiaResponseParagraph:
        result << piaPlaceholders;
        break;
    }
    return result;
}

LetterFormatLoad parseLetterFormat(const QByteArray &json, const QString &name, const QString &source)
{
    LetterFormatLoad result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.errors << u"%1: not valid JSON at offset %2 (%3)"_s.arg(source)
                             .arg(parseError.offset)
                             .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << source + u": the file must hold one JSON object"_s;
        return result;
    }
    Parser p(source);
    const QJsonObject o = doc.object();
    static const QStringList known{u"label"_s,      u"kind"_s,     u"blocks"_s,
                                   u"fontFamily"_s, u"fontSize"_s, u"marginsMm"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            p.error(it.key(), u"unknown key"_s);
    }
    LetterFormat f;
    f.name = name;
    f.label = o.value(u"label"_s).toString(name);
    const std::optional<LetterKind> kind = kindFromKey(o.value(u"kind"_s).toString());
    if (!kind)
        p.error(
            u"kind"_s,
            u"must be one of consultation_request, response, agenda_sheet, meeting_notice, pia_result_sheet, "
            "pia_response_paragraph"_s);
    else
        f.kind = *kind;
    if (o.contains(u"fontFamily"_s)) {
        if (!o.value(u"fontFamily"_s).isString())
            p.error(u"fontFamily"_s, u"must be a string"_s);
        f.fontFamily = o.value(u"fontFamily"_s).toString(f.fontFamily);
    }
    if (o.contains(u"fontSize"_s)) {
        f.fontSize = o.value(u"fontSize"_s).toDouble(-1);
        if (f.fontSize < 6 || f.fontSize > 30)
            p.error(u"fontSize"_s, u"must be a number from 6 to 30"_s);
    }
    if (o.contains(u"marginsMm"_s)) {
        const QJsonArray m = o.value(u"marginsMm"_s).toArray();
        f.marginsMm.clear();
        for (const QJsonValue &v : m)
            f.marginsMm << v.toDouble(-1);
        if (f.marginsMm.size() != 4 ||
            std::any_of(f.marginsMm.begin(), f.marginsMm.end(), [](double v) { return v < 0 || v > 80; }))
            p.error(u"marginsMm"_s, u"must be four numbers (left, top, right, bottom) from 0 to 80"_s);
    }
    const QJsonValue blocks = o.value(u"blocks"_s);
    if (!blocks.isArray() || blocks.toArray().isEmpty())
        p.error(u"blocks"_s, u"must be a non-empty list"_s);
    static const QRegularExpression placeholder(u"\\{([A-Za-z]+)\\}"_s);
    static const QStringList blockKeys{
        u"text"_s,   u"generated"_s,       u"align"_s,       u"size"_s,          u"bold"_s,
        u"indent"_s, u"firstLineIndent"_s, u"spaceBefore"_s, u"skipWhenEmpty"_s, u"when"_s};
    const QJsonArray list = blocks.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"blocks[%1]"_s.arg(i);
        if (!list.at(i).isObject()) {
            p.error(path, u"must be an object"_s);
            continue;
        }
        const QJsonObject b = list.at(i).toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!blockKeys.contains(it.key()))
                p.error(path + u"."_s + it.key(), u"unknown key"_s);
        }
        LetterBlock block;
        block.text = b.value(u"text"_s).toString();
        block.generated = b.value(u"generated"_s).toString();
        if (block.text.isEmpty() == block.generated.isEmpty())
            p.error(path, u"needs either text or generated"_s);
        if (!block.generated.isEmpty() && !generatedParts(f.kind).contains(block.generated))
            p.error(path + u".generated"_s,
                    u"'%1' is not available in a %2 letter (available: %3)"_s.arg(
                        block.generated, kindKey(f.kind), generatedParts(f.kind).join(u", "_s)));
        auto matches = placeholder.globalMatch(block.text);
        while (matches.hasNext()) {
            const QString key = matches.next().captured(1);
            if (!placeholders(f.kind).contains(key))
                p.error(path + u".text"_s, u"unknown placeholder {%1}"_s.arg(key));
        }
        const QString align = b.value(u"align"_s).toString(u"left"_s);
        if (align == u"center"_s)
            block.align = LetterBlock::Align::Center;
        else if (align == u"right"_s)
            block.align = LetterBlock::Align::Right;
        else if (align != u"left"_s)
            p.error(path + u".align"_s, u"must be left, center or right"_s);
        block.size = b.value(u"size"_s).toDouble(0);
        if (b.contains(u"size"_s) && (block.size < 6 || block.size > 40))
            p.error(path + u".size"_s, u"must be a number from 6 to 40"_s);
        block.bold = b.value(u"bold"_s).toBool(false);
        block.indent = b.value(u"indent"_s).toInt(0);
        if (block.indent < 0 || block.indent > 20)
            p.error(path + u".indent"_s, u"must be from 0 to 20 characters"_s);
        block.firstLineIndent = b.value(u"firstLineIndent"_s).toBool(false);
        block.spaceBefore = b.value(u"spaceBefore"_s).toDouble(0);
        block.skipWhenEmpty = b.value(u"skipWhenEmpty"_s).toBool(true);
        block.when = b.value(u"when"_s).toString();
        if (!block.when.isEmpty() && !placeholders(f.kind).contains(block.when) &&
            !generatedParts(f.kind).contains(block.when))
            p.error(path + u".when"_s, u"unknown placeholder or part '%1'"_s.arg(block.when));
        f.blocks << block;
    }
    result.errors = p.errors();
    if (result.errors.isEmpty())
        result.format = f;
    return result;
}

LetterLibrary::LetterLibrary(const QStringList &userDirectories)
{
    loadDirectory(QString::fromUtf16(builtinDirectory));
    for (const QString &dir : userDirectories)
        loadDirectory(dir);
}

void LetterLibrary::loadDirectory(const QString &dir)
{
    record::loadFormatDirectory(dir, m_formats, m_problems, parseLetterFormat);
}

QStringList LetterLibrary::names() const
{
    QStringList result;
    for (const LetterFormat &f : m_formats)
        result << f.name;
    return result;
}

std::optional<LetterFormat> LetterLibrary::format(const QString &name) const
{
    for (const LetterFormat &f : m_formats) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}

std::optional<LetterFormat> LetterLibrary::defaultFor(LetterKind kind) const
{
    const QString shipped = kind == LetterKind::ConsultationRequest ? u"shimon"_s
                            : kind == LetterKind::Response          ? u"toshin"_s
                            : kind == LetterKind::AgendaSheet       ? u"shidai"_s
                            : kind == LetterKind::MeetingNotice     ? u"tsuchi"_s
                            : kind == LetterKind::PiaResultSheet    ? u"pia_tenken"_s
                                                                    : u"pia_toshin"_s;
    if (auto f = format(shipped); f && f->kind == kind)
        return f;
    for (const LetterFormat &f : m_formats) {
        if (f.kind == kind)
            return f;
    }
    return std::nullopt;
}

} // namespace kiroku::letters
