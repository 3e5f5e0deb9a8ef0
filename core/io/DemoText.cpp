#include "io/DemoText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace kiroku::demo {
namespace {

const QStringList topics{
    u"ガバメントクラウド"_s,
    u"アクセスログの確認"_s,
    u"委託先の監督"_s,
    u"職員研修"_s,
    u"生体認証"_s,
    u"バックアップデータの保管"_s,
    u"情報提供ネットワークシステム"_s,
    u"特定個人情報ファイル"_s,
    u"再委託の承認"_s,
    u"媒体の廃棄"_s,
    u"端末の持ち出し"_s,
    u"パブリックコメント"_s,
    u"標準準拠システム"_s,
    u"開示請求の件数"_s,
    u"漏えい等の報告"_s,
};

const QStringList questions{
    u"%1について、具体的にはどのような運用になるのでしょうか。"_s,
    u"%1の関係で、前回の評価書から変わった点を教えてください。"_s,
    u"%1に関して、万一の事故が起きた場合の連絡体制はどうなっていますか。"_s,
    u"資料の%1の記載ですが、確認の頻度はどの程度を想定していますか。"_s,
    u"%1について、市民の方に分かりやすく説明する工夫はありますか。"_s,
    u"他の自治体では%1で問題が生じた例もあると聞きますが、本市の対策は十分でしょうか。"_s,
};

const QStringList explanations{
    u"それでは、資料に沿って%1について御説明いたします。"_s,
    u"%1につきましては、国の示す基準に従い、所管課において定期的に点検を行っております。"_s,
    u"今回の変更は、%1に伴い、システムの構成を見直すものでございます。"_s,
    u"%1の手順は、評価書の該当箇所に記載のとおりでございます。"_s,
    u"なお、%1については、委託契約書に遵守事項として明記しております。"_s,
    u"これにより、特定個人情報の取扱いに関するリスクは相当程度軽減されるものと考えております。"_s,
};

const QStringList answers{
    u"%1につきましては、月に一度、所属長が確認することとしております。"_s,
    u"御指摘の%1については、今年度中に手順書を改めて整備する予定です。"_s,
    u"%1については、事故発生時には直ちに所管課から情報政策課へ報告し、必要に応じて委員会へ報告いたします。"_s,
    u"現時点では%1に関する事故の報告はございません。"_s,
    u"%1については、委託先からの報告を受け、市としても立入検査を行う予定でございます。"_s,
};

const QStringList chairRemarks{
    u"ただいまの説明につきまして、御質問、御意見はございますか。"_s,
    u"%1について、ほかに御意見はございませんか。"_s,
    u"それでは、%1については事務局において整理の上、次回御報告をお願いします。"_s,
    u"御意見が出尽くしたようですので、次に進みたいと思います。"_s,
};

const QStringList opinions{
    u"%1については、引き続き丁寧な運用をお願いしたいと思います。"_s,
    u"%1の点は、答申の付帯意見として盛り込んではいかがでしょうか。"_s,
    u"説明は理解しましたが、%1の記載はもう少し具体的にしていただきたいと思います。"_s,
    u"%1については、市民の不安を招かないよう、周知にも配慮していただきたい。"_s,
};

} // namespace

QString TextGenerator::pick(const QStringList &options)
{
    return options.at(int(m_random.bounded(quint32(options.size()))));
}

QString TextGenerator::sentences(const QStringList &pool, const QString &topic, int count)
{
    QString text;
    for (int i = 0; i < count; ++i) {
        QString sentence = pick(pool);
        if (sentence.contains(u"%1"_s))
            sentence = sentence.arg(i == 0 ? topic : this->topic());
        text += sentence;
    }
    return text;
}

QString TextGenerator::topic()
{
    return pick(topics);
}

QString TextGenerator::question(const QString &topic)
{
    return sentences(questions, topic, bounded(1, 2));
}

QString TextGenerator::explanation(const QString &topic)
{
    return sentences(explanations, topic, bounded(2, 5));
}

QString TextGenerator::answer(const QString &topic)
{
    return sentences(answers, topic, bounded(1, 3));
}

QString TextGenerator::chairRemark(const QString &topic)
{
    return sentences(chairRemarks, topic, 1);
}

QString TextGenerator::opinion(const QString &topic)
{
    return sentences(opinions, topic, bounded(1, 2));
}

} // namespace kiroku::demo
