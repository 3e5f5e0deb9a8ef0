#pragma once
// Invented but plausible wording for the demo council's minutes: what a chair, the secretariat,
// a presenting department and members say in a personal-information-protection council.
#include <QRandomGenerator>
#include <QString>

namespace kiroku::demo {

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_random(seed)
    {}

    QString question(const QString &topic);    // a member asks
    QString explanation(const QString &topic); // a department explains
    QString answer(const QString &topic);      // a department answers
    QString chairRemark(const QString &topic); // the chair steers
    QString opinion(const QString &topic);     // a member gives an opinion
    QString topic();                           // ガバメントクラウド, アクセスログ ...
    int bounded(int lowest, int highest)
    {
        return lowest + int(m_random.bounded(quint32(highest - lowest + 1)));
    }
    bool chance(int percent) { return int(m_random.bounded(100u)) < percent; }

private:
    QString pick(const QStringList &options);
    QString sentences(const QStringList &pool, const QString &topic, int count);

    QRandomGenerator m_random;
};

} // namespace kiroku::demo
