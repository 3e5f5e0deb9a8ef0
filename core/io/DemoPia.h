#pragma once
// The demo council's PIA evaluations (fictional): the 住民基本台帳 evaluation in its second version
// (moving to ガバメントクラウド) under inspection, with threshold inputs, a public comment period and its
// opinions, the checklist partly judged, a 21-question table and a change list; the first version as
// published; and the 市民税 evaluation inspected a year earlier.
#include "model/Types.h"

#include <QSqlDatabase>

namespace kiroku {

// `govConsultation` and `earlierConsultation`: the demo's two PIA consultations (諮問第12号, 第11号).
void writeDemoPia(const QSqlDatabase &db, Id councilId, Id govConsultation, Id earlierConsultation,
                  int currentYear);

// Gives the evaluation under inspection its document: the 全項目評価書 handed out as a material of
// its consultation's meetings (48 pages; its file exists only when the materials were drawn, with a
// QGuiApplication). Called after the material files are attached.
void attachDemoPiaDocument(const QSqlDatabase &db, Id councilId);

} // namespace kiroku
