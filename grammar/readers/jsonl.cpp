// JSON Lines batches: one article object per line ({"title", "published",
// "source", "url", "text"}; "body" or "content" are accepted for "text").
// A line that is not such an object is a diagnostic with its line number;
// the other lines are read. Each article's path is "FILE:LINE".
#include <nlohmann/json.hpp>

#include "grammar/readers/readers.hpp"

namespace claimcheck::grammar::readers {
namespace {

std::string string_field(const nlohmann::json& j, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    const auto it = j.find(k);
    if (it != j.end() && it->is_string()) return it->get<std::string>();
  }
  return {};
}

}  // namespace

void read_jsonl(std::string_view path, std::string_view bytes, read_result& out) {
  std::size_t pos = 0;
  unsigned line_no = 0;
  while (pos < bytes.size()) {
    ++line_no;
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    const std::size_t line_start = pos;
    const std::string_view line = bytes.substr(pos, eol - pos);
    pos = eol + 1;
    if (trim(line).empty()) continue;
    // Bytes read_articles replaced (readers.hpp) are U+FFFD inside JSON.
    const std::string fixed = line.find(kSubstitute) != std::string_view::npos
                                  ? with_replacement_characters(line)
                                  : std::string();
    nlohmann::json j = nlohmann::json::parse(fixed.empty() ? line : std::string_view(fixed),
                                             nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      out.diagnostics.push_back({std::string(path), line_no, 1,
                                 j.is_discarded() ? "not valid JSON; line skipped"
                                                  : "not a JSON object; line skipped",
                                 true});
      continue;
    }
    engine::article a;
    // The path is the file's; base_line says which line of it holds the
    // article, so locations read FILE:LINE:COL like any other input.
    a.path = std::string(path);
    a.format = "jsonl";
    a.title = string_field(j, {"title", "headline"});
    a.text = string_field(j, {"text", "body", "content"});
    if (a.text.empty()) {
      out.diagnostics.push_back(
          {std::string(path), line_no, 1, "no \"text\" string in this object; line skipped", true});
      continue;
    }
    a.source = string_field(j, {"source", "publisher"});
    a.url = string_field(j, {"url", "link"});
    a.published_text = string_field(j, {"published", "date", "published_at"});
    if (!a.published_text.empty()) {
      a.published = parse_published(a.published_text);
      if (!a.published) {
        out.diagnostics.push_back({std::string(path), line_no, 1,
                                   "publication date not understood: \"" + a.published_text +
                                       "\"",
                                   false});
      }
    }
    // Positions in the decoded text cannot point at escaped bytes in the
    // file; facts of this article point at its line.
    a.base_offset = line_start;
    a.base_line = line_no;
    a.id = engine::make_article_id(a);
    out.articles.push_back(std::move(a));
  }
}

}  // namespace claimcheck::grammar::readers
