// Fixed-width big-endian keys, so that memcmp order is the order we want
// (time order for days: the sign bit of the sys_days count is flipped).
// Keys are ids or hashes, never claim text (LMDB keys stop at 511 bytes).
//
//   article key   16 bytes  the article id's 128-bit hash
//   fact key       8 bytes  the fact id's 64-bit hash
//   series key     8 bytes  hash64(entity \x1f metric)
//   index key     24 bytes  series | period start | published | fact key
//                           (published 0 when the fact has no publication day)
//   seq key        8 bytes  a counter (articles, findings)
//   text key      12 bytes  article seq | chunk number (u32)
#pragma once

#include <date/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::engine::detail {

inline constexpr std::size_t kArticleKey = 16;
inline constexpr std::size_t kFactKey = 8;
inline constexpr std::size_t kIndexKey = 24;

inline void put_u64(std::string& out, std::uint64_t v) {
  for (int i = 7; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
inline void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
[[nodiscard]] inline std::uint64_t get_u64(std::string_view s) {
  std::uint64_t v = 0;
  for (std::size_t i = 0; i < 8 && i < s.size(); ++i) {
    v = (v << 8) | static_cast<unsigned char>(s[i]);
  }
  return v;
}
[[nodiscard]] inline std::uint32_t day_bits(date::sys_days d) {
  return static_cast<std::uint32_t>(static_cast<std::int32_t>(d.time_since_epoch().count())) ^
         0x80000000u;
}
[[nodiscard]] inline std::uint32_t get_u32(std::string_view s) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4 && i < s.size(); ++i) {
    v = (v << 8) | static_cast<unsigned char>(s[i]);
  }
  return v;
}
// A day as the 4 bytes of an index key, and back.
[[nodiscard]] inline std::string day_key(date::sys_days d) {
  std::string k;
  put_u32(k, day_bits(d));
  return k;
}
[[nodiscard]] inline date::sys_days day_from_key(std::string_view k) {
  const auto days = static_cast<std::int32_t>(get_u32(k) ^ 0x80000000u);
  return date::sys_days{date::days{days}};
}
[[nodiscard]] inline std::string u64_key(std::uint64_t v) {
  std::string k;
  put_u64(k, v);
  return k;
}

// 16 hex digits (or 32) read as bytes; nullopt when s is not lower-case hex
// of that length.
[[nodiscard]] std::optional<std::string> hex_bytes(std::string_view s, std::size_t bytes);
[[nodiscard]] std::string to_hex(std::string_view bytes);

[[nodiscard]] std::string article_key(std::string_view article_id);
[[nodiscard]] std::string fact_key(std::string_view fact_id);
[[nodiscard]] std::string series_key(std::string_view entity, std::string_view metric);
[[nodiscard]] std::string text_key(std::uint64_t seq, std::uint32_t chunk);

// The index keys of one article's facts as one value (fact_lists): each
// series named once, the publication day written when it changes, and a
// checksum. decode_key_list returns nullopt when the bytes are not such a
// list.
[[nodiscard]] std::string encode_key_list(std::string_view index_keys);
[[nodiscard]] std::optional<std::string> decode_key_list(std::string_view bytes);
[[nodiscard]] std::string index_key(std::string_view series, date::sys_days start,
                                    std::optional<date::sys_days> published,
                                    std::string_view fact_key);

}  // namespace claimcheck::engine::detail
