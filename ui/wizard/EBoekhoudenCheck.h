#pragma once

#include "ConnectionVerdict.h"
#include "secrets/EBoekhoudenCredentials.h"

#include <QCoreApplication>

// The e-Boekhouden "Test connection" of the wizard's login pages: runs on the worker thread, makes its own
// client there, logs in and reads what the login may read, or says why not (ApiError's message). The sentence is
// ConnectionTest::describe, the same the CLI prints.
class EBoekhoudenCheck
{
    Q_DECLARE_TR_FUNCTIONS(EBoekhoudenCheck)

public:
    static ConnectionVerdict run(const EBoekhoudenCredentials& credentials);
};
