#include "letters/Letter.h"
#include "model/AgendaNumbering.h"

#include "letters/LetterData.h"

#include "consultation/ConsultationRegister.h"
#include "record/RecordBuilder.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace kiroku::letters {
namespace {

QString date(QDate d)
{
    return letterDate(d);
}

QString chairOf(const QVector<Member> &members, QDate on)
{
    for (const Member &m : members) {
        const bool inOffice =
            (!m.termStart.isValid() || m.termStart <= on) && (!m.termEnd.isValid() || m.termEnd >= on);
        if (m.role == MemberRole::President && inOffice)
            return m.name;
    }
    return {};
}

void fillConsultation(LetterData &d, const Consultation &c)
{
    d.values.insert(u"number"_s, QString::number(c.number));
    d.values.insert(u"received"_s, date(c.receivedDate));
    d.values.insert(u"consultingBody"_s, c.consultingBody);
    d.values.insert(u"department"_s, c.department);
    d.values.insert(u"subject"_s, c.subject);
    d.values.insert(u"fiscalYear"_s, c.fiscalYear > 0 ? wareki::formatFiscalYear(c.fiscalYear) : QString());
}

std::optional<LetterData> loadConsultationLetter(const QSqlDatabase &db, const LetterRequest &r,
                                                 QString *error)
{
    const ConsultationRepository consultations(db);
    const std::optional<Consultation> c = consultations.consultation(r.consultationId);
    if (!c) {
        *error = QCoreApplication::translate("kiroku::letters", "There is no consultation with id %1.")
                     .arg(r.consultationId);
        return std::nullopt;
    }
    const std::optional<Council> council = CouncilRepository(db).council(c->councilId);
    LetterData d;
    fillConsultation(d, *c);
    QDate on = c->receivedDate;
    if (r.kind == LetterKind::Response) {
        const QVector<Response> responses = consultations.responses(c->id);
        if (responses.isEmpty()) {
            *error =
                QCoreApplication::translate(
                    "kiroku::letters", "Consultation No. %1 has no response yet: record the response first.")
                    .arg(c->number);
            return std::nullopt;
        }
        const Response &response = responses.constLast();
        on = response.date;
        d.values.insert(u"responseDate"_s, date(response.date));
        d.values.insert(u"conclusion"_s, response.conclusion);
        d.values.insert(u"body"_s, response.body);
        d.values.insert(u"opinions"_s, response.opinions);
        LetterTable &history = d.tables[u"history"_s];
        history.label = u"審議の経過"_s;
        history.head = QStringList{u"年月日"_s, u"会議"_s, u"審議の内容"_s};
        history.widths = {28, 24, 48};
        const consultation::RegisterEntry entry =
            consultation::entryOf(db, *c, response.date.isValid() ? response.date : QDate::currentDate());
        for (const consultation::HistoryEntry &h : entry.history) {
            if (!h.held)
                continue;
            // The letter is Japanese whatever the window's language.
            if (h.subcommitteeMeetingId != 0) {
                const QString what = (h.concluded ? u"審査終了"_s : u"審査"_s) +
                                     (h.result.isEmpty() ? QString() : u"："_s + h.result);
                history.rows << QStringList{
                    date(h.date), h.subcommitteeName + wareki::formatOrdinalMeeting(h.meetingNumber), what};
                continue;
            }
            QString what = japaneseLabel(h.outcome);
            const QString vote = consultation::voteText(h);
            if (!vote.isEmpty())
                what += u"（"_s + vote + u"）"_s;
            history.rows << QStringList{date(h.date),
                                        wareki::formatFiscalYear(h.fiscalYear) +
                                            wareki::formatOrdinalMeeting(h.meetingNumber),
                                        what.isEmpty() ? u"審議"_s : what};
        }
    }
    on = r.date.isValid() ? r.date : on;
    if (!on.isValid()) {
        *error = QCoreApplication::translate("kiroku::letters",
                                             "The letter has no date: give one, or record the %1.")
                     .arg(r.kind == LetterKind::Response
                              ? QCoreApplication::translate("kiroku::letters", "response date")
                              : QCoreApplication::translate("kiroku::letters", "date received"));
        return std::nullopt;
    }
    fillCouncil(d, council.value_or(Council{}), CouncilRepository(db).members(c->councilId), on);
    d.values.insert(u"date"_s, date(on));
    d.title = (r.kind == LetterKind::Response ? u"答申書 "_s : u"諮問書 "_s) + u"諮問第%1号"_s.arg(c->number);
    return d;
}

std::optional<LetterData> loadMeetingLetter(const QSqlDatabase &db, const LetterRequest &r, QString *error)
{
    const auto data = record::RecordData::load(db, r.meetingId);
    if (!data) {
        *error = QCoreApplication::translate("kiroku::letters", "There is no meeting with id %1.")
                     .arg(r.meetingId);
        return std::nullopt;
    }
    const Meeting &m = data->meeting;
    LetterData d;
    QDate on =
        r.date.isValid() ? r.date : (r.kind == LetterKind::MeetingNotice ? QDate::currentDate() : m.date);
    if (!on.isValid())
        on = QDate::currentDate();
    fillCouncil(d, data->council, data->members, on);
    d.values.insert(u"date"_s, date(on));
    const QString meeting = wareki::formatFiscalYear(m.fiscalYear) + wareki::formatOrdinalMeeting(m.number);
    d.values.insert(u"meeting"_s, meeting);
    d.values.insert(u"meetingDate"_s, m.date.isValid() ? wareki::formatDate(m.date) : QString());
    d.values.insert(u"time"_s,
                    m.startTime.isValid() ? wareki::formatTimeRange(m.startTime, m.endTime) : QString());
    d.values.insert(u"venue"_s, m.venue);
    d.values.insert(u"publicity"_s, japaneseLabel(m.publicity));
    const bool sheet = r.kind == LetterKind::AgendaSheet;
    if (sheet)
        d.agenda << u"1　開会"_s << u"2　議事"_s;
    for (int i = 0; i < data->agenda.size(); ++i) {
        const AgendaItem &item = data->agenda.at(i);
        d.agenda << (sheet ? u"　"_s : QString()) + agendaLine(data->council.agendaNumbering, i, item) +
                        (item.publicity == Publicity::Closed ? u"（非公開）"_s : QString());
    }
    if (sheet)
        d.agenda << u"3　閉会"_s;
    for (const Material &material : data->materials)
        d.materials << material.label + u"　"_s + material.title;
    d.title = data->council.municipality + data->council.name + u" "_s + meeting +
              (sheet ? u" 次第"_s : u" 開催通知"_s);
    return d;
}

// Width of a line's lead in ems: full-width characters one each, the others half.
double hangingEm(const QString &lead)
{
    double em = 0;
    for (const QChar c : lead)
        em += c.unicode() < 0x2000 ? 0.5 : 1.0;
    return em;
}

QString fill(const QString &text, const QHash<QString, QString> &values, bool *allEmpty)
{
    static const QRegularExpression placeholder(u"\\{([A-Za-z]+)\\}"_s);
    QString out;
    qsizetype at = 0;
    bool any = false, filled = false;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        out += text.mid(at, match.capturedStart() - at);
        const QString value = values.value(match.captured(1));
        any = true;
        filled = filled || !value.isEmpty();
        out += value;
        at = match.capturedEnd();
    }
    out += text.mid(at);
    *allEmpty = any && !filled;
    return out;
}

