#pragma once
// Formats kept as data files (record formats, letter formats): every *.json of a folder parsed and
// validated, a later file replacing an earlier one of the same name (user copies over shipped ones),
// bad files skipped and named in `problems`.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QVector>

#include <algorithm>

namespace kiroku::record {

// `parse(bytes, name, path)` returns a load with an optional `format` and its `errors`.
template <typename Format, typename Parse>
void loadFormatDirectory(const QString &dir, QVector<Format> &formats, QStringList &problems, Parse parse)
{
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            problems << info.filePath() + QStringLiteral(": cannot be read");
            continue;
        }
        auto load = parse(file.read(256 * 1024), info.completeBaseName(), info.filePath());
        problems += load.errors;
        if (!load.format)
            continue;
        auto same = std::find_if(formats.begin(), formats.end(),
                                 [&](const Format &f) { return f.name == load.format->name; });
        if (same != formats.end())
            *same = *load.format;
        else
            formats << *load.format;
    }
}

} // namespace kiroku::record
