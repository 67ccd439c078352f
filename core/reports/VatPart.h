#pragma once

#include "money/Money.h"
#include "money/VatRate.h"
#include "rules/DocumentClass.h"
#include "rules/VatCode.h"

#include <QString>

// The part of one document booked under one VAT code at one rate, for one country: what the reports add up.
// Signed as posted: a credit memo's parts are negative.
struct VatPart
{
    VatCode vatCode;
    VatRate rate;    // the rate the shop charged (for OSS the destination's rate)
    QString country; // where the goods went (the shop's country when the document names none)
    Money net;
    Money vat;
};
