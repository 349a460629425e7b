// Article: one input document after reading: its text, metadata and the
// content hash that is its id in the store.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>

namespace claimcheck::engine {

struct article {
  std::string id;         // hash128_hex of the raw bytes (see make_article_id)
  std::string path;       // the file it was read from ("-" for stdin); every
                          // article of a JSON Lines batch has the batch's
                          // path, and base_line names its line
  std::string title;
  std::optional<date::sys_days> published;  // the day of publication
  std::string published_text;  // as written, e.g. "Mar 10, 2023 07:58 PM"
  std::string source;     // publisher, when stated
  std::string url;
  std::string format;     // "text", "markdown", "jsonl", "html"
  std::string text;       // the body the claims are read from (title included)
  // Byte offset of text[0] in the file, and its line number (1-based), so
  // that a fact's line and column point into the file the user has.
  std::size_t base_offset = 0;
  unsigned base_line = 1;

  friend bool operator==(const article&, const article&) = default;
};

// The id of an article with this body, title and date.
[[nodiscard]] std::string make_article_id(const article& a);

}  // namespace claimcheck::engine
