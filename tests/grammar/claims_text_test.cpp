// Text preparation for claim assembly: normalisation with offsets into the
// original bytes, sentence splitting, tokens and the lexicons.
#include <doctest/doctest.h>

#include "grammar/claims/lexicon.hpp"
#include "grammar/claims/text.hpp"
#include "grammar/claims/tokens.hpp"
#include "grammar/claims/values.hpp"

namespace {
using namespace claimcheck::grammar::claims;

std::vector<std::string> sentences_of(std::string_view t, bool lines = false) {
  std::vector<std::string> out;
  for (const auto& s : split_sentences(t, lines)) out.emplace_back(t.substr(s.start, s.end - s.start));
  return out;
}
}  // namespace

TEST_CASE("claims: normalisation maps offsets back to the original bytes") {
  // U+00A0 (2 bytes) -> ' ', U+2014 (3 bytes) -> " - ", curly quotes -> '"',
  // U+2013 -> '-', U+200B removed.
  const std::string orig =
      "$31.17\xC2\xA0" "billion \xE2\x80\x9Cgrowth\xE2\x80\x9D 2021\xE2\x80\x93" "2023 a\xE2\x80\x94" "b z\xE2\x80\x8By";
  const normalised n = normalise(orig, false);
  CHECK(n.text == "$31.17 billion \"growth\" 2021-2023 a - b zy");
  const auto at = [&](std::string_view s) { return n.text.find(s); };
  CHECK(n.map.to_original(at("billion")) == orig.find("billion"));
  CHECK(n.map.to_original(at("growth")) == orig.find("growth"));
  CHECK(n.map.to_original(at("2023")) == orig.find("2023"));
  CHECK(n.map.to_original(at("b z")) == orig.find("b z"));
  CHECK(n.map.to_original(at("y")) == orig.rfind('y'));
  CHECK(n.map.to_original(n.text.size()) == orig.size());
}

TEST_CASE("claims: invalid UTF-8 passes through normalisation") {
  const std::string orig = "a\xFF b\xC3";
  CHECK(normalise(orig, false).text == orig);
}

TEST_CASE("claims: Markdown link targets and emphasis are blanked") {
  const normalised n = normalise("See **the [report](https://x.org/2021/5)** now_here", true);
  CHECK(n.text.find("2021") == std::string::npos);
  CHECK(n.text.find("report") != std::string::npos);
  CHECK(n.text.find("now_here") != std::string::npos);
  CHECK(n.text.find('*') == std::string::npos);
}

TEST_CASE("claims: sentences survive abbreviations, decimals and quotes") {
  const auto s = sentences_of(
      "The U.S. economy grew 2.1 percent in 2022. Trade with the U.K. fell. "
      "Mr. Smith arrived on Dec. 5 at No. 3 Main St. on time. \"It is unique,\" he said. "
      "\"We grew.\" The minister left. Are you sure? he asked. It reached $31.17 billion.");
  REQUIRE(s.size() == 8);
  CHECK(s[0] == "The U.S. economy grew 2.1 percent in 2022.");
  CHECK(s[1] == "Trade with the U.K. fell.");
  CHECK(s[2] == "Mr. Smith arrived on Dec. 5 at No. 3 Main St. on time.");
  CHECK(s[3] == "\"It is unique,\" he said.");
  CHECK(s[4] == "\"We grew.\"");
  CHECK(s[5] == "The minister left.");
  CHECK(s[6] == "Are you sure? he asked.");
  CHECK(s[7] == "It reached $31.17 billion.");
}

TEST_CASE("claims: sentence ends after a dotted abbreviation before a new sentence") {
  const auto s = sentences_of("Exports rose to the U.S. The trade gap narrowed.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Exports rose to the U.S.");
}

