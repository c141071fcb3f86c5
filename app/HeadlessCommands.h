#pragma once

#include "CommandLine.h"

#include <QTextStream>

// Runs a command that needs no window; returns the process exit code.
int runHeadlessCommand(const CommandLine &command, QTextStream &out, QTextStream &err);
