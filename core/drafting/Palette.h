#pragma once
// What the drafting palette drops into the record: the council's stage directions with their live
// values filled in, and the section headings of the record built from the agenda
// (１．開会 / ２．議事 / (1) 審議事項 / ア　諮問第1005号 … / ３．閉会).
#include "model/Types.h"

#include <QVector>

namespace kiroku {

// The values of the placeholders of a stage direction.
struct LiveValues
{
    QString department; // {department}: the organisation of the current presenter
    QString quorum;     // {quorum}: quorumLine() of the attendance at this moment
    QString chair;      // {chair}: the chair as a person (小林会長)
    QString time;       // {time}: the time of day, 午後2時30分
};

// Replaces {department}, {quorum}, {chair} and {time}; an unknown placeholder stays as written.
QString fillPlaceholders(const QString &text, const LiveValues &values);

// 午後2時30分 for 14:30.
QString japaneseClockTime(QTime time);

struct HeadingChoice
{
    QString text;
    Id agendaItemId = 0; // the item a heading opens; 0 for 開会, 議事, 閉会 and the kind headings
    int level = 0;       // 0: １．開会, 1: (1) 審議事項, 2: ア　諮問第1005号

    friend bool operator==(const HeadingChoice &, const HeadingChoice &) = default;
};

// Headings in record order for the agenda (items in position order, grouped by kind).
QVector<HeadingChoice> agendaHeadings(const QVector<AgendaItem> &items);

// ５ → "５", 12 → "１２".
QString fullWidthNumber(int number);

} // namespace kiroku
