#pragma once
// Numbering of agenda items on the 次第, the notice and the record, by the council's style:
// (1)(2)(3), ア・イ・ウ, ①②③, or the items' own numbers only (諮問第N号 …).
#include "model/Types.h"

namespace kiroku {

// The sequence mark of the item at 0-based `index`: 「(1)」「ア」「①」; empty for AgendaNumbering::Titles.
// Past the style's range (46 kana, 50 circled numbers) it falls back to (n).
QString agendaMark(AgendaNumbering style, int index);

// 「(1)　諮問第12号　住民基本台帳に関する事務の…」: mark, the item's own number unless its title already
// begins with it, and the title.
QString agendaLine(AgendaNumbering style, int index, const AgendaItem &item);

} // namespace kiroku
