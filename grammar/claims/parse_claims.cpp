// parse_claims: normalise the article's text, split it into sentences, scan
// its mentions once, assemble the facts, and point each fact back at the
// file: byte offsets, line and column (1-based), the sentence.
#include <algorithm>
#include <cctype>

#include "grammar/claims/assemble.hpp"
#include "grammar/parse.hpp"

namespace claimcheck::grammar {
namespace {

bool is_year_text(std::string_view s) {
  if (s.size() != 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return s >= "1900" && s <= "2100";
}

// "rose 21 percent in 2022 to $28 billion" and "shrank by 850,000 to 1.41
// billion" are not ranges: a year or a change, then the level reached.
// Such a "range" is scanned again as its two halves.
std::vector<mention> split_false_ranges(std::string_view text, std::vector<mention> ms,
                                        const scan_options& so) {
  std::vector<mention> out;
  out.reserve(ms.size());
  for (mention& m : ms) {
    const std::string_view t = text.substr(m.start, m.end - m.start);
    const std::size_t to = t.find(" to ");
    std::size_t w = m.start;
    while (w > 0 && text[w - 1] == ' ') --w;
    std::size_t wb = w;
    while (wb > 0 && std::isalpha(static_cast<unsigned char>(text[wb - 1]))) --wb;
    std::string before(text.substr(wb, w - wb));
    for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool year_first = to != std::string_view::npos && is_year_text(t.substr(0, to)) &&
                            (before == "in" || before == "during");
    const bool by_first = to != std::string_view::npos && before == "by" && is_numeric(m.type);
    if (!year_first && !by_first) {
      out.push_back(std::move(m));
      continue;
    }
    // The left half with its preposition ("in 2022"), the right half alone.
    const std::size_t left_from = year_first ? wb : m.start;
    std::vector<mention> left = scan_mentions(text.substr(left_from, m.start + to - left_from), so);
    const std::size_t right_from = m.start + to + 4;
    std::vector<mention> right = scan_mentions(text.substr(right_from, m.end - right_from), so);
    if (right.empty() || (left.empty() && !year_first)) {
      out.push_back(std::move(m));
      continue;
    }
    for (mention& x : left) {
      x.start += left_from;
      x.end += left_from;
      if (x.start < m.start) x.start = m.start;  // keep mentions apart
      if (!out.empty() && x.start < out.back().end) continue;
      out.push_back(std::move(x));
    }
    for (mention& x : right) {
      x.start += right_from;
      x.end += right_from;
      out.push_back(std::move(x));
    }
  }
  return out;
}

}  // namespace

parse_result parse_claims(const engine::article& a) {
  return parse_claims(a, parse_options{});
}

parse_result parse_claims(const engine::article& a, const parse_options& opts) {
  parse_result r;
  const claims::lexicon& lex = opts.lexicon != nullptr ? *opts.lexicon : claims::lexicon::builtin();
  const bool markdown = a.format == "markdown";
  claims::normalised norm = claims::normalise(a.text, markdown);
  const bool lines = a.format == "text" || a.format == "jsonl";
  const std::vector<claims::sentence> sentences = claims::split_sentences(norm.text, lines);
  scan_options so;
  so.reference = a.published;
  so.approx_tolerance = opts.approx_tolerance;
  so.nearly_tolerance = opts.nearly_tolerance;
  std::vector<mention> mentions =
      opts.mentions != nullptr ? *opts.mentions : scan_mentions(norm.text, so);
  if (opts.mentions == nullptr) mentions = split_false_ranges(norm.text, std::move(mentions), so);
  std::vector<engine::fact> facts =
      claims::assemble({a, norm.text, sentences, mentions, lex});
  // Line starts of the article's text, for line and column.
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < a.text.size(); ++i) {
    if (a.text[i] == '\n') line_starts.push_back(i + 1);
  }
  const bool jsonl = a.format == "jsonl";
  for (engine::fact& f : facts) {
    const std::size_t s = norm.map.to_original(f.source.start);
    const std::size_t e = std::max(s, norm.map.to_original(f.source.end));
    if (jsonl) {
      // Offsets are into the decoded "text" string; the line is the file's.
      f.source.line = a.base_line;
      f.source.column = static_cast<unsigned>(s + 1);
      f.source.start = s;
      f.source.end = e;
    } else {
      const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), s);
      const std::size_t line_index = static_cast<std::size_t>(it - line_starts.begin()) - 1;
      f.source.line = a.base_line + static_cast<unsigned>(line_index);
      f.source.column = static_cast<unsigned>(s - line_starts[line_index] + 1);
      f.source.start = a.base_offset + s;
      f.source.end = a.base_offset + e;
    }
    f.article = a.id;
    f.published = a.published;
    f.id = engine::make_fact_id(f);
  }
  r.facts = std::move(facts);
  return r;
}

}  // namespace claimcheck::grammar
