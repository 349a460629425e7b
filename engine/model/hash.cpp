// Hashing with xxHash's XXH3 (libxxhash): fast, stable across platforms and
// versions, which ids stored in the database require.
#include "engine/model/hash.hpp"

#include <xxhash.h>

#include <string>

namespace claimcheck::engine {
namespace {
// 16 lower-case hex digits ("%016llx" without the cost of snprintf: ids
// are made for every fact extracted).
std::string hex64(std::uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[v & 0xFu];
    v >>= 4;
  }
  return out;
}
}  // namespace

std::string hash128_hex(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return hex64(h.high64) + hex64(h.low64);
}

std::uint64_t hash64(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string hash64_hex(std::string_view bytes) { return hex64(hash64(bytes)); }

}  // namespace claimcheck::engine
