#pragma once
// The checklist of a record's signers (会議録署名委員): who is designated, whether and when each has
// signed, and how (pad or paper). Read through the repositories; refreshed from Document's signals.
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class SignatureModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SignerColumn,
        SignedColumn, // a read-only check box: signed or waiting
        WhenColumn,
        MethodColumn,
        ColumnCount
    };
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
        SignedRole, // bool
    };

    explicit SignatureModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }
    void reload();

    const QVector<Signature> &signatures() const { return m_signatures; }
    int signedCount() const;
    QString signerName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<Document> m_document;
    Id m_meetingId = 0;
    QVector<Signature> m_signatures;
    QHash<Id, QString> m_names;
};

// 「令和7年9月1日 10:30」
QString signedAtText(const QDateTime &at);

} // namespace kiroku::ui
