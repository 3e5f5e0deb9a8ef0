#include "io/DemoPia.h"

#include "store/AgendaRepository.h"
#include "store/MaterialRepository.h"
#include "store/PiaRepository.h"
#include "store/StatementRepository.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

struct QuestionRow
{
    const char16_t *section;
    int page;
    const char16_t *question;
    bool observation; // first judgment 観察事項 (else 適合); all are 適合 after the second check
    const char16_t *answer;
};

// 21 questions: first 適合10・観察事項11, final 適合21.
const QuestionRow questionRows[] = {
    {u"I 基本情報 1 特定個人情報ファイルを取り扱う事務", 3,
     u"事務の内容に標準準拠システムへの移行後の処理が記載されているか。", false, u"記載しています。"},
    {u"I 基本情報 2 特定個人情報ファイルを取り扱う事務において使用するシステム", 5,
     u"ガバメントクラウド上のシステムの名称と機能が具体的に記載されているか。", true,
     u"システム2として追記しました。"},
    {u"I 基本情報 5 個人番号の利用", 9, u"法令上の根拠が最新の条項で記載されているか。", false,
     u"最新の条項を確認済みです。"},
    {u"II 特定個人情報ファイルの概要 2 基本情報", 12, u"対象となる本人の数の基準日が記載されているか。", true,
     u"基準日（4月1日）を追記しました。"},
    {u"II 特定個人情報ファイルの概要 3 特定個人情報の入手・使用", 14,
     u"入手の方法ごとにリスクが整理されているか。", false, u"整理しています。"},
    {u"II 特定個人情報ファイルの概要 4 特定個人情報ファイルの取扱いの委託", 16,
     u"再委託の有無と許諾の手続が記載されているか。", true, u"再委託の許諾手続を追記しました。"},
    {u"II 特定個人情報ファイルの概要 6 特定個人情報の保管・消去", 19,
     u"ガバメントクラウドにおける保管場所が記載されているか。", true,
     u"国内のデータセンターである旨を追記しました。"},
    {u"III 2 特定個人情報の入手 リスク1", 23, u"目的外の入手を防ぐ措置が具体的か。", false,
     u"具体的に記載しています。"},
    {u"III 3 特定個人情報の使用 リスク2", 27, u"権限のない者による使用を防ぐ措置が記載されているか。", false,
     u"記載しています。"},
    {u"III 3 特定個人情報の使用 リスク3", 28, u"操作ログの保存期間と確認の頻度が記載されているか。", true,
     u"保存期間7年、月1回の確認を追記しました。"},
    {u"III 4 特定個人情報ファイルの取扱いの委託", 31, u"委託先の監督方法が具体的に記載されているか。", true,
     u"定期報告と立入検査について追記しました。"},
    {u"III 5 特定個人情報の提供・移転", 34, u"提供先ごとの措置が記載されているか。", false,
     u"記載しています。"},
    {u"III 6 情報提供ネットワークシステムとの接続", 37, u"接続に係るリスク対策が記載されているか。", false,
     u"記載しています。"},
    {u"III 7 特定個人情報の保管・消去 ⑤ 物理的対策", 43,
     u"ガバメントクラウド事業者の物理的対策の確認方法が記載されているか。", true,
     u"第三者認証の確認による旨を追記しました。"},
    {u"III 7 特定個人情報の保管・消去 ⑥ 技術的対策", 44,
     u"通信の暗号化とアクセス制御の方法が記載されているか。", true,
     u"閉域網接続と多要素認証について追記しました。"},
    {u"III 7 特定個人情報の保管・消去 ⑨ 過去3年以内の漏えい等", 45, u"過去の事案の有無が記載されているか。",
     false, u"該当がない旨を記載しています。"},
    {u"III 7 特定個人情報の保管・消去 リスク3 消去", 46,
     u"移行後の旧システムのデータ消去の方法が記載されているか。", true,
     u"消去証明書の取得について追記しました。"},
    {u"IV その他のリスク対策 1 監査", 47, u"自己点検と監査の頻度が記載されているか。", false,
     u"記載しています。"},
    {u"IV その他のリスク対策 2 従業者に対する教育・啓発", 47, u"委託先の従事者への研修が含まれているか。",
     true, u"委託先従事者を対象に含める旨を追記しました。"},
    {u"V 開示請求、問合せ", 48, u"問合せ先の部署と連絡方法が記載されているか。", false, u"記載しています。"},
    {u"VI 評価実施手続 2 国民・住民等からの意見の聴取", 48, u"意見公募の結果と反映の内容が記載されているか。",
     true, u"意見の要旨と対応を追記しました。"},
};

} // namespace

