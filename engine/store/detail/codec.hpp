// The binary encoding of stored records: compact (varints, length-prefixed
// strings, figures as short decimals, other doubles bit for bit), versioned,
// and checksummed. Each record is
//   [type u8][record version u8][payload][XXH3-64 of the above, low 32 bits, LE]
// so that a torn, truncated or foreign value is detected and reported as
// corruption, never read as garbage. A record may leave out what its key
// already holds (the fact id, period start, publication day, the series'
// names); decoding then needs the same key.
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

// Record versions of schema 3 (facts and articles changed from 2).
inline constexpr std::uint8_t kFactVersion = 3;
inline constexpr std::uint8_t kArticleVersion = 3;
inline constexpr std::uint8_t kFindingVersion = 2;

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

// What a fact record's key holds, so the record can leave it out.
struct fact_context {
  std::string_view fact_key;   // 8 bytes: the id
  std::string_view index_key;  // 24 bytes (keys.hpp): also period start and publication day
  // The names of the index key's series (series_names), when known.
  const std::string* entity = nullptr;
  const std::string* metric = nullptr;
};

// An article whose text is stored apart (compressed, in chunks): its size
// and XXH3-64, checked when the text is read back.
struct text_ref {
  std::uint64_t size = 0;
  std::uint64_t hash = 0;
};

// An article record with its text inside.
[[nodiscard]] std::string encode(const article_record& r);
// An article record whose text is stored apart (meta.text is not written).
[[nodiscard]] std::string encode(const article_record& r, const text_ref& text);
// A fact record stored under a key that holds the fact's id (the fact key,
// 8 bytes) leaves the id out; decoding then needs the same key.
[[nodiscard]] std::string encode(const fact_record& r, std::string_view fact_key = {});
[[nodiscard]] std::string encode(const fact_record& r, const fact_context& key);
[[nodiscard]] std::string encode_fact(const fact& f, record_state state, const fact_context& key);
[[nodiscard]] std::string encode(const finding& f);

// Throw codec_error when the bytes are not a valid record of that type.
// A record whose text is stored apart needs text (else codec_error) and
// leaves meta.text empty.
[[nodiscard]] article_record decode_article(std::string_view bytes, text_ref* text = nullptr);
[[nodiscard]] fact_record decode_fact(std::string_view bytes, std::string_view fact_key = {});
// with_source false leaves f.source empty (no sentence copied).
[[nodiscard]] fact_record decode_fact(std::string_view bytes, const fact_context& key,
                                      bool with_source = true);
// The same into a fact the caller holds (e.g. a vector's new element);
// returns the record's state.
record_state decode_fact_into(std::string_view bytes, const fact_context& key, bool with_source,
                              fact& f);
[[nodiscard]] finding decode_finding(std::string_view bytes);

// What a scan over many fact records looks at, read without decoding the
// rest of the record. Its type and version are checked, not its checksum
// (the scan is a filter: what it keeps is decoded, and checked, in full).
struct fact_peek {
  record_state state = record_state::current;
  fact_kind kind = fact_kind::level;
  grain g = grain::day;
};
[[nodiscard]] fact_peek peek_fact(std::string_view bytes);

// Schema 2 records, read only to migrate them (codec_v2.cpp).
[[nodiscard]] article_record decode_article_v2(std::string_view bytes);
[[nodiscard]] fact_record decode_fact_v2(std::string_view bytes, std::string_view fact_key);

}  // namespace claimcheck::engine::detail
