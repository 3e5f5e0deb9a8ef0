#include "record/RecordFormat.h"

#include "record/FormatDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

// Reads one JSON object, remembering errors with the key's path so the clerk can find the typo.
class Reader
{
public:
    Reader(QStringList &errors, QString source)
        : m_errors(errors)
        , m_source(std::move(source))
    {}

    void error(const QString &path, const QString &message)
    {
        m_errors << m_source + u": "_s + path + u": "_s + message;
    }

    // Reports keys of `object` not in `allowed`.
    void checkKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                error(path + u'.' + it.key(), u"unknown key (allowed: %1)"_s.arg(allowed.join(u", "_s)));
        }
    }

    void string(const QJsonObject &o, const QString &path, const QString &key, QString &out)
    {
        if (!o.contains(key))
            return;
        if (!o.value(key).isString())
            return error(path + u'.' + key, u"must be a string"_s);
        out = o.value(key).toString();
    }

    void boolean(const QJsonObject &o, const QString &path, const QString &key, bool &out)
    {
        if (!o.contains(key))
            return;
        if (!o.value(key).isBool())
            return error(path + u'.' + key, u"must be true or false"_s);
        out = o.value(key).toBool();
    }

    void number(const QJsonObject &o, const QString &path, const QString &key, double &out, double min,
                double max)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            return error(path + u'.' + key, u"must be a number"_s);
        if (v.toDouble() < min || v.toDouble() > max)
            return error(path + u'.' + key, u"must be between %1 and %2"_s.arg(min).arg(max));
        out = v.toDouble();
    }

    // A string out of a fixed set of choices.
    template <typename E>
    void choice(const QJsonObject &o, const QString &path, const QString &key,
                const QVector<std::pair<QString, E>> &choices, E &out)
    {
        if (!o.contains(key))
            return;
        QStringList names;
        for (const auto &[name, value] : choices) {
            names << name;
            if (o.value(key).toString() == name) {
                out = value;
                return;
            }
        }
        error(path + u'.' + key, u"must be one of: %1"_s.arg(names.join(u", "_s)));
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (!o.contains(key))
            return {};
        if (!o.value(key).isObject()) {
            error(path + u'.' + key, u"must be an object"_s);
            return {};
        }
        return o.value(key).toObject();
    }

private:
    QStringList &m_errors;
    QString m_source;
};

QVector<HeaderRow> readRows(Reader &r, const QJsonValue &value, const QString &path, int depth)
{
    QVector<HeaderRow> rows;
    if (!value.isArray()) {
        r.error(path, u"must be a list of rows"_s);
        return rows;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString p = path + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            r.error(p, u"must be an object like {\"field\": \"venue\", \"label\": \"開催場所\"}"_s);
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        r.checkKeys(o, p, {u"field"_s, u"label"_s, u"value"_s, u"checkbox"_s, u"rows"_s});
        HeaderRow row;
        r.string(o, p, u"field"_s, row.field);
        r.string(o, p, u"label"_s, row.label);
        r.string(o, p, u"value"_s, row.value);
        r.boolean(o, p, u"checkbox"_s, row.checkbox);
        if (o.contains(u"rows"_s)) {
            if (depth > 0)
                r.error(p + u".rows"_s, u"rows can be nested one level only"_s);
            else
                row.rows = readRows(r, o.value(u"rows"_s), p + u".rows"_s, depth + 1);
            if (row.field.isEmpty())
                row.field = u"group"_s;
        }
        if (!RecordFormat::knownFields().contains(row.field))
            r.error(p + u".field"_s, u"unknown field \"%1\" (known: %2)"_s.arg(
                                         row.field, RecordFormat::knownFields().join(u", "_s)));
        rows << row;
    }
    return rows;
}

} // namespace

const QStringList &RecordFormat::knownFields()
{
    static const QStringList fields{u"council_name"_s,
                                    u"meeting"_s,
                                    u"datetime"_s,
                                    u"venue"_s,
                                    u"attendees_members"_s,
                                    u"attendees_staff"_s,
                                    u"attendees_presenters"_s,
                                    u"absentees"_s,
                                    u"quorum"_s,
                                    u"agenda"_s,
                                    u"agenda_publicity"_s,
                                    u"publicity"_s,
                                    u"closed_reason"_s,
                                    u"observers"_s,
                                    u"materials"_s,
                                    u"signers"_s,
                                    u"summary"_s,
                                    u"contact"_s,
                                    u"other"_s,
                                    u"text"_s,
                                    u"group"_s};
    return fields;
}

