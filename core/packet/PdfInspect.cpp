#include "packet/PdfInspect.h"

#include <QCoreApplication>

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <exception>

using namespace Qt::StringLiterals;

namespace kiroku::packet {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::packet", text);
}

// The first line of a qpdf message without the file name qpdf puts in front of it.
QString reason(const std::string &what)
{
    QString text = QString::fromStdString(what).section(u'\n', 0, 0).trimmed();
    const qsizetype colon = text.indexOf(u": "_s);
    if (colon >= 0 && colon < 40)
        text = text.mid(colon + 2);
    return text;
}

} // namespace

PdfInspection inspectPdf(const QByteArray &data, const QString &fileName)
{
    PdfInspection result;
    // PDF readers accept the header within the first 1024 bytes.
    if (data.isEmpty()) {
        result.error = tr("%1 is empty: it is not a PDF file.").arg(fileName);
        return result;
    }
    if (!data.left(1024).contains("%PDF-")) {
        result.error = tr("%1 is not a PDF file.").arg(fileName);
        return result;
    }
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.setAttemptRecovery(true);
        pdf.processMemoryFile("material", data.constData(), size_t(data.size()));
        if (pdf.isEncrypted()) {
            result.error =
                tr("%1 is encrypted (password-protected or restricted): save it without encryption "
                   "and add it again.")
                    .arg(fileName);
            return result;
        }
        const auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pdf.anyWarnings()) {
            const auto warnings = pdf.getWarnings();
            result.error = tr("%1 is damaged (%2).")
                               .arg(fileName, warnings.empty() ? QString() : reason(warnings.front().what()));
            return result;
        }
        if (pages.empty()) {
            result.error = tr("%1 has no pages.").arg(fileName);
            return result;
        }
        result.pageCount = int(pages.size());
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password)
            result.error =
                tr("%1 is encrypted (password-protected or restricted): save it without encryption "
                   "and add it again.")
                    .arg(fileName);
        else
            result.error =
                tr("%1 is damaged and cannot be read (%2).").arg(fileName, reason(e.getMessageDetail()));
    } catch (const std::exception &e) {
        result.error = tr("%1 is damaged and cannot be read (%2).").arg(fileName, reason(e.what()));
    }
    return result;
}

} // namespace kiroku::packet
