#include "pia/PiaLibrary.h"

#include "record/FormatDirectory.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kiroku::pia {
namespace {

constexpr const char16_t *builtinDirectory = u":/pia";

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
    void unknownKeys(const QJsonObject &o, const QStringList &known, const QString &prefix)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                error(prefix + it.key(), u"unknown key"_s);
        }
    }
    const QStringList &errors() const { return m_errors; }

private:
    QString m_source;
    QStringList m_errors;
};

std::optional<PiaType> typeOf(Parser &p, const QJsonObject &row, const QString &key, const QString &path)
{
    const auto type = fromKey<PiaType>(row.value(key).toString());
    if (!type)
        p.error(path + u"."_s + key, u"must be one of "_s + allKeys<PiaType>().join(u", "_s));
    return type;
}

void parseThresholds(Parser &p, const QJsonObject &o, ThresholdTable &t)
{
    p.unknownKeys(
        o, {u"kind"_s, u"label"_s, u"guideline"_s, u"guidelineDate"_s, u"handlerThreshold"_s, u"rows"_s}, {});
    t.label = o.value(u"label"_s).toString();
    t.guideline = o.value(u"guideline"_s).toString();
    t.guidelineDate = QDate::fromString(o.value(u"guidelineDate"_s).toString(), Qt::ISODate);
    if (!t.guidelineDate.isValid())
        p.error(u"guidelineDate"_s, u"must be the guideline's date as YYYY-MM-DD"_s);
    t.handlerThreshold = o.value(u"handlerThreshold"_s).toInt(0);
    if (t.handlerThreshold <= 0)
        p.error(u"handlerThreshold"_s, u"must be a whole number from 1"_s);
    const QJsonArray rows = o.value(u"rows"_s).toArray();
    if (rows.isEmpty())
        p.error(u"rows"_s, u"must be a non-empty list"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString path = u"rows[%1]"_s.arg(i);
        const QJsonObject row = rows.at(i).toObject();
        p.unknownKeys(row, {u"targetFrom"_s, u"normal"_s, u"heightened"_s}, path + u"."_s);
        ThresholdRow r;
        const QJsonValue from = row.value(u"targetFrom"_s);
        r.targetFrom = from.toInt(-1);
        if (!from.isDouble() || r.targetFrom < 0)
            p.error(path + u".targetFrom"_s, u"must be a whole number from 0"_s);
        else if (i == 0 && r.targetFrom != 0)
            p.error(path + u".targetFrom"_s, u"the first row must start at 0"_s);
        else if (i > 0 && r.targetFrom <= t.rows.constLast().targetFrom)
            p.error(path + u".targetFrom"_s, u"rows must be in ascending order"_s);
        const auto normal = typeOf(p, row, u"normal"_s, path);
        const auto heightened = typeOf(p, row, u"heightened"_s, path);
        r.normal = normal.value_or(PiaType::NotRequired);
        r.heightened = heightened.value_or(PiaType::NotRequired);
        t.rows << r;
    }
}

void parseChecklist(Parser &p, const QJsonObject &o, ChecklistTemplate &c)
{
    p.unknownKeys(o, {u"kind"_s, u"label"_s, u"items"_s}, {});
    c.label = o.value(u"label"_s).toString();
    const QJsonArray items = o.value(u"items"_s).toArray();
    if (items.isEmpty())
        p.error(u"items"_s, u"must be a non-empty list"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = u"items[%1]"_s.arg(i);
        const QJsonObject item = items.at(i).toObject();
        p.unknownKeys(item, {u"area"_s, u"code"_s, u"text"_s}, path + u"."_s);
        ChecklistItem ci;
        const auto area = fromKey<PiaViewpointArea>(item.value(u"area"_s).toString());
        if (!area)
            p.error(path + u".area"_s, u"must be conformity or adequacy"_s);
        ci.area = area.value_or(PiaViewpointArea::Conformity);
        ci.code = item.value(u"code"_s).toString();
        ci.text = item.value(u"text"_s).toString();
        if (ci.text.trimmed().isEmpty())
            p.error(path + u".text"_s, u"must not be empty"_s);
        c.items << ci;
    }
}

} // namespace

PiaFormatLoad parsePiaFormat(const QByteArray &json, const QString &name, const QString &source)
{
    PiaFormatLoad result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.errors << u"%1: not a JSON object (%2 at offset %3)"_s.arg(source, parseError.errorString())
                             .arg(parseError.offset);
        return result;
    }
    Parser p(source);
    const QJsonObject o = doc.object();
    PiaFormat f;
    f.name = name;
    const QString kind = o.value(u"kind"_s).toString();
    if (kind == u"thresholds"_s) {
        f.kind = PiaFormat::Kind::Thresholds;
        parseThresholds(p, o, f.thresholds);
    } else if (kind == u"checklist"_s) {
        f.kind = PiaFormat::Kind::Checklist;
        parseChecklist(p, o, f.checklist);
    } else {
        p.error(u"kind"_s, u"must be thresholds or checklist"_s);
    }
    result.errors = p.errors();
    if (result.errors.isEmpty())
        result.format = f;
    return result;
}

PiaLibrary::PiaLibrary(const QStringList &userDirectories)
{
    record::loadFormatDirectory(QString::fromUtf16(builtinDirectory), m_formats, m_problems, parsePiaFormat);
    for (const QString &dir : userDirectories)
        record::loadFormatDirectory(dir, m_formats, m_problems, parsePiaFormat);
}

QString PiaLibrary::folderBeside(const QString &archivePath)
{
    return QFileInfo(archivePath).absolutePath() + u"/pia"_s;
}

ThresholdTable PiaLibrary::thresholds() const
{
    const PiaFormat *first = nullptr;
    for (const PiaFormat &f : m_formats) {
        if (f.kind != PiaFormat::Kind::Thresholds)
            continue;
        if (f.name == u"thresholds"_s)
            return f.thresholds;
        if (!first)
            first = &f;
    }
    return first ? first->thresholds : ThresholdTable{};
}

std::optional<ChecklistTemplate> PiaLibrary::checklist(const QString &name) const
{
    for (const PiaFormat &f : m_formats) {
        if (f.kind == PiaFormat::Kind::Checklist && f.name == name)
            return f.checklist;
    }
    return std::nullopt;
}

QStringList PiaLibrary::checklistNames() const
{
    QStringList names;
    for (const PiaFormat &f : m_formats) {
        if (f.kind == PiaFormat::Kind::Checklist)
            names << f.name;
    }
    return names;
}

} // namespace kiroku::pia
