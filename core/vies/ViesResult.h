#pragma once

#include <QDateTime>
#include <QString>

// What the EU's VIES service said about one VAT number, as kept with the document (schema step 11) and shown
// in View and the preview.
struct ViesResult
{
    enum class Status
    {
        NotChecked,  // no ICP sale, or checked before VIES existed in Boekhoudbrug
        Valid,       // VIES knows the number as a registered VAT number
        Invalid,     // VIES says the number is not valid (or refused it as malformed: INVALID_INPUT)
        Unavailable, // VIES did not answer usefully: checked offline only
    };

    Status status = Status::NotChecked;
    QString vatNumber; // the number asked about, with its prefix: "BE0123456749"
    QString name;      // the registered name when VIES gives one ("---" from VIES is left empty)
    QString address;
    QDateTime checkedAt; // UTC: VIES's requestDate, else the moment of asking
    QString error;       // VIES's error code (MS_UNAVAILABLE, ...) or what went wrong on the way; empty when answered

    bool answered() const { return status == Status::Valid || status == Status::Invalid; }

    // The names in the store ("valid", "invalid", "unavailable"; "" for NotChecked). Inline, so that the store
    // reads and writes results without linking the VIES client.
    static QString statusName(Status status)
    {
        switch (status) {
        case Status::Valid:
            return QStringLiteral("valid");
        case Status::Invalid:
            return QStringLiteral("invalid");
        case Status::Unavailable:
            return QStringLiteral("unavailable");
        case Status::NotChecked:
            break;
        }
        return QString();
    }
    static Status statusFromName(const QString& name)
    {
        if (name == u"valid")
            return Status::Valid;
        if (name == u"invalid")
            return Status::Invalid;
        if (name == u"unavailable")
            return Status::Unavailable;
        return Status::NotChecked;
    }
};
