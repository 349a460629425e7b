// The grammar's public face (Boost-free): read article files, and turn an
// article's text into facts. Mentions are in grammar/mention.hpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"

namespace claimcheck::grammar {

// A problem found while reading or parsing, located in the input file.
struct diagnostic {
  std::string file;
  unsigned line = 0;    // 1-based; 0 when not tied to a place
  unsigned column = 0;  // 1-based, bytes
  std::string message;
  bool error = false;   // error: the unit was skipped; otherwise a warning
};

struct read_result {
  std::vector<engine::article> articles;
  std::vector<diagnostic> diagnostics;
};

// Reads one input file's bytes as articles. The format is chosen by the
// path's extension (.md/.markdown, .jsonl/.ndjson, .html/.htm, otherwise
// the plain-text shape of the seeds: title line, "Published:" line, body)
// and, failing that, by content. A JSON Lines batch gives one article per
// good line; a bad line is a diagnostic naming its line number, the rest is
// read. NUL bytes become spaces and each byte of invalid UTF-8 becomes
// U+001A (SUB), one byte for one so that offsets still point into the file
// (JSON Lines: U+FFFD per bad sequence), with one warning counting them.
[[nodiscard]] read_result read_articles(std::string_view path, std::string_view bytes);

struct parse_result {
  std::vector<engine::fact> facts;
  std::vector<diagnostic> diagnostics;
};

// The facts an article states, each with its source span (line and column
// in the article's file) and id set. Never throws on any text.
[[nodiscard]] parse_result parse_claims(const engine::article& a);

namespace claims {
class lexicon;
}
struct mention;

struct parse_options {
  // The lexicons to use; nullptr: the built-in ones plus the directories of
  // CLAIMCHECK_LEXICON_PATH (see grammar/claims/lexicon.hpp).
  const claims::lexicon* lexicon = nullptr;
  // Mentions of the article's normalised text to use instead of scanning
  // (tests of assembly); nullptr: scan.
  const std::vector<mention>* mentions = nullptr;
  // Relative tolerances of "about X" and "nearly X", from the rules files'
  // settings approx_tolerance and nearly_tolerance (0: no widening).
  double approx_tolerance = 0.0;
  double nearly_tolerance = 0.0;
};

[[nodiscard]] parse_result parse_claims(const engine::article& a, const parse_options& opts);

}  // namespace claimcheck::grammar