void writeDemoPia(const QSqlDatabase &db, Id councilId, Id govConsultation, Id earlierConsultation,
                  int currentYear)
{
    PiaRepository repository(db);

    // The first version, published some four years ago: its five-year deadline is near.
    PiaEvaluation first;
    first.councilId = councilId;
    first.affair = u"住民基本台帳に関する事務"_s;
    first.evaluatingBody = u"青葉台市長"_s;
    first.department = u"市民部市民課"_s;
    first.evaluationNumber = u"1"_s;
    first.version = 1;
    first.declaredType = PiaType::BasicFull;
    first.targetCount = 309870;
    first.targetCountDate = QDate(currentYear - 5, 4, 1);
    first.targetCountSource = u"住民基本台帳の登録者数"_s;
    first.handlerCount = 164;
    first.handlerCountDate = QDate(currentYear - 5, 4, 1);
    first.handlerCountSource = u"市民課・情報政策課の事務従事者名簿"_s;
    first.incidentCheckDate = QDate(currentYear - 5, 4, 1);
    first.incidentSource = u"情報政策課 漏えい等事案の記録"_s;
    first.trigger = PiaTrigger::FiveYear;
    first.publicCommentStart = QDate(currentYear - 5, 11, 1);
    first.publicCommentEnd = QDate(currentYear - 5, 11, 30);
    first.inspectionDate = QDate(currentYear - 4, 1, 20);
    first.submissionDate = QDate(currentYear - 4, 2, 28);
    first.publicationDate = QDate(currentYear - 4, 3, 15);
    first.lastReviewDate = QDate(currentYear - 1, 3, 10);
    repository.insert(first);

    // The second version: an important change, under inspection (諮問第12号).
    PiaEvaluation pia;
    pia.councilId = councilId;
    pia.consultationId = govConsultation;
    pia.affair = u"住民基本台帳に関する事務"_s;
    pia.evaluatingBody = u"青葉台市長"_s;
    pia.department = u"市民部市民課"_s;
    pia.evaluationNumber = u"1"_s;
    pia.version = 2;
    pia.declaredType = PiaType::BasicFull;
    pia.targetCount = 312480;
    pia.targetCountDate = QDate(currentYear, 4, 1);
    pia.targetCountSource = u"住民基本台帳の登録者数（4月1日現在）"_s;
    pia.handlerCount = 186;
    pia.handlerCountDate = QDate(currentYear, 4, 1);
    pia.handlerCountSource = u"市民課・情報政策課・委託先の事務従事者名簿"_s;
    pia.seriousIncident = false;
    pia.incidentCheckDate = QDate(currentYear, 4, 1);
    pia.incidentSource = u"情報政策課 漏えい等事案の記録（過去1年）"_s;
    pia.trigger = PiaTrigger::ImportantChange;
    pia.changeDescription = u"住民記録システムの標準準拠システムへの移行及びガバメントクラウドの利用"_s;
    pia.publicCommentStart = QDate(currentYear, 4, 1);
    pia.publicCommentEnd = QDate(currentYear, 4, 30);
    pia.inspectionDate = QDate(currentYear, 11, 12);
    pia.notes = u"第三者点検は3回の会議で実施（継続審議2回）。"_s;
    const Id id = repository.insert(pia);

    const struct
    {
        const char16_t *summary;
        PiaOpinionHandling handling;
        const char16_t *reason;
    } opinions[] = {
        {u"ガバメントクラウドのデータセンターの所在地を明らかにしてほしい。", PiaOpinionHandling::Adopted,
         u"国内に所在する旨を評価書III 7に追記した。"},
        {u"移行に伴い旧システムのデータが確実に消去されるのか不安である。", PiaOpinionHandling::Adopted,
         u"消去の方法と消去証明書の取得を評価書III 7 リスク3に追記した。"},
        {u"住民基本台帳の事務にクラウドを使うべきではない。", PiaOpinionHandling::NotAdopted,
         u"標準準拠システムへの移行は法令に基づくものであり、評価書に記載したリスク対策により安全性を確保する"
         u"ため。"},
    };
    int position = 0;
    for (const auto &o : opinions) {
        PiaOpinion opinion;
        opinion.evaluationId = id;
        opinion.position = ++position;
        opinion.summary = QString::fromUtf16(o.summary);
        opinion.handling = o.handling;
        opinion.reason = QString::fromUtf16(o.reason);
        repository.insert(opinion);
    }

    // Statements of the inspection meetings, to link findings to what was said.
    QVector<Id> statementIds;
    for (const AgendaItem &item : AgendaRepository(db).itemsOfConsultation(govConsultation)) {
        for (const Statement &s : StatementRepository(db).statements(item.meetingId)) {
            if (s.agendaItemId == item.id && s.kind == StatementKind::Speech)
                statementIds << s.id;
        }
    }

    // The checklist: 適合性 judged in the first round, 妥当性 1–4 in the second, 5–7 still open.
    const QStringList codes{u"適合性1"_s, u"適合性2"_s, u"適合性3"_s, u"適合性4"_s, u"適合性5"_s,
                            u"適合性6"_s, u"妥当性1"_s, u"妥当性2"_s, u"妥当性3"_s, u"妥当性4"_s,
                            u"妥当性5"_s, u"妥当性6"_s, u"妥当性7"_s};
    const QStringList texts{
        u"しきい値判断に誤りはないか。"_s,
        u"適切な実施主体が実施しているか。"_s,
        u"公表しない部分は適切な範囲か。"_s,
        u"適切な時期に実施しているか。（災害等の場合を除き、変更の前に実施しているか。）"_s,
        u"広く住民等の意見を求め、得られた意見を十分考慮した上で必要な見直しを行っているか。"_s,
        u"評価書の様式のすべての項目について検討し、実際の事務に即して記載しているか。"_s,
        u"記載された措置を実施する体制が所管部署にあるか。"_s,
        u"事務の内容が具体的に記載されているか。"_s,
        u"特定個人情報の流れが記載されているか。"_s,
        u"実際の事務に即してリスクが特定されているか。"_s,
        u"リスク対策が具体的に記載されているか。"_s,
        u"リスク対策が評価の目的に照らし妥当なものか。"_s,
        u"表紙の宣言（特定個人情報保護のための宣言）が評価の目的に照らし妥当なものか。"_s};
    for (int i = 0; i < codes.size(); ++i) {
        PiaViewpoint v;
        v.evaluationId = id;
        v.position = i + 1;
        v.area = i < 6 ? PiaViewpointArea::Conformity : PiaViewpointArea::Adequacy;
        v.code = codes.at(i);
        v.text = texts.at(i);
        if (i < 6) {
            v.judgment = PiaJudgment::Conforming;
            v.round = 1;
        } else if (i < 10) {
            v.judgment = PiaJudgment::Conforming;
            v.round = 2;
        }
        if (i == 4) {
            v.finding = u"意見公募の結果、3件の意見のうち2件を評価書に反映したことを確認した。"_s;
            v.section = u"VI 評価実施手続 2"_s;
            v.page = 48;
        }
        if (i == 9) {
            v.judgment = PiaJudgment::Observation;
            v.finding = u"ガバメントクラウド利用に伴う通信経路のリスクの記載が抽象的である。"_s;
            v.answer = u"閉域網接続と多要素認証の具体的な方法を追記した。"_s;
            v.section = u"III 7 ⑥ 技術的対策"_s;
            v.page = 44;
            v.statementIds = statementIds.mid(0, 2);
        }
        repository.insert(v);
    }

    int number = 0;
    for (const QuestionRow &row : questionRows) {
        PiaQuestion q;
        q.evaluationId = id;
        q.number = ++number;
        q.section = QString::fromUtf16(row.section);
        q.page = row.page;
        q.question = QString::fromUtf16(row.question);
        q.firstJudgment = row.observation ? PiaJudgment::Observation : PiaJudgment::Conforming;
        q.answer = QString::fromUtf16(row.answer);
        q.secondCheck = row.observation ? u"修正内容を確認した。"_s : QString();
        q.finalJudgment = PiaJudgment::Conforming;
        repository.insert(q);
    }

    const struct
    {
        const char16_t *section;
        int page;
        const char16_t *before;
        const char16_t *after;
    } changes[] = {
        {u"I 基本情報 2 システム1", 5, u"住民記録システム（庁内設置）",
         u"住民記録システム（標準準拠システム、ガバメントクラウド上に構築）"},
        {u"II 6 保管場所", 19, u"本庁舎サーバ室の施錠されたラック内",
         u"ガバメントクラウド（国内のデータセンター）。庁内との接続は閉域網による"},
        {u"III 7 ⑥ 技術的対策", 44, u"庁内ネットワークからのみ接続可能",
         u"閉域網による接続、多要素認証、通信の暗号化"},
        {u"III 7 リスク3 消去", 46, u"保存期間経過後に庁内で消去",
         u"移行完了後、旧システムのデータを消去し、委託先から消去証明書を取得"},
    };
    position = 0;
    for (const auto &c : changes) {
        PiaChange change;
        change.evaluationId = id;
        change.position = ++position;
        change.section = QString::fromUtf16(c.section);
        change.page = c.page;
        change.before = QString::fromUtf16(c.before);
        change.after = QString::fromUtf16(c.after);
        repository.insert(change);
    }

    // The 市民税 evaluation, inspected a year earlier (諮問第11号) and published since.
    PiaEvaluation tax;
    tax.councilId = councilId;
    tax.consultationId = earlierConsultation;
    tax.affair = u"個人住民税の賦課に関する事務"_s;
    tax.evaluatingBody = u"青葉台市長"_s;
    tax.department = u"財務部市民税課"_s;
    tax.evaluationNumber = u"2"_s;
    tax.version = 1;
    tax.declaredType = PiaType::BasicFull;
    tax.targetCount = 236500;
    tax.targetCountDate = QDate(currentYear - 1, 4, 1);
    tax.targetCountSource = u"課税台帳の登録者数"_s;
    tax.handlerCount = 92;
    tax.handlerCountDate = QDate(currentYear - 1, 4, 1);
    tax.handlerCountSource = u"市民税課の事務従事者名簿"_s;
    tax.incidentCheckDate = QDate(currentYear - 1, 4, 1);
    tax.incidentSource = u"情報政策課 漏えい等事案の記録"_s;
    tax.trigger = PiaTrigger::New;
    tax.publicCommentStart = QDate(currentYear - 1, 4, 15);
    tax.publicCommentEnd = QDate(currentYear - 1, 5, 14);
    tax.inspectionDate = QDate(currentYear - 1, 6, 12);
    tax.submissionDate = QDate(currentYear - 1, 7, 10);
    tax.publicationDate = QDate(currentYear - 1, 8, 1);
    repository.insert(tax);
}

void attachDemoPiaDocument(const QSqlDatabase &db, Id councilId)
{
    PiaRepository repository(db);
    const QVector<PiaEvaluation> versions = repository.versions(councilId, u"1"_s);
    if (versions.isEmpty() || versions.constLast().consultationId == 0)
        return;
    PiaEvaluation e = versions.constLast();
    // The draft evaluation handed out at the inspection meetings, as the last meeting had it.
    std::optional<Material> document;
    const MaterialRepository materials(db);
    for (const AgendaItem &item : AgendaRepository(db).itemsOfConsultation(e.consultationId)) {
        for (const Material &m : materials.materials(item.meetingId)) {
            if (m.fileId != 0 && m.title.contains(u"全項目評価書"_s))
                document = m;
        }
    }
    if (!document)
        return;
    e.documentFileId = document->fileId;
    e.documentFileName = u"全項目評価書_住民基本台帳に関する事務_第2版.pdf"_s;
    e.documentPageCount = document->pageCount;
    repository.update(e);
}

} // namespace kiroku
