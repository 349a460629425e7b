// The facade an embedding program calls: read articles, extract their facts,
// check them against the history in the store, commit them, query the
// history, re-run every rule. It is the only place that wires the grammar,
// the rules and the store together.
//
// Thread safety: one facade per thread; the store it opens may be shared by
// processes (see engine/store/store.hpp).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"
#include "engine/store/store.hpp"
#include "grammar/parse.hpp"
#include "rules/rules.hpp"

namespace claimcheck::engine {

struct options {
  store_options store;
  std::vector<std::filesystem::path> rule_paths;  // added to the built-in rules
  std::size_t max_input = std::size_t{16} << 20;  // bytes per input file
};

// One article read and parsed.
struct article_report {
  article meta;
  std::vector<fact> facts;
  bool already_stored = false;  // ingest: identical content was there; no-op
};

struct report {
  std::vector<article_report> articles;
  std::vector<finding> findings;
  std::vector<fact> derived;
  std::vector<grammar::diagnostic> diagnostics;  // warnings and skipped inputs
};

// Reads every article in the files (directories are walked for *.txt, *.md,
// *.markdown, *.jsonl, *.ndjson, *.html, *.htm, in name order). Throws
// claimcheck::error (input) for a missing, unreadable, non-regular or
// oversized file.
[[nodiscard]] grammar::read_result read_inputs(const std::vector<std::filesystem::path>& paths,
                                               std::size_t max_input);

// Facts of the articles, with the findings the rules give among them alone
// (no database).
[[nodiscard]] report extract(const grammar::read_result& input, const rules::rule_set& rules);

class claimcheck {
 public:
  // Opens the store and loads the rules. Throws claimcheck::error.
  explicit claimcheck(options opts);
  ~claimcheck();

  // Extracts facts and checks them against the history; commits nothing.
  [[nodiscard]] report check(const grammar::read_result& input) const;
  // Called after each article is read and checked: articles and facts so far.
  using progress_fn = std::function<void(std::size_t articles, std::size_t facts)>;
  // As check, then commits the new articles, in batches of up to 256 per
  // write transaction; each article is wholly in or wholly out, and the
  // findings are those of ingesting the articles one by one. Articles
  // already stored (same content) are reported with already_stored.
  report ingest(const grammar::read_result& input, const progress_fn& progress = {});
  [[nodiscard]] std::vector<fact> history(const history_query& q) const;
  // Re-runs every rule over the whole history; replaces stored findings.
  report audit();
  // Takes the article (full id or a unique prefix of at least 4 hex digits)
  // out of the current view, then recomputes the derived facts and
  // findings over what remains (as audit does). Returns the full id, or
  // nullopt when there is no such current article. The retraction and the
  // recomputation are two transactions: after a crash between them the
  // facts are right and `audit` brings the findings up to date.
  std::optional<std::string> retract(std::string_view id_or_prefix);

  [[nodiscard]] store& db() { return *store_; }
  [[nodiscard]] const store& db() const { return *store_; }
  [[nodiscard]] const rules::rule_set& rules() const { return rules_; }

 private:
  options opts_;
  std::unique_ptr<store> store_;
  rules::rule_set rules_;
};

// Loads the built-in rules plus every path given.
[[nodiscard]] rules::rule_set load_rules(const std::vector<std::filesystem::path>& paths);

}  // namespace claimcheck::engine
