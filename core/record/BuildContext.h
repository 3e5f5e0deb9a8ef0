#pragma once
// Internal to the record builder: the state shared by the header and body writers.
#include "record/RecordBuilder.h"

#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextTable>

namespace kiroku::record {

class BuildContext
{
public:
    BuildContext(const RecordData &data, const RecordFormat &format, const RecordOptions &options,
                 QTextDocument *doc);

    const RecordData &data;
    const RecordFormat &format;
    const RecordOptions &options;
    QTextDocument *doc;
    QTextCursor cursor;
    QTextBlockFormat baseBlock;
    QTextCharFormat baseChar;
    QTextCharFormat boldChar;
    QVector<MaskHit> hits;

    // Text as published: masking list and name policy applied in the public version.
    QString out(const QString &text, const QString &where);
    // A new paragraph (the document's first block is reused once).
    void paragraph(const QString &text, const QTextBlockFormat &block, const QTextCharFormat &chars);
    void paragraph(const QString &text) { paragraph(text, baseBlock, baseChar); }
    QTextBlockFormat indented(qreal leftEm, qreal firstLineEm = 0) const;

    // A ruled table (collapsed 0.75 px borders) with the given column widths in percent.
    QTextTableFormat tableFormat(const QVector<qreal> &columnPercents) const;
    // Rules every cell: with collapsed borders Qt draws the cells' own borders.
    void ruleCells(QTextTable *table) const;

    QString councilName() const;
    QString meetingName() const; // 令和7年度第1回 青葉台市情報公開・個人情報保護審議会
    QString digits(const QString &text) const;
    // How a statement's speaker is printed in this version.
    QString speakerLabel(const Statement &s);
    QString memberName(const Member &m); // in the header and signature block
    // The public version renames members by a policy whose label ends in the role (岡部委員, ____会長).
    bool policyNamesRoles() const { return m_namer && m_namer->policy() != NamePolicy::FullName; }
    bool itemHidden(Id agendaItemId) const;

    // Header values of a field, one string per line (materials, agenda items ...).
    QStringList fieldValues(const HeaderRow &row);

private:
    // The name policy renames first (岡部 誠 -> 岡部委員), then the masking list hides what it names in
    // the result, so an entry wins over the policy everywhere (岡部 masked: ○○委員).
    Masker m_policyMasker;
    Masker m_listMasker;
    std::optional<MemberNamer> m_namer;
    bool m_firstBlock = true;
};

void writeHeader(BuildContext &c);
void writeBody(BuildContext &c);
void writeSignature(BuildContext &c);
// The correction note (正誤) of a record in its second or later version.
void writeCorrections(BuildContext &c);

} // namespace kiroku::record
