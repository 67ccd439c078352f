#pragma once

#include <QString>

// A billing or delivery address as the shop has it.
struct Address
{
    QString firstName;
    QString lastName;
    QString company;
    QString street;  // address line 1
    QString street2; // address line 2
    QString postcode;
    QString city;
    QString countryCode; // ISO 3166-1 alpha-2, upper case ("NL", "DE"); Greece is "GR" here, "EL" only in VAT numbers
    QString phone;
    QString vatNumber; // as entered by the customer, unnormalised
};
