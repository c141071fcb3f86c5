#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 comma-separated values: quoting on the way out, a byte-level reader
// on the way in (quotes, commas and line ends are ASCII, so UTF-8 text passes
// through untouched and is decoded field by field, where a bad byte can be
// named by line).
class CsvFormat
{
public:
    struct Record
    {
        int line = 0; // the physical line the record starts on, from 1
        QList<QByteArray> fields;
    };

    // One line: fields quoted where needed, joined by commas, ended by CRLF.
    static QByteArray line(const QStringList &fields);
    static QByteArray quoted(const QString &field);

    // A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
    // return) as a formula: such a field goes out behind one apostrophe, which
    // spreadsheets show as text. So that every value comes back exactly, a field
    // of apostrophes followed by one of those characters gets one more, and
    // readAsText() takes exactly one off such a field.
    static QString writtenAsText(const QString &field);
    static QString readAsText(const QString &field);

    // Splits `data` (without a byte-order mark) into records. Returns false with
    // *error naming the line for an unterminated quote, a quote inside an
    // unquoted field or text after a closing quote, or a field longer than
    // maxFieldBytes ("line 7, field background"; fields are numbered from 1
    // beyond fieldNames).
    static bool parse(const QByteArray &data, qsizetype maxFieldBytes, QList<Record> *records,
                      QString *error, const QStringList &fieldNames = {});

    static const QByteArray byteOrderMark;
};
