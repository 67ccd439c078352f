#pragma once

#include "JsonReply.h"
#include "RequestSigner.h"
#include "RetryPolicy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

// GET requests to a shop's REST API with the shop's authentication, retries with backoff and logging through
// Log::httpExchange (which masks credentials). Blocking: see ShopConnector.
class ShopHttpClient
{
    Q_DECLARE_TR_FUNCTIONS(ShopHttpClient)

public:
    // Says whether a parsed body has the shape the caller expects; a page that does not is retried like a 5xx,
    // because a proxy or an overloaded PHP process can cut a body short while still answering 200.
    using ShapeCheck = std::function<bool(const QJsonDocument&)>;

    ShopHttpClient(QUrl baseUrl, std::shared_ptr<const RequestSigner> signer, RetryPolicy retry);

    // GET <baseUrl>/<path>?<query>. 401/403/404 and other 4xx are not retried.
    JsonReply getJson(const QString& path, const QUrlQuery& query, const ShapeCheck& shapeOk);

    int requestsSent() const { return m_requestsSent; }
    const QUrl& baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }

    // The text of a Magento error body {"message": "... %resources.", "parameters": {"resources": "..."}} with
    // its placeholders filled in, as Magento's admin shows it; empty when the body has none.
    static QString shopMessage(const QByteArray& body);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    std::shared_ptr<const RequestSigner> m_signer;
    RetryPolicy m_retry;
    int m_requestsSent = 0;
};
