#pragma once
// The packet's first pages, laid out with Qt like the records (IPAMincho embedded, text layer
// corrected): a cover with the meeting header and the agenda (次第), then the 資料一覧 index.
#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kiroku::packet {

struct IndexEntry
{
    QString label; // 資料3-1
    QString title;
    int pageCount = 0;
    int startOffset = -1; // first page, counted from the first material page; -1: not in the packet
    QString note;         // 紙で配布 and the like, printed instead of a page number
};

struct FrontMatter
{
    QString council;                         // 青葉台市情報公開・個人情報保護審議会
    QString meetingTitle;                    // 令和7年度第2回
    QVector<QPair<QString, QString>> header; // 日時 / 場所 / … rows
    QStringList agenda;                      // 次第, one line each
    QVector<IndexEntry> entries;
    QString indexNote; // printed under the index (非公開の資料は掲載していません。)
    bool pageColumnShowsCount = false; // a folder export: the entries' page counts, not start pages
    QString title;                     // PDF metadata
    QString author;
    QString subject;
};

struct IndexLink
{
    int entry = 0; // index into FrontMatter::entries
    int page = 0;  // 0-based page of the front PDF the index line is on
    QRectF rect;   // PDF user space (points, origin bottom left)
};

struct FrontPages
{
    QByteArray pdf;
    int pageCount = 0;
    int indexPage = 0; // 0-based page where the 資料一覧 begins
    QVector<IndexLink> links;
    QString error;
    QString missing; // characters IPAMincho cannot draw
};

// Needs a QGuiApplication (fonts). The index's page numbers count the front pages themselves.
FrontPages renderFrontPages(const FrontMatter &front);

} // namespace kiroku::packet
