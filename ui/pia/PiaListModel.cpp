#include "pia/PiaListModel.h"

#include "commands/Document.h"
#include "pia/PiaLabels.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QString dateText(QDate date)
{
    return date.isValid() ? wareki::formatDate(date, wareki::Digits::Half, false) : QString();
}

} // namespace

QString judgmentText(const pia::ThresholdJudgment &j)
{
    using Status = pia::ThresholdJudgment::Status;
    switch (j.status) {
    case Status::AsRequired:
        return PiaListModel::tr("as required");
    case Status::Fuller:
        return PiaListModel::tr("voluntarily fuller");
    case Status::Lighter:
        break;
    }
    return PiaListModel::tr("MISMATCH: lighter");
}

PiaListModel::PiaListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PiaListModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_councilId = 0;
    if (document) {
        connect(document, &Document::piaEvaluationsChanged, this, [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        });
        // A part's edit moves what the list derives (question counts, problems); header edits move
        // the judgment and the deadlines.
        connect(document, &Document::piaEvaluationChanged, this, [this](Id evaluationId) {
            if (rowOf(evaluationId) >= 0)
                reload();
        });
    }
    reload();
}

void PiaListModel::setCouncil(Id councilId)
{
    m_councilId = councilId;
    reload();
}

void PiaListModel::reload()
{
    beginResetModel();
    m_entries.clear();
    if (m_document && m_councilId != 0) {
        // The table a clerk keeps beside the archive wins over the shipped one, read afresh so an
        // amended guideline applies without restarting.
        m_thresholds =
            pia::PiaLibrary({pia::PiaLibrary::folderBeside(m_document->archive().path())}).thresholds();
        try {
            m_entries = pia::registerOf(m_document->database(), m_councilId, m_thresholds);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    endResetModel();
}

int PiaListModel::rowOf(Id evaluationId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).evaluation.id == evaluationId)
            return int(i);
    }
    return -1;
}

int PiaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PiaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PiaListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const pia::PiaEntry &e = m_entries.at(index.row());
    const PiaEvaluation &ev = e.evaluation;
    const bool mismatch = e.threshold.status == pia::ThresholdJudgment::Status::Lighter;
    if (role == EvaluationIdRole)
        return ev.id;
    if (role == MismatchRole)
        return mismatch;
    if (index.column() == JudgmentColumn && mismatch) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xaa, 0x22, 0x22));
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    // An older version is history: shown, but greyed.
    if (role == Qt::ForegroundRole && !e.latest)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::ToolTipRole) {
        if (index.column() == RequiredColumn || index.column() == JudgmentColumn)
            return QString(pia::statusText(e.threshold) + u"\n"_s + e.threshold.explanation);
        QStringList tip;
        if (!e.latest)
            tip << tr("Superseded by a later version");
        tip << e.problems;
        return tip.isEmpty() ? QVariant() : QVariant(tip.join(u'\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AffairColumn:
        return ev.affair.isEmpty() ? tr("(affair not named)") : ev.affair;
    case NumberColumn:
        return ev.evaluationNumber;
    case VersionColumn:
        return ev.version;
    case DeclaredColumn:
        return PiaLabels::of(ev.declaredType);
    case RequiredColumn:
        return PiaLabels::of(e.threshold.required);
    case JudgmentColumn:
        return judgmentText(e.threshold);
    case NextReviewColumn:
        return e.latest ? dateText(e.schedule.nextReview) : QString();
    case FiveYearColumn:
        return e.latest ? dateText(e.schedule.fiveYearDeadline) : QString();
    default:
        return {};
    }
}

QVariant PiaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AffairColumn:
        return tr("Affair");
    case NumberColumn:
        return tr("No.");
    case VersionColumn:
        return tr("Ver.");
    case DeclaredColumn:
        return tr("Declared type");
    case RequiredColumn:
        return tr("Required type");
    case JudgmentColumn:
        return tr("Judgment");
    case NextReviewColumn:
        return tr("Next review");
    case FiveYearColumn:
        return tr("Five-year deadline");
    default:
        return {};
    }
}

} // namespace kiroku::ui
