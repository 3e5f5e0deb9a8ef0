#pragma once
// A record format (brief §4): how one council prints its 会議録. Formats are JSON data files
// (docs/record-formats.md) so a clerk can copy and adjust one without recompiling; the shipped ones
// live in resources/formats/ (":/formats"), user copies in folders beside the archive.
#include "model/Enums.h"
#include "text/Wareki.h"

#include <QByteArray>
#include <QMarginsF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace kiroku::record {

enum class HeaderKind
{
    Numbered, // 1 附属機関の名称 … / 2 開催日時 …
    Table     // two-column form table (label | value)
};

enum class BodyPlacement
{
    AfterHeader,
    SeparateSheet // 別紙: a new page with its own title
};

enum class StatementStyle
{
    ParenSpeaker,   // （事務局）本日は…
    BracketHeading, // 【春日会長】 on its own line, the text below
    MaruPrefix,     // ○会長　本日は…
    Table,          // 発言者 | 発言内容, one row per turn
    Summary         // 要旨: ・bullets and short Q&A pairs by role
};

enum class PageNumberStyle
{
    None,
    Dash,   // - 3 -
    Plain,  // 3
    OfTotal // 3 / 12
};

// One row of the header block. Rows with `rows` are groups (出席者: 委員 / 事務局 / 説明員).
struct HeaderRow
{
    QString field; // council_name, datetime, venue, ... (see knownFields())
    QString label;
    QString value; // fixed text for "text"/"contact" rows
    bool checkbox = false;
    QVector<HeaderRow> rows;
};

struct RecordFormat
{
    QString name; // file name without .json; the key councils refer to
    QString label;
    QString description;

    QString title = QStringLiteral("会議録");
    QString runningHeader; // template: {council} {meeting} {date}; empty: none

    HeaderKind headerKind = HeaderKind::Numbered;
    QString formNumber; // 様式第2号(第7条関係), printed above the header table
    QVector<HeaderRow> rows;

    BodyPlacement placement = BodyPlacement::AfterHeader;
    QString bodyLabel;  // the last numbered item ("発言の内容") or a heading before the body
    QString sheetTitle; // 別紙
    bool sheetRepeatsTitle = true;

    StatementStyle style = StatementStyle::ParenSpeaker;
    QString speakerFormat; // （{speaker}） / 【{speaker}】 / ○{speaker}
    bool sectionHeadings = true;
    QString speakerColumn = QStringLiteral("発言者");
    QString textColumn = QStringLiteral("発言内容");

    wareki::Digits digits = wareki::Digits::Half;
    bool weekday = true;

    std::optional<NamePolicy> namePolicy; // unset: the council's policy
    QString blankName = QStringLiteral("____");

    bool signature = true;
    QString closing =
        QStringLiteral("会議の顛末を記載し、その相違ないことを証明するために、ここに署名する。");
    QString chairLine = QStringLiteral("議長");
    QString signerLine = QStringLiteral("署名委員");
    bool signatureDate = true;

    QString fontFamily = QStringLiteral("IPAMincho");
    double fontSize = 10.5;
    double titleSize = 16;
    double lineHeight = 150;             // percent
    QMarginsF marginsMm{20, 25, 20, 20}; // left, top, right, bottom
    PageNumberStyle pageNumbers = PageNumberStyle::Dash;

    // The field names a header row may use.
    static const QStringList &knownFields();
};

struct FormatLoad
{
    std::optional<RecordFormat> format;
    QStringList errors; // one line each, naming the file and the key
};

// Parses and validates a format file. Unknown keys, wrong types and unknown values are errors: a
// format with a typo must not print silently wrong.
FormatLoad parseFormat(const QByteArray &json, const QString &name, const QString &source);

QString pageNumberText(PageNumberStyle style, int page, int pageCount);

// The shipped formats plus user formats from folders (a user file overrides a shipped one of the
// same name). Bad files are skipped and reported in problems().
class FormatLibrary
{
public:
    explicit FormatLibrary(const QStringList &userDirectories = {});

    QStringList names() const;
    std::optional<RecordFormat> format(const QString &name) const;
    const QStringList &problems() const { return m_problems; }

    static constexpr const char16_t *builtinDirectory = u":/formats";

private:
    void loadDirectory(const QString &dir);
    QVector<RecordFormat> m_formats;
    QStringList m_problems;
};

} // namespace kiroku::record
