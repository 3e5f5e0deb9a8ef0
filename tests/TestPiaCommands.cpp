// Every edit of a PIA evaluation is an undoable command written through the repositories: adding one
// with the checklist copied in, editing and refusing bad headers, parts (opinions, viewpoints with
// statement links, questions, changes), the question table imported in one step (and a bad table
// leaving it untouched), a new version, removal with everything restored on undo, and the document
// (an encrypted or damaged PDF refused, nothing changed).
#include "commands/MeetingCommands.h"
#include "commands/PiaCommands.h"
#include "commands/PiaPartCommands.h"
#include "io/DemoArchive.h"
#include "packet/DemoMaterials.h"
#include "pia/PiaRegister.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/PiaRepository.h"
#include "store/StatementRepository.h"

#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

QByteArray fromWriter(QPDFWriter &writer)
{
    writer.setOutputMemory();
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

} // namespace

class TestPiaCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<Document> m_document;
    Id m_council = 0;
    QStringList m_failures;

    PiaRepository repository() const { return PiaRepository(m_document->database()); }

    Id addEvaluation(const QString &number = u"7"_s)
    {
        PiaEvaluation e;
        e.councilId = m_council;
        e.affair = u"児童手当に関する事務"_s;
        e.evaluatingBody = u"青葉台市長"_s;
        e.department = u"こども家庭課"_s;
        e.evaluationNumber = number;
        e.targetCount = 41200;
        e.handlerCount = 35;
        e.declaredType = PiaType::Basic;
        auto *command =
            new AddPiaEvaluationCommand(m_document.get(), e, viewpointsFrom(*pia::PiaLibrary().checklist()));
        m_document->push(command);
        return command->evaluationId();
    }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Document>(Archive::openInMemory());
        m_council = DemoArchive::write(m_document->database());
        m_failures.clear();
        connect(m_document.get(), &Document::failed, this, [this](const QString &m) { m_failures << m; });
    }

    void migratesVersion6()
    {
        // An archive written by schema 6 keeps its evaluation; the new columns and parts start empty.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v6.kiroku"_s);
        {
            QFile fixture(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/archive-v6.sql"_s);
            QVERIFY(fixture.open(QIODevice::ReadOnly));
            test::RawConnection raw(path);
            for (const QString &statement :
                 QString::fromUtf8(fixture.readAll()).split(u";\n"_s, Qt::SkipEmptyParts)) {
                if (!statement.trimmed().isEmpty())
                    QVERIFY(QSqlQuery(raw.db()).exec(statement));
            }
        }
        auto opened = Archive::open(path);
        QVERIFY2(opened.archive, qPrintable(opened.message));
        QCOMPARE(opened.migratedFrom, 6);
        Document document(std::move(opened.archive));
        const PiaRepository repository(document.database());
        const std::optional<PiaEvaluation> e = repository.evaluation(1);
        QVERIFY(e);
        QCOMPARE(e->affair, u"移行前の事務"_s);
        QCOMPARE(e->publicationDate, QDate(2023, 3, 1));
        QVERIFY(e->targetCountSource.isEmpty() && !e->lastReviewDate.isValid() && e->documentPageCount == 0);
        QVERIFY(repository.questions(1).isEmpty());
        PiaQuestion q;
        q.evaluationId = 1;
        q.number = 1;
        QVERIFY(document.push(new SetPiaQuestionCommand(&document, q)));
        QCOMPARE(repository.questions(1).size(), 1);
    }

    void addUndoRedo()
    {
        QSignalSpy listChanged(m_document.get(), &Document::piaEvaluationsChanged);
        const int before = int(repository().evaluations(m_council).size());
        const Id id = addEvaluation();
        QVERIFY(id > 0);
        QCOMPARE(listChanged.size(), 1);
        QCOMPARE(repository().viewpoints(id).size(), 13);
        QCOMPARE(repository().viewpoints(id).first().code, u"適合性1"_s);
        const PiaSnapshot stored = *repository().snapshot(id);
        m_document->undoStack()->undo();
        QVERIFY(!repository().evaluation(id));
        QCOMPARE(repository().evaluations(m_council).size(), before);
        m_document->undoStack()->redo();
        QCOMPARE(*repository().snapshot(id), stored); // same ids, same parts
    }

    void badHeaderIsRefused()
    {
        const Id id = addEvaluation();
        const PiaEvaluation before = *repository().evaluation(id);
        const int count = m_document->undoStack()->count();
        PiaEvaluation after = before;
        after.evaluationNumber = u"1"_s; // the demo's 住民基本台帳 evaluation has versions 1 and 2
        after.version = 2;
        QVERIFY(!m_document->push(new EditPiaEvaluationCommand(m_document.get(), before, after)));
        QVERIFY(m_failures.last().contains(u"already has a version 2"_s));
        after = before;
        after.publicCommentStart = {2026, 5, 1};
        after.publicCommentEnd = {2026, 4, 1};
        QVERIFY(!m_document->push(new EditPiaEvaluationCommand(m_document.get(), before, after)));
        after = before;
        after.targetCount = -1;
        QVERIFY(!m_document->push(new EditPiaEvaluationCommand(m_document.get(), before, after)));
        QCOMPARE(m_document->undoStack()->count(), count);
        QCOMPARE(*repository().evaluation(id), before);

        after = before;
        after.publicCommentStart = {2026, 4, 1};
        after.publicCommentEnd = {2026, 4, 20};
        after.publicCommentReason = u"法改正の施行日に間に合わせるため"_s;
        QVERIFY(m_document->push(new EditPiaEvaluationCommand(m_document.get(), before, after)));
        QCOMPARE(*repository().evaluation(id), after);
        m_document->undoStack()->undo();
        QCOMPARE(*repository().evaluation(id), before);
    }

    void viewpointJudgedWithStatements()
    {
        const Id id = addEvaluation();
        PiaViewpoint v = repository().viewpoints(id).at(9);
        const PiaViewpoint before = v;
        const Meeting meeting = MeetingRepository(m_document->database()).meetings(m_council).first();
        const QVector<Statement> statements =
            StatementRepository(m_document->database()).statements(meeting.id);
        v.judgment = PiaJudgment::Observation;
        v.finding = u"リスクの記載が抽象的である。"_s;
        v.answer = u"追記します。"_s;
        v.round = 1;
        v.section = u"III 7 ⑥ 技術的対策"_s;
        v.page = 44;
        v.statementIds = {statements.at(3).id, statements.at(1).id};
        QSignalSpy changed(m_document.get(), &Document::piaEvaluationChanged);
        QVERIFY(m_document->push(new SetPiaViewpointCommand(m_document.get(), v)));
        QCOMPARE(changed.size(), 1);
        PiaViewpoint stored = *repository().viewpoint(v.id);
        QCOMPARE(stored.statementIds, (QVector<Id>{statements.at(1).id, statements.at(3).id}));
        QCOMPARE(pageCitation(stored.section, stored.page), u"III 7 ⑥ 技術的対策, p.44"_s);
        m_document->undoStack()->undo();
        QCOMPARE(*repository().viewpoint(v.id), before);
        m_document->undoStack()->redo();
        QCOMPARE(repository().viewpoint(v.id)->judgment, PiaJudgment::Observation);

        // A statement id that is not one of the council's refuses the edit.
        v.statementIds = {999999};
        QVERIFY(!m_document->push(new SetPiaViewpointCommand(m_document.get(), v)));
        QVERIFY(m_failures.last().contains(u"999999"_s));
        // Removing the viewpoint and undoing brings its links back.
        QVERIFY(m_document->push(new RemovePiaViewpointCommand(m_document.get(), stored)));
        QVERIFY(!repository().viewpoint(v.id));
        m_document->undoStack()->undo();
        QCOMPARE(*repository().viewpoint(v.id), stored);
    }

    void meetingRemovalKeepsLinksOnUndo()
    {
        const Id id = addEvaluation();
        // A meeting of its own (the demo's meetings are sealed or indexed for search).
        Meeting open;
        open.councilId = m_council;
        open.fiscalYear = 2030;
        open.number = 1;
        open.date = {2030, 6, 1};
        open.id = MeetingRepository(m_document->database()).insert(open);
        QVector<Statement> statements;
        for (int i = 0; i < 3; ++i) {
            Statement st;
            st.meetingId = open.id;
            st.position = i;
            st.speaker = u"事務局"_s;
            st.text = u"評価書について説明します。"_s;
            st.id = StatementRepository(m_document->database()).insert(st);
            statements << st;
        }
        PiaViewpoint linked = repository().viewpoints(id).first();
        linked.statementIds = {statements.at(0).id, statements.at(2).id};
        QVERIFY(m_document->push(new SetPiaViewpointCommand(m_document.get(), linked)));
        QVERIFY2(m_document->push(new RemoveMeetingCommand(m_document.get(), open.id)),
                 qPrintable(m_failures.join(u"; "_s)));
        QVERIFY(repository().viewpoint(linked.id)->statementIds.isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(repository().viewpoint(linked.id)->statementIds, linked.statementIds);
        m_document->undoStack()->redo();
        QVERIFY(repository().viewpoint(linked.id)->statementIds.isEmpty());
    }

    void opinionsAndChanges()
    {
        const Id id = addEvaluation();
        PiaOpinion o;
        o.evaluationId = id;
        o.position = 1;
        o.summary = u"委託先の管理を徹底してほしい。"_s;
        auto *add = new SetPiaOpinionCommand(m_document.get(), o);
        QVERIFY(m_document->push(add));
        o.id = add->itemId();
        o.handling = PiaOpinionHandling::NotAdopted;
        o.reason = u"既に評価書に記載しているため。"_s;
        QVERIFY(m_document->push(new SetPiaOpinionCommand(m_document.get(), o)));
        QCOMPARE(repository().opinions(id), QVector<PiaOpinion>{o});
        m_document->undoStack()->undo();
        QCOMPARE(repository().opinion(o.id)->handling, PiaOpinionHandling::Pending);
        m_document->undoStack()->undo();
        QVERIFY(repository().opinions(id).isEmpty());
        m_document->undoStack()->redo();
        m_document->undoStack()->redo();
        QCOMPARE(repository().opinions(id), QVector<PiaOpinion>{o});

        PiaChange c;
        c.evaluationId = id;
        c.section = u"II 6 保管場所"_s;
        c.page = 19;
        c.before = u"庁舎内サーバ室"_s;
        c.after = u"ガバメントクラウド"_s;
        auto *addChange = new SetPiaChangeCommand(m_document.get(), c);
        QVERIFY(m_document->push(addChange));
        c.id = addChange->itemId();
        QVERIFY(m_document->push(new RemovePiaChangeCommand(m_document.get(), c)));
        QVERIFY(repository().changes(id).isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(repository().changes(id), QVector<PiaChange>{c});
    }

    void questions()
    {
        const Id id = addEvaluation();
        PiaQuestion q;
        q.evaluationId = id;
        q.number = 1;
        q.section = u"I 基本情報"_s;
        q.firstJudgment = PiaJudgment::Conforming;
        QVERIFY(m_document->push(new SetPiaQuestionCommand(m_document.get(), q)));
        QVERIFY(!m_document->push(new SetPiaQuestionCommand(m_document.get(), q))); // number 1 again
        QVERIFY(m_failures.last().contains(u"Question 1 already exists"_s));
        q.number = 0;
        QVERIFY(!m_document->push(new SetPiaQuestionCommand(m_document.get(), q)));
        QCOMPARE(repository().questions(id).size(), 1);
    }

    void importIsOneStep()
    {
        const Id id = addEvaluation();
        PiaQuestion first;
        first.evaluationId = id;
        first.number = 5;
        first.section = u"前の表"_s;
        QVERIFY(m_document->push(new SetPiaQuestionCommand(m_document.get(), first)));
        const QVector<PiaQuestion> old = repository().questions(id);
        const int steps = m_document->undoStack()->count();

        // A bad table: nothing pushed, the old table untouched.
        const QByteArray bad =
            u"番号,該当箇所,一次判定,最終判定\n1,I,適合,適合\n1,II,観察事項,適合\n"_s.toUtf8();
        const QStringList errors = importPiaQuestions(m_document.get(), id, bad);
        QVERIFY(!errors.isEmpty());
        QVERIFY(errors.first().contains(u"appears twice"_s));
        QCOMPARE(m_document->undoStack()->count(), steps);
        QCOMPARE(repository().questions(id), old);
        const QByteArray missing = u"番号,該当箇所,回答\n1,I,はい\n"_s.toUtf8();
        QVERIFY(!importPiaQuestions(m_document.get(), id, missing).isEmpty());
        QCOMPARE(repository().questions(id), old);

        // A good one: 21 rows in one step; undo gives the old table back under its ids.
        QString csv = u"番号,該当箇所,一次判定,回答,二次確認,最終判定\r\n"_s;
        for (int i = 1; i <= 21; ++i)
            csv += u"%1,III %1,%2,回答,確認,適合\r\n"_s.arg(i).arg(i <= 10 ? u"適合"_s : u"観察事項"_s);
        QVERIFY(importPiaQuestions(m_document.get(), id, csv.toUtf8()).isEmpty());
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(pia::questionSummary(repository().questions(id)),
                 u"21問: 一次 適合10・観察事項11 → 最終 適合21"_s);
        m_document->undoStack()->undo();
        QCOMPARE(repository().questions(id), old);
        m_document->undoStack()->redo();
        QCOMPARE(repository().questions(id).size(), 21);
    }

    void newVersion()
    {
        const PiaEvaluation latest = repository().versions(m_council, u"1"_s).constLast();
        QCOMPARE(latest.version, 2);
        auto *command =
            new NewPiaVersionCommand(m_document.get(), latest.id, PiaTrigger::ImportantChange,
                                     u"中間サーバーの更改"_s, viewpointsFrom(*pia::PiaLibrary().checklist()));
        QVERIFY(m_document->push(command));
        const PiaEvaluation next = *repository().evaluation(command->evaluationId());
        QCOMPARE(next.version, 3);
        QCOMPARE(next.evaluationNumber, u"1"_s);
        QCOMPARE(next.targetCount, latest.targetCount);
        QCOMPARE(next.targetCountSource, latest.targetCountSource);
        QCOMPARE(next.changeDescription, u"中間サーバーの更改"_s);
        QVERIFY(!next.inspectionDate.isValid());
        QVERIFY(repository().questions(next.id).isEmpty());
        QCOMPARE(repository().viewpoints(next.id).size(), 13);
        const QVector<PiaViewpoint> fresh = repository().viewpoints(next.id);
        QVERIFY(std::all_of(fresh.begin(), fresh.end(),
                            [](const PiaViewpoint &v) { return v.judgment == PiaJudgment::None; }));
        m_document->undoStack()->undo();
        QCOMPARE(repository().versions(m_council, u"1"_s).size(), 2);
        m_document->undoStack()->redo();
        QCOMPARE(repository().evaluation(next.id)->version, 3);
    }

    void removeRestoresEverything()
    {
        const PiaEvaluation e = repository().versions(m_council, u"1"_s).constLast();
        const PiaSnapshot before = *repository().snapshot(e.id);
        QCOMPARE(before.questions.size(), 21);
        QVERIFY(!before.opinions.isEmpty());
        QVERIFY(!before.changes.isEmpty());
        QVERIFY(m_document->push(new RemovePiaEvaluationCommand(m_document.get(), e.id)));
        QVERIFY(!repository().evaluation(e.id));
        QVERIFY(repository().questions(e.id).isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(*repository().snapshot(e.id), before);
    }

    void registerFlags()
    {
        const Id id = addEvaluation();
        PiaEvaluation e = *repository().evaluation(id);
        const pia::ThresholdTable table = pia::PiaLibrary().thresholds();
        QVERIFY(pia::entryOf(m_document->database(), e, table).problems.isEmpty());
        const PiaEvaluation before = e;
        e.targetCount = 150000; // 重点 required, 基礎 declared
        e.publicCommentStart = {2026, 4, 1};
        e.publicCommentEnd = {2026, 4, 20};
        e.trigger = PiaTrigger::ImportantChange;
        QVERIFY(m_document->push(new EditPiaEvaluationCommand(m_document.get(), before, e)));
        PiaOpinion o;
        o.evaluationId = id;
        o.position = 1;
        o.summary = u"意見"_s;
        o.handling = PiaOpinionHandling::NotAdopted;
        QVERIFY(m_document->push(new SetPiaOpinionCommand(m_document.get(), o)));
        const pia::PiaEntry entry = pia::entryOf(m_document->database(), *repository().evaluation(id), table);
        const QString problems = entry.problems.join(u'\n');
        QCOMPARE(entry.threshold.status, pia::ThresholdJudgment::Status::Lighter);
        QVERIFY2(problems.contains(u"mismatch"_s), qPrintable(problems));
        QVERIFY(problems.contains(u"20 days, under 30"_s));
        QVERIFY(problems.contains(u"Opinion 1 is not adopted, but no reason"_s));
        QVERIFY(problems.contains(u"needs a description of the change"_s));
        QCOMPARE(entry.problems.size(), 4);
    }

    void document()
    {
        const Id id = addEvaluation();
        const QByteArray good =
            packet::renderDemoMaterial({u"青葉台市"_s, u"こども家庭課"_s, {}, u"評価書"_s, 5, 3});
        QVERIFY(!good.isEmpty());
        const PiaEvaluation before = *repository().evaluation(id);
        const int steps = m_document->undoStack()->count();

        QPDF source;
        source.processMemoryFile("good", good.constData(), size_t(good.size()));
        QPDFWriter writer(source);
        writer.setR6EncryptionParameters("secret", "owner", true, true, true, true, true, true, qpdf_r3p_full,
                                         true);
        const QByteArray encrypted = fromWriter(writer);
        for (const auto &[bytes, message] :
             {std::pair{encrypted, u"is encrypted"_s}, std::pair{good.left(good.size() / 2), u"damaged"_s},
              std::pair{QByteArray("not a pdf"), u"is not a PDF"_s}}) {
            QVERIFY(
                !m_document->push(new SetPiaDocumentCommand(m_document.get(), id, bytes, u"評価書.pdf"_s)));
            QVERIFY2(m_failures.last().contains(message), qPrintable(m_failures.last()));
            QVERIFY(m_failures.last().contains(u"評価書.pdf"_s));
            QCOMPARE(*repository().evaluation(id), before);
            QCOMPARE(m_document->undoStack()->count(), steps);
        }

        QVERIFY(m_document->push(new SetPiaDocumentCommand(m_document.get(), id, good, u"評価書.pdf"_s)));
        const PiaEvaluation after = *repository().evaluation(id);
        QCOMPARE(after.documentPageCount, 5);
        QCOMPARE(after.documentFileName, u"評価書.pdf"_s);
        const auto file = MaterialRepository(m_document->database()).file(after.documentFileId);
        QVERIFY(file);
        QCOMPARE(file->data, good);
        QCOMPARE(file->sha256.size(), 64);

        // A page beyond the document cannot be cited.
        PiaQuestion q;
        q.evaluationId = id;
        q.number = 1;
        q.page = 6;
        QVERIFY(!m_document->push(new SetPiaQuestionCommand(m_document.get(), q)));
        QVERIFY(m_failures.last().contains(u"5 pages"_s));

        m_document->undoStack()->undo();
        QCOMPARE(*repository().evaluation(id), before);
        m_document->undoStack()->redo();
        QCOMPARE(*repository().evaluation(id), after);
    }
};

QTEST_MAIN(TestPiaCommands)
#include "TestPiaCommands.moc"