bool generatedIsTable(const QString &part)
{
    return part == u"history"_s || part == u"checklist"_s || part == u"questions"_s || part == u"changes"_s ||
           part == u"opinions"_s;
}

record::BuiltRecord build(const LetterFormat &f, const LetterData &d, QHash<QString, QString> *values)
{
    record::BuiltRecord built;
    built.document = std::make_unique<QTextDocument>();
    QTextDocument *doc = built.document.get();
    QFont font(f.fontFamily);
    font.setPointSizeF(f.fontSize);
    font.setStyleHint(QFont::Serif);
    doc->setDefaultFont(font);
    QTextCursor cursor(doc);
    bool first = true;
    const auto block = [&](const LetterBlock &b, double extraSpace = 0) {
        QTextBlockFormat bf;
        bf.setAlignment(b.align == LetterBlock::Align::Center  ? Qt::AlignHCenter
                        : b.align == LetterBlock::Align::Right ? Qt::AlignRight
                                                               : Qt::AlignLeft | Qt::AlignAbsolute);
        const double size = b.size > 0 ? b.size : f.fontSize;
        bf.setLeftMargin(b.indent * f.fontSize);
        bf.setTextIndent(b.firstLineIndent ? f.fontSize : 0);
        bf.setTopMargin((b.spaceBefore + extraSpace) * f.fontSize * 1.5);
        bf.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat cf;
        QFont cfont = font;
        cfont.setPointSizeF(size);
        cfont.setBold(b.bold);
        cf.setFont(cfont);
        if (first)
            cursor.setBlockFormat(bf), cursor.setBlockCharFormat(cf);
        else
            cursor.insertBlock(bf, cf);
        first = false;
        return cf;
    };
    const auto hasContent = [&d](const QString &name) {
        if (d.tables.contains(name))
            return !d.tables.value(name).rows.isEmpty();
        if (name == u"findings"_s)
            return !d.findings.isEmpty();
        if (name == u"agenda"_s)
            return !d.agenda.isEmpty();
        if (name == u"materials"_s)
            return !d.materials.isEmpty();
        return !d.values.value(name).isEmpty();
    };
    for (const LetterBlock &b : f.blocks) {
        if (!b.when.isEmpty() && !hasContent(b.when))
            continue;
        if (!b.generated.isEmpty()) {
            if (generatedIsTable(b.generated)) {
                const LetterTable t = d.tables.value(b.generated);
                if (t.rows.isEmpty())
                    continue;
                block(b);
                QTextTableFormat tf;
                tf.setCellPadding(4);
                tf.setCellSpacing(0);
                tf.setBorder(0.5);
                tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                tf.setBorderCollapse(true);
                tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
                QVector<QTextLength> widths;
                for (double w : t.widths)
                    widths << QTextLength(QTextLength::PercentageLength, w);
                tf.setColumnWidthConstraints(widths);
                tf.setHeaderRowCount(1);
                tf.setLeftMargin(b.indent * f.fontSize);
                tf.setProperty(record::TableLabelProperty, t.label);
                const int columns = int(t.head.size());
                QTextTable *table = cursor.insertTable(int(t.rows.size()) + 1, columns, tf);
                for (int c = 0; c < columns; ++c) {
                    QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
                    QTextBlockFormat center;
                    center.setAlignment(Qt::AlignHCenter);
                    cell.setBlockFormat(center);
                    cell.insertText(t.head.at(c));
                }
                for (int r = 0; r < t.rows.size(); ++r) {
                    for (int c = 0; c < columns; ++c)
                        table->cellAt(r + 1, c).firstCursorPosition().insertText(t.rows.at(r).value(c));
                }
                cursor.movePosition(QTextCursor::End);
                continue;
            }
            const QStringList &lines = b.generated == u"agenda"_s     ? d.agenda
                                       : b.generated == u"findings"_s ? d.findings
                                                                      : d.materials;
            bool firstLine = true;
            for (const QString &line : lines) {
                const QTextCharFormat cf = block(b, firstLine ? 0 : -b.spaceBefore);
                // A wrapped line starts under its text, not under its number: "(1)　" or "資料1　".
                const qsizetype gap = line.indexOf(u'　', 1);
                if (gap > 0 && gap < 12) {
                    const double hang = hangingEm(line.left(gap + 1)) * f.fontSize;
                    QTextBlockFormat bf = cursor.blockFormat();
                    bf.setLeftMargin(bf.leftMargin() + hang);
                    bf.setTextIndent(-hang);
                    cursor.setBlockFormat(bf);
                }
                cursor.insertText(line, cf);
                firstLine = false;
            }
            continue;
        }
        bool allEmpty = false;
        const QString text = fill(b.text, d.values, &allEmpty);
        if (allEmpty && b.skipWhenEmpty)
            continue;
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QTextCharFormat cf = block(b, i == 0 ? 0 : -b.spaceBefore);
            cursor.insertText(lines.at(i), cf);
        }
    }
    built.title = d.title;
    built.author = d.author;
    built.subject = f.label;
    if (values)
        *values = d.values;
    return built;
}

} // namespace

