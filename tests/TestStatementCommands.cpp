// The statement commands of live drafting, driven without a window: each edit is one undo step that
// writes through the repository, keeps ids through undo/redo and puts back exactly what was there.
#include "DraftingFixture.h"
#include "commands/StatementCommands.h"
#include "drafting/StatementSections.h"
#include "store/Archive.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

struct Fixture
{
    Document document{Archive::openInMemory()};
    test::DraftingData data = test::writeDraftingData(document.database());

    StatementRepository repository() { return StatementRepository(document.database()); }
    QVector<Statement> statements() { return repository().statements(data.meeting.id); }
    QStringList texts()
    {
        QStringList result;
        for (const Statement &s : statements())
            result << s.text;
        return result;
    }
    Id add(const QString &speaker, const QString &text, Id item = 0)
    {
        Statement s;
        s.meetingId = data.meeting.id;
        s.agendaItemId = item;
        s.position = -1;
        s.speaker = speaker;
        s.text = text;
        auto *command = new AddStatementCommand(&document, s);
        return document.push(command) ? command->statementId() : 0;
    }
    QUndoStack *stack() { return document.undoStack(); }
};

} // namespace

class TestStatementCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addUndoRedoKeepsId();
    void editTextAndSpeaker();
    void splitAndUndo();
    void mergeAndUndo();
    void moveToAnotherItem();
    void removeUndoPutsBackInPlace();
    void findReplaceWithPreview();
    void notationList();
    void staleReplaceIsRefused();
    void sectionsAndDiff();
};

void TestStatementCommands::addUndoRedoKeepsId()
{
    Fixture f;
    QSignalSpy changed(&f.document, &Document::statementsChanged);
    const Id first = f.add(u"議長"_s, u"ただいまから開会します。"_s);
    const Id second = f.add(u"事務局"_s, u"資料を確認します。"_s);
    QVERIFY(first && second);
    QCOMPARE(changed.count(), 2);
    f.stack()->undo();
    f.stack()->undo();
    QCOMPARE(f.statements().size(), 0);
    f.stack()->redo();
    f.stack()->redo();
    QCOMPARE(f.statements().size(), 2);
    QCOMPARE(f.statements().at(0).id, first);
    QCOMPARE(f.statements().at(1).id, second);
    QCOMPARE(f.statements().at(1).position, 1);
}

void TestStatementCommands::editTextAndSpeaker()
{
    Fixture f;
    const Id id = f.add(u"議長"_s, u"ご審議をお願いします。"_s);
    const Statement before = *f.repository().statement(id);
    QVERIFY(
        f.document.push(EditStatementCommand::editText(&f.document, before, u"御審議をお願いします。"_s)));
    QCOMPARE(f.repository().statement(id)->text, u"御審議をお願いします。"_s);
    const Statement edited = *f.repository().statement(id);
    QVERIFY(f.document.push(EditStatementCommand::changeSpeaker(&f.document, edited, u"佐々木副会長"_s,
                                                                f.data.members.at(1).id, 0)));
    QCOMPARE(f.repository().statement(id)->speaker, u"佐々木副会長"_s);
    QCOMPARE(f.repository().statement(id)->memberId, f.data.members.at(1).id);
    f.stack()->undo();
    f.stack()->undo();
    QVERIFY(*f.repository().statement(id) == before);
}

void TestStatementCommands::splitAndUndo()
{
    Fixture f;
    f.add(u"議長"_s, u"前の発言。"_s);
    const Id id = f.add(u"事務局"_s, u"一文目です。二文目です。"_s);
    f.add(u"議長"_s, u"後の発言。"_s);
    auto *split = new SplitStatementCommand(&f.document, id, 6);
    QVERIFY(f.document.push(split));
    QCOMPARE(f.texts(),
             (QStringList{u"前の発言。"_s, u"一文目です。"_s, u"二文目です。"_s, u"後の発言。"_s}));
    QCOMPARE(f.statements().at(2).speaker, u"事務局"_s);
    const Id second = split->newStatementId();
    f.stack()->undo();
    QCOMPARE(f.texts(), (QStringList{u"前の発言。"_s, u"一文目です。二文目です。"_s, u"後の発言。"_s}));
    f.stack()->redo();
    QCOMPARE(f.statements().at(2).id, second);
    // Splitting at the very start or end is refused and leaves nothing on the stack.
    const int count = f.stack()->count();
    QVERIFY(!f.document.push(new SplitStatementCommand(&f.document, id, 0)));
    QCOMPARE(f.stack()->count(), count);
}

