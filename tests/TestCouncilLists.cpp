// The council's lists (masking, notation, stage-direction palette) in the store, and the undo step
// that replaces one.
#include "RepositoryFixtures.h"
#include "commands/CouncilListCommands.h"
#include "commands/Document.h"
#include "store/CouncilListsRepository.h"

#include <QSignalSpy>

using namespace kiroku::test;

class TestCouncilLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskTermsRoundTrip();
    void maskTermsRejectEmptyAndDuplicates();
    void notationRulesKeepOrder();
    void stageDirectionsKeepOrder();
    void listsBelongToTheirCouncil();
    void deletingCouncilDeletesLists();
    void commandReplacesAndUndoRestores();
    void commandReportsBadListAndChangesNothing();
};

namespace {

kiroku::MaskTerm mask(const QString &term, const QString &replacement = u"○○"_s)
{
    kiroku::MaskTerm t;
    t.term = term;
    t.replacement = replacement;
    return t;
}

} // namespace

void TestCouncilLists::maskTermsRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    const Id council = addCouncil(db);
    kiroku::CouncilListsRepository repo(db);
    QVERIFY(repo.maskTerms(council).isEmpty());

    auto address = mask(u"緑町三丁目"_s, {});
    address.note = u"市民の住所"_s;
    repo.setMaskTerms(council, {mask(u"山岸 聡子"_s), address});
    const auto terms = repo.maskTerms(council);
    QCOMPARE(terms.size(), 2);
    // Sorted by term; an empty replacement (blanking) survives as empty.
    QCOMPARE(terms.at(0).term, u"山岸 聡子"_s);
    QCOMPARE(terms.at(0).replacement, u"○○"_s);
    QCOMPARE(terms.at(1).term, u"緑町三丁目"_s);
    QCOMPARE(terms.at(1).replacement, QString());
    QCOMPARE(terms.at(1).note, u"市民の住所"_s);
    QCOMPARE(terms.at(1).councilId, council);
    QVERIFY(terms.at(0).id > 0);

    // Replacing with what was read keeps the ids (undo relies on it).
    repo.setMaskTerms(council, terms);
    QCOMPARE(repo.maskTerms(council), terms);
    repo.setMaskTerms(council, {});
    QVERIFY(repo.maskTerms(council).isEmpty());
}

void TestCouncilLists::maskTermsRejectEmptyAndDuplicates()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    const Id council = addCouncil(db);
    kiroku::CouncilListsRepository repo(db);
    repo.setMaskTerms(council, {mask(u"山岸"_s)});
    const auto before = repo.maskTerms(council);

    QVERIFY_THROWS_EXCEPTION(kiroku::StoreError, repo.setMaskTerms(council, {mask(u"  "_s)}));
    try {
        repo.setMaskTerms(council, {mask(u"山田"_s), mask(u" 山田 "_s)});
        QFAIL("a duplicate term was accepted");
    } catch (const kiroku::StoreError &e) {
        QVERIFY2(e.message().contains(u"山田"_s), qPrintable(e.message()));
    }
    QCOMPARE(repo.maskTerms(council), before);
}

void TestCouncilLists::notationRulesKeepOrder()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    const Id council = addCouncil(db);
    kiroku::CouncilListsRepository repo(db);
    auto rules = kiroku::CouncilListsRepository::defaultNotationRules();
    QVERIFY(rules.size() >= 3);
    std::reverse(rules.begin(), rules.end());
    repo.setNotationRules(council, rules);
    const auto stored = repo.notationRules(council);
    QCOMPARE(stored.size(), rules.size());
    for (int i = 0; i < rules.size(); ++i) {
        QCOMPARE(stored.at(i).find, rules.at(i).find);
        QCOMPARE(stored.at(i).replacement, rules.at(i).replacement);
        QCOMPARE(stored.at(i).position, i);
    }
    kiroku::NotationRule empty;
    QVERIFY_THROWS_EXCEPTION(kiroku::StoreError, repo.setNotationRules(council, {empty}));
    QCOMPARE(repo.notationRules(council).size(), rules.size());
}

