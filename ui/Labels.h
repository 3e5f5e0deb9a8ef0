#pragma once
// UI wording of the domain's enums (English in tr(), Japanese from kiroku_ja.ts) and the combo boxes
// that offer them. Items carry the enum's storage key as data, so models and editors pass keys around.
#include "model/Enums.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class QComboBox;

namespace kiroku::ui {

class Labels
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ui::Labels)
public:
    static QString of(QuorumRule value);
    static QString of(MemberRole value);
    static QString of(StaffKind value);
    static QString of(MeetingMode value);
    static QString of(Publicity value);
    static QString of(AttendanceStatus value);
    static QString of(NamePolicy value);
    static QString of(AgendaKind value);
    static QString of(Outcome value);
    static QString of(VoteKind value);
    static QString of(AgendaNumbering value);
    static QString of(ReportKind value);

    // Label of a stored key ("present" -> 出席); the key itself when unknown.
    template <typename E> static QString ofKey(const QString &key)
    {
        const std::optional<E> value = fromKey<E>(key);
        return value ? of(*value) : key;
    }
};

// (label, key) pairs of every value of an enum, in declaration order.
struct Choice
{
    QString label;
    QString key;
};
using Choices = QVector<Choice>;

template <typename E> Choices choicesOf()
{
    Choices choices;
    for (const QString &key : allKeys<E>())
        choices.append({Labels::ofKey<E>(key), key});
    return choices;
}

void fillCombo(QComboBox *combo, const Choices &choices);
// Selects the item whose data is `key`; nothing when there is none.
void selectKey(QComboBox *combo, const QString &key);

} // namespace kiroku::ui
