#include "CsvFormat.h"

#include <QCoreApplication>

const QByteArray CsvFormat::byteOrderMark = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray CsvFormat::quoted(const QString &field)
{
    QByteArray bytes = field.toUtf8();
    const bool needsQuotes = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') ||
                             bytes.contains('\r') || bytes.startsWith(' ') || bytes.endsWith(' ');
    if (!needsQuotes)
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

namespace {

// Apostrophes, then a character that starts a formula.
bool looksLikeFormula(const QString &field)
{
    qsizetype at = 0;
    while (at < field.size() && field.at(at) == QLatin1Char('\''))
        ++at;
    if (at == field.size())
        return false;
    static const QString starts = QStringLiteral("=+-@\t\r");
    return starts.contains(field.at(at));
}

} // namespace

QString CsvFormat::writtenAsText(const QString &field)
{
    return looksLikeFormula(field) ? QLatin1Char('\'') + field : field;
}

QString CsvFormat::readAsText(const QString &field)
{
    return field.startsWith(QLatin1Char('\'')) && looksLikeFormula(field) ? field.mid(1) : field;
}

QByteArray CsvFormat::line(const QStringList &fields)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += quoted(fields.at(i));
    }
    bytes += "\r\n";
    return bytes;
}

bool CsvFormat::parse(const QByteArray &data, qsizetype maxFieldBytes, QList<Record> *records,
                      QString *error, const QStringList &fieldNames)
{
    const auto name = [&fieldNames](qsizetype index) {
        return index < fieldNames.size() ? fieldNames.at(index) : QString::number(index + 1);
    };
    records->clear();
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        Record record;
        record.line = line;
        for (;;) {
            // One field.
            QByteArray field;
            if (i < n && data.at(i) == '"') {
                ++i;
                for (;;) {
                    if (i >= n) {
                        *error = QCoreApplication::translate(
                                     "CsvFormat", "line %1: a quoted field is not closed")
                                     .arg(record.line);
                        return false;
                    }
                    const char c = data.at(i);
                    if (c == '"') {
                        if (i + 1 < n && data.at(i + 1) == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\n')
                        ++line;
                    field += c;
                    ++i;
                    if (field.size() > maxFieldBytes) {
                        *error = QCoreApplication::translate(
                                     "CsvFormat", "line %1, field %2: longer than %3 bytes")
                                     .arg(record.line)
                                     .arg(name(record.fields.size()))
                                     .arg(maxFieldBytes);
                        return false;
                    }
                }
                if (i < n && data.at(i) != ',' && data.at(i) != '\r' && data.at(i) != '\n') {
                    *error = QCoreApplication::translate(
                                 "CsvFormat", "line %1, field %2: text after the closing quote")
                                 .arg(line)
                                 .arg(name(record.fields.size()));
                    return false;
                }
            } else {
                const qsizetype start = i;
                while (i < n && data.at(i) != ',' && data.at(i) != '\r' && data.at(i) != '\n') {
                    if (data.at(i) == '"') {
                        *error = QCoreApplication::translate(
                                     "CsvFormat",
                                     "line %1, field %2: a quote inside an unquoted field (quote "
                                     "the whole field and double the quote)")
                                     .arg(line)
                                     .arg(name(record.fields.size()));
                        return false;
                    }
                    ++i;
                }
                if (i - start > maxFieldBytes) {
                    *error = QCoreApplication::translate("CsvFormat",
                                                         "line %1, field %2: longer than %3 bytes")
                                 .arg(line)
                                 .arg(name(record.fields.size()))
                                 .arg(maxFieldBytes);
                    return false;
                }
                field = data.mid(start, i - start);
            }
            record.fields.append(field);
            if (i < n && data.at(i) == ',') {
                ++i;
                continue;
            }
            // End of the record: CRLF, LF, a lone CR, or the end of the data.
            if (i < n && data.at(i) == '\r')
                ++i;
            if (i < n && data.at(i) == '\n')
                ++i;
            ++line;
            break;
        }
        records->append(record);
    }
    return true;
}
