#include "drafting/InsertStatementDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

InsertStatementDialog::InsertStatementDialog(DraftingSession *session, int position, const QString &neighbour,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_speaker(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"insertStatementDialog"_s);
    setWindowTitle(tr("Insert Statement"));
    m_speaker->setObjectName(u"insertSpeaker"_s);
    m_speaker->setEditable(true);
    m_speaker->setInsertPolicy(QComboBox::NoInsert);
    QStringList labels;
    for (const Speaker &s : session->directory().all()) {
        if (!labels.contains(s.label))
            labels << s.label;
    }
    m_speaker->addItems(labels);
    m_speaker->setCurrentText(session->expectedSpeakerAt(position).label);
    m_text->setObjectName(u"insertText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What was said; a text in （） is a stage direction"));
    m_text->installEventFilter(this);

    auto *where = new QLabel(neighbour, this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Speaker:"), m_speaker);
    form->addRow(tr("&Text:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The speaker is usually right: typing goes straight into the text.
    m_text->setFocus();
}

Speaker InsertStatementDialog::speaker() const
{
    const QString label = m_speaker->currentText().trimmed();
    const QVector<Speaker> matches = m_session->directory().matching(label);
    for (const Speaker &s : matches) {
        if (s.label == label)
            return s;
    }
    return m_session->directory().byLabel(label);
}

QString InsertStatementDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool InsertStatementDialog::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            if (!text().isEmpty())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(object, event);
}

} // namespace kiroku::ui
