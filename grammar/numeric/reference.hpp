// Test support: x3::double_ over a whole string, to cross-check the
// numeral rule + std::from_chars conversion against it on random inputs
// (tests/grammar/numeric_convert_test.cpp). Boost-free header.
#pragma once

#include <optional>
#include <string_view>

namespace claimcheck::grammar::numeric {

// x3::double_ applied to all of text; nullopt when it does not match all.
[[nodiscard]] std::optional<double> x3_double(std::string_view text);

// The numeral rule applied at text[0]: the length it matches, or 0.
[[nodiscard]] std::size_t numeral_length(std::string_view text);

}  // namespace claimcheck::grammar::numeric
