#pragma once
// The settings of one council (審議会) with its members (委員) and staff (事務局・説明員). Every
// committed field edit is one EditCouncilCommand; the tables edit through their models.
#include "model/Types.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class ConsultationsPage;
class ReportsPage;
class PiaPage;
class SubcommitteesPage;
class CouncilListPage;
class MemberTableModel;
class StaffTableModel;

class CouncilEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CouncilEditor(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);
    Id councilId() const { return m_council.id; }
    MemberTableModel *memberModel() const { return m_members; }
    StaffTableModel *staffModel() const { return m_staff; }
    ConsultationsPage *consultationsPage() const { return m_consultations; }
    PiaPage *piaPage() const { return m_pia; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void meetingAdded(kiroku::Id meetingId);

private:
    QWidget *buildForm();
    QWidget *buildMembers();
    QWidget *buildStaff();
    void load();
    void commit(const std::function<void(Council &)> &change);
    void commitRecordFormat();
    void addMember();
    void removeMember();
    void addStaff();
    void removeStaff();
    void addMeeting();

    QPointer<Document> m_document;
    Council m_council;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_municipality = nullptr;
    QSpinBox *m_quota = nullptr;
    QComboBox *m_quorumRule = nullptr;
    QSpinBox *m_signers = nullptr;
    QComboBox *m_recordFormat = nullptr;
    QComboBox *m_namePolicy = nullptr;
    QComboBox *m_numbering = nullptr;
    QComboBox *m_agendaNumbering = nullptr;
    QSpinBox *m_deadline = nullptr;
    MemberTableModel *m_members = nullptr;
    StaffTableModel *m_staff = nullptr;
    ConsultationsPage *m_consultations = nullptr;
    SubcommitteesPage *m_subcommittees = nullptr;
    ReportsPage *m_reports = nullptr;
    PiaPage *m_pia = nullptr;
    QTableView *m_memberView = nullptr;
    QTableView *m_staffView = nullptr;
    QVector<CouncilListPage *> m_lists; // masking, notation, stage directions
};

} // namespace kiroku::ui