TEST_CASE("claims: paragraphs and lines") {
  const auto text = "Title line\nPublished: Oct 28, 2022\nFirst para.\n\nSecond para";
  const auto lines = sentences_of(text, true);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "Title line");
  CHECK(lines[1] == "Published: Oct 28, 2022");
  const auto md = sentences_of("A wrapped\nline of text.\n\n- item one\n- item two", false);
  REQUIRE(md.size() == 3);
  CHECK(md[0] == "A wrapped\nline of text.");
  CHECK(md[1] == "- item one");
  const auto parts = split_sentences("One.\n\nTwo.", false);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].paragraph == 0);
  CHECK(parts[1].paragraph == 1);
}

TEST_CASE("claims: tokens") {
  token_list tl;
  const std::string t = "China's U.S.-bound exports rose 23.6% to $1,200 in Xi'an.";
  tokenize(t, 0, t.size(), tl);
  std::vector<std::string> words;
  for (const auto& k : tl.tokens) words.emplace_back(k.low);
  const std::vector<std::string> expect{"china", "'s", "u.s.", "-", "bound", "exports", "rose",
                                        "23.6", "%", "to", "$", "1,200", "in", "xi'an", "."};
  CHECK(words == expect);
  CHECK(tl.tokens[0].capital);
  CHECK(tl.tokens[2].all_caps);
}

TEST_CASE("claims: tokens of lower-case words, and the text-wide lower-case copy") {
  // Words that start in lower case, with an apostrophe, a possessive, an
  // abbreviation of single letters, digits and non-ASCII letters.
  const std::string t = "the country's exports, e.g. don't mid2020 caf\xC3\xA9s NATO's GDP grew";
  token_list tl;
  tokenize(t, 0, t.size(), tl);
  std::vector<std::string> words;
  for (const auto& k : tl.tokens) words.emplace_back(k.low);
  const std::vector<std::string> expect{"the",   "country", "'s",   "exports", ",",
                                        "e.g.",  "don't",   "mid2020", "caf\xC3\xA9s", "nato",
                                        "'s",    "gdp",     "grew"};
  CHECK(words == expect);
  REQUIRE(tl.tokens.size() == expect.size());
  CHECK_FALSE(tl.tokens[0].capital);
  CHECK_FALSE(tl.tokens[0].all_caps);
  CHECK(tl.tokens[9].all_caps);
  CHECK(tl.tokens[11].all_caps);
  CHECK(tl.tokens[1].start == 4);
  CHECK(tl.tokens[1].end == 11);
  // The same tokens from a lower-case copy of the whole text, for a range.
  const std::string lower = lower_ascii(t);
  std::vector<token> part;
  tokenize(t, lower, 4, t.size(), part);
  REQUIRE(part.size() == expect.size() - 1);
  for (std::size_t i = 0; i < part.size(); ++i) {
    CHECK(part[i].low == tl.tokens[i + 1].low);
    CHECK(part[i].start == tl.tokens[i + 1].start);
    CHECK(part[i].all_caps == tl.tokens[i + 1].all_caps);
    CHECK(part[i].capital == tl.tokens[i + 1].capital);
  }
}

TEST_CASE("claims: built-in lexicon covers the ISO 3166-1 list and the metrics") {
  const lexicon& lex = lexicon::builtin();
  CHECK(lex.country_count() == 249);
  CHECK(lex.country_by_code("KAZ").has_value());
  CHECK(lex.country_by_code("ZWE").has_value());
  CHECK(lex.metric_by_key("trade_volume").has_value());
  CHECK(lex.metric_by_key("rail_freight").has_value());
  CHECK(lex.metric(*lex.metric_by_key("rail_freight")).unit == unit_kind::mass);
  auto first_match = [&](std::string_view text) -> std::optional<lex_match> {
    token_list tl;
    tokenize(text, 0, text.size(), tl);
    return lex.match_at(tl.tokens, 0);
  };
  auto code_of = [&](std::string_view text) {
    const auto m = first_match(text);
    return m ? lex.country(m->id).code : std::string();
  };
  CHECK(code_of("Kazakhstan") == "KAZ");
  CHECK(code_of("Kazakh") == "KAZ");
  CHECK(code_of("Astana") == "KAZ");
  CHECK(code_of("Beijing") == "CHN");
  CHECK(code_of("U.S.") == "USA");
  CHECK(code_of("United States") == "USA");
  CHECK(code_of("South Korea") == "KOR");
  CHECK(code_of("Cote d'Ivoire") == "CIV");
  CHECK(code_of("Uzbek") == "UZB");
  CHECK(code_of("us") == "");  // the pronoun
  CHECK(code_of("turkey") == "");  // lower case: not the country
  const auto m = first_match("railway freight volume of");
  REQUIRE(m.has_value());
  CHECK(m->cat == category::metric);
  CHECK(lex.metric(m->id).key == "rail_freight");
  CHECK(m->last == 3);
  const auto plural = first_match("trade volumes");
  REQUIRE(plural.has_value());
  CHECK(lex.metric(plural->id).key == "trade_volume");
}

