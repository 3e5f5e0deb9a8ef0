#pragma once
// Export… : the record's format, the file type, internal or public version, PDF/A. For the public
// version it lists every place a masked string or a member's name is replaced, rebuilt whenever
// the choice changes, so the clerk sees them before the file is written.
#include "record/RecordExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace kiroku::ui {

class MaskHitModel;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class FileType
    {
        Pdf,
        Odt,
        Html
    };

    ExportDialog(QSqlDatabase db, record::PrintRequest request, const QStringList &formats,
                 QWidget *parent = nullptr);

    record::PrintRequest request() const;
    FileType fileType() const;
    QString suffix() const;
    MaskHitModel *hitModel() const { return m_hits; }

private:
    void refresh();

    QSqlDatabase m_db;
    record::PrintRequest m_base;
    QComboBox *m_format;
    QComboBox *m_type;
    QRadioButton *m_internal;
    QRadioButton *m_public;
    QCheckBox *m_pdfA;
    QLabel *m_summary;
    QTableView *m_table;
    MaskHitModel *m_hits;
};

} // namespace kiroku::ui
