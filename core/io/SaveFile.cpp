#include "io/SaveFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kiroku {

QString writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("kiroku::SaveFile", "Cannot write %1: %2")
            .arg(path, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return QCoreApplication::translate("kiroku::SaveFile", "Writing %1 failed: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace kiroku
