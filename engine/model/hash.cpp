// Hashing with xxHash's XXH3 (libxxhash): fast, stable across platforms and
// versions, which ids stored in the database require.
#include "engine/model/hash.hpp"

#include <xxhash.h>

#include <cstdio>

namespace claimcheck::engine {
namespace {
std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}
}  // namespace

std::string hash128_hex(std::string_view bytes) {
  const XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return hex64(h.high64) + hex64(h.low64);
}

std::uint64_t hash64(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string hash64_hex(std::string_view bytes) { return hex64(hash64(bytes)); }

}  // namespace claimcheck::engine
