#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

struct EmulatorResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};
