#include "SyncState.h"

#include <array>
#include <utility>

namespace {

// The names are the values of documents.sync_state; never change one without a migration.
constexpr std::array<std::pair<SyncState, const char16_t*>, 6> names = {{
    {SyncState::Pending, u"pending"},
    {SyncState::InFlight, u"in_flight"},
    {SyncState::Posted, u"posted"},
    {SyncState::Failed, u"failed"},
    {SyncState::Skipped, u"skipped"},
    {SyncState::Unmappable, u"unmappable"},
}};

} // namespace

QString syncStateName(SyncState state)
{
    for (const auto& [value, name] : names) {
        if (value == state)
            return QString::fromUtf16(name);
    }
    return {};
}

std::optional<SyncState> syncStateFromName(const QString& text)
{
    for (const auto& [value, name] : names) {
        if (text == QStringView(name))
            return value;
    }
    return std::nullopt;
}
