#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

namespace kiroku {

// The demo's signing state (issue 7): the council's latest signed record carries two signatures
// captured on the pad and is sealed; the latest finalised record has its first signature and waits
// for the second.
void addDemoSignaturesAndSeal(const QSqlDatabase &db, Id councilId);

} // namespace kiroku