void TestCouncilLists::stageDirectionsKeepOrder()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    const Id council = addCouncil(db);
    kiroku::CouncilListsRepository repo(db);
    const auto defaults = kiroku::CouncilListsRepository::defaultStageDirections();
    QVERIFY(std::any_of(defaults.begin(), defaults.end(),
                        [](const auto &d) { return d.text.contains(u"{department}"_s); }));
    repo.setStageDirections(council, defaults);
    auto stored = repo.stageDirections(council);
    QCOMPARE(stored.size(), defaults.size());
    QCOMPARE(stored.first().text, defaults.first().text);
    std::swap(stored[0], stored[1]);
    repo.setStageDirections(council, stored);
    QCOMPARE(repo.stageDirections(council).at(0).text, defaults.at(1).text);
    kiroku::StageDirectionTemplate blank;
    blank.text = u"　"_s; // a full-width space is blank too
    QVERIFY_THROWS_EXCEPTION(kiroku::StoreError, repo.setStageDirections(council, {blank}));
}

void TestCouncilLists::listsBelongToTheirCouncil()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    const Id first = addCouncil(db);
    const Id second = addCouncil(db, u"第二審議会"_s);
    kiroku::CouncilListsRepository repo(db);
    repo.setMaskTerms(first, {mask(u"山岸"_s)});
    repo.setMaskTerms(second, {mask(u"山岸"_s), mask(u"川口"_s)});
    QCOMPARE(repo.maskTerms(first).size(), 1);
    QCOMPARE(repo.maskTerms(second).size(), 2);
    repo.setMaskTerms(first, {});
    QCOMPARE(repo.maskTerms(second).size(), 2);
}

void TestCouncilLists::deletingCouncilDeletesLists()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    const Id council = addCouncil(db);
    kiroku::CouncilListsRepository repo(db);
    repo.setMaskTerms(council, {mask(u"山岸"_s)});
    repo.setStageDirections(council, kiroku::CouncilListsRepository::defaultStageDirections());
    kiroku::CouncilRepository(db).remove(council);
    QCOMPARE(kiroku::sql::scalar(db, u"SELECT count(*) FROM mask_term"_s).toInt(), 0);
    QCOMPARE(kiroku::sql::scalar(db, u"SELECT count(*) FROM stage_direction"_s).toInt(), 0);
}

void TestCouncilLists::commandReplacesAndUndoRestores()
{
    kiroku::Document document(kiroku::Archive::openInMemory());
    const QSqlDatabase db = document.database();
    const Id council = addCouncil(db);
    kiroku::CouncilListsRepository repo(db);
    repo.setMaskTerms(council, {mask(u"山岸"_s)});
    const auto before = repo.maskTerms(council);
    QSignalSpy changed(&document, &kiroku::Document::councilChanged);

    document.undoStack()->push(
        new kiroku::SetMaskTermsCommand(&document, council, {mask(u"山岸 聡子"_s), mask(u"緑町"_s)}));
    QCOMPARE(repo.maskTerms(council).size(), 2);
    QCOMPARE(changed.size(), 1);
    document.undoStack()->undo();
    QCOMPARE(repo.maskTerms(council), before);
    document.undoStack()->redo();
    QCOMPARE(repo.maskTerms(council).size(), 2);

    auto rules = kiroku::CouncilListsRepository::defaultNotationRules();
    document.undoStack()->push(new kiroku::SetNotationRulesCommand(&document, council, rules));
    QCOMPARE(repo.notationRules(council).size(), rules.size());
    document.undoStack()->undo();
    QVERIFY(repo.notationRules(council).isEmpty());

    auto palette = kiroku::CouncilListsRepository::defaultStageDirections();
    document.undoStack()->push(new kiroku::SetStageDirectionsCommand(&document, council, palette));
    QCOMPARE(repo.stageDirections(council).size(), palette.size());
    document.undoStack()->undo();
    QVERIFY(repo.stageDirections(council).isEmpty());
}

void TestCouncilLists::commandReportsBadListAndChangesNothing()
{
    kiroku::Document document(kiroku::Archive::openInMemory());
    const QSqlDatabase db = document.database();
    const Id council = addCouncil(db);
    kiroku::CouncilListsRepository repo(db);
    repo.setMaskTerms(council, {mask(u"山岸"_s)});
    const auto before = repo.maskTerms(council);
    QSignalSpy failed(&document, &kiroku::Document::failed);
    document.undoStack()->push(
        new kiroku::SetMaskTermsCommand(&document, council, {mask(u"川口"_s), mask(u"川口"_s)}));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"川口"_s));
    QCOMPARE(repo.maskTerms(council), before);
    // The failed edit is not left on the stack to be undone.
    QVERIFY(!document.undoStack()->canUndo() || document.undoStack()->command(0)->isObsolete());
}

QTEST_GUILESS_MAIN(TestCouncilLists)
#include "TestCouncilLists.moc"
