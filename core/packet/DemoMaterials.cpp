#include "packet/DemoMaterials.h"

#include "packet/Watermark.h"
#include "store/AgendaRepository.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiroku::packet {
namespace {

const QStringList headings{
    u"Ⅰ　基本情報"_s,
    u"Ⅱ　特定個人情報ファイルの概要"_s,
    u"Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策"_s,
    u"Ⅳ　その他のリスク対策"_s,
    u"Ⅴ　開示請求、問合せ"_s,
    u"Ⅵ　評価実施手続"_s,
};

const QStringList risks{
    u"目的外の入手が行われるリスク"_s,
    u"不適切な方法で入手が行われるリスク"_s,
    u"入手した特定個人情報が不正確であるリスク"_s,
    u"権限のない者によって不正に使用されるリスク"_s,
    u"委託先による特定個人情報の不正な取扱いに関するリスク"_s,
    u"不正な提供・移転が行われるリスク"_s,
    u"特定個人情報の漏えい・滅失・毀損リスク"_s,
    u"特定個人情報が古い情報のまま保管され続けるリスク"_s,
};

const QStringList measures{
    u"システムへのログインは生体認証とパスワードの組合せにより行い、利用者ごとに権限を付与している。"_s,
    u"アクセスログは五年間保存し、所属長が月に一度確認することとしている。"_s,
    u"委託先とは秘密保持契約を締結し、再委託は市の書面による承認を要することとしている。"_s,
    u"端末の持ち出しは禁止し、外部記録媒体への書き出しはシステムにより制限している。"_s,
    u"ガバメントクラウド上のデータは暗号化して保管し、鍵は市が管理する。"_s,
    u"職員に対し、年に一度、個人情報保護に関する研修を実施し、受講状況を記録している。"_s,
    u"不要となった特定個人情報は、保存期間の満了後、復元できない方法により消去する。"_s,
    u"情報提供ネットワークシステムとの接続は、中間サーバーを経由し、通信は暗号化している。"_s,
    u"住民からの届出の際には、番号確認と身元確認を窓口で厳格に行っている。"_s,
    u"事故が発生した場合は、直ちに所管課から情報政策課へ報告し、対応方針を決定する。"_s,
};

QFont font(qreal points, bool bold = false)
{
    QFont f(u"IPAMincho"_s);
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

constexpr int bodyPool = 8; // distinct body pages; longer materials repeat them

void drawTitlePage(QPainter &p, const QString &title, const QString &by)
{
    const QRectF paper(0, 0, 595, 842);
    p.setPen(Qt::black);
    p.setFont(font(18, true));
    p.drawText(QRectF(60, 260, paper.width() - 120, 120), Qt::AlignCenter | Qt::TextWordWrap, title);
    p.setFont(font(12));
    p.drawText(QRectF(60, 520, paper.width() - 120, 60), Qt::AlignCenter | Qt::TextWordWrap, by);
}

void drawBodyPage(QPainter &p, int index, QRandomGenerator &random)
{
    const QRectF paper(0, 0, 595, 842);
    p.setPen(Qt::black);
    qreal y = 80;
    const qreal left = 70, width = paper.width() - 140;
    p.setFont(font(12, true));
    p.drawText(QRectF(left, y, width, 24), Qt::AlignLeft | Qt::AlignVCenter,
               headings.at(index * headings.size() / bodyPool));
    y += 36;
    int item = 1;
    while (y < paper.height() - 140) {
        p.setFont(font(10.5, true));
        const QString risk =
            u"リスク%1：%2"_s.arg(item++).arg(risks.at(int(random.bounded(quint32(risks.size())))));
        p.drawText(QRectF(left, y, width, 18), Qt::AlignLeft | Qt::AlignVCenter, risk);
        y += 22;
        QString body;
        for (int i = 0, n = 2 + int(random.bounded(3u)); i < n; ++i)
            body += measures.at(int(random.bounded(quint32(measures.size()))));
        p.setFont(font(10.5));
        const QRectF box(left + 12, y, width - 12, 200);
        QRectF used;
        p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, body, &used);
        y += used.height() + 18;
    }
}

// One Qt-drawn PDF holding a title page per title, then the body pages: the font is embedded once and
// every material is cut from it with qpdf, which is much faster than drawing each page.
struct PagePool
{
    QByteArray pdf;
    QStringList titles; // page i is the title page of titles[i]; the body pages follow
    QStringList labels; // then one stamp page per label
};

PagePool renderPool(const QStringList &titles, const QStringList &labels, const QString &by, quint32 seed)
{
    PagePool pool;
    pool.titles = titles;
    pool.labels = labels;
    QBuffer buffer(&pool.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    writer.setCreator(u"Kiroku demo"_s);
    QPainter p;
    if (!p.begin(&writer))
        return {};
    QRandomGenerator random(seed);
    for (int i = 0; i < titles.size(); ++i) {
        if (i > 0)
            writer.newPage();
        drawTitlePage(p, titles.at(i), by);
    }
    for (int i = 0; i < bodyPool; ++i) {
        writer.newPage();
        drawBodyPage(p, i, random);
    }
    for (const QString &label : labels) {
        writer.newPage();
        drawLabelStamp(p, QSizeF(595, 842), label);
    }
    p.end();
    return pool;
}

// The title's page, then `pages - 1` body pages, with `label` stamped on every page.
QByteArray cut(const PagePool &pool, const QString &title, int pages, const QString &label)
{
    try {
        QPDF source, out;
        source.setSuppressWarnings(true);
        source.processMemoryFile("pool", pool.pdf.constData(), size_t(pool.pdf.size()));
        out.emptyPDF();
        const std::vector<QPDFPageObjectHelper> all = QPDFPageDocumentHelper(source).getAllPages();
        QPDFPageDocumentHelper target(out);
        target.addPage(all.at(size_t(std::max<qsizetype>(0, pool.titles.indexOf(title)))), false);
        const size_t body = size_t(pool.titles.size());
        for (int i = 1; i < pages; ++i) {
            QPDFPageObjectHelper page = all.at(body + size_t((i - 1) % bodyPool));
            target.addPage(i > bodyPool ? page.shallowCopyPage() : page, false);
        }
        QPDFWriter writer(out);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        const QByteArray pdf(reinterpret_cast<const char *>(buffer->getBuffer()),
                             qsizetype(buffer->getSize()));
        return label.isEmpty() ? pdf : stampPdf(pdf, renderLabelStampPage(label));
    } catch (const std::exception &) {
        return {};
    }
}

int pagesFor(const QString &title)
{
    if (title.contains(u"全項目評価書"_s))
        return 48;
    if (title.contains(u"概要"_s))
        return 4;
    if (title.contains(u"諮問書"_s))
        return 2;
    if (title.contains(u"別添"_s))
        return 5;
    return 6;
}

} // namespace

QByteArray renderDemoMaterial(const DemoMaterialText &text)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    const PagePool pool =
        renderPool({text.title}, text.label.isEmpty() ? QStringList() : QStringList{text.label},
                   text.municipality + u"　"_s + text.department, text.seed);
    return cut(pool, text.title, text.pages, text.label);
}

