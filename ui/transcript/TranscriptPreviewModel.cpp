#include "TranscriptPreviewModel.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QString memberText(const Member &m)
{
    return m.name + u"（"_s + japaneseLabel(m.role) + u"）"_s;
}

QString staffText(const Staff &s)
{
    QStringList parts{s.organisation};
    if (!s.name.isEmpty())
        parts << s.name;
    if (!s.title.isEmpty())
        parts << s.title;
    return parts.join(u' ');
}

} // namespace

TranscriptPreviewModel::TranscriptPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_choices.append({tr("(no match)"), QString()});
}

QString TranscriptPreviewModel::keyOf(Id memberId, Id staffId)
{
    if (memberId != 0)
        return u"m"_s + QString::number(memberId);
    if (staffId != 0)
        return u"s"_s + QString::number(staffId);
    return {};
}

void TranscriptPreviewModel::setAttendees(const transcript::Attendees &attendees)
{
    m_choices.clear();
    m_attendeeByKey.clear();
    m_choices.append({tr("(no match)"), QString()});
    for (const Member &m : attendees.members) {
        m_choices.append({memberText(m), keyOf(m.id, 0)});
        m_attendeeByKey.insert(keyOf(m.id, 0), memberText(m));
    }
    for (const Staff &s : attendees.staff) {
        m_choices.append({staffText(s), keyOf(0, s.id)});
        m_attendeeByKey.insert(keyOf(0, s.id), staffText(s));
    }
}

void TranscriptPreviewModel::setPlan(transcript::TranscriptPlan plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    endResetModel();
    Q_EMIT mappingChanged();
}

bool TranscriptPreviewModel::setMapping(const QString &label, const QString &key)
{
    if (!key.isEmpty() && !m_attendeeByKey.contains(key))
        return false;
    bool found = false;
    for (transcript::SpeakerMapping &speaker : m_plan.speakers) {
        if (speaker.label != label)
            continue;
        found = true;
        speaker.memberId = key.startsWith(u'm') ? key.mid(1).toLongLong() : 0;
        speaker.staffId = key.startsWith(u's') ? key.mid(1).toLongLong() : 0;
        speaker.attendee = m_attendeeByKey.value(key);
    }
    if (!found)
        return false;
    transcript::SpeakerMatcher::applyMapping(m_plan);
    for (int row = 0; row < m_plan.turns.size(); ++row) {
        if (m_plan.turns.at(row).speaker == label) {
            const QModelIndex cell = index(row, AttendeeColumn);
            Q_EMIT dataChanged(cell, cell);
        }
    }
    Q_EMIT mappingChanged();
    return true;
}

int TranscriptPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.turns.size());
}

int TranscriptPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptPreviewModel::kindLabel(StatementKind kind) const
{
    switch (kind) {
    case StatementKind::Speech:
        return tr("Speech");
    case StatementKind::StageDirection:
        return tr("Stage direction");
    case StatementKind::Heading:
        return tr("Heading");
    case StatementKind::Summary:
        return tr("Summary");
    }
    return {};
}

QVariant TranscriptPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.turns.size())
        return {};
    const transcript::ParsedTurn &turn = m_plan.turns.at(index.row());
    const bool speech = turn.kind == StatementKind::Speech;
    const QString key = keyOf(turn.memberId, turn.staffId);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LinesColumn:
            return turn.firstLine == turn.lastLine ? QString::number(turn.firstLine)
                                                   : u"%1–%2"_s.arg(turn.firstLine).arg(turn.lastLine);
        case KindColumn:
            return kindLabel(turn.kind);
        case SpeakerColumn:
            return turn.speaker;
        case AttendeeColumn:
            if (!speech)
                return QString();
            return key.isEmpty() ? tr("(no match)") : m_attendeeByKey.value(key);
        case TextColumn: {
            QString text = turn.text;
            text.replace(u'\n', u" ⏎ "_s);
            return text;
        }
        }
        break;
    case Qt::EditRole:
        if (index.column() == AttendeeColumn)
            return key;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return turn.text;
        if (index.column() == AttendeeColumn && speech)
            return tr("Every turn of %1 goes to the person chosen here.").arg(turn.speaker);
        break;
    case Qt::ForegroundRole:
        if (index.column() == AttendeeColumn && speech && key.isEmpty())
            return QBrush(QPalette().color(QPalette::PlaceholderText));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LinesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant TranscriptPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LinesColumn:
        return tr("Lines");
    case KindColumn:
        return tr("Kind");
    case SpeakerColumn:
        return tr("Speaker");
    case AttendeeColumn:
        return tr("Attendee");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

Qt::ItemFlags TranscriptPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == AttendeeColumn && index.row() < m_plan.turns.size() &&
        m_plan.turns.at(index.row()).kind == StatementKind::Speech)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TranscriptPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return setMapping(m_plan.turns.at(index.row()).speaker, value.toString());
}

} // namespace kiroku::ui
