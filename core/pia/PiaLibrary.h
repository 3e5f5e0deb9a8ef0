#pragma once
// The data behind the PIA rules (docs/pia.md), kept as files a clerk can copy and edit without a new
// release: the threshold table of the guideline (しきい値判断, amended from time to time) and the
// checklist of the third-party inspection (the 13 viewpoints). Shipped as :/pia/*.json; a file of the
// same name in a `pia` folder beside the archive replaces the shipped one (record::loadFormatDirectory).
#include "model/Enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace kiroku::pia {

// From `targetFrom` people in the file upwards (up to the next row), the type required normally and
// the type required when many staff handle the file (handlerThreshold or more) or a serious incident
// (重大事故) happened in the year before.
struct ThresholdRow
{
    int targetFrom = 0;
    PiaType normal = PiaType::NotRequired;
    PiaType heightened = PiaType::NotRequired;
};

struct ThresholdTable
{
    QString label;
    QString guideline; // the guideline the table follows, as printed
    QDate guidelineDate;
    int handlerThreshold = 500;
    QVector<ThresholdRow> rows; // ascending targetFrom, the first from 0
};

struct ChecklistItem
{
    PiaViewpointArea area = PiaViewpointArea::Conformity;
    QString code; // 適合性1
    QString text;
};

struct ChecklistTemplate
{
    QString label;
    QVector<ChecklistItem> items;
};

// One file of a pia folder: "kind": "thresholds" or "checklist".
struct PiaFormat
{
    enum class Kind
    {
        Thresholds,
        Checklist
    };
    QString name; // file name without .json
    Kind kind = Kind::Thresholds;
    ThresholdTable thresholds;
    ChecklistTemplate checklist;
};

struct PiaFormatLoad
{
    std::optional<PiaFormat> format;
    QStringList errors; // one line each, naming the file and the key
};

// Parses and validates: unknown keys, unknown types, rows out of order, an empty checklist are errors.
PiaFormatLoad parsePiaFormat(const QByteArray &json, const QString &name, const QString &source);

class PiaLibrary
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::pia::PiaLibrary)
public:
    // The shipped files, then each folder's files over them (later folders win).
    explicit PiaLibrary(const QStringList &userDirectories = {});
    // The folder beside an archive a clerk puts edited copies in: <archive folder>/pia.
    static QString folderBeside(const QString &archivePath);

    // "thresholds" (the one used for the judgment), falling back to the first table loaded.
    ThresholdTable thresholds() const;
    // A checklist by name; "checklist" is the shipped one with the 13 viewpoints.
    std::optional<ChecklistTemplate> checklist(const QString &name = QStringLiteral("checklist")) const;
    QStringList checklistNames() const;
    const QStringList &problems() const { return m_problems; }

private:
    QVector<PiaFormat> m_formats;
    QStringList m_problems;
};

} // namespace kiroku::pia
