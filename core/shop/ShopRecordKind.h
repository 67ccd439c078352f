#pragma once

// The kinds of record a pull stores. Together with the platform and the shop's id it is the record's key.
enum class ShopRecordKind
{
    Invoice,
    CreditMemo,
    Customer,
};
