// Readers for each article format (plain text in the seeds' shape, Markdown
// with front matter, JSON Lines batches, HTML), and the helpers they share:
// publication dates as news writes them, UTF-8 validation and repair.
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

// Repair of bad input bytes (repair.cpp). read_articles replaces, before
// any reader runs, each NUL byte by a space and each byte of an invalid
// UTF-8 sequence by kSubstitute (U+001A SUB, the ASCII character meant for
// this; reports show it as U+FFFD): one byte for one, so that every offset,
// line and column of a fact still points into the file's own bytes. The
// JSON Lines reader turns each kSubstitute of a line into U+FFFD before it
// parses the line (a raw control byte is not valid inside a JSON string).
inline constexpr char kSubstitute = '\x1A';
struct repair_count {
  std::size_t invalid = 0;                     // bytes of invalid UTF-8 replaced
  std::size_t nul = 0;                         // NUL bytes replaced
  std::size_t first = std::string_view::npos;  // offset of the first
};
// True when s has a NUL byte or invalid UTF-8.
[[nodiscard]] bool needs_repair(std::string_view s);
// In place, one byte for one: NUL -> ' ', each invalid byte -> kSubstitute.
repair_count repair_in_place(std::string& s);
// s with each kSubstitute as U+FFFD (three bytes).
[[nodiscard]] std::string with_replacement_characters(std::string_view s);

// Line (1-based) and column (1-based, bytes) of a byte offset.
struct line_col {
  unsigned line = 1;
  unsigned column = 1;
};
[[nodiscard]] line_col locate(std::string_view bytes, std::size_t offset);

// Trims ASCII white space at both ends.
[[nodiscard]] std::string_view trim(std::string_view s);

}  // namespace claimcheck::grammar::readers
