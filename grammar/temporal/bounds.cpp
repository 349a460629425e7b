// Bounding words around a temporal mention (see bounds.hpp): a few byte
// compares next to a mention already found, no grammar run.
#include "grammar/temporal/bounds.hpp"

#include <initializer_list>

namespace claimcheck::grammar::temporal {

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether text[at, at + w.size()) is w, any case (w is lower case).
bool word_at(std::string_view text, std::size_t at, std::string_view w) {
  if (at + w.size() > text.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (lower(text[at + i]) != w[i]) return false;
  }
  return true;
}

// From the period's start on: up to the reference when it starts before it.
void since(mention& m, std::string_view text, const scan_options& opts) {
  m.mod = "since";
  if (opts.reference && m.when->first <= *opts.reference) {
    m.when = engine::period::span(m.when->first, *opts.reference, std::string(text.substr(m.start, m.end - m.start)));
  }
  m.relative = true;
  m.type = mention_type::period;
}

}  // namespace

void extend_bounds(std::string_view text, mention& m, const scan_options& opts) {
  if (!m.mod.empty() || !m.when || m.type == mention_type::duration || m.when->g == engine::grain::span) return;
  // A byte test first: a blank, then 'o' or 'a' after the mention; a blank
  // after 'g' or 's' before it.
  const std::size_t e = m.end;
  const bool after = e + 4 < text.size() && text[e] == ' ' &&
                     ((lower(text[e + 1]) == 'o' && (lower(text[e + 2]) == 'r' || lower(text[e + 2]) == 'n') &&
                       (text[e + 3] == ' ' || lower(text[e + 3]) == 'w')) ||
                      (lower(text[e + 1]) == 'a' && lower(text[e + 2]) == 'n' && lower(text[e + 3]) == 'd'));
  const std::size_t s = m.start;
  const bool before =
      s >= 4 && text[s - 1] == ' ' &&
      (lower(text[s - 2]) == 'g' ||
       (lower(text[s - 2]) == 'n' && lower(text[s - 3]) == 'o' && s >= 5 && lower(text[s - 5]) == 'g') ||
       (lower(text[s - 2]) == 's' && lower(text[s - 3]) == 'a' && text[s - 4] == ' '));
  if (!after && !before) return;
  for (std::string_view w : std::initializer_list<std::string_view>{" or later", " and later", " or after", " and after", " and greater", " or greater",
                             " onwards", " onward", " and beyond"}) {
    if (!after) break;
    if (word_at(text, m.end, w) && (m.end + w.size() == text.size() || !is_letter(text[m.end + w.size()]))) {
      m.end += w.size();
      since(m, text, opts);
      return;
    }
  }
  for (std::string_view w : std::initializer_list<std::string_view>
       {"starting on ", "starting ", "beginning on ", "beginning ", "as early as ", "as late as "}) {
    if (!before) break;
    if (m.start < w.size() || (m.start > w.size() && is_letter(text[m.start - w.size() - 1]))) continue;
    if (!word_at(text, m.start - w.size(), w)) continue;
    m.start -= w.size();
    if (w == "as late as ") {
      m.mod = "until";
    } else {
      since(m, text, opts);
    }
    return;
  }
}

}  // namespace claimcheck::grammar::temporal
