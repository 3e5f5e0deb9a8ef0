#pragma once
// Checks a material file before it is stored or merged: a PDF, not encrypted, not damaged, with pages.
#include <QByteArray>
#include <QString>

namespace kiroku::packet {

struct PdfInspection
{
    int pageCount = 0;
    QString error; // empty when the file can be used; else names the file and the problem

    bool ok() const { return error.isEmpty(); }
};

// `fileName` is only used in the message ("資料3.pdf is encrypted …").
PdfInspection inspectPdf(const QByteArray &data, const QString &fileName);

} // namespace kiroku::packet
