// Benchmark (not a test): books N invoices from a local store into the e-Boekhouden emulator over HTTP on
// 127.0.0.1 with injected latency, and prints the time against the lower bound the latency sets:
// API calls × latency ÷ concurrency (SyncConfiguration::concurrency workers book in parallel).
//   bench_sync [invoices=1000] [latency ms=50] [customers=200] [concurrency=1]

#include "eboekhouden/RestClient.h"
#include "EBoekhoudenEmulator.h"
#include "store/Database.h"
#include "store/DocumentRepository.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

Invoice invoice(int number, int customer)
{
    Invoice invoice;
    invoice.platform = QStringLiteral("magento");
    invoice.shopId = QString::number(number);
    invoice.number = QString::number(100000000 + number);
    invoice.orderNumber = invoice.number;
    invoice.documentDate = QDate(2026, 11, 2);
    invoice.currency = QStringLiteral("EUR");
    invoice.customer.shopId = QString::number(customer);
    invoice.customer.email = QStringLiteral("klant%1@example.nl").arg(customer);
    invoice.customer.firstName = QStringLiteral("Klant");
    invoice.customer.lastName = QString::number(customer);
    invoice.billingAddress.countryCode = QStringLiteral("NL");
    DocumentLine line;
    line.sku = QStringLiteral("SKU-1");
    line.description = QStringLiteral("Theepot");
    line.quantity = Quantity::whole(2);
    line.rowTotalExcl = Money::fromCents(2000);
    line.rowTotalIncl = Money::fromCents(2420);
    line.vatAmount = Money::fromCents(420);
    line.vatRate = VatRate::percent(21);
    invoice.lines = {line};
    invoice.totalExcl = Money::fromCents(2000);
    invoice.totalIncl = Money::fromCents(2420);
    invoice.totalVat = Money::fromCents(420);
    return invoice;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.value(1, QStringLiteral("1000")).toInt();
    const int latency = args.value(2, QStringLiteral("50")).toInt();
    const int customers = args.value(3, QStringLiteral("200")).toInt();
    const int concurrency = args.value(4, QStringLiteral("1")).toInt();
    QTextStream out(stdout);

    QTemporaryDir dir;
    Database store(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store.open())
        return 1;
    DocumentRepository documents(store);
    for (int i = 1; i <= count; ++i)
        documents.upsert(invoice(i, i % customers));

    EBoekhoudenEmulator emulator;
    emulator.state().seedDemoAdministration();
    emulator.addAccessToken(QStringLiteral("bench-token"));
    emulator.start();
    emulator.injectFault({EmulatorFault::Kind::Latency, QString(), -1, 200, 1, latency});

    SyncConfiguration configuration;
    configuration.vatMapping = VatMapping::defaultProposal({});
    configuration.concurrency = concurrency;
    const QUrl url = emulator.restUrl();
    SyncEngine engine(
        store.path(),
        [url] {
            RestClient::Settings settings;
            settings.baseUrl = url;
            return std::unique_ptr<EBoekhoudenClient>(
                std::make_unique<RestClient>(QStringLiteral("bench-token"), settings));
        },
        configuration);

    QElapsedTimer timer;
    timer.start();
    const SyncSummary summary = engine.runPending();
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const qsizetype calls = emulator.requests().size();
    const double bound = static_cast<double>(calls) * latency / 1000.0 / concurrency;
    out << "booked " << summary.posted << " of " << count << " invoices (" << customers << " customers) in " << seconds
        << " s with " << latency << " ms latency: " << calls << " API calls, " << double(calls) / count
        << " per invoice" << Qt::endl;
    out << "bound (calls x latency / concurrency " << concurrency << "): " << bound
        << " s; overhead beyond the bound: " << (seconds - bound) << " s (" << (seconds / bound * 100.0 - 100.0)
        << " %)" << Qt::endl;
    out << (count / seconds) << " invoices/s" << Qt::endl;
    return summary.posted == count ? 0 : 1;
}
