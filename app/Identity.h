#pragma once
// The names both programs run under: settings, the UI language and the remembered integrity checks
// are found by them, so the front and the full program must agree.
#include <QCoreApplication>

namespace kiroku::app {

inline void setIdentity()
{
    using namespace Qt::StringLiterals;
    QCoreApplication::setOrganizationName(u"Kiroku"_s);
    QCoreApplication::setApplicationName(u"kiroku"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIROKU_VERSION));
}

} // namespace kiroku::app
