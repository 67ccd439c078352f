#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt's HTTP layer silently sends a request again when
// the connection closes before the answer (meant for stale keep-alive connections); for a POST that
// e-Boekhouden already carried out that books it twice. A body Qt cannot rewind turns that quiet re-send into
// an error (ContentReSendError), so the engine sees an unknown outcome and decides: look up, or never retry.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray body, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_read = 0;
};
