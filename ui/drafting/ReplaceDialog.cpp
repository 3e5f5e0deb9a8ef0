#include "drafting/ReplaceDialog.h"

#include "drafting/DraftingSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

ReplaceDialog::ReplaceDialog(DraftingSession *session, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_preview(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"replaceDialog"_s);
    setWindowTitle(mode == Mode::FindReplace ? tr("Find and Replace") : tr("Apply Notation List"));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::FindReplace) {
        m_find = new QLineEdit(this);
        m_find->setObjectName(u"findEdit"_s);
        m_replace = new QLineEdit(this);
        m_replace->setObjectName(u"replaceEdit"_s);
        m_ignoreCase = new QCheckBox(tr("&Ignore case"), this);
        m_regex = new QCheckBox(tr("&Regular expression"), this);
        auto *form = new QFormLayout;
        form->addRow(tr("&Find:"), m_find);
        form->addRow(tr("Re&place with:"), m_replace);
        auto *options = new QHBoxLayout;
        options->addWidget(m_ignoreCase);
        options->addWidget(m_regex);
        options->addStretch();
        form->addRow(options);
        layout->addLayout(form);
        for (QLineEdit *edit : {m_find, m_replace})
            connect(edit, &QLineEdit::textChanged, this, &ReplaceDialog::updatePreview);
        for (QCheckBox *box : {m_ignoreCase, m_regex})
            connect(box, &QCheckBox::toggled, this, &ReplaceDialog::updatePreview);
    } else {
        auto *note =
            new QLabel(tr("The council's notation list, applied to every statement of the record:"), this);
        layout->addWidget(note);
    }
    m_preview->setObjectName(u"previewList"_s);
    m_preview->setColumnCount(3);
    m_preview->setHeaderLabels({tr("Speaker"), tr("Before"), tr("After")});
    m_preview->setRootIsDecorated(false);
    m_preview->setWordWrap(true);
    m_preview->setUniformRowHeights(true);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    layout->addWidget(buttons);
    resize(820, 480);
    updatePreview();
    // The first key typed after Ctrl+H is the start of what to find: the preview list, built first,
    // must not take it.
    if (m_find) {
        setFocusProxy(m_find);
        m_find->setFocus();
    }
}

void ReplaceDialog::updatePreview()
{
    if (!m_session)
        return;
    if (m_mode == Mode::FindReplace)
        m_changes = previewReplace(m_session->statements(), m_find->text(), m_replace->text(),
                                   m_ignoreCase->isChecked() ? Qt::CaseInsensitive : Qt::CaseSensitive,
                                   m_regex->isChecked());
    else
        m_changes = previewNotation(m_session->statements(), m_session->notationRules());
    m_preview->clear();
    int count = 0;
    QList<QTreeWidgetItem *> items;
    for (const TextChange &c : std::as_const(m_changes)) {
        auto *item = new QTreeWidgetItem({c.speaker, c.before, c.after});
        item->setToolTip(1, c.before);
        item->setToolTip(2, c.after);
        items << item;
        count += c.count;
    }
    m_preview->addTopLevelItems(items);
    m_summary->setText(tr("%1 statement(s) change, %2 replacement(s).").arg(m_changes.size()).arg(count));
    m_apply->setEnabled(!m_changes.isEmpty());
}

bool ReplaceDialog::apply()
{
    if (!m_session || m_changes.isEmpty())
        return false;
    Document *document = m_session->document();
    const QString text = m_mode == Mode::FindReplace
                             ? tr("Replace \"%1\" with \"%2\"").arg(m_find->text(), m_replace->text())
                             : tr("Apply notation list");
    return document->push(new ReplaceTextCommand(document, m_session->meetingId(), m_changes, text));
}

} // namespace kiroku::ui
