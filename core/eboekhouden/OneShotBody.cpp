#include "OneShotBody.h"

#include <algorithm>
#include <cstring>

OneShotBody::OneShotBody(QByteArray body, QObject* parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_body.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_read);
    if (count <= 0)
        return m_read >= m_body.size() ? -1 : 0;
    std::memcpy(data, m_body.constData() + m_read, static_cast<size_t>(count));
    m_read += count;
    return count;
}
