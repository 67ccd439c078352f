#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

// One HTTP request as the emulator received it; the record tests assert on.
struct EmulatorRequest
{
    QByteArray method;
    QString path; // "/v1/mutation", "/soap.asmx"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString soapOperation;   // "AddMutatie" for SOAP posts, else empty
    QString fault;           // the fault injected into the answer, if any
    qint64 receivedAtMs = 0; // when it arrived, ms since the epoch (rate limit tests)

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};