void TestStatementCommands::mergeAndUndo()
{
    Fixture f;
    const Id first = f.add(u"事務局"_s, u"一文目です。"_s);
    const Id second = f.add(u"事務局"_s, u"二文目です。"_s);
    QVERIFY(f.document.push(new MergeStatementsCommand(&f.document, first)));
    QCOMPARE(f.texts(), QStringList{u"一文目です。二文目です。"_s});
    f.stack()->undo();
    QCOMPARE(f.texts(), (QStringList{u"一文目です。"_s, u"二文目です。"_s}));
    QCOMPARE(f.statements().at(1).id, second);
    QVERIFY(!f.document.push(new MergeStatementsCommand(&f.document, second)));
}

void TestStatementCommands::moveToAnotherItem()
{
    Fixture f;
    const Id a = f.data.agenda.at(0).id;
    const Id b = f.data.agenda.at(1).id;
    f.add(u"議長"_s, u"開会"_s);
    f.add(u"議長"_s, u"A1"_s, a);
    const Id stray = f.add(u"事務局"_s, u"A2"_s, a);
    f.add(u"議長"_s, u"B1"_s, b);
    QVERIFY(f.document.push(new MoveStatementCommand(&f.document, stray, b)));
    QCOMPARE(f.texts(), (QStringList{u"開会"_s, u"A1"_s, u"B1"_s, u"A2"_s}));
    QCOMPARE(f.repository().statement(stray)->agendaItemId, b);
    f.stack()->undo();
    QCOMPARE(f.texts(), (QStringList{u"開会"_s, u"A1"_s, u"A2"_s, u"B1"_s}));
    QCOMPARE(f.repository().statement(stray)->agendaItemId, a);
    // Moving back to an item without statements puts it before the later items.
    const Id b1 = f.statements().at(3).id;
    QVERIFY(f.document.push(new MoveStatementCommand(&f.document, f.statements().at(1).id, b)));
    QVERIFY(f.document.push(new MoveStatementCommand(&f.document, f.statements().at(1).id, b)));
    QCOMPARE(f.texts(), (QStringList{u"開会"_s, u"B1"_s, u"A1"_s, u"A2"_s}));
    QVERIFY(f.document.push(new MoveStatementCommand(&f.document, b1, a)));
    QCOMPARE(f.texts(), (QStringList{u"開会"_s, u"B1"_s, u"A1"_s, u"A2"_s}));
}

void TestStatementCommands::removeUndoPutsBackInPlace()
{
    Fixture f;
    f.add(u"議長"_s, u"一"_s);
    const Id id = f.add(u"議長"_s, u"二"_s);
    f.add(u"議長"_s, u"三"_s);
    QVERIFY(f.document.push(new RemoveStatementCommand(&f.document, id)));
    QCOMPARE(f.texts(), (QStringList{u"一"_s, u"三"_s}));
    f.stack()->undo();
    QCOMPARE(f.texts(), (QStringList{u"一"_s, u"二"_s, u"三"_s}));
    QCOMPARE(f.statements().at(1).id, id);
}

