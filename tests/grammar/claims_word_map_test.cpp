// word_map, the open-addressing word table of claim assembly: insertion,
// look-up of present and absent words, and growth past its first size.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/claims/word_map.hpp"

using claimcheck::grammar::claims::word_map;

TEST_CASE("claims: word_map finds what was inserted and nothing else") {
  word_map<unsigned> m;
  CHECK(m.find("trade") == m.end());  // empty map
  m["trade"] |= 1;
  m["trade"] |= 4;
  m["exports"] = 2;
  m["a"] = 7;
  m["international trade volume"] = 9;  // longer than 16 bytes
  REQUIRE(m.find("trade") != m.end());
  CHECK(m.find("trade")->second == 5u);
  CHECK(m.find("exports")->second == 2u);
  CHECK(m.find("a")->second == 7u);
  CHECK(m.find("international trade volume")->second == 9u);
  CHECK(m.find("international trade volumes") == m.end());
  CHECK(m.find("trad") == m.end());
  CHECK(m.find("") == m.end());
}

TEST_CASE("claims: word_map keeps every word through growth") {
  std::vector<std::string> words;
  for (unsigned i = 0; i < 1000; ++i) words.push_back("w" + std::to_string(i * 7919));
  word_map<unsigned> m;
  for (unsigned i = 0; i < words.size(); ++i) m[words[i]] = i + 1;
  for (unsigned i = 0; i < words.size(); ++i) {
    const auto it = m.find(words[i]);
    REQUIRE(it != m.end());
    CHECK(it->second == i + 1);
  }
  CHECK(m.find("w1") == m.end());
}

TEST_CASE("claims: word_map tells apart words whose first and last bytes agree") {
  // Look-ups compare the first and last eight bytes and the length: for
  // words over 16 bytes the middle must be compared too.
  word_map<unsigned> m;
  m["abcdefgh-one-ijklmnop"] = 1;
  m["abcdefgh-two-ijklmnop"] = 2;
  m["abcdefghijklmnop"] = 3;   // the same bytes at both ends, 16 long
  m["abcdefghXijklmnop"] = 4;  // 17 long
  m["abc"] = 5;
  m["abbc"] = 6;  // first and last byte as "abc"
  CHECK(m.find("abcdefgh-one-ijklmnop")->second == 1u);
  CHECK(m.find("abcdefgh-two-ijklmnop")->second == 2u);
  CHECK(m.find("abcdefgh-six-ijklmnop") == m.end());
  CHECK(m.find("abcdefghijklmnop")->second == 3u);
  CHECK(m.find("abcdefghXijklmnop")->second == 4u);
  CHECK(m.find("abcdefghYijklmnop") == m.end());
  CHECK(m.find("abc")->second == 5u);
  CHECK(m.find("abbc")->second == 6u);
  CHECK(m.find("abac") == m.end());
  CHECK(m.find("aXc") == m.end());
}
