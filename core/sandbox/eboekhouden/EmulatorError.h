#pragma once

#include <QString>

// A refusal as the real service words it: REST turns it into the Error body, SOAP into ErrorMsg.
struct EmulatorError
{
    int status = 400;
    QString code;
    QString title;
    QString propertyName;
    QString type = QStringLiteral("validation");
};
