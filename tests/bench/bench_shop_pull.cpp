// Pulls N invoices (with their orders, credit memos and customers) from the Magento emulator over HTTP on
// 127.0.0.1 with injected latency per request, into an in-memory sink, and prints documents per second.
// Usage: bench_shop_pull [invoices=100000] [latency-ms=50] [page-size=100]
#include "MagentoConnector.h"
#include "MagentoEmulator.h"
#include "MemoryPullSink.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int invoices = args.value(1, QStringLiteral("100000")).toInt();
    const int latency = args.value(2, QStringLiteral("50")).toInt();
    const int pageSize = args.value(3, QStringLiteral("100")).toInt();

    QElapsedTimer timer;
    timer.start();
    MagentoEmulator::Options options;
    options.seed = 7;
    options.invoices = invoices;
    options.keepExpected = false;
    MagentoEmulator shop(options);
    if (!shop.start())
        return 1;
    shop.server().setLatency(latency);
    std::printf("generated %d invoices in %.1f s\n", invoices, timer.elapsed() / 1000.0);

    MagentoSettings settings;
    settings.restBaseUrl = shop.restBaseUrl();
    settings.consumerKey = options.consumerKey;
    settings.consumerSecret = options.consumerSecret;
    settings.accessToken = options.accessToken;
    settings.accessTokenSecret = options.accessTokenSecret;
    settings.pageSize = pageSize;
    MagentoConnector connector(settings);
    MemoryPullSink sink;
    timer.restart();
    const PullReport report = connector.pull(sink);
    const double seconds = timer.elapsed() / 1000.0;
    const int documents = report.total(&ResourcePullReport::invoices) + report.total(&ResourcePullReport::creditMemos) +
                          report.total(&ResourcePullReport::customers);
    std::printf("pulled %d invoices, %d credit memos, %d customers (%d documents) in %.1f s with %d ms latency, "
                "page size %d, %d requests\n",
                report.total(&ResourcePullReport::invoices), report.total(&ResourcePullReport::creditMemos),
                report.total(&ResourcePullReport::customers), documents, seconds, latency, pageSize,
                connector.requestsSent());
    std::printf("%.0f invoices/s, %.0f documents/s, ok=%d\n", report.total(&ResourcePullReport::invoices) / seconds,
                documents / seconds, report.ok() ? 1 : 0);
    return report.ok() && sink.invoices.size() == invoices ? 0 : 2;
}