TEST_CASE("claims: lexicon files extend the lexicon") {
  lexicon lex = lexicon::builtin();
  CHECK(lex.add_file("metrics-extra.tsv", "# more\nuranium_output\tmass\turanium output|uranium production\n"));
  CHECK_FALSE(lex.add_file("notes.tsv", "x\ty\n"));
  token_list tl;
  const std::string t = "uranium production";
  tokenize(t, 0, t.size(), tl);
  const auto m = lex.match_at(tl.tokens, 0);
  REQUIRE(m.has_value());
  CHECK(lex.metric(m->id).key == "uranium_output");
  CHECK(unit_kind_of("USD") == unit_kind::money);
  CHECK(unit_kind_of("t") == unit_kind::mass);
  CHECK(unit_kind_of("%") == unit_kind::percent);
}

TEST_CASE("claims: collapse_spaces at every position of a word-sized block") {
  const std::string base = "abcdefghijklmnopqrstuvwx";
  CHECK(collapse_spaces(base) == base);
  CHECK(collapse_spaces("") == "");
  CHECK(collapse_spaces("  a  ") == "a");
  CHECK(collapse_spaces("a b") == "a b");
  for (std::size_t k = 1; k < base.size(); ++k) {
    const std::string one = base.substr(0, k) + " " + base.substr(k);
    // Two spaces, a newline, a space and a newline: each is one space.
    for (const char* gap : {"  ", "\n", " \n", "\n\n   "}) {
      const std::string s = base.substr(0, k) + gap + base.substr(k);
      CHECK_MESSAGE(collapse_spaces(s) == one, "gap at " << k);
    }
    CHECK(collapse_spaces(one) == one);
    CHECK(collapse_spaces(" " + one) == one);
    CHECK(collapse_spaces(one + " ") == one);
  }
}

TEST_CASE("claims: sentence ends found at every offset of a sixteen-byte block") {
  for (std::size_t len = 1; len < 40; ++len) {
    const std::string first = "Tom" + std::string(len, 'x') + ".";
    const std::string t = first + " Then more! And a question? Yes\nand a line.";
    const auto parts = sentences_of(t);
    REQUIRE(parts.size() == 4);
    CHECK(parts[0] == first);
    CHECK(parts[1] == "Then more!");
    CHECK(parts[2] == "And a question?");
    CHECK(parts[3] == "Yes\nand a line.");
  }
}

TEST_CASE("claims: normalisation at every offset of a sixteen-byte block") {
  for (std::size_t k = 0; k < 40; ++k) {
    // Plain ASCII with newlines stays as it is; a tab becomes a space and
    // a no-break space (two bytes) one space, wherever they fall.
    const std::string plain = std::string(k, 'a') + "\nb c\n" + std::string(20, 'd');
    CHECK(normalise(plain, false).text == plain);
    const std::string tab = std::string(k, 'a') + "\t" + std::string(20, 'd');
    CHECK(normalise(tab, false).text == std::string(k, 'a') + " " + std::string(20, 'd'));
    const std::string nbsp = std::string(k, 'a') + "\xC2\xA0" + std::string(20, 'd');
    const normalised n = normalise(nbsp, false);
    CHECK(n.text == std::string(k, 'a') + " " + std::string(20, 'd'));
    CHECK(n.map.to_original(k + 1) == k + 2);
  }
}