void TestStatementCommands::findReplaceWithPreview()
{
    Fixture f;
    f.add(u"議長"_s, u"ガバメントクラウドについて、ガバメントクラウドへの移行です。"_s);
    f.add(u"事務局"_s, u"関係ありません。"_s);
    f.add(u"佐々木委員"_s, u"がばめんとクラウドの費用は。"_s);
    const QVector<TextChange> preview =
        previewReplace(f.statements(), u"ガバメントクラウド"_s, u"ガバメントクラウド（国の共通基盤）"_s);
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.first().count, 2);
    QCOMPARE(f.texts().at(0), u"ガバメントクラウドについて、ガバメントクラウドへの移行です。"_s); // unchanged
    QVERIFY(f.document.push(new ReplaceTextCommand(&f.document, f.data.meeting.id, preview, u"Replace"_s)));
    QVERIFY(f.texts().at(0).startsWith(u"ガバメントクラウド（国の共通基盤）について"_s));
    f.stack()->undo();
    QCOMPARE(f.texts().at(0), u"ガバメントクラウドについて、ガバメントクラウドへの移行です。"_s);

    const QVector<TextChange> regex =
        previewReplace(f.statements(), u"(が|ガ)(ば|バ)めんと"_s, u"ガバメント"_s, Qt::CaseSensitive, true);
    QCOMPARE(regex.size(), 1);
    QCOMPARE(regex.first().after, u"ガバメントクラウドの費用は。"_s);
    QVERIFY(previewReplace(f.statements(), u"("_s, u"x"_s, Qt::CaseSensitive, true).isEmpty());
    QVERIFY(previewReplace(f.statements(), QString(), u"x"_s).isEmpty());
}

void TestStatementCommands::notationList()
{
    Fixture f;
    f.add(u"議長"_s, u"ご審議を頂きたいと思います。ご意見を下さい。"_s);
    f.add(u"事務局"_s, u"以上です。"_s);
    const auto rules = CouncilListsRepository(f.document.database()).notationRules(f.data.council.id);
    const QVector<TextChange> preview = previewNotation(f.statements(), rules);
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.first().after, u"御審議をいただきたいと思います。御意見をください。"_s);
    QCOMPARE(preview.first().count, 4);
    QVERIFY(f.document.push(new ReplaceTextCommand(&f.document, f.data.meeting.id, preview, u"Notation"_s)));
    QCOMPARE(f.texts().first(), u"御審議をいただきたいと思います。御意見をください。"_s);
    f.stack()->undo();
    QCOMPARE(f.texts().first(), u"ご審議を頂きたいと思います。ご意見を下さい。"_s);
}

void TestStatementCommands::staleReplaceIsRefused()
{
    Fixture f;
    const Id id = f.add(u"議長"_s, u"ご審議ください。"_s);
    const Id other = f.add(u"議長"_s, u"ご意見をどうぞ。"_s);
    const QVector<TextChange> preview = previewReplace(f.statements(), u"ご"_s, u"御"_s);
    QCOMPARE(preview.size(), 2);
    QVERIFY(f.document.push(
        EditStatementCommand::editText(&f.document, *f.repository().statement(other), u"ご意見は。"_s)));
    QSignalSpy failed(&f.document, &Document::failed);
    QVERIFY(!f.document.push(new ReplaceTextCommand(&f.document, f.data.meeting.id, preview, u"Replace"_s)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(f.repository().statement(id)->text, u"ご審議ください。"_s); // nothing half-applied
}

void TestStatementCommands::sectionsAndDiff()
{
    Fixture f;
    const Id a = f.data.agenda.at(0).id;
    f.add(u"議長"_s, u"開会"_s);
    f.add(u"議長"_s, u"A1"_s, a);
    const QVector<StatementSection> before = statementSections(f.statements());
    QCOMPARE(before.size(), 2);
    f.add(u"事務局"_s, u"A2"_s, a);
    SectionDiff diff = diffSections(before, statementSections(f.statements()));
    QVERIFY(diff.inSection);
    QCOMPARE(diff.prefix, 1);
    QCOMPARE(diff.row, 1);
    QCOMPARE(diff.oldRows, 0);
    QCOMPARE(diff.newRows, 1);
    const QVector<StatementSection> middle = statementSections(f.statements());
    f.add(u"議長"_s, u"閉会"_s);
    diff = diffSections(middle, statementSections(f.statements()));
    QVERIFY(!diff.inSection);
    QCOMPARE(diff.prefix, 2);
    QCOMPARE(diff.oldSections, 0);
    QCOMPARE(diff.newSections, 1);
    QVERIFY(diffSections(middle, middle).isEmpty());
}

QTEST_GUILESS_MAIN(TestStatementCommands)
#include "TestStatementCommands.moc"
