#pragma once
// Build Packet… : the meeting's tablet packet through core's PacketExport, the same path as
// `kiroku packet`: for members or public (non-public materials left out), with no watermark, one
// member's name or one packet per member, as one PDF or a folder of numbered files. The dialog stays
// open after a build and says what was written, or why nothing was.
#include "model/Types.h"
#include "packet/PacketExport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class PacketDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Watermark
    {
        None,
        OneMember,
        EveryMember
    };

    PacketDialog(Document *document, Id meetingId, QWidget *parent = nullptr);

    void setPublicVersion(bool publicVersion);
    void setWatermark(Watermark watermark, Id memberId = 0);
    void setFolderOutput(bool folder);
    void setDestination(const QString &path);
    QString destination() const;
    bool folderOutput() const;
    packet::PacketRequest request() const;

    // Writes the packet; false with the reason shown (and in lastOutcome().error).
    bool build();
    const packet::PacketOutcome &lastOutcome() const { return m_outcome; }
    QString resultText() const;

private:
    void chooseDestination();
    void updateDestination();
    QString defaultName() const;

    Document *m_document;
    Id m_meetingId;
    QString m_folder; // beside the archive, or where the clerk last chose
    bool m_destinationEdited = false;
    bool m_builtFolder = false;
    packet::PacketOutcome m_outcome;
    QCheckBox *m_public;
    QButtonGroup *m_watermarkGroup;
    QRadioButton *m_noWatermark;
    QRadioButton *m_oneMember;
    QRadioButton *m_everyMember;
    QComboBox *m_member;
    QRadioButton *m_onePdf;
    QRadioButton *m_numberedFolder;
    QLineEdit *m_destination;
    QLabel *m_result;
    QPushButton *m_build;
};

} // namespace kiroku::ui
