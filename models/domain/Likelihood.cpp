#include "Likelihood.h"

#include <QCoreApplication>

namespace LikelihoodText {

QString key(Likelihood likelihood)
{
    switch (likelihood) {
    case Likelihood::Certain:
        return QStringLiteral("certain");
    case Likelihood::Might:
        return QStringLiteral("might");
    case Likelihood::Unlikely:
        return QStringLiteral("unlikely");
    }
    return {};
}

QString label(Likelihood likelihood)
{
    switch (likelihood) {
    case Likelihood::Certain:
        return QCoreApplication::translate("Likelihood", "Certain to come up");
    case Likelihood::Might:
        return QCoreApplication::translate("Likelihood", "Might come up");
    case Likelihood::Unlikely:
        return QCoreApplication::translate("Likelihood", "Unlikely to come up");
    }
    return {};
}

std::optional<Likelihood> fromKey(const QString &text)
{
    for (Likelihood likelihood : all()) {
        if (key(likelihood).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return likelihood;
    }
    return std::nullopt;
}

QList<Likelihood> all()
{
    return {Likelihood::Certain, Likelihood::Might, Likelihood::Unlikely};
}

} // namespace LikelihoodText
