#pragma once

#include "Posting.h"
#include "rules/Problem.h"

#include <optional>

// Either the posting, or why there is none: never both. A posting is only made when no problem is left.
struct PostingResult
{
    std::optional<Posting> posting;
    Problems problems;

    bool isPosting() const { return posting.has_value(); }
};
