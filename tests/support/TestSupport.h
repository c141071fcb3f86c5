#pragma once

#include "TestConfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

class Store;

namespace TestSupport {

// A fresh database in a temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }
    QString dir() const { return m_dir.path(); }
    // Opens (and migrates) a Store on path(); with demo = true, imports the demo scenario.
    std::unique_ptr<Store> open(bool demo = false) const;

private:
    QTemporaryDir m_dir;
};

// The first column of the first row of `sql`, read on a connection of its own:
// what the code under test wrote must be in the file, not only in its cache.
QVariant valueInFile(const QString &path, const QString &sql, const QVariantList &values = {});

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

// A digest of every row of every table (not the file bytes, which WAL and page
// layout can change): equal digests mean equal content.
QByteArray contentHash(Store &store);

// What a command-line tool (pdftotext, qpdf, unzip, soffice…) gave: exit code -1
// when it could not start, crashed or took longer than three minutes.
struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};
ToolResult runTool(const QString &program, const QStringList &arguments);

// The text of each page of a PDF, read back with pdftotext (pages end with \f):
// laid out as on the page, or in the order it was written (a wrapped heading then
// reads as one line). Empty when pdftotext is missing or fails.
QStringList pdfPages(const QString &path, bool layout = true);

} // namespace TestSupport
