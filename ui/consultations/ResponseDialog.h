#pragma once
// Record Response…: the 答申's date, the meeting that decided it, the conclusion, the reasons and the
// attached opinions (付帯意見). Checked by SetResponseCommand when accepted.
#include "model/Types.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace kiroku::ui {

class ResponseDialog : public QDialog
{
    Q_OBJECT
public:
    // `meetings`: the council's meetings to choose from; `response`: the one to edit, or a new one.
    ResponseDialog(const QVector<Meeting> &meetings, const Response &response, QWidget *parent = nullptr);
    Response response() const;

private:
    Response m_response;
    QDateEdit *m_date;
    QComboBox *m_meeting;
    QPlainTextEdit *m_conclusion;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_opinions;
};

} // namespace kiroku::ui
