// read_articles: chooses the reader by the path's extension and, failing
// that, by the content; warns once per file about invalid UTF-8 (the bytes
// are kept as they are; the claim pipeline treats them as ordinary text).
#include <algorithm>
#include <cctype>

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
  if (bytes.find('\0') != std::string_view::npos) {
    const auto at = readers::locate(bytes, bytes.find('\0'));
    r.diagnostics.push_back({std::string(path), at.line, at.column,
                             "NUL byte in input; read as white space", false});
  }
  if (const auto bad = readers::first_invalid_utf8(bytes); bad != std::string_view::npos) {
    const auto at = readers::locate(bytes, bad);
    r.diagnostics.push_back({std::string(path), at.line, at.column,
                             "invalid UTF-8; the bytes are kept as they are", false});
  }
  switch (f) {
    case format::markdown: readers::read_markdown(path, bytes, r); break;
    case format::jsonl: readers::read_jsonl(path, bytes, r); break;
    case format::html: readers::read_html(path, bytes, r); break;
    case format::text: readers::read_text(path, bytes, r); break;
  }
  return r;
}

}  // namespace claimcheck::grammar
