#include "consultations/ConsultationTableModel.h"

#include "commands/ConsultationCommands.h"
#include "commands/Document.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

using namespace Qt::StringLiterals;

namespace kiroku::ui {

ConsultationTableModel::ConsultationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ConsultationTableModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_councilId = 0;
    if (document) {
        connect(document, &Document::consultationsChanged, this, [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        });
        // Outcomes decided at meetings move the statuses.
        connect(document, &Document::agendaChanged, this, [this](Id) { reload(); });
    }
    reload();
}

void ConsultationTableModel::setCouncil(Id councilId)
{
    m_councilId = councilId;
    reload();
}

void ConsultationTableModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void ConsultationTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_document && m_councilId != 0) {
        try {
            m_entries = consultation::registerOf(m_document->database(), m_councilId, m_today);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    endResetModel();
}

int ConsultationTableModel::rowOf(Id consultationId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).consultation.id == consultationId)
            return int(i);
    }
    return -1;
}

int ConsultationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ConsultationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsultationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const consultation::RegisterEntry &e = m_entries.at(index.row());
    const Consultation &c = e.consultation;
    if (role == ConsultationIdRole)
        return c.id;
    if (role == StatusKeyRole)
        return consultation::statusKey(e.status);
    if (role == Qt::TextAlignmentRole && (index.column() == NumberColumn || index.column() == DaysColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case NumberColumn:
            return c.number;
        case SubjectColumn:
            return c.subject;
        case BodyColumn:
            return c.consultingBody;
        case DepartmentColumn:
            return c.department;
        case ReceivedColumn:
            return c.receivedDate;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return u"諮問第%1号"_s.arg(c.number);
    case SubjectColumn:
        return c.subject;
    case BodyColumn:
        return c.consultingBody;
    case DepartmentColumn:
        return c.department;
    case ReceivedColumn:
        return c.receivedDate.isValid() ? wareki::formatDate(c.receivedDate, wareki::Digits::Half, false)
                                        : QString();
    case StatusColumn:
        return consultation::statusLabel(e.status);
    case DaysColumn:
        return e.daysOpen;
    default:
        return {};
    }
}

QVariant ConsultationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case SubjectColumn:
        return tr("Subject");
    case BodyColumn:
        return tr("Consulted by");
    case DepartmentColumn:
        return tr("Department");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case DaysColumn:
        return tr("Days open");
    default:
        return {};
    }
}

Qt::ItemFlags ConsultationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() <= ReceivedColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ConsultationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.row() >= m_entries.size())
        return false;
    const Consultation before = m_entries.at(index.row()).consultation;
    Consultation after = before;
    switch (index.column()) {
    case NumberColumn: {
        bool ok = false;
        after.number = value.toString().trimmed().toInt(&ok);
        if (!ok)
            after.number = 0; // refused by the command with its message
        break;
    }
    case SubjectColumn:
        after.subject = value.toString().trimmed();
        break;
    case BodyColumn:
        after.consultingBody = value.toString().trimmed();
        break;
    case DepartmentColumn:
        after.department = value.toString().trimmed();
        break;
    case ReceivedColumn:
        after.receivedDate = value.toDate();
        if (after.receivedDate.isValid())
            after.fiscalYear = wareki::fiscalYearOf(after.receivedDate);
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    return m_document->push(new EditConsultationCommand(m_document, before, after));
}

} // namespace kiroku::ui
