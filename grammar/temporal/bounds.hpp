// Bounding words around a finished temporal mention: "2018 or later",
// "starting January 7th", "as late as tomorrow". Applied to the mention of
// a calendar day or period (whichever path read it), so that the words
// before and after it need no grammar rule of their own.
#pragma once

#include <string_view>

#include "grammar/mention.hpp"

namespace claimcheck::grammar::temporal {

// Widens `m` over a bounding word before or after it and sets its mod:
// "2018 or later", "1/1/2016 and after", "starting (on) January 7th",
// "beginning (on) Sep 2019", "as early as May" run from the period on
// (mod "since"; up to the reference when it starts before it); "as late as
// tomorrow" ends on it (mod "until"). Leaves `m` alone when it has a mod,
// no period, or spans a range.
void extend_bounds(std::string_view text, mention& m, const scan_options& opts);

}  // namespace claimcheck::grammar::temporal