FormatLoad parseFormat(const QByteArray &json, const QString &name, const QString &source)
{
    FormatLoad result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray head = json.left(parseError.offset);
        result.errors << u"%1: line %2: not valid JSON (%3)"_s.arg(source)
                             .arg(head.count('\n') + 1)
                             .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.errors << source + u": the file must hold one JSON object"_s;
        return result;
    }
    Reader r(result.errors, source);
    const QJsonObject root = doc.object();
    RecordFormat f;
    f.name = name;
    r.checkKeys(root, u"$"_s,
                {u"kiroku_format"_s, u"label"_s, u"description"_s, u"title"_s, u"running_header"_s, u"page"_s,
                 u"dates"_s, u"header"_s, u"body"_s, u"statements"_s, u"names"_s, u"signature"_s});
    if (root.value(u"kiroku_format"_s).toInt() != 1)
        r.error(u"$.kiroku_format"_s, u"must be 1 (the version of the format language)"_s);
    r.string(root, u"$"_s, u"label"_s, f.label);
    r.string(root, u"$"_s, u"description"_s, f.description);
    r.string(root, u"$"_s, u"title"_s, f.title);
    r.string(root, u"$"_s, u"running_header"_s, f.runningHeader);

    const QJsonObject page = r.object(root, u"$"_s, u"page"_s);
    r.checkKeys(page, u"$.page"_s,
                {u"font_family"_s, u"font_size_pt"_s, u"title_size_pt"_s, u"line_height_percent"_s,
                 u"margins_mm"_s, u"page_number"_s});
    r.string(page, u"$.page"_s, u"font_family"_s, f.fontFamily);
    r.number(page, u"$.page"_s, u"font_size_pt"_s, f.fontSize, 6, 24);
    r.number(page, u"$.page"_s, u"title_size_pt"_s, f.titleSize, 6, 40);
    r.number(page, u"$.page"_s, u"line_height_percent"_s, f.lineHeight, 100, 300);
    if (page.contains(u"margins_mm"_s)) {
        const QJsonObject m = r.object(page, u"$.page"_s, u"margins_mm"_s);
        r.checkKeys(m, u"$.page.margins_mm"_s, {u"top"_s, u"bottom"_s, u"left"_s, u"right"_s});
        double top = f.marginsMm.top(), bottom = f.marginsMm.bottom(), left = f.marginsMm.left(),
               right = f.marginsMm.right();
        r.number(m, u"$.page.margins_mm"_s, u"top"_s, top, 5, 60);
        r.number(m, u"$.page.margins_mm"_s, u"bottom"_s, bottom, 5, 60);
        r.number(m, u"$.page.margins_mm"_s, u"left"_s, left, 5, 60);
        r.number(m, u"$.page.margins_mm"_s, u"right"_s, right, 5, 60);
        f.marginsMm = QMarginsF(left, top, right, bottom);
    }
    r.choice<PageNumberStyle>(page, u"$.page"_s, u"page_number"_s,
                              {{u"none"_s, PageNumberStyle::None},
                               {u"dash"_s, PageNumberStyle::Dash},
                               {u"plain"_s, PageNumberStyle::Plain},
                               {u"of_total"_s, PageNumberStyle::OfTotal}},
                              f.pageNumbers);

    const QJsonObject dates = r.object(root, u"$"_s, u"dates"_s);
    r.checkKeys(dates, u"$.dates"_s, {u"digits"_s, u"weekday"_s});
    r.choice<wareki::Digits>(dates, u"$.dates"_s, u"digits"_s,
                             {{u"half"_s, wareki::Digits::Half}, {u"full"_s, wareki::Digits::Full}},
                             f.digits);
    r.boolean(dates, u"$.dates"_s, u"weekday"_s, f.weekday);

    const QJsonObject header = r.object(root, u"$"_s, u"header"_s);
    r.checkKeys(header, u"$.header"_s, {u"kind"_s, u"form_number"_s, u"rows"_s});
    r.choice<HeaderKind>(header, u"$.header"_s, u"kind"_s,
                         {{u"numbered"_s, HeaderKind::Numbered}, {u"table"_s, HeaderKind::Table}},
                         f.headerKind);
    r.string(header, u"$.header"_s, u"form_number"_s, f.formNumber);
    if (header.contains(u"rows"_s))
        f.rows = readRows(r, header.value(u"rows"_s), u"$.header.rows"_s, 0);

    const QJsonObject body = r.object(root, u"$"_s, u"body"_s);
    r.checkKeys(body, u"$.body"_s, {u"placement"_s, u"label"_s, u"sheet_title"_s, u"sheet_repeats_title"_s});
    r.choice<BodyPlacement>(body, u"$.body"_s, u"placement"_s,
                            {{u"after_header"_s, BodyPlacement::AfterHeader},
                             {u"separate_sheet"_s, BodyPlacement::SeparateSheet}},
                            f.placement);
    r.string(body, u"$.body"_s, u"label"_s, f.bodyLabel);
    r.string(body, u"$.body"_s, u"sheet_title"_s, f.sheetTitle);
    r.boolean(body, u"$.body"_s, u"sheet_repeats_title"_s, f.sheetRepeatsTitle);

    const QJsonObject st = r.object(root, u"$"_s, u"statements"_s);
    r.checkKeys(
        st, u"$.statements"_s,
        {u"style"_s, u"speaker_format"_s, u"section_headings"_s, u"speaker_column"_s, u"text_column"_s});
    r.choice<StatementStyle>(st, u"$.statements"_s, u"style"_s,
                             {{u"paren_speaker"_s, StatementStyle::ParenSpeaker},
                              {u"bracket_heading"_s, StatementStyle::BracketHeading},
                              {u"maru_prefix"_s, StatementStyle::MaruPrefix},
                              {u"table"_s, StatementStyle::Table},
                              {u"summary"_s, StatementStyle::Summary}},
                             f.style);
    switch (f.style) {
    case StatementStyle::ParenSpeaker:
        f.speakerFormat = u"（{speaker}）"_s;
        break;
    case StatementStyle::BracketHeading:
        f.speakerFormat = u"【{speaker}】"_s;
        break;
    case StatementStyle::MaruPrefix:
        f.speakerFormat = u"○{speaker}　"_s;
        break;
    case StatementStyle::Summary:
        f.speakerFormat = u"{speaker}："_s;
        break;
    case StatementStyle::Table:
        f.speakerFormat = u"{speaker}"_s;
        break;
    }
    r.string(st, u"$.statements"_s, u"speaker_format"_s, f.speakerFormat);
    if (!f.speakerFormat.contains(u"{speaker}"_s))
        r.error(u"$.statements.speaker_format"_s, u"must contain {speaker}"_s);
    r.boolean(st, u"$.statements"_s, u"section_headings"_s, f.sectionHeadings);
    r.string(st, u"$.statements"_s, u"speaker_column"_s, f.speakerColumn);
    r.string(st, u"$.statements"_s, u"text_column"_s, f.textColumn);

    const QJsonObject names = r.object(root, u"$"_s, u"names"_s);
    r.checkKeys(names, u"$.names"_s, {u"policy"_s, u"blank"_s});
    if (names.contains(u"policy"_s)) {
        const auto policy = fromKey<NamePolicy>(names.value(u"policy"_s).toString());
        if (policy)
            f.namePolicy = policy;
        else
            r.error(u"$.names.policy"_s, u"must be one of: %1"_s.arg(allKeys<NamePolicy>().join(u", "_s)));
    }
    r.string(names, u"$.names"_s, u"blank"_s, f.blankName);

    const QJsonObject sig = r.object(root, u"$"_s, u"signature"_s);
    r.checkKeys(sig, u"$.signature"_s,
                {u"enabled"_s, u"closing"_s, u"chair_line"_s, u"signer_line"_s, u"date"_s});
    r.boolean(sig, u"$.signature"_s, u"enabled"_s, f.signature);
    r.string(sig, u"$.signature"_s, u"closing"_s, f.closing);
    r.string(sig, u"$.signature"_s, u"chair_line"_s, f.chairLine);
    r.string(sig, u"$.signature"_s, u"signer_line"_s, f.signerLine);
    r.boolean(sig, u"$.signature"_s, u"date"_s, f.signatureDate);

    if (f.rows.isEmpty() && result.errors.isEmpty())
        r.error(u"$.header.rows"_s, u"at least one row is needed"_s);
    if (result.errors.isEmpty())
        result.format = f;
    return result;
}

QString pageNumberText(PageNumberStyle style, int page, int pageCount)
{
    switch (style) {
    case PageNumberStyle::None:
        return {};
    case PageNumberStyle::Dash:
        return u"- %1 -"_s.arg(page);
    case PageNumberStyle::Plain:
        return QString::number(page);
    case PageNumberStyle::OfTotal:
        return u"%1 / %2"_s.arg(page).arg(pageCount);
    }
    return {};
}

FormatLibrary::FormatLibrary(const QStringList &userDirectories)
{
    loadDirectory(QString::fromUtf16(builtinDirectory));
    for (const QString &dir : userDirectories)
        loadDirectory(dir);
}

void FormatLibrary::loadDirectory(const QString &dir)
{
    loadFormatDirectory(dir, m_formats, m_problems, parseFormat);
}

QStringList FormatLibrary::names() const
{
    QStringList out;
    for (const RecordFormat &f : m_formats)
        out << f.name;
    return out;
}

std::optional<RecordFormat> FormatLibrary::format(const QString &name) const
{
    for (const RecordFormat &f : m_formats) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}

} // namespace kiroku::record
