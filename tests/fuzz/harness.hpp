// The fuzz harnesses: one function per target, each taking arbitrary bytes
// and checking the properties the target promises (no crash, no hang, values
// finite, output well-formed). The same functions are the libFuzzer entry
// points (tests/fuzz/entry.cpp, built with -DCLAIMCHECK_FUZZ) and are
// replayed over every corpus and regression file by the doctest suite
// (tests/fuzz/replay_test.cpp).
//
// A broken property throws fuzz::violation: under libFuzzer the uncaught
// exception aborts and the input is saved as a crash; under doctest the
// replay reports the file and the message.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace claimcheck::fuzz {

class violation : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

// Throws violation with the message when cond is false.
inline void require(bool cond, const std::string& what) {
  if (!cond) throw violation(what);
}

// (1) article bytes -> read_articles -> scan_mentions -> parse_claims.
int articles(const std::uint8_t* data, std::size_t size);
// (2) numeric and temporal mentions: finite values, re-scan of the matched
// text gives the same value, plain numbers agree with std::from_chars.
int numbers(const std::uint8_t* data, std::size_t size);
// (3) the stored-record decoder on arbitrary bytes, and encode/decode round
// trips of records built from the bytes.
int records(const std::uint8_t* data, std::size_t size);
// (4) the rules-language parser (rule_set::add) and evaluation of what it
// accepts.
int rules(const std::uint8_t* data, std::size_t size);
// (5) the report writers: text carries no control byte from the article,
// JSON re-parses, XML (SARIF is JSON; JUnit) is well-formed.
int reports(const std::uint8_t* data, std::size_t size);

using entry_fn = int (*)(const std::uint8_t*, std::size_t);
struct target {
  std::string_view name;  // also the corpus directory: tests/fuzz/corpus/<name>/
  entry_fn fn;
};
// Every target, in a fixed order.
[[nodiscard]] std::span<const target> targets();

// Splits fuzz bytes into fields at a separator byte (0xff), for harnesses
// that build structured input. Missing fields are empty.
[[nodiscard]] std::string_view field(std::string_view bytes, std::size_t index);

}  // namespace claimcheck::fuzz
