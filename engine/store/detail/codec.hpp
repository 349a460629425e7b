// The binary encoding of stored records: compact (varints, length-prefixed
// strings, doubles bit for bit), versioned, and checksummed. Each record is
//   [type u8][codec version u8][payload][XXH3-64 of the above, low 32 bits, LE]
// so that a torn, truncated or foreign value is detected and reported as
// corruption, never read as garbage.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"
#include "engine/store/store.hpp"

namespace claimcheck::engine::detail {

inline constexpr std::uint8_t kCodecVersion = 2;

// Why a record did not decode (the store adds the database and key).
class codec_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using row_state = record_state;
using article_record = stored_article;

struct fact_record {
  fact f;
  row_state state = row_state::current;
};

[[nodiscard]] std::string encode(const article_record& r);
// A fact record stored under a key that holds the fact's id (the fact key,
// 8 bytes) leaves the id out; decoding then needs the same key.
[[nodiscard]] std::string encode(const fact_record& r, std::string_view fact_key = {});
[[nodiscard]] std::string encode(const finding& f);

// Throw codec_error when the bytes are not a valid record of that type.
[[nodiscard]] article_record decode_article(std::string_view bytes);
[[nodiscard]] fact_record decode_fact(std::string_view bytes, std::string_view fact_key = {});
[[nodiscard]] finding decode_finding(std::string_view bytes);

}  // namespace claimcheck::engine::detail
