#pragma once

#include "VatMappingRow.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringList>

// The VAT mapping as a CSV file, so a bookkeeper can keep it, copy it to another administration or edit
// it in a spreadsheet. Layout (UTF-8, header row required, comma or semicolon, RFC 4180 quoting; reading
// takes either, whichever the header line holds more of):
//
//   rate,class,country,vat_code,revenue_ledger,vat_ledger
//   21,domestic,,HOOG_VERK_21,8000,
//   ,oss,DE,AFST_VERK,8000,1520
//
// rate: percentage with a decimal point or comma ("21", "5.5"); empty = any rate. class: domestic, icp,
// export or oss. country: ISO code; empty = any. The header names stay English whatever the language.
// Written with ";" (and the rate with a decimal comma, "5,5") for Dutch spreadsheets, which split on ";".
class VatMappingCsv
{
    Q_DECLARE_TR_FUNCTIONS(VatMappingCsv)

public:
    static QStringList header();
    static bool write(const QList<VatMappingRow>& rows, QIODevice& out, QChar separator = u',');

    struct Read
    {
        QList<VatMappingRow> rows;
        QStringList problems; // lines that could not be read; the rows are then not to be used
    };
    static Read read(QIODevice& in);
};
