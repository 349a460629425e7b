// Access to the rule and lexicon files that ship inside the binary (target
// claimcheck_data, used by grammar/ for lexicons and rules/ for rule files)
// (rules/builtin/ and rules/lexicon/ in the source tree, embedded at build
// time by scripts/embed.cmake).
#pragma once

#include <span>
#include <string_view>

namespace claimcheck::data {

struct data_file {
  std::string_view path;  // relative to the source root, e.g. "rules/builtin/core.rules"
  std::string_view text;
};

// Every embedded file, sorted by path. The views point at static storage.
std::span<const data_file> files();

}  // namespace claimcheck::data
