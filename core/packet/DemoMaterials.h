#pragma once
// Material PDFs for the demo council, generated when the demo is written (every word invented), so a
// new user can build a packet at once. Needs fonts, hence a QGuiApplication; without one the demo's
// materials stay without files.
#include "model/Types.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace kiroku::packet {

struct DemoMaterialText
{
    QString municipality; // 青葉台市
    QString department;   // 市民部市民課
    QString label;        // 資料2, stamped in the top right corner of every page (empty: none)
    QString title;
    int pages = 1;
    quint32 seed = 1;
};

// An A4 PDF of `pages` pages with a title page and numbered body pages. Empty without a
// QGuiApplication.
QByteArray renderDemoMaterial(const DemoMaterialText &text);

// Gives the materials of the demo's two latest fiscal years their files (one of them split into
// 資料2-1 / 資料2-2, the latter not public). Called by DemoArchive::write inside its transaction.
// Does nothing without a QGuiApplication.
void attachDemoMaterialFiles(const QSqlDatabase &db, Id councilId);

} // namespace kiroku::packet
