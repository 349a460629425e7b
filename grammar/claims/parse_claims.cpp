// parse_claims: normalise the article's text, split it into sentences, scan
// its mentions once, assemble the facts, and point each fact back at the
// file: byte offsets, line and column (1-based), the sentence.
#include <algorithm>

#include "grammar/claims/assemble.hpp"
#include "grammar/mention.hpp"
#include "grammar/parse.hpp"

namespace claimcheck::grammar {

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
  std::vector<engine::fact> facts =
      claims::assemble({a, norm.text, sentences, mentions, lex});
  // Line starts of the article's text, for line and column.
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = a.text.find('\n'); i != std::string::npos; i = a.text.find('\n', i + 1)) {
    line_starts.push_back(i + 1);
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
  // A number that was refused (a thousand-digit run: out of range of a
  // double) is said once per article, where the first one is, so that the
  // user knows why no fact came of it.
  const auto bad = std::find_if(mentions.begin(), mentions.end(), [](const mention& m) {
    return is_numeric(m.type) && !m.error.empty();
  });
  if (bad != mentions.end()) {
    const std::size_t s = norm.map.to_original(bad->start);
    const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), s);
    const std::size_t line_index = static_cast<std::size_t>(it - line_starts.begin()) - 1;
    const std::size_t n = static_cast<std::size_t>(std::count_if(
        mentions.begin(), mentions.end(),
        [](const mention& m) { return is_numeric(m.type) && !m.error.empty(); }));
    r.diagnostics.push_back(
        {a.path, jsonl ? a.base_line : a.base_line + static_cast<unsigned>(line_index),
         jsonl ? 1U : static_cast<unsigned>(s - line_starts[line_index] + 1),
         bad->error + " (" + std::to_string(bad->end - bad->start) + " characters long); " +
             (n == 1 ? "not read as a value" : std::to_string(n) + " such numbers not read as values"),
         false});
  }
  r.facts = std::move(facts);
  return r;
}

}  // namespace claimcheck::grammar
