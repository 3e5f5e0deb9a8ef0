#pragma once
// Assembles a packet with qpdf: the front pages (cover, 資料一覧), then every material in order, with
// bookmarks per material (資料10-1, 10-2 nested under 資料10), page labels that name the material and
// its own page ("資料3-1 p.46"), index entries linked to the materials' first pages and, when asked,
// the member's watermark over every page. qpdf has no helper that writes outlines or page labels: those
// dictionaries are built here with QPDFObjectHandle (brief §9).
#include "packet/FrontPages.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace kiroku::packet {

struct PacketPart
{
    QString label; // 資料3-1
    QString title;
    QString fileName; // for messages
    QByteArray pdf;
    int entry = -1; // index into the front matter's entries whose link leads here; -1: none
};

struct PacketSpec
{
    bool withFront = true; // the cover and index first
    FrontMatter front;     // entries' startOffset must match the parts' page counts
    QVector<PacketPart> parts;
    QString watermark; // empty: none
    QString title;     // document information
    QString author;
    QString subject;
};

struct PacketResult
{
    QByteArray pdf;
    int pageCount = 0;
    QString error;   // names the file and the problem; pdf is then empty
    QString missing; // characters the cover and index font could not draw
};

// Needs a QGuiApplication for the front pages and the watermark.
PacketResult buildPacket(const PacketSpec &spec);

// "資料10" for "資料10-1", "報告資料(1)" for "報告資料(1)-2"; empty when the label has no sub-number.
QString parentLabel(const QString &label);

} // namespace kiroku::packet
