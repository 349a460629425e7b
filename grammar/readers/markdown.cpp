// Markdown with YAML-style front matter between "---" lines (title,
// published or date, source, url; values plain or quoted). The article's
// text is the body after the front matter; base_offset/base_line say where
// it starts in the file. Without front matter the first "# " heading is the
// title.
#include <cctype>

#include "grammar/readers/readers.hpp"

namespace claimcheck::grammar::readers {
namespace {

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && ((v.front() == '"' && v.back() == '"') ||
                        (v.front() == '\'' && v.back() == '\''))) {
    v = v.substr(1, v.size() - 2);
  }
  return std::string(v);
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

}  // namespace

void read_markdown(std::string_view path, std::string_view bytes, read_result& out) {
  engine::article a;
  a.path = std::string(path);
  a.format = "markdown";
  std::size_t body = 0;
  unsigned body_line = 1;
  std::size_t pos = 0;
  // Optional UTF-8 byte order mark.
  if (bytes.starts_with("\xEF\xBB\xBF")) pos = 3;
  std::size_t eol = bytes.find('\n', pos);
  const std::string_view first =
      trim(bytes.substr(pos, (eol == std::string_view::npos ? bytes.size() : eol) - pos));
  if (first == "---" && eol != std::string_view::npos) {
    pos = eol + 1;
    unsigned line_no = 2;
    bool closed = false;
    while (pos < bytes.size()) {
      eol = bytes.find('\n', pos);
      if (eol == std::string_view::npos) eol = bytes.size();
      const std::string_view line = bytes.substr(pos, eol - pos);
      pos = eol + 1;
      if (trim(line) == "---" || trim(line) == "...") {
        closed = true;
        body = std::min(pos, bytes.size());
        body_line = line_no + 1;
        break;
      }
      const auto colon = line.find(':');
      if (colon != std::string_view::npos) {
        const std::string key = lower(trim(line.substr(0, colon)));
        const std::string value = unquote(line.substr(colon + 1));
        if (key == "title") {
          a.title = value;
        } else if (key == "published" || key == "date" || key == "published_at") {
          a.published_text = value;
          a.published = parse_published(value);
          if (!a.published && !value.empty()) {
            out.diagnostics.push_back({std::string(path), line_no, 1,
                                       "publication date not understood: \"" + value + "\"",
                                       false});
          }
        } else if (key == "source" || key == "publisher") {
          a.source = value;
        } else if (key == "url" || key == "link") {
          a.url = value;
        }
      }
      ++line_no;
    }
    if (!closed) {
      out.diagnostics.push_back({std::string(path), 1, 1,
                                 "front matter is not closed by a \"---\" line; read as text",
                                 false});
      body = 0;
      body_line = 1;
      a = engine::article{};
      a.path = std::string(path);
      a.format = "markdown";
    }
  }
  a.text = std::string(bytes.substr(body));
  a.base_offset = body;
  a.base_line = body_line;
  if (a.title.empty()) {
    std::size_t p = 0;
    while (p < a.text.size()) {
      std::size_t e = a.text.find('\n', p);
      if (e == std::string::npos) e = a.text.size();
      const std::string_view line = trim(std::string_view(a.text).substr(p, e - p));
      if (line.starts_with("# ")) {
        a.title = std::string(trim(line.substr(2)));
        break;
      }
      p = e + 1;
    }
  }
  a.id = engine::make_article_id(a);
  out.articles.push_back(std::move(a));
}

}  // namespace claimcheck::grammar::readers
