// The `mentions` command: every numeric and temporal mention of one input,
// one per line (text) or one JSON object per line (json).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

namespace claimcheck::cli {

// published: "YYYY-MM-DD" or empty (relative dates resolve against today).
[[nodiscard]] int run_mentions(const std::string& file, const std::string& published,
                               const std::string& format, std::size_t max_input,
                               std::ostream& out, std::ostream& err);

}  // namespace claimcheck::cli
