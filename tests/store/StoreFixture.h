#pragma once

#include "domain/Invoice.h"
#include "store/Database.h"
#include "TestStore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// A fresh store (a file in a temporary folder, or a new PostgreSQL database: TestStore), and a plausible
// invoice to put in it.
struct StoreFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;

    StoreFixture()
    {
        database = std::make_unique<Database>(TestStore::freshLocation(dir, QStringLiteral("store")));
        if (!database->open())
            qFatal("cannot open test store: %s", qPrintable(database->lastError()));
    }

    static Invoice invoice(const QString& shopId, const QString& number)
    {
        Invoice invoice;
        invoice.platform = QStringLiteral("magento");
        invoice.shopId = shopId;
        invoice.number = number;
        invoice.orderNumber = u"ORD"_qs + number;
        invoice.documentDate = QDate(2026, 11, 2);
        invoice.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        invoice.updatedAt = invoice.createdAt;
        invoice.currency = QStringLiteral("EUR");
        invoice.customer.email = QStringLiteral("klaartje@example.nl");
        invoice.customer.firstName = QStringLiteral("Klaartje");
        invoice.customer.lastName = QStringLiteral("Pietersen");
        invoice.billingAddress.countryCode = QStringLiteral("NL");
        invoice.paymentMethod = QStringLiteral("mollie");
        DocumentLine line;
        line.sku = QStringLiteral("SKU-1");
        line.description = QStringLiteral("Theepot");
        line.quantity = Quantity::whole(2);
        line.rowTotalExcl = Money::fromCents(2000);
        line.rowTotalIncl = Money::fromCents(2420);
        line.vatAmount = Money::fromCents(420);
        line.vatRate = VatRate::percent(21);
        invoice.lines = {line};
        invoice.shipping =
            Shipping{QStringLiteral("PostNL"), Money::fromCents(413), Money::fromCents(500), VatRate::percent(21)};
        invoice.totalExcl = Money::fromCents(2413);
        invoice.totalIncl = Money::fromCents(2920);
        invoice.totalVat = Money::fromCents(507);
        return invoice;
    }
};
