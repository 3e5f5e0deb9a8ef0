#pragma once
// A council's PIA evaluations as a table (pia::registerOf): affair, evaluation number, version, the
// declared type against the type the threshold judgment requires (a lighter declared type flagged as
// a mismatch), the next yearly review and the five-year deadline. Read-only: the evaluation's own
// tabs edit it through commands, and the model reloads when the Document reports a change.
#include "pia/PiaRegister.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class PiaListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AffairColumn,
        NumberColumn,
        VersionColumn,
        DeclaredColumn,
        RequiredColumn,
        JudgmentColumn,
        NextReviewColumn,
        FiveYearColumn,
        ColumnCount
    };
    enum Role
    {
        EvaluationIdRole = Qt::UserRole + 1,
        MismatchRole // true when the declared type is lighter than required
    };

    explicit PiaListModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);

    const QVector<pia::PiaEntry> &entries() const { return m_entries; }
    const pia::ThresholdTable &thresholds() const { return m_thresholds; }
    int rowOf(Id evaluationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    QPointer<Document> m_document;
    Id m_councilId = 0;
    pia::ThresholdTable m_thresholds;
    QVector<pia::PiaEntry> m_entries;
};

// How the declared type relates to the required one, short: "as required", "voluntarily fuller",
// "MISMATCH: lighter".
QString judgmentText(const pia::ThresholdJudgment &judgment);

} // namespace kiroku::ui