void attachDemoMaterialFiles(const QSqlDatabase &db, Id councilId)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    const auto council = CouncilRepository(db).council(councilId);
    if (!council)
        return;
    MeetingRepository meetings(db);
    MaterialRepository materials(db);
    QVector<Meeting> list = meetings.meetings(councilId);
    if (list.isEmpty())
        return;
    const int latestYear = std::max_element(list.begin(), list.end(), [](const Meeting &a, const Meeting &b) {
                               return a.fiscalYear < b.fiscalYear;
                           })->fiscalYear;
    // The last meeting with a consultation gets the split, partly non-public evaluation.
    Id splitMeeting = 0;
    for (const Meeting &m : std::as_const(list)) {
        if (m.fiscalYear < latestYear - 1)
            continue;
        for (const AgendaItem &item : AgendaRepository(db).items(m.id)) {
            if (item.kind == AgendaKind::Consultation)
                splitMeeting = m.id;
        }
    }
    // What gets a file, and under which label: the evaluation of the split meeting becomes 資料2-1 and a
    // non-public 資料2-2 joins it.
    const QString annex = u"評価書別添　システム構成図及び委託先の作業体制"_s;
    QVector<Material> plan;
    QStringList labels;
    for (const Meeting &m : std::as_const(list)) {
        if (m.fiscalYear < latestYear - 1)
            continue;
        for (Material material : materials.materials(m.id)) {
            if (material.fileId)
                continue;
            const bool split = m.id == splitMeeting && material.title.contains(u"全項目評価書"_s);
            const QString label = material.label;
            if (split)
                material.label = label + u"-1"_s;
            material.pageCount = pagesFor(material.title);
            plan << material;
            if (split) {
                material.id = 0;
                material.label = label + u"-2"_s;
                material.title = annex;
                material.isPublic = false;
                material.pageCount = pagesFor(annex);
                plan << material;
            }
        }
    }
    for (const Material &material : std::as_const(plan)) {
        if (!labels.contains(material.label))
            labels << material.label;
    }
    const PagePool pool = renderPool({u"諮問書（写し）"_s, u"特定個人情報保護評価書（全項目評価書）（案）"_s,
                                      u"評価書の概要"_s, u"個人情報取扱事務の届出状況（一覧）"_s, annex},
                                     labels, council->municipality + u"　市民部市民課"_s, 2025);
    QHash<QString, Id> stored; // label + title -> stored file: identical materials share one file
    for (Material material : std::as_const(plan)) {
        const QString key = material.label + u'\n' + material.title;
        if (!stored.contains(key))
            stored.insert(key,
                          materials.storeFile(cut(pool, material.title, material.pageCount, material.label)));
        material.fileId = stored.value(key);
        material.fileName = material.label + u".pdf"_s;
        if (material.id)
            materials.update(material);
        else
            materials.insert(material);
    }
}

} // namespace kiroku::packet
