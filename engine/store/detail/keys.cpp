// Key construction: ids that are hex hashes are stored as their bytes;
// anything else is hashed to the same width.
#include "engine/store/detail/keys.hpp"

#include "engine/model/hash.hpp"

namespace claimcheck::engine::detail {
namespace {
int nibble(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
}  // namespace

std::optional<std::string> hex_bytes(std::string_view s, std::size_t bytes) {
  if (s.size() != 2 * bytes) return std::nullopt;
  std::string out(bytes, '\0');
  for (std::size_t i = 0; i < bytes; ++i) {
    const int hi = nibble(s[2 * i]);
    const int lo = nibble(s[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<char>(hi * 16 + lo);
  }
  return out;
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

std::string article_key(std::string_view article_id) {
  if (auto b = hex_bytes(article_id, kArticleKey)) return *b;
  return *hex_bytes(hash128_hex(article_id), kArticleKey);
}

std::string fact_key(std::string_view fact_id) {
  if (auto b = hex_bytes(fact_id, kFactKey)) return *b;
  return u64_key(hash64(fact_id));
}

std::string series_key(std::string_view entity, std::string_view metric) {
  std::string s;
  s.reserve(entity.size() + metric.size() + 1);
  s += entity;
  s += '\x1f';
  s += metric;
  return u64_key(hash64(s));
}

std::string text_key(std::uint64_t seq, std::uint32_t chunk) {
  std::string k;
  k.reserve(12);
  put_u64(k, seq);
  put_u32(k, chunk);
  return k;
}

std::string index_key(std::string_view series, date::sys_days start,
                      std::optional<date::sys_days> published, std::string_view fact_key) {
  std::string k;
  k.reserve(kIndexKey);
  k += series;
  put_u32(k, day_bits(start));
  put_u32(k, published ? day_bits(*published) : 0u);
  k += fact_key;
  return k;
}

}  // namespace claimcheck::engine::detail
