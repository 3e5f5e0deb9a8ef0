#pragma once
// The split of a transcript before it is applied: one row per statement (source lines, kind, speaker
// label, the attendee it goes to, text). The attendee column is editable; a choice applies to every
// turn of the same label, as the import will.
#include "Labels.h"
#include "transcript/SpeakerMatcher.h"

#include <QAbstractTableModel>

namespace kiroku::ui {

class TranscriptPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LinesColumn,
        KindColumn,
        SpeakerColumn,
        AttendeeColumn,
        TextColumn,
        ColumnCount
    };

    explicit TranscriptPreviewModel(QObject *parent = nullptr);

    // The people a label can be mapped to: "(no match)" first, then members, then staff. Keys are
    // "m<id>" and "s<id>", "" for nobody.
    void setAttendees(const transcript::Attendees &attendees);
    const Choices &attendeeChoices() const { return m_choices; }

    void setPlan(transcript::TranscriptPlan plan);
    // The plan with the clerk's corrections of the speaker mapping.
    const transcript::TranscriptPlan &plan() const { return m_plan; }
    // Maps every turn of `label` to the attendee with `key` (see attendeeChoices()).
    bool setMapping(const QString &label, const QString &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void mappingChanged();

private:
    static QString keyOf(Id memberId, Id staffId);
    QString kindLabel(StatementKind kind) const;

    transcript::TranscriptPlan m_plan;
    Choices m_choices;
    QHash<QString, QString> m_attendeeByKey;
};

} // namespace kiroku::ui
