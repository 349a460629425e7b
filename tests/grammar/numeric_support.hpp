// Helpers shared by the numeric grammar tests: the numeric mentions of a
// text, and its single numeric mention.
#pragma once

#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/mention.hpp"

namespace claimcheck::testing {

// True when x is within one part in 1e9 of y.
inline bool near(double x, double y) {
  return std::fabs(x - y) <= 1e-9 * std::fmax(1.0, std::fabs(y));
}

// The numeric mentions of text (temporal ones left out), in text order.
inline std::vector<grammar::mention> numeric_only(std::string_view text,
                                                  const grammar::scan_options& opts = {}) {
  std::vector<grammar::mention> out;
  for (auto& m : grammar::scan_mentions(text, opts)) {
    if (grammar::is_numeric(m.type)) out.push_back(std::move(m));
  }
  return out;
}

// The single numeric mention of text; fails the test when there is not one.
inline grammar::mention one(std::string_view text, const grammar::scan_options& opts = {}) {
  auto ms = numeric_only(text, opts);
  REQUIRE_MESSAGE(ms.size() == 1, "text: " << text << " mentions: " << ms.size());
  return ms.front();
}

// The text a mention covers.
inline std::string span(std::string_view text, const grammar::mention& m) {
  return std::string(text.substr(m.start, m.end - m.start));
}

}  // namespace claimcheck::testing
