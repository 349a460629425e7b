// Article texts as stored from schema 3 on: one zstd frame (level 1: about
// 2.8x on 5 KB of news, 16 us to compress on this machine) cut into chunks
// small enough to stay out of LMDB's overflow pages, written in key order
// (article seq, chunk number) with MDB_APPEND so that pages are full. The
// article record keeps the text's size and XXH3-64, checked on reading.
//
// Once a database holds kTrainAfter articles, a zstd dictionary is trained
// on their texts and kept in meta ("text_dict"); later texts are compressed
// with it (news of one publisher or topic shares much phrasing: 2-3x
// smaller again on the benchmark corpus, and level 3 with it compresses in
// half the time of level 1 without). Each frame names its dictionary
// (zstd's dictionary id), so texts written before it stay readable.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::engine::detail {

// Bytes of compressed text per chunk record: with its key (12 bytes), node
// header (8) and slot (2), four chunks fill a 4 KB page exactly.
inline constexpr std::size_t kTextChunk = 998;
inline constexpr std::uint64_t kTrainAfter = 256;
inline constexpr std::size_t kDictBytes = 32 * 1024;

[[nodiscard]] std::uint64_t text_hash(std::string_view text);

// A trained dictionary from sample texts; nullopt when zstd cannot train
// one from them (too few or too alike).
[[nodiscard]] std::optional<std::string> train_text_dictionary(
    const std::vector<std::string>& samples);

// Compression with an optional dictionary; thread-safe (one zstd context
// per thread, the dictionary shared read-only).
class text_codec {
 public:
  text_codec();
  ~text_codec();
  text_codec(const text_codec&) = delete;
  text_codec& operator=(const text_codec&) = delete;

  // Adopts a dictionary (its bytes as stored in meta). Throws codec_error
  // when zstd rejects it.
  void set_dictionary(std::string_view bytes);
  [[nodiscard]] bool has_dictionary() const;
  // The dictionary id a frame needs (0: none).
  [[nodiscard]] static std::uint32_t frame_dictionary(std::string_view frame);
  [[nodiscard]] std::uint32_t dictionary_id() const;

  // A zstd frame of text, with the dictionary when one is set.
  [[nodiscard]] std::string compress(std::string_view text) const;
  // The text of a frame, which must be exactly size bytes with this
  // XXH3-64; throws codec_error otherwise (also when the frame needs a
  // dictionary that is not set).
  [[nodiscard]] std::string decompress(std::string_view frame, std::uint64_t size,
                                       std::uint64_t hash) const;

 private:
  struct dicts;
  std::shared_ptr<const dicts> get() const;
  mutable std::mutex mutex_;
  std::shared_ptr<const dicts> dicts_;
};

}  // namespace claimcheck::engine::detail
