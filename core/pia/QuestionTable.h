#pragma once
// The question table (質問票) of a pre-inspection check: counts of first and final judgments, the
// one-line summary printed in the inspection result ("21問: 一次 適合10・観察事項11 → 最終 適合21"),
// and reading and writing the table as CSV or TSV (UTF-8 with or without BOM, or Shift_JIS as Excel
// writes it) with a header row of Japanese column names.
#include "model/Types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kiroku::pia {

struct JudgmentCount
{
    int conforming = 0;
    int needsImprovement = 0;
    int observation = 0;
    int none = 0; // not judged
    int total() const { return conforming + needsImprovement + observation + none; }
    friend bool operator==(const JudgmentCount &, const JudgmentCount &) = default;
};

struct QuestionCounts
{
    int total = 0;
    JudgmentCount first;
    JudgmentCount final;
};

QuestionCounts countQuestions(const QVector<PiaQuestion> &questions);
// "21問: 一次 適合10・観察事項11 → 最終 適合21"; categories with 0 are left out, 未判定 counted last;
// empty for no questions. Japanese whatever the UI language: it is printed in the 答申.
QString questionSummary(const QVector<PiaQuestion> &questions);
// "適合10・観察事項11"
QString countText(const JudgmentCount &count);

// 適合, 要改善, 観察事項 and their variants (経過観察（要改善）, full-width forms); empty, "-" or "－" is
// None. nullopt for anything else.
std::optional<PiaJudgment> parseJudgment(const QString &text);

enum class TableFormat
{
    Csv,
    Tsv
};
enum class TableEncoding
{
    Utf8,    // without BOM
    Utf8Bom, // as Excel's "CSV UTF-8"
    ShiftJis // as Excel's plain "CSV" on a Japanese PC (CP932)
};

struct QuestionTableRead
{
    QVector<PiaQuestion> questions; // by number, evaluationId 0
    QString encoding;               // UTF-8, Shift_JIS …
    TableFormat format = TableFormat::Csv;
    QStringList errors; // UI language, each naming the line; nothing is to be imported when not empty
    bool ok() const { return errors.isEmpty(); }
};

class QuestionTable
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::pia::QuestionTable)
public:
    // The header row names (番号, 該当箇所, 頁, 質問, 一次判定, 回答, 二次確認, 最終判定) as written.
    static QStringList columnNames();
    // Reads a whole table; the delimiter is a tab when the header has one, else a comma. Columns are
    // found by name (variants accepted: No., 質問番号, 該当項目, 判定, 所管課回答 …), in any order;
    // 番号, 該当箇所, 一次判定 and 最終判定 are required. Unknown judgments, duplicate or missing numbers
    // and missing columns are errors.
    static QuestionTableRead read(const QByteArray &bytes);
    static QuestionTableRead readFile(const QString &path);
    // Writes the questions by number with every column; read(write(q)).questions == q (ids aside), and
    // write(read(b)) == b for a table Kiroku wrote. Line ends CRLF, as Excel writes.
    static QByteArray write(const QVector<PiaQuestion> &questions, TableFormat format = TableFormat::Csv,
                            TableEncoding encoding = TableEncoding::Utf8Bom);
};

} // namespace kiroku::pia
