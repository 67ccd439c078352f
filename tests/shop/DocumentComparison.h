#pragma once

#include "domain/SalesDocument.h"

#include <QTest>

// Field-by-field comparison of a pulled document with the emulator's expectation, so a failure names the
// field. Use with QVERIFY(sameDocument(...)) or check QTest::currentTestFailed() afterwards.
inline void compareAddress(const Address& actual, const Address& expected)
{
    QCOMPARE(actual.firstName, expected.firstName);
    QCOMPARE(actual.lastName, expected.lastName);
    QCOMPARE(actual.company, expected.company);
    QCOMPARE(actual.street, expected.street);
    QCOMPARE(actual.postcode, expected.postcode);
    QCOMPARE(actual.city, expected.city);
    QCOMPARE(actual.countryCode, expected.countryCode);
    QCOMPARE(actual.vatNumber, expected.vatNumber);
}

inline void compareDocument(const SalesDocument& actual, const SalesDocument& expected)
{
    QCOMPARE(actual.shopId, expected.shopId);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.orderId, expected.orderId);
    QCOMPARE(actual.orderNumber, expected.orderNumber);
    QCOMPARE(actual.website, expected.website);
    QCOMPARE(actual.documentDate, expected.documentDate);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.currency, expected.currency);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.paid, expected.paid);
    QCOMPARE(actual.paymentMethod, expected.paymentMethod);
    QCOMPARE(actual.customer.shopId, expected.customer.shopId);
    QCOMPARE(actual.customer.email, expected.customer.email);
    QCOMPARE(actual.customer.company, expected.customer.company);
    QCOMPARE(actual.customer.vatNumber, expected.customer.vatNumber);
    QCOMPARE(actual.customer.countryCode, expected.customer.countryCode);
    compareAddress(actual.billingAddress, expected.billingAddress);
    compareAddress(actual.shippingAddress, expected.shippingAddress);
    QCOMPARE(actual.lines.size(), expected.lines.size());
    for (qsizetype i = 0; i < actual.lines.size(); ++i) {
        const DocumentLine& a = actual.lines[i];
        const DocumentLine& e = expected.lines[i];
        QCOMPARE(a.sku, e.sku);
        QCOMPARE(a.description, e.description);
        QCOMPARE(a.quantity.thousandths, e.quantity.thousandths);
        QCOMPARE(a.rowTotalExcl.cents(), e.rowTotalExcl.cents());
        QCOMPARE(a.rowTotalIncl.cents(), e.rowTotalIncl.cents());
        QCOMPARE(a.vatAmount.cents(), e.vatAmount.cents());
        QCOMPARE(a.vatRate.basisPoints(), e.vatRate.basisPoints());
    }
    QCOMPARE(actual.shipping.has_value(), expected.shipping.has_value());
    if (expected.shipping) {
        QCOMPARE(actual.shipping->amountExcl.cents(), expected.shipping->amountExcl.cents());
        QCOMPARE(actual.shipping->amountIncl.cents(), expected.shipping->amountIncl.cents());
        QCOMPARE(actual.shipping->vatRate.basisPoints(), expected.shipping->vatRate.basisPoints());
    }
    QCOMPARE(actual.surcharges.size(), expected.surcharges.size());
    for (qsizetype i = 0; i < actual.surcharges.size(); ++i)
        QCOMPARE(actual.surcharges[i].amountIncl.cents(), expected.surcharges[i].amountIncl.cents());
    QCOMPARE(actual.discounts.size(), expected.discounts.size());
    for (qsizetype i = 0; i < actual.discounts.size(); ++i) {
        QCOMPARE(actual.discounts[i].amountExcl.cents(), expected.discounts[i].amountExcl.cents());
        QCOMPARE(actual.discounts[i].amountIncl.cents(), expected.discounts[i].amountIncl.cents());
    }
    QCOMPARE(actual.totalExcl.cents(), expected.totalExcl.cents());
    QCOMPARE(actual.totalIncl.cents(), expected.totalIncl.cents());
    QCOMPARE(actual.totalVat.cents(), expected.totalVat.cents());
    QCOMPARE(actual.roundingTolerance.cents(), expected.roundingTolerance.cents());
    QCOMPARE(actual.payments.size(), expected.payments.size());
    for (qsizetype i = 0; i < actual.payments.size(); ++i) {
        QCOMPARE(actual.payments[i].amount.cents(), expected.payments[i].amount.cents());
        QCOMPARE(actual.payments[i].method, expected.payments[i].method);
        QCOMPARE(actual.payments[i].transactionId, expected.payments[i].transactionId);
    }
}
