#pragma once

// How a document is taxed, which decides its VAT codes and revenue ledgers (seed 004).
enum class DocumentClass
{
    Domestic, // the shop's own VAT (also for EU consumers below the OSS threshold, and VAT charged abroad)
    Icp,      // intra-community B2B supply at 0%; the customer's VAT number is mandatory
    Export,   // outside the EU at 0%
    Oss,      // EU consumer charged the destination country's VAT (One-Stop-Shop)
};
