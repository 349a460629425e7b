// The built-in lexicon tables generated at build time (lexicon_tables.hpp)
// against the same files loaded at run time, and lexicons extended at run
// time.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "grammar/claims/lexicon.hpp"
#include "grammar/claims/tokens.hpp"
#include "rules/builtin_data.hpp"

namespace {
using namespace claimcheck::grammar::claims;

std::optional<lex_match> first_match(const lexicon& lex, std::string_view text) {
  token_list tl;
  tokenize(text, 0, text.size(), tl);
  if (tl.tokens.empty()) return std::nullopt;
  return lex.match_at(tl.tokens, 0);
}

// Every '|' alternative of every tab-separated field of the file's lines.
std::vector<std::string> phrases_of(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  bool comment = false;
  bool start = true;
  for (const char c : text) {
    if (start) comment = c == '#';
    start = c == '\n';
    if (c == '\t' || c == '|' || c == '\n') {
      if (!comment && !cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!comment && !cur.empty()) out.push_back(cur);
  return out;
}

}  // namespace

TEST_CASE("claims: the generated lexicon tables match the files loaded at run time") {
  lexicon parsed;
  std::vector<std::string> phrases;
  for (const auto& f : claimcheck::data::files()) {
    if (!f.path.starts_with("rules/lexicon/")) continue;
    CHECK(parsed.add_file(f.path.substr(14), f.text));
    for (std::string& p : phrases_of(f.text)) phrases.push_back(std::move(p));
  }
  const lexicon& built = lexicon::builtin();
  CHECK(built.country_count() == parsed.country_count());
  CHECK(built.metric_count() == parsed.metric_count());
  REQUIRE(phrases.size() > 2000);
  std::size_t matched = 0;
  std::size_t differ = 0;
  for (const std::string& p : phrases) {
    std::string low = p;
    for (char& c : low) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (const std::string& text : {p, low, p + "s", p + " of the", "the " + p}) {
      const auto a = first_match(parsed, text);
      const auto b = first_match(built, text);
      if (a.has_value() != b.has_value() ||
          (a && (a->last != b->last || a->cat != b->cat || a->id != b->id))) {
        ++differ;
        MESSAGE("differs: " << text);
      }
      if (a) ++matched;
    }
  }
  CHECK(differ == 0);
  // Most phrases as written are entries (keys, units and kinds are not).
  CHECK(matched > phrases.size());
  // The key tables too.
  CHECK(built.country_by_code("KAZ") == parsed.country_by_code("KAZ"));
  CHECK(built.metric_by_key("trade_volume") == parsed.metric_by_key("trade_volume"));
  CHECK_FALSE(built.metric_by_key("trade volume").has_value());
}

TEST_CASE("claims: a lexicon extended at run time keeps its words when copied") {
  std::optional<lexicon> copy;
  {
    lexicon lex = lexicon::builtin();
    // A new metric, and a second phrase for a built-in one.
    CHECK(lex.add_file("metrics-extra.tsv",
                       "helium_output\tvolume\thelium output|helium production\n"
                       "trade_volume\tmoney\tcommodity exchange\n"));
    CHECK(lex.add_file("countries-extra.tsv", "KAZ\tQazaqstan\t\t\n"));
    copy = lex;
  }
  const auto helium = first_match(*copy, "helium production rose");
  REQUIRE(helium.has_value());
  CHECK(helium->last == 2);
  CHECK(copy->metric(helium->id).key == "helium_output");
  CHECK(copy->metric(helium->id).unit == unit_kind::volume);
  CHECK(copy->metric_by_key("helium_output") == helium->id);
  const auto trade = first_match(*copy, "commodity exchanges");
  REQUIRE(trade.has_value());
  CHECK(copy->metric(trade->id).key == "trade_volume");
  const auto kaz = first_match(*copy, "Qazaqstan");
  REQUIRE(kaz.has_value());
  CHECK(kaz->cat == category::country_name);
  CHECK(copy->country(kaz->id).code == "KAZ");
  CHECK(copy->country_count() == lexicon::builtin().country_count());
  // The built-in lexicon is unchanged.
  CHECK_FALSE(first_match(lexicon::builtin(), "helium production").has_value());
}

TEST_CASE("claims: a longer phrase added at run time wins over a built-in one") {
  lexicon lex = lexicon::builtin();
  // "trade volume" is built in; "trade volume index" is longer.
  CHECK(lex.add_file("metrics-x.tsv", "trade_index\tany\ttrade volume index\n"));
  const auto m = first_match(lex, "trade volume index of");
  REQUIRE(m.has_value());
  CHECK(m->last == 3);
  CHECK(lex.metric(m->id).key == "trade_index");
  const auto short_one = first_match(lex, "trade volume of");
  REQUIRE(short_one.has_value());
  CHECK(short_one->last == 2);
  CHECK(lex.metric(short_one->id).key == "trade_volume");
}
