// Key construction: ids that are hex hashes are stored as their bytes;
// anything else is hashed to the same width.
#include "engine/store/detail/keys.hpp"

#include <vector>

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

namespace {
constexpr char kListFormat = 1;
std::uint32_t list_sum(std::string_view body) { return static_cast<std::uint32_t>(hash64(body)); }
}  // namespace

std::string encode_key_list(std::string_view index_keys) {
  std::string out;
  out.reserve(index_keys.size() * 2 / 3 + 16);
  out.push_back(kListFormat);
  std::vector<std::string_view> seen;  // series named so far
  std::string_view pub;
  for (std::size_t i = 0; i + kIndexKey <= index_keys.size(); i += kIndexKey) {
    const std::string_view k = index_keys.substr(i, kIndexKey);
    const std::string_view series = k.substr(0, 8);
    std::size_t ref = 0;
    for (std::size_t j = 0; j < seen.size(); ++j) {
      if (seen[j] == series) ref = j + 1;
    }
    out.push_back(static_cast<char>(ref));
    if (ref == 0) {
      out += series;
      if (seen.size() < 255) seen.push_back(series);
    }
    out += k.substr(8, 4);
    const bool new_pub = i == 0 || k.substr(12, 4) != pub;
    out.push_back(new_pub ? 1 : 0);
    if (new_pub) out += k.substr(12, 4);
    pub = k.substr(12, 4);
    out += k.substr(16, 8);
  }
  put_u32(out, list_sum(out));
  return out;
}

std::optional<std::string> decode_key_list(std::string_view bytes) {
  if (bytes.size() < 5 || bytes[0] != kListFormat) return std::nullopt;
  const std::string_view body = bytes.substr(0, bytes.size() - 4);
  if (get_u32(bytes.substr(body.size())) != list_sum(body)) return std::nullopt;
  std::string out;
  std::vector<std::string_view> seen;
  std::string_view pub;
  std::size_t at = 1;
  const auto take = [&](std::size_t n) -> std::optional<std::string_view> {
    if (at + n > body.size()) return std::nullopt;
    const std::string_view v = body.substr(at, n);
    at += n;
    return v;
  };
  while (at < body.size()) {
    const auto ref = take(1);
    const auto r = static_cast<unsigned char>((*ref)[0]);
    std::string_view series;
    if (r == 0) {
      const auto s = take(8);
      if (!s) return std::nullopt;
      series = *s;
      if (seen.size() < 255) seen.push_back(series);
    } else {
      if (r > seen.size()) return std::nullopt;
      series = seen[r - 1];
    }
    const auto start = take(4);
    const auto flag = start ? take(1) : std::nullopt;
    if (!flag || static_cast<unsigned char>((*flag)[0]) > 1) return std::nullopt;
    if ((*flag)[0] == 1) {
      const auto p = take(4);
      if (!p) return std::nullopt;
      pub = *p;
    } else if (pub.empty()) {
      return std::nullopt;
    }
    const auto fk = take(8);
    if (!fk) return std::nullopt;
    out += series;
    out += *start;
    out += pub;
    out += *fk;
  }
  return out;
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