QString letterDate(QDate d)
{
    return d.isValid() ? wareki::formatDate(d, wareki::Digits::Half, false) : QString();
}

void fillCouncil(LetterData &d, const Council &c, const QVector<Member> &members, QDate on)
{
    d.values.insert(u"municipality"_s, c.municipality);
    d.values.insert(u"council"_s, c.municipality + c.name);
    d.values.insert(u"councilShort"_s, c.name);
    d.values.insert(u"chair"_s, chairOf(members, on));
    d.author = c.municipality + c.name;
}

namespace {

// The format and the document of a letter; nullopt (with o.error) when either cannot be had.
std::optional<std::pair<LetterFormat, record::BuiltRecord>>
prepare(const QSqlDatabase &db, const LetterRequest &request, LetterOutcome &o)
{
    const LetterLibrary library(request.formatFolders);
    const std::optional<LetterFormat> format =
        request.format.isEmpty() ? library.defaultFor(request.kind) : library.format(request.format);
    if (!format || format->kind != request.kind) {
        o.error = QCoreApplication::translate("kiroku::letters",
                                              "There is no letter format %1 for a %2 (formats: %3).")
                      .arg(request.format.isEmpty() ? u"—"_s : request.format, kindKey(request.kind),
                           library.names().join(u", "_s));
        if (!library.problems().isEmpty())
            o.error += u"\n"_s + library.problems().join(u"\n"_s);
        return std::nullopt;
    }
    std::optional<LetterData> data;
    try {
        switch (request.kind) {
        case LetterKind::ConsultationRequest:
        case LetterKind::Response:
            data = loadConsultationLetter(db, request, &o.error);
            break;
        case LetterKind::AgendaSheet:
        case LetterKind::MeetingNotice:
            data = loadMeetingLetter(db, request, &o.error);
            break;
        case LetterKind::PiaResultSheet:
        case LetterKind::PiaResponseParagraph:
            data = loadPiaLetter(db, request, &o.error);
            break;
        }
    } catch (const StoreError &error) {
        o.error = error.message();
    }
    if (!data)
        return std::nullopt;
    return std::make_pair(*format, build(*format, *data, &o.values));
}

} // namespace

