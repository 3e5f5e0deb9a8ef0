#include "consultations/ResponseDialog.h"

#include "text/Wareki.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

ResponseDialog::ResponseDialog(const QVector<Meeting> &meetings, const Response &response, QWidget *parent)
    : QDialog(parent)
    , m_response(response)
    , m_date(new QDateEdit(this))
    , m_meeting(new QComboBox(this))
    , m_conclusion(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_opinions(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Record Response"));
    setObjectName(u"responseDialog"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(response.date.isValid() ? response.date : QDate::currentDate());
    m_meeting->addItem(tr("(not decided at a meeting)"), Id(0));
    for (const Meeting &m : meetings) {
        m_meeting->addItem(
            u"%1　%2"_s.arg(wareki::formatFiscalYear(m.fiscalYear) + wareki::formatOrdinalMeeting(m.number),
                            m.date.isValid() ? wareki::formatDate(m.date) : QString()),
            m.id);
        if (m.id == response.meetingId)
            m_meeting->setCurrentIndex(m_meeting->count() - 1);
    }
    m_conclusion->setPlainText(response.conclusion);
    m_body->setPlainText(response.body);
    m_opinions->setPlainText(response.opinions);
    m_conclusion->setAccessibleName(tr("Conclusion"));
    m_body->setAccessibleName(tr("Reasons"));
    m_opinions->setAccessibleName(tr("Attached opinions"));
    m_conclusion->setTabChangesFocus(true);
    m_body->setTabChangesFocus(true);
    m_opinions->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Decided at &meeting:"), m_meeting);
    form->addRow(tr("&Conclusion:"), m_conclusion);
    form->addRow(tr("&Reasons:"), m_body);
    form->addRow(tr("Attached &opinions:"), m_opinions);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    resize(640, 520);
    // A meeting chosen gives its date, the usual date of the 答申.
    connect(m_meeting, &QComboBox::currentIndexChanged, this, [this, meetings](int index) {
        const Id id = m_meeting->itemData(index).toLongLong();
        for (const Meeting &m : meetings) {
            if (m.id == id && m.date.isValid())
                m_date->setDate(m.date);
        }
    });
}

Response ResponseDialog::response() const
{
    Response r = m_response;
    r.date = m_date->date();
    r.meetingId = m_meeting->currentData().toLongLong();
    r.conclusion = m_conclusion->toPlainText().trimmed();
    r.body = m_body->toPlainText().trimmed();
    r.opinions = m_opinions->toPlainText().trimmed();
    return r;
}

} // namespace kiroku::ui
