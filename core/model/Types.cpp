#include "model/Types.h"

#include <QRegularExpression>

namespace kiroku {

QString Member::surname() const
{
    // Names are stored "surname given" with a half- or full-width space; without one, the whole name.
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(QRegularExpression(QStringLiteral("[ \\x{3000}]")));
    return space > 0 ? trimmed.left(space) : trimmed;
}

} // namespace kiroku
