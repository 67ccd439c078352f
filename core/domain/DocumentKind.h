#pragma once

enum class DocumentKind
{
    Invoice,
    CreditMemo,
};
