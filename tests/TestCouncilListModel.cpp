// The council editor's list tables: every edit is one undo step through the Set…Command, a refused
// list (a repeated term) leaves the stored one as it was.
#include "commands/Document.h"
#include "io/DemoArchive.h"
#include "lists/CouncilListModel.h"
#include "store/Archive.h"
#include "store/CouncilListsRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::ui::CouncilListModel;

class TestCouncilListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsAreUndoable()
    {
        Document document(Archive::openInMemory());
        const Id council = DemoArchive::write(document.database());
        CouncilListModel model(CouncilListModel::Kind::Masking);
        model.setDocument(&document);
        model.setCouncil(council);
        const QVector<MaskTerm> before = CouncilListsRepository(document.database()).maskTerms(council);
        QCOMPARE(model.rowCount(), int(before.size()));
        QVERIFY(model.rowCount() > 0);

        QVERIFY(model.appendEntry(u"青葉 花子"_s));
        QCOMPARE(model.rowCount(), int(before.size()) + 1);
        const int row = model.rowCount() - 1;
        QVERIFY(model.setData(model.index(row, 1), u"Ａ氏"_s));
        QVector<MaskTerm> stored = CouncilListsRepository(document.database()).maskTerms(council);
        const auto added = std::find_if(stored.begin(), stored.end(),
                                        [](const MaskTerm &t) { return t.term == u"青葉 花子"_s; });
        QVERIFY(added != stored.end());
        QCOMPARE(added->replacement, u"Ａ氏"_s);
        QCOMPARE(document.undoStack()->count(), 2);

        // A term listed twice is refused: the Document reports it and nothing changes.
        QSignalSpy failed(&document, &Document::failed);
        QVERIFY(!model.setData(model.index(row, 0), before.first().term));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(CouncilListsRepository(document.database()).maskTerms(council).size(), before.size() + 1);

        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(CouncilListsRepository(document.database()).maskTerms(council), before);
        QCOMPARE(model.rowCount(), int(before.size()));

        QVERIFY(model.removeEntry(0));
        QCOMPARE(model.rowCount(), int(before.size()) - 1);
    }

    void paletteAndNotation()
    {
        Document document(Archive::openInMemory());
        const Id council = DemoArchive::write(document.database());
        CouncilListModel palette(CouncilListModel::Kind::Directions);
        palette.setDocument(&document);
        palette.setCouncil(council);
        QCOMPARE(palette.columnCount(), 1);
        const int n = palette.rowCount();
        QVERIFY(n > 0);
        QVERIFY(palette.appendEntry(u"（休憩）"_s));
        const auto directions = CouncilListsRepository(document.database()).stageDirections(council);
        QCOMPARE(directions.last().text, u"（休憩）"_s);
        QCOMPARE(directions.last().position, n);

        CouncilListModel notation(CouncilListModel::Kind::Notation);
        notation.setDocument(&document);
        notation.setCouncil(council);
        QVERIFY(notation.appendEntry(u"出来る"_s));
        QVERIFY(notation.setData(notation.index(notation.rowCount() - 1, 1), u"できる"_s));
        QCOMPARE(CouncilListsRepository(document.database()).notationRules(council).last().replacement,
                 u"できる"_s);
    }
};

QTEST_MAIN(TestCouncilListModel)
#include "TestCouncilListModel.moc"
