// Histories read without sources (fact_source::facts_without_source, the
// store's light decode): the rules match on the light facts, and a finding
// that quotes a history fact still carries that fact's source, read back
// with facts_for once per key.
#include <doctest/doctest.h>

#include <map>

#include "rules/rules.hpp"
#include "tests/rules/support.hpp"

using namespace claimcheck;

namespace {

// One earlier statement of 2021 trade ($25.2 billion) with its sentence;
// counts how each look-up is used.
class light_history final : public rules::fact_source {
 public:
  light_history() {
    old_ = test::level("a", 2021, 25.2, 1, "$25.2 billion");
    old_.source.line = 3;
    old_.source.column = 7;
    old_.source.start = 40;
    old_.source.end = 53;
    old_.source.sentence = "Trade reached $25.2 billion in 2021.";
  }
  std::vector<engine::fact> facts_for(std::string_view e, std::string_view m) const override {
    ++full[std::string(e) + "/" + std::string(m)];
    return mine(e, m);
  }
  std::optional<std::vector<engine::fact>> facts_without_source(std::string_view e,
                                                               std::string_view m) const override {
    ++light[std::string(e) + "/" + std::string(m)];
    std::vector<engine::fact> out = mine(e, m);
    for (auto& f : out) f.source = {};
    return out;
  }
  std::optional<engine::source_span> source_of(std::string_view e, std::string_view m,
                                               date::sys_days start,
                                               std::string_view id) const override {
    ++by_day;
    if (!answer_by_day || e != old_.entity || m != old_.metric || start != old_.when.first ||
        id != old_.id) {
      return std::nullopt;
    }
    return old_.source;
  }
  engine::fact old_;
  bool answer_by_day = false;
  mutable int by_day = 0;
  mutable std::map<std::string, int> full;
  mutable std::map<std::string, int> light;

 private:
  std::vector<engine::fact> mine(std::string_view e, std::string_view m) const {
    if (e == old_.entity && m == old_.metric) return {old_};
    return {};
  }
};

}  // namespace

TEST_CASE("rules: a light history's fact quoted by a finding keeps its source") {
  const auto rules = rules::rule_set::builtin();
  light_history history;
  bool by_day = false;
  SUBCASE("read back with the key's facts") {}
  SUBCASE("read back by start day and id") { by_day = true; }
  history.answer_by_day = by_day;
  // A new figure with no article: the contradiction names the earlier
  // fact's article, so its source is the earlier sentence.
  auto b = test::level("b", 2021, 26, 0, "$26 billion");
  b.article.clear();
  const auto f = test::of_rule(rules.evaluate(std::vector<engine::fact>{b}, history).findings, "conflict");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == engine::finding_kind::contradiction);
  CHECK(f[0].article == "art-a");
  CHECK(f[0].source == history.old_.source);
  CHECK(history.light["CHN+KAZ/trade_volume"] == 1);
  CHECK(history.by_day == 1);
  // Read back with facts_for only when the history cannot answer by day.
  CHECK(history.full.count("CHN+KAZ/trade_volume") == (by_day ? 0u : 1u));
  if (!by_day) CHECK(history.full["CHN+KAZ/trade_volume"] == 1);
}

TEST_CASE("rules: a light history is not read in full when findings quote new facts") {
  const auto rules = rules::rule_set::builtin();
  light_history history;
  // The new figure has its own article and sentence: the finding quotes it.
  auto b = test::level("b", 2021, 26, 0, "$26 billion");
  b.source.sentence = "Trade was $26 billion in 2021.";
  const auto f = test::of_rule(rules.evaluate(std::vector<engine::fact>{b}, history).findings, "conflict");
  REQUIRE(f.size() == 1);
  CHECK(f[0].article == "art-b");
  CHECK(f[0].source.sentence == "Trade was $26 billion in 2021.");
  CHECK(history.light["CHN+KAZ/trade_volume"] == 1);
  CHECK(history.full.empty());
  CHECK(history.by_day == 0);
}
