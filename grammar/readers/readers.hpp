// Readers for each article format (plain text in the seeds' shape, Markdown
// with front matter, JSON Lines batches, HTML), and the helpers they share:
// publication dates as news writes them and UTF-8 validation.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

#include "grammar/parse.hpp"

namespace claimcheck::grammar::readers {

void read_text(std::string_view path, std::string_view bytes, read_result& out);
void read_markdown(std::string_view path, std::string_view bytes, read_result& out);
void read_jsonl(std::string_view path, std::string_view bytes, read_result& out);
void read_html(std::string_view path, std::string_view bytes, read_result& out);

// The day of a publication date as news sites write it: "Oct 28, 2022 09:18
// PM", "October 28, 2022", "28 October 2022", "2022-10-28", ISO 8601 date
// times, "28.10.2022". nullopt when none of these, or not a real day.
[[nodiscard]] std::optional<date::sys_days> parse_published(std::string_view s);

// The byte offset of the first invalid UTF-8 sequence, or npos.
[[nodiscard]] std::size_t first_invalid_utf8(std::string_view s);

// Line (1-based) and column (1-based, bytes) of a byte offset.
struct line_col {
  unsigned line = 1;
  unsigned column = 1;
};
[[nodiscard]] line_col locate(std::string_view bytes, std::size_t offset);

// Trims ASCII white space at both ends.
[[nodiscard]] std::string_view trim(std::string_view s);

}  // namespace claimcheck::grammar::readers
