#include "PackTextDocument.h"

QVariant PackTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}
