// The seeds' plain-text shape: the first line is the title, a line
// "Published: Oct 28, 2022 09:18 PM" (within the first lines) gives the
// date, the rest is the body. The article's text is the whole file, so that
// every offset is an offset into the file.
#include <cctype>

#include "grammar/readers/readers.hpp"

namespace claimcheck::grammar::readers {
namespace {

// The value after a "Published:" / "Date:" label, if the line has one.
std::optional<std::string_view> published_value(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"published:", "published on", "date:",
                                                 "posted:", "published"};
  for (std::string_view label : kLabels) {
    if (line.size() < label.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < label.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(line[i])) != label[i]) {
        same = false;
        break;
      }
    }
    if (same) return trim(line.substr(label.size()));
  }
  return std::nullopt;
}

}  // namespace

void read_text(std::string_view path, std::string_view bytes, read_result& out) {
  engine::article a;
  a.path = std::string(path);
  a.format = "text";
  a.text = std::string(bytes);
  std::size_t pos = 0;
  bool have_title = false;
  for (int line_no = 1; line_no <= 6 && pos < bytes.size(); ++line_no) {
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string_view::npos) eol = bytes.size();
    const std::string_view line = trim(bytes.substr(pos, eol - pos));
    pos = eol + 1;
    if (line.empty()) continue;
    if (const auto v = published_value(line); v && !v->empty() && a.published_text.empty()) {
      a.published_text = std::string(*v);
      a.published = parse_published(*v);
      if (!a.published) {
        out.diagnostics.push_back({std::string(path), static_cast<unsigned>(line_no), 1,
                                   "publication date not understood: \"" + a.published_text +
                                       "\"; relative dates stay unresolved",
                                   false});
      }
      break;
    }
    if (!have_title) {
      if (line.size() <= 300) a.title = std::string(line);
      have_title = true;
    }
  }
  a.id = engine::make_article_id(a);
  out.articles.push_back(std::move(a));
}

}  // namespace claimcheck::grammar::readers
