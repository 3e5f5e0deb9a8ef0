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

} // namespace kiroku
