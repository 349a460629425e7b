// Report writers: one function per output format, each writing a whole
// report to a stream. Article text is neutralised before it reaches a
// terminal (no control or escape bytes).
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/claimcheck.hpp"

namespace claimcheck::cli {

struct report_options {
  bool color = false;
  bool quiet = false;    // findings only
  bool verbose = false;  // also every fact
};

// Counts of findings by severity.
struct tally {
  std::size_t error = 0;
  std::size_t warning = 0;
  std::size_t info = 0;
};
[[nodiscard]] tally count(const std::vector<engine::finding>& findings);

void write_text(std::ostream& out, const engine::report& r, const report_options& o);
void write_json(std::ostream& out, const engine::report& r);
void write_facts_text(std::ostream& out, const std::vector<engine::fact>& facts,
                      const report_options& o);
void write_facts_json(std::ostream& out, const std::vector<engine::fact>& facts);

// Replaces control bytes (C0 but tab, DEL, C1 in UTF-8) with U+FFFD so that
// text from an article cannot drive the terminal.
[[nodiscard]] std::string neutralise(std::string_view s);

}  // namespace claimcheck::cli
