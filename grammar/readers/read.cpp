// read_articles: chooses the reader by the path's extension and, failing
// that, by the content; replaces NUL bytes and invalid UTF-8 first (see
// readers.hpp), with one warning per file that counts them.
#include <algorithm>
#include <cctype>
#include <string>

#include "grammar/parse.hpp"
#include "grammar/readers/readers.hpp"

namespace claimcheck::grammar {
namespace {

std::string lower_extension(std::string_view path) {
  const auto slash = path.find_last_of('/');
  const auto dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
  std::string ext(path.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

enum class format { text, markdown, jsonl, html };

format sniff(std::string_view bytes) {
  std::string_view head = readers::trim(bytes.substr(0, 512));
  if (head.starts_with("---")) return format::markdown;
  if (head.starts_with("{")) return format::jsonl;
  std::string low(head.substr(0, 64));
  std::transform(low.begin(), low.end(), low.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (low.starts_with("<!doctype html") || low.starts_with("<html") || low.starts_with("<head") ||
      low.starts_with("<body") || low.starts_with("<article")) {
    return format::html;
  }
  return format::text;
}

std::string bytes_word(std::size_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); }

// "invalid UTF-8: 2 bytes replaced by U+001A", "NUL bytes: 1 byte replaced
// by a space", or both in one line.
std::string repair_message(const readers::repair_count& n, format f) {
  const std::string sub = f == format::jsonl ? "U+FFFD" : "U+001A";
  if (n.nul == 0) return "invalid UTF-8: " + bytes_word(n.invalid) + " replaced by " + sub;
  if (n.invalid == 0) return "NUL bytes: " + bytes_word(n.nul) + " replaced by a space";
  return "invalid UTF-8 and NUL bytes: " + bytes_word(n.invalid + n.nul) + " replaced (" +
         std::to_string(n.invalid) + " invalid by " + sub + ", " + std::to_string(n.nul) +
         " NUL by a space)";
}

}  // namespace

read_result read_articles(std::string_view path, std::string_view bytes) {
  read_result r;
  const std::string ext = lower_extension(path);
  format f = format::text;
  if (ext == ".md" || ext == ".markdown") {
    f = format::markdown;
  } else if (ext == ".jsonl" || ext == ".ndjson") {
    f = format::jsonl;
  } else if (ext == ".html" || ext == ".htm" || ext == ".xhtml") {
    f = format::html;
  } else if (ext != ".txt") {
    f = sniff(bytes);
  }
  // Bad bytes are replaced before any reader sees them (readers.hpp), with
  // one warning per file giving the place of the first and the count.
  std::string repaired;
  std::string_view input = bytes;
  if (readers::needs_repair(bytes)) {
    repaired = std::string(bytes);
    const readers::repair_count n = readers::repair_in_place(repaired);
    input = repaired;
    const auto at = readers::locate(bytes, n.first);
    r.diagnostics.push_back({std::string(path), at.line, at.column, repair_message(n, f), false});
  }
  switch (f) {
    case format::markdown: readers::read_markdown(path, input, r); break;
    case format::jsonl: readers::read_jsonl(path, input, r); break;
    case format::html: readers::read_html(path, input, r); break;
    case format::text: readers::read_text(path, input, r); break;
  }
  return r;
}

}  // namespace claimcheck::grammar
