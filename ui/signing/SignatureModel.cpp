#include "signing/SignatureModel.h"

#include "commands/Document.h"
#include "commands/SignatureCommands.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "text/Wareki.h"

using namespace Qt::StringLiterals;

namespace kiroku::ui {

QString signedAtText(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return wareki::formatDate(at.date(), wareki::Digits::Half, false) + u' ' + at.time().toString(u"HH:mm"_s);
}

SignatureModel::SignatureModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SignatureModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meetingId = 0;
    if (document) {
        connect(document, &Document::signaturesChanged, this, [this](Id meetingId) {
            if (meetingId == m_meetingId)
                reload();
        });
        connect(document, &Document::membersChanged, this, [this] { reload(); });
        connect(document, &Document::meetingsChanged, this, [this] { reload(); });
    }
    reload();
}

void SignatureModel::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void SignatureModel::reload()
{
    beginResetModel();
    m_signatures.clear();
    m_names.clear();
    if (m_document && m_meetingId != 0) {
        try {
            const QSqlDatabase db = m_document->database();
            if (const auto meeting = MeetingRepository(db).meeting(m_meetingId)) {
                m_signatures = SignatureRepository(db).signatures(m_meetingId);
                for (const Member &m : CouncilRepository(db).members(meeting->councilId))
                    m_names.insert(m.id, m.name);
            }
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    endResetModel();
}

int SignatureModel::signedCount() const
{
    return int(std::count_if(m_signatures.cbegin(), m_signatures.cend(), &isSigned));
}

QString SignatureModel::signerName(int row) const
{
    if (row < 0 || row >= m_signatures.size())
        return {};
    const Id member = m_signatures.at(row).memberId;
    return m_names.value(member, QString::number(member));
}

int SignatureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_signatures.size());
}

int SignatureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignatureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_signatures.size())
        return {};
    const Signature &s = m_signatures.at(index.row());
    const bool done = isSigned(s);
    if (role == MemberIdRole)
        return s.memberId;
    if (role == SignedRole)
        return done;
    if (index.column() == SignedColumn && role == Qt::CheckStateRole)
        return done ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SignerColumn:
        return signerName(index.row());
    case SignedColumn:
        return done ? tr("Signed") : tr("Waiting");
    case WhenColumn:
        return signedAtText(s.signedAt);
    case MethodColumn:
        switch (s.method) {
        case SignatureMethod::Pad:
            return tr("Signature pad");
        case SignatureMethod::Paper:
            return s.scanFileId != 0 ? tr("On paper (scan attached)") : tr("On paper");
        case SignatureMethod::None:
            return QString();
        }
    }
    return {};
}

QVariant SignatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SignerColumn:
        return tr("Signer");
    case SignedColumn:
        return tr("Signed");
    case WhenColumn:
        return tr("When");
    case MethodColumn:
        return tr("Method");
    }
    return {};
}

} // namespace kiroku::ui
