#pragma once

#include <QString>

class Store;

// The forecast of one issue as the command line prints it: plain text, or an
// indented JSON object with json = true. Throws StoreError (NotFound for an
// unknown code).
QString forecastReport(Store &store, const QString &code, bool json);
