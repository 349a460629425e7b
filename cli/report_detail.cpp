// Helpers shared by the report writers (see report_detail.hpp), and the
// neutralising of article text for the terminal.
#include "cli/report_detail.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <tuple>

#include "cli/report.hpp"

namespace claimcheck::cli {
namespace {

constexpr std::string_view replacement = "\xef\xbf\xbd";  // U+FFFD

// One decoded code point: its length in bytes, and the value, or -1 when
// the bytes at i are not well-formed UTF-8 (then len is 1).
struct code_point {
  std::size_t len = 1;
  long cp = -1;
};

code_point decode(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {1, b0};
  std::size_t n = 0;
  long cp = 0;
  long min = 0;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    n = 2, cp = b0 & 0x1f, min = 0x80;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    n = 3, cp = b0 & 0x0f, min = 0x800;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    n = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return {};
  }
  if (i + n > s.size()) return {};
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xc0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return {};
  return {n, cp};
}

// Code points that may change how a terminal or a reader shows the text:
// C0 and C1 controls, DEL, and the bidirectional overrides and isolates.
bool is_hostile(long cp) {
  return (cp >= 0 && cp < 0x20) || (cp >= 0x7f && cp <= 0x9f) ||
         (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::string neutralise(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const code_point c = decode(s, i);
    if (c.cp == '\t') {
      out += '\t';
    } else if (c.cp < 0 || is_hostile(c.cp)) {
      out += replacement;
    } else {
      out.append(s.substr(i, c.len));
    }
    i += c.len;
  }
  return out;
}

namespace detail {

position locate(const engine::article& a, std::size_t file_offset) {
  if (file_offset < a.base_offset) return {};
  const std::size_t rel = file_offset - a.base_offset;
  if (rel > a.text.size()) return {};
  unsigned line = a.base_line;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < rel; ++i) {
    if (a.text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  // On the first line of the text, columns count from the file's line
  // start, which base_offset may lie past; the text of every reader starts
  // at a line start, so this holds.
  return {line, static_cast<unsigned>(rel - line_start + 1)};
}

std::vector<std::pair<std::size_t, std::size_t>> marks(const engine::finding& f,
                                                       const engine::article* a) {
  std::vector<std::pair<std::size_t, std::size_t>> m;
  const std::string& sentence = f.source.sentence;
  if (sentence.empty()) return m;
  for (const auto& s : f.stated) {
    if (s.empty()) continue;
    if (auto p = sentence.find(s); p != std::string::npos) m.emplace_back(p, p + s.size());
  }
  if (m.empty() && a != nullptr && f.source.end > f.source.start &&
      f.source.start >= a->base_offset) {
    const std::size_t rel = f.source.start - a->base_offset;
    // The sentence that holds the span: the last occurrence starting at or
    // before the span, else the first anywhere.
    std::size_t sp = a->text.rfind(sentence, rel);
    if (sp == std::string::npos) sp = a->text.find(sentence);
    if (sp != std::string::npos) {
      const std::size_t lo = rel > sp ? rel - sp : 0;
      const std::size_t hi = std::min(sentence.size(), f.source.end - a->base_offset - sp);
      if (lo < hi) m.emplace_back(lo, hi);
    }
  }
  std::sort(m.begin(), m.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& r : m) {
    if (!merged.empty() && r.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

underlined underline(std::string_view sentence,
                     const std::vector<std::pair<std::size_t, std::size_t>>& m,
                     std::size_t max_columns) {
  // The printable form of each code point, and the display column of each
  // byte offset (one column per code point).
  std::vector<std::string> glyphs;
  std::vector<std::size_t> col(sentence.size() + 1, 0);
  for (std::size_t i = 0; i < sentence.size();) {
    const code_point cp = decode(sentence, i);
    for (std::size_t k = 0; k < cp.len; ++k) col[i + k] = glyphs.size();
    if (cp.cp == '\t' || cp.cp == '\n' || cp.cp == '\r') {
      glyphs.emplace_back(" ");
    } else if (cp.cp < 0 || is_hostile(cp.cp)) {
      glyphs.emplace_back(replacement);
    } else {
      glyphs.emplace_back(sentence.substr(i, cp.len));
    }
    i += cp.len;
  }
  col[sentence.size()] = glyphs.size();
  std::string carets;
  for (const auto& [lo, hi] : m) {
    if (lo >= hi || hi > sentence.size()) continue;
    const std::size_t a = col[lo];
    const std::size_t b = std::max(col[hi], a + 1);
    if (carets.size() < a) carets.append(a - carets.size(), ' ');
    carets += '^';
    if (b > a + 1) carets.append(b - a - 1, '~');
  }
  // A long sentence is cut to a window around the marks, with "…" where
  // text was left out.
  std::size_t first = 0;
  std::size_t last = glyphs.size();
  if (max_columns > 0 && glyphs.size() > max_columns) {
    const std::size_t mark_lo = carets.find_first_not_of(' ');
    const std::size_t mark_hi = carets.size();
    const std::size_t centre = mark_lo == std::string::npos ? 0 : (mark_lo + mark_hi) / 2;
    first = centre > max_columns / 2 ? centre - max_columns / 2 : 0;
    if (mark_lo != std::string::npos) first = std::min(first, mark_lo > 4 ? mark_lo - 4 : 0);
    last = std::min(glyphs.size(), first + max_columns);
  }
  underlined u;
  const std::string lead = first > 0 ? "…" : "";
  u.sentence = lead;
  for (std::size_t i = first; i < last; ++i) u.sentence += glyphs[i];
  if (last < glyphs.size()) u.sentence += "…";
  if (!carets.empty()) {
    u.carets = std::string(first > 0 ? 1 : 0, ' ') +
               (first < carets.size() ? carets.substr(first, last - first) : std::string());
  }
  return u;
}

const engine::article* other_article(const report_options& o, std::string_view id) {
  for (const auto& a : o.other_articles) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const code_point c = decode(s, i);
    switch (c.cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t':
      case '\n': out += static_cast<char>(c.cp); break;
      default:
        if (c.cp < 0 || c.cp < 0x20 || c.cp == 0xfffe || c.cp == 0xffff) {
          out += replacement;
        } else {
          out.append(s.substr(i, c.len));
        }
    }
    i += c.len;
  }
  return out;
}

std::string path_uri(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (char ch : path) {
    const auto b = static_cast<unsigned char>(ch);
    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' ||
        b == '.' || b == '_' || b == '~' || b == '/') {
      out += ch;
    } else {
      out += fmt::format("%{:02X}", b);
    }
  }
  return out;
}

std::vector<series> group_series(const std::vector<engine::fact>& facts) {
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<engine::fact>> by;
  for (const auto& f : facts) by[{f.entity, f.metric, f.value.unit}].push_back(f);
  std::vector<series> out;
  for (auto& [key, v] : by) {
    std::stable_sort(v.begin(), v.end(), [](const engine::fact& x, const engine::fact& y) {
      if (x.when.first != y.when.first) return x.when.first < y.when.first;
      return x.published < y.published;
    });
    out.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), std::move(v)});
  }
  // Levels before rates: a series in % or pp after the others of its key.
  auto rate = [](const series& s) { return s.unit == "%" || s.unit == "pp"; };
  std::stable_sort(out.begin(), out.end(), [&](const series& x, const series& y) {
    return std::tie(x.entity, x.metric) < std::tie(y.entity, y.metric) ||
           (std::tie(x.entity, x.metric) == std::tie(y.entity, y.metric) && !rate(x) && rate(y));
  });
  return out;
}

std::string short_value(double x, std::string_view unit, int digits) {
  if (std::isinf(x)) return x > 0 ? "+inf" : "-inf";
  if (std::isnan(x)) return "?";
  const double ax = std::fabs(x);
  std::string num;
  if (unit == "%" || unit == "pp") {
    num = fmt::format("{:.{}g}", x, digits);
  } else if (ax >= 1e12) {
    num = fmt::format("{:.{}g} tn", x / 1e12, digits);
  } else if (ax >= 1e9) {
    num = fmt::format("{:.{}g} bn", x / 1e9, digits);
  } else if (ax >= 1e6) {
    num = fmt::format("{:.{}g} mn", x / 1e6, digits);
  } else {
    num = fmt::format("{:.6g}", x);
  }
  if (unit == "USD") return "$" + num;
  if (unit.empty()) return num;
  return num + " " + std::string(unit);
}

}  // namespace detail
}  // namespace claimcheck::cli
