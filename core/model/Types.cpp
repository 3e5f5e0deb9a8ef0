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

namespace kiroku {

QString pageCitation(const QString &section, int page)
{
    const QString place = section.trimmed();
    if (page <= 0)
        return place;
    const QString p = QStringLiteral("p.") + QString::number(page);
    return place.isEmpty() ? p : place + QStringLiteral(", ") + p;
}

} // namespace kiroku
