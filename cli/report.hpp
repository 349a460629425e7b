// Report writers: one function per output format, each writing a whole
// report to a stream. Text for a terminal, JSON (DESIGN.md contract, schema
// in docs/schema/report.schema.json), SARIF 2.1.0 and JUnit XML for CI,
// schema.org ClaimReview JSON-LD for fact-check publishers, and one
// self-contained HTML page with history plots for a browser. Article text is
// neutralised before it reaches a terminal (no control or escape bytes).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/claimcheck.hpp"

namespace claimcheck::cli {

// A rule as the reports describe it (SARIF tool.driver.rules).
struct rule_desc {
  std::string id;
  std::string description;
  std::string severity;  // default severity, "" when not known
};

struct report_options {
  bool color = false;
  bool quiet = false;    // findings only
  bool verbose = false;  // also every fact
  // Findings at or above this severity fail (JUnit failures); "none" fails
  // nothing.
  std::string fail_on = "error";
  std::vector<rule_desc> rules;  // the active rules, for SARIF
  std::string command = "check";  // the command that produced the report
  // Articles that findings point at but the report does not hold (audit
  // reports no articles): their paths and text locate those findings.
  std::vector<engine::article> other_articles;
};

// Counts of findings by severity.
struct tally {
  std::size_t error = 0;
  std::size_t warning = 0;
  std::size_t info = 0;
};
[[nodiscard]] tally count(const std::vector<engine::finding>& findings);

// True when a finding of severity s is at or above the threshold named by
// fail_on ("error", "warning", "info"; "none" is never reached).
[[nodiscard]] bool at_or_above(engine::severity s, std::string_view fail_on);

void write_text(std::ostream& out, const engine::report& r, const report_options& o);
void write_json(std::ostream& out, const engine::report& r);
void write_facts_text(std::ostream& out, const std::vector<engine::fact>& facts,
                      const report_options& o);
void write_facts_json(std::ostream& out, const std::vector<engine::fact>& facts);

// SARIF 2.1.0: one run; rules from o.rules plus any rule a finding names.
void write_sarif(std::ostream& out, const engine::report& r, const report_options& o);
// JUnit XML: one testsuite per article, one testcase per fact, a failure
// per finding at or above o.fail_on.
void write_junit(std::ostream& out, const engine::report& r, const report_options& o);
// schema.org ClaimReview JSON-LD: a JSON array, one review per fact that a
// confirmation, contradiction or temporal finding decided.
void write_claimreview(std::ostream& out, const engine::report& r);

// The HTML page: findings and, per (entity, metric, unit) the report's
// facts touch, a plot of `history` (stored facts) with the report's facts
// marked as new. `history` may hold the report's facts too (after ingest).
void write_html(std::ostream& out, const engine::report& r, const std::vector<engine::fact>& history,
                const report_options& o);
// `history --format html`: plots of every series in the facts.
void write_history_html(std::ostream& out, const std::vector<engine::fact>& facts);
// `history --plot`: a Unicode bar chart per series.
void write_history_plot(std::ostream& out, const std::vector<engine::fact>& facts,
                        const report_options& o);

// Replaces control bytes (C0 but tab, DEL, C1 in UTF-8) with U+FFFD so that
// text from an article cannot drive the terminal.
[[nodiscard]] std::string neutralise(std::string_view s);

}  // namespace claimcheck::cli
