#pragma once
// The script the kill test types: line n of a fictional meeting, the same in the typist and the test.
#include <QString>
#include <QStringList>

namespace kiroku::test {

inline QString scriptLine(int n)
{
    using namespace Qt::StringLiterals;
    static const QStringList phrases{
        u"ただいまから審議会を開会いたします。"_s,
        u"本日の案件は、住民基本台帳事務における特定個人情報保護評価についてです。"_s,
        u"所管課から御説明をお願いします。"_s,
        u"ガバメントクラウドへの移行に伴い、全項目評価書を見直しました。"_s,
        u"委託先の監督はどのように行うのでしょうか。"_s,
        u"契約書に再委託の条件を定め、年に一度の実地確認を行います。"_s,
        u"ほかに御意見はございませんか。"_s,
    };
    return u"%1　"_s.arg(n + 1) + phrases.at(n % phrases.size()) +
           phrases.at((n * 3 + 1) % phrases.size()).left(n % 17);
}

} // namespace kiroku::test
