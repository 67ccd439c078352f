#pragma once

#include <QProcessEnvironment>
#include <QString>

// The environment variables of one profile on a server that books many (an accounting office). A headless run
// reads its connection from BOEKHOUDBRUG_EB_*, BOEKHOUDBRUG_SHOP*, BOEKHOUDBRUG_MAGENTO_* and
// BOEKHOUDBRUG_PRESTASHOP_* (EBoekhoudenCredentials, ShopFromEnvironment). With many administrations each
// profile has its own set, the same names with the profile in them: BOEKHOUDBRUG_<PROFILE>_EB_API_TOKEN,
// BOEKHOUDBRUG_<PROFILE>_SHOP_URL, ... (<PROFILE>: the profile's id in capitals, '-' as '_').
//
// A token belongs to one administration: a token of one profile must never meet the shop of another, so a
// profile's own variables replace the plain ones as a whole, never one by one.
class ProfileEnvironment
{
public:
    enum class Plain
    {
        // `--profile X sync`: X's own variables when it has any, else the plain ones (as before profiles).
        UsedWithoutOwn,
        // `sync --all-profiles`: only X's own; the plain ones would book every administration into one.
        Ignored,
    };

    // "BOEKHOUDBRUG_SHOP_A_" for the profile "shop-a".
    static QString prefix(const QString& profile);
    // Whether `name` is one of the plain connection variables (BOEKHOUDBRUG_EB_API_TOKEN, BOEKHOUDBRUG_SHOP, ...).
    static bool isConnectionVariable(const QString& name);
    // Whether `name` is a connection variable, plain or of some profile (BOEKHOUDBRUG_<ANY>_EB_API_TOKEN).
    static bool isAnyConnectionVariable(const QString& name);
    // Whether the environment holds any variable of this profile's own.
    static bool hasOwn(const QString& profile, const QProcessEnvironment& environment);

    // The environment the profile's run reads: every connection variable (plain or of any profile) removed, then
    // the profile's own put back under the plain names (or the plain ones kept, see Plain). Everything else stays.
    static QProcessEnvironment forProfile(const QString& profile, const QProcessEnvironment& environment, Plain plain);
};
