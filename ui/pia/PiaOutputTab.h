#pragma once
// What the inspection produces: the inspection result sheet (点検結果) and the paragraph of the 答申
// that records the inspection, both printed to PDF from their letter formats, and the paragraph as
// text for the clerk to copy into the response.
#include "letters/Letter.h"
#include "pia/PiaTab.h"

class QLabel;
class QPlainTextEdit;

namespace kiroku::ui {

class PiaOutputTab : public PiaTab
{
    Q_OBJECT
public:
    explicit PiaOutputTab(QWidget *parent = nullptr);

    // Writes the result sheet or the 答申 paragraph of the shown evaluation; empty on success.
    QString printLetter(letters::LetterKind kind, const QString &path);
    QString paragraphText();

protected:
    void load() override;
    void showEvent(QShowEvent *event) override;

private:
    letters::LetterRequest request(letters::LetterKind kind) const;
    void choosePrint(letters::LetterKind kind);
    void updateParagraph();

    QPlainTextEdit *m_paragraph;
    QLabel *m_problems;
    bool m_paragraphStale = true; // rebuilt when the tab is shown, not on every edit elsewhere
};

} // namespace kiroku::ui
