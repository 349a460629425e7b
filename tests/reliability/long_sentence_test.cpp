// Pathological inputs stay linear (issue #10): a run of text with no
// sentence end is cut into pieces of bounded length before claim assembly,
// whose work per sentence grows with the square of its mentions
// (bench_pathological measures the time; this checks the cut itself).
#include <doctest/doctest.h>

#include <string>

#include "grammar/claims/text.hpp"

using claimcheck::grammar::claims::kMaxSentence;
using claimcheck::grammar::claims::split_sentences;

TEST_CASE("reliability: a run with no sentence end is cut into bounded pieces") {
  SUBCASE("3,000 numbers: pieces of at most kMaxSentence bytes, cut at spaces") {
    std::string t;
    for (int i = 0; i < 3000; ++i) t += "1 ";
    const auto s = split_sentences(t, false);
    // 5,999 bytes once trimmed, '1' at even offsets: the cut at 1,000 falls
    // on a '1', so each piece ends at the space before it: [0, 999),
    // [1000, 1999), ... [5000, 5999), six pieces of 999 bytes.
    REQUIRE(s.size() == 6);
    std::size_t covered = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      CAPTURE(i);
      CHECK(s[i].end - s[i].start <= kMaxSentence);
      CHECK(t[s[i].start] == '1');
      CHECK(t[s[i].end - 1] == '1');
      if (i > 0) CHECK(s[i].start == s[i - 1].end + 1);  // only the space between
      covered += s[i].end - s[i].start;
    }
    CHECK(s.front().start == 0);
    CHECK(s.back().end == t.size() - 1);  // the trailing space is trimmed
    CHECK(covered == t.size() - s.size());
  }
  SUBCASE("no space at all: a hard cut every kMaxSentence bytes") {
    const std::string t(2500, 'x');
    const auto s = split_sentences(t, false);
    REQUIRE(s.size() == 3);
    CHECK(s[0].start == 0);
    CHECK(s[0].end == 1000);
    CHECK(s[1].end == 2000);
    CHECK(s[2].end == 2500);
  }
  SUBCASE("a long but ordinary sentence is one sentence") {
    std::string t = "Exports";
    while (t.size() < 900) t += " of grain and oil";
    t += " rose. Next one.";
    const auto s = split_sentences(t, false);
    REQUIRE(s.size() == 2);
    CHECK(t.substr(s[0].end - 5, 5) == "rose.");
  }
}
