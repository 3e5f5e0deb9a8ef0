#include "model/AgendaNumbering.h"

using namespace Qt::StringLiterals;

namespace kiroku {

QString agendaMark(AgendaNumbering style, int index)
{
    const int n = index + 1;
    switch (style) {
    case AgendaNumbering::Titles:
        return {};
    case AgendaNumbering::Kana: {
        // The order of 公用文 enumerations: ア イ ウ … ワ ヲ ン.
        static const QString kana =
            u"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"_s;
        if (index >= 0 && index < kana.size())
            return kana.at(index);
        break;
    }
    case AgendaNumbering::Circled:
        // ①–⑳ are U+2460…, ㉑–㉟ U+3251…, ㊱–㊿ U+32B1….
        if (n >= 1 && n <= 20)
            return QChar(char16_t(0x2460 + n - 1));
        if (n >= 21 && n <= 35)
            return QChar(char16_t(0x3251 + n - 21));
        if (n >= 36 && n <= 50)
            return QChar(char16_t(0x32B1 + n - 36));
        break;
    case AgendaNumbering::Paren:
        break;
    }
    return u"(%1)"_s.arg(n);
}

QString agendaLine(AgendaNumbering style, int index, const AgendaItem &item)
{
    QStringList parts;
    if (const QString mark = agendaMark(style, index); !mark.isEmpty())
        parts << mark;
    if (!item.number.isEmpty() && !item.title.startsWith(item.number))
        parts << item.number;
    if (!item.title.isEmpty())
        parts << item.title;
    return parts.join(u"　"_s);
}

} // namespace kiroku
