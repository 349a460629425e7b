// Content hashes for article and fact ids (XXH3, 128 bits for articles,
// 64 bits for facts), written as lower-case hex.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::engine {

// 32 hex digits.
[[nodiscard]] std::string hash128_hex(std::string_view bytes);
[[nodiscard]] std::uint64_t hash64(std::string_view bytes);
// 16 hex digits.
[[nodiscard]] std::string hash64_hex(std::string_view bytes);

}  // namespace claimcheck::engine
