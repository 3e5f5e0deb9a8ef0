#include "drafting/Palette.h"

#include <QTime>

using namespace Qt::StringLiterals;

namespace kiroku {

QString fillPlaceholders(const QString &text, const LiveValues &values)
{
    QString result = text;
    result.replace(u"{department}"_s, values.department);
    result.replace(u"{quorum}"_s, values.quorum);
    result.replace(u"{chair}"_s, values.chair);
    result.replace(u"{time}"_s, values.time);
    return result;
}

QString japaneseClockTime(QTime time)
{
    if (!time.isValid())
        return {};
    const bool afternoon = time.hour() >= 12;
    const int hour = afternoon && time.hour() > 12 ? time.hour() - 12 : time.hour();
    QString result = (afternoon ? u"午後"_s : u"午前"_s) + QString::number(hour) + u"時"_s;
    if (time.minute() > 0)
        result += QString::number(time.minute()) + u"分"_s;
    return result;
}

QString fullWidthNumber(int number)
{
    QString digits = QString::number(number);
    for (QChar &c : digits)
        c = QChar(c.unicode() - u'0' + 0xFF10);
    return digits;
}

namespace {

QString kindGroup(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::Report:
        return u"報告事項"_s;
    case AgendaKind::Other:
        return u"その他"_s;
    default:
        return u"審議事項"_s;
    }
}

bool isKanaLabel(const QString &number)
{
    return number.size() == 1 && number.at(0) >= QChar(0x30A1) && number.at(0) <= QChar(0x30FA);
}

} // namespace

QVector<HeadingChoice> agendaHeadings(const QVector<AgendaItem> &items)
{
    static const QString kana = u"アイウエオカキクケコサシスセソタチツテト"_s;
    QVector<HeadingChoice> result{{u"１．開会"_s, 0, 0}, {u"２．議事"_s, 0, 0}};
    QStringList groups;
    for (const AgendaItem &item : items) {
        if (!groups.contains(kindGroup(item.kind)))
            groups.append(kindGroup(item.kind));
    }
    for (int g = 0; g < groups.size(); ++g) {
        result.append({u"(%1) %2"_s.arg(g + 1).arg(groups.at(g)), 0, 1});
        int index = 0;
        for (const AgendaItem &item : items) {
            if (kindGroup(item.kind) != groups.at(g))
                continue;
            QStringList parts;
            if (isKanaLabel(item.number)) {
                parts << item.number;
            } else {
                parts << QString(kana.at(index % kana.size()));
                if (!item.number.isEmpty())
                    parts << item.number;
            }
            if (!item.title.isEmpty())
                parts << item.title;
            result.append({parts.join(QChar(0x3000)), item.id, 2});
            ++index;
        }
    }
    result.append({u"３．閉会"_s, 0, 0});
    return result;
}

} // namespace kiroku
