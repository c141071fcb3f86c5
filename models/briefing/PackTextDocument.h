#pragma once

#include <QTextDocument>

// A text document that never loads anything from outside: only resources added
// with addResource() (the position maps) resolve, so no file or URL named in the
// content is ever read, whatever the text contains.
class PackTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};
