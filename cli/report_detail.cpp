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
                     const std::vector<std::pair<std::size_t, std::size_t>>& m) {
  underlined u;
  // Display column of each byte offset (one column per code point).
  std::vector<std::size_t> col(sentence.size() + 1, 0);
  std::size_t c = 0;
  for (std::size_t i = 0; i < sentence.size();) {
    const code_point cp = decode(sentence, i);
    for (std::size_t k = 0; k < cp.len; ++k) col[i + k] = c;
    if (cp.cp == '\t' || cp.cp == '\n' || cp.cp == '\r') {
      u.sentence += ' ';
    } else if (cp.cp < 0 || is_hostile(cp.cp)) {
      u.sentence += replacement;
    } else {
      u.sentence.append(sentence.substr(i, cp.len));
    }
    ++c;
    i += cp.len;
  }
  col[sentence.size()] = c;
  for (const auto& [lo, hi] : m) {
    if (lo >= hi || hi > sentence.size()) continue;
    const std::size_t a = col[lo];
    const std::size_t b = std::max(col[hi], a + 1);
    if (u.carets.size() < a) u.carets.append(a - u.carets.size(), ' ');
    u.carets += '^';
    if (b > a + 1) u.carets.append(b - a - 1, '~');
  }
  return u;
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

std::string short_value(double x, std::string_view unit) {
  if (std::isinf(x)) return x > 0 ? "+inf" : "-inf";
  if (std::isnan(x)) return "?";
  const double ax = std::fabs(x);
  std::string num;
  if (unit == "%" || unit == "pp") {
    num = fmt::format("{:.4g}", x);
  } else if (ax >= 1e12) {
    num = fmt::format("{:.4g} tn", x / 1e12);
  } else if (ax >= 1e9) {
    num = fmt::format("{:.4g} bn", x / 1e9);
  } else if (ax >= 1e6) {
    num = fmt::format("{:.4g} mn", x / 1e6);
  } else {
    num = fmt::format("{:.6g}", x);
  }
  if (unit == "USD") return "$" + num;
  if (unit.empty()) return num;
  return num + " " + std::string(unit);
}

}  // namespace detail
}  // namespace claimcheck::cli