record::PdfResult renderLetter(const QSqlDatabase &db, const LetterRequest &request, LetterOutcome *outcome)
{
    record::PdfResult result;
    LetterOutcome local;
    LetterOutcome &o = outcome ? *outcome : local;
    auto prepared = prepare(db, request, o);
    if (!prepared) {
        result.error = o.error;
        return result;
    }
    const LetterFormat &format = prepared->first;
    record::RecordFormat page;
    page.fontFamily = format.fontFamily;
    page.fontSize = format.fontSize;
    page.marginsMm = QMarginsF(format.marginsMm.value(0), format.marginsMm.value(1),
                               format.marginsMm.value(2), format.marginsMm.value(3));
    page.pageNumbers = record::PageNumberStyle::None;
    result = record::PdfRenderer::render(prepared->second, page);
    o.error = result.error;
    o.pageCount = result.pageCount;
    o.missing = result.missing;
    return result;
}

QString letterText(const QSqlDatabase &db, const LetterRequest &request, LetterOutcome *outcome)
{
    LetterOutcome local;
    LetterOutcome &o = outcome ? *outcome : local;
    auto prepared = prepare(db, request, o);
    if (!prepared)
        return {};
    QStringList paragraphs;
    QTextDocument *doc = prepared->second.document.get();
    // Blocks and tables in document order; a table row by row, its cells separated by tabs.
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            for (int r = 0; r < table->rows(); ++r) {
                QStringList cells;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    QTextCursor cursor = cell.firstCursorPosition();
                    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                    cells << cursor.selectedText().replace(QChar::ParagraphSeparator, u' ');
                }
                paragraphs << cells.join(u'\t');
            }
        } else if (it.currentBlock().isValid()) {
            paragraphs << it.currentBlock().text();
        }
    }
    return paragraphs.join(u"\n"_s) + u'\n';
}

LetterOutcome writeLetter(const QSqlDatabase &db, const LetterRequest &request, const QString &path)
{
    LetterOutcome outcome;
    const record::PdfResult pdf = renderLetter(db, request, &outcome);
    if (!outcome.error.isEmpty())
        return outcome;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.pdf) != pdf.pdf.size() || !file.commit())
        outcome.error = QCoreApplication::translate("kiroku::letters", "Cannot write %1: %2")
                            .arg(path, file.errorString());
    return outcome;
}

} // namespace kiroku::letters
