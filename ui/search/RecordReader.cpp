#include "search/RecordReader.h"

#include "MainWindow.h"
#include "commands/Document.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

RecordReader::RecordReader(Document *document, Id meetingId, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_meetingId(meetingId)
    , m_model(new QStandardItemModel(this))
    , m_view(new QListView(this))
{
    setObjectName(u"recordReader"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 (sealed, read-only)").arg(title));
    QVector<Statement> statements;
    try {
        statements = StatementRepository(document->database()).statements(meetingId);
    } catch (const StoreError &error) {
        document->reportFailure(error.message());
    }
    for (const Statement &s : std::as_const(statements)) {
        auto *item = new QStandardItem(s.speaker.isEmpty() ? s.text : s.speaker + u'　' + s.text);
        item->setData(s.id, StatementIdRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSpacing(2);
    m_view->setAccessibleName(tr("Statements of the sealed record"));

    auto *note = new QLabel(tr("This record is sealed: it cannot be changed here. A correction is made as a "
                               "new version (Signatures tab)."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fittedSize(QSize(820, 640), parent));
}

bool RecordReader::showStatement(Id statementId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        const bool found = item->data(StatementIdRole).toLongLong() == statementId;
        // The marker colour of the search's matches, so the eye finds the line again.
        item->setBackground(found ? QBrush(QColor(0xff, 0xe2, 0x7a)) : QBrush());
        item->setForeground(found ? QBrush(Qt::black) : QBrush());
        if (!found)
            continue;
        m_view->setCurrentIndex(item->index());
        m_view->scrollTo(item->index(), QAbstractItemView::PositionAtCenter);
        return true;
    }
    return false;
}

Id RecordReader::currentStatementId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(StatementIdRole).toLongLong() : 0;
}

} // namespace kiroku::ui
