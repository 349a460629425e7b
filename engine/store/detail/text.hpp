// Article texts as stored from schema 3 on: one zstd frame (level 1: about
// 2.8x on 5 KB of news, 16 us to compress on this machine) cut into chunks
// small enough to stay out of LMDB's overflow pages, written in key order
// (article seq, chunk number) with MDB_APPEND so that pages are full. The
// article record keeps the text's size and XXH3-64, checked on reading.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::engine::detail {

// Bytes of compressed text per chunk record: with its key and node header
// about a quarter of a 4 KB page, so that chunks of different articles
// pack pages well.
inline constexpr std::size_t kTextChunk = 1000;

// A zstd frame of text (reuses a per-thread context).
[[nodiscard]] std::string compress_text(std::string_view text);
// The text of a frame, which must be exactly size bytes with this XXH3-64;
// throws codec_error otherwise.
[[nodiscard]] std::string decompress_text(std::string_view frame, std::uint64_t size,
                                          std::uint64_t hash);
[[nodiscard]] std::uint64_t text_hash(std::string_view text);

}  // namespace claimcheck::engine::detail
