#pragma once
// The dialogs of the Signatures tab: signing on the pad, recording a signature given on paper,
// designating the signers; and of a sealed record: the reason of a correction, its versions.
// All of them are operated fully by keyboard except drawing on the pad itself.
#include "model/Types.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class SignaturePad;

class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(const QString &signerName, QWidget *parent = nullptr);
    SignaturePad *pad() const { return m_pad; }
    QByteArray strokesJson() const;

private:
    SignaturePad *m_pad;
    QPushButton *m_ok;
};

class PaperSignatureDialog : public QDialog
{
    Q_OBJECT
public:
    PaperSignatureDialog(const QString &signerName, QWidget *parent = nullptr);
    QDateTime signedAt() const;
    // The scanned page's bytes; empty until a file is attached.
    QByteArray scanData() const { return m_scan; }
    // Reads the file; false with the reason shown in the dialog when it cannot be used.
    bool attachScan(const QString &path);

private:
    void chooseScan();

    QDateTimeEdit *m_when;
    QLabel *m_file;
    QPushButton *m_ok;
    QByteArray m_scan;
};

// The members in office on the meeting's date (the chair has a line of their own and is not offered);
// the checked ones, in list order, become the signers.
class DesignateDialog : public QDialog
{
    Q_OBJECT
public:
    DesignateDialog(const QVector<Member> &candidates, const QVector<Id> &current, int signerCount,
                    QWidget *parent = nullptr);
    QVector<Id> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    void update();

    QListWidget *m_list;
    QLabel *m_count;
    QPushButton *m_ok;
    int m_signerCount;
};

// Asks why a sealed record is corrected (正誤); empty when the clerk cancels.
QString askCorrectionReason(QWidget *parent, const QString &meetingName);

// Each version of a meeting's record with its seal time, content hash and whether it verifies.
class VersionsDialog : public QDialog
{
    Q_OBJECT
public:
    VersionsDialog(Document *document, Id meetingId, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace kiroku::ui
