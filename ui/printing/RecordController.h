#pragma once
// The Record menu: print preview, print, export (PDF, ODT, HTML, internal or public), the
// completeness check and finalising. Everything it does goes through core/record, the same path
// as `kiroku print` and `kiroku check`; finalising is an undoable EditMeetingCommand.
#include "model/Types.h"

#include <QObject>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace kiroku {
class Document;
}

namespace kiroku::record {
struct PrintRequest;
}

namespace kiroku::ui {

class RecordController : public QObject
{
    Q_OBJECT

public:
    RecordController(QWidget *window, QMenu *menu);

    void setDocument(Document *document);
    // The meeting the actions work on; 0 disables them.
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }

    void printPreview();
    void print();
    // Export… asks for the format, version and file; the public version first lists what it masks.
    void exportRecord();
    void checkCompleteness();
    // Sets the status to Finalised after the check; blocking findings need the clerk's confirmation.
    void finalise();
    // Records the day the public version went out (meets the council's publication deadline).
    void markPublished();
    // 「公表期限 … （あと12日）」 for the selected meeting until it is published; empty otherwise.
    QString deadlineText() const;

    // The formats a print can choose from (shipped ones and the clerk's copies beside the archive).
    QStringList formatFolders() const;

Q_SIGNALS:
    void deadlineChanged(const QString &text);

private:
    record::PrintRequest request(bool publicVersion) const;
    void paint(QPrinter *printer, bool publicVersion);
    void updateActions();
    void updateDeadline();
    void showFailure(const QString &message);
    // Says where the file went, offering to open it or its folder.
    void confirmExported(const QString &path);

    QWidget *m_window;
    Document *m_document = nullptr;
    Id m_meetingId = 0;
    QList<QAction *> m_actions;
};

} // namespace kiroku::ui
