// Histories read by day and kind (fact_source::reads_by_day, as a store
// reads a long series): the rules give the same findings and derived facts,
// in the same order, as over the same history read whole, while reading
// only the periods and kinds they look at.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "rules/rules.hpp"
#include "tests/rules/support.hpp"

using namespace claimcheck;
using engine::fact_kind;

namespace {

// A history in history order (first day, then publication, then the order
// added), read whole or by day and kind; counts the facts it gives by day
// and kind.
class ordered_history final : public rules::fact_source {
 public:
  ordered_history(std::vector<engine::fact> facts, bool by_day) : by_day_(by_day) {
    facts_ = std::move(facts);
    std::stable_sort(facts_.begin(), facts_.end(), [](const auto& a, const auto& b) {
      return std::tuple(a.when.first, a.published.has_value(),
                        a.published.value_or(date::sys_days{})) <
             std::tuple(b.when.first, b.published.has_value(),
                        b.published.value_or(date::sys_days{}));
    });
  }
  std::vector<engine::fact> facts_for(std::string_view e, std::string_view m) const override {
    ++whole;
    return pick(e, m, [](const engine::fact&) { return true; });
  }
  bool reads_by_day() const override { return by_day_; }
  std::vector<engine::fact> facts_starting(std::string_view e, std::string_view m,
                                           date::sys_days day) const override {
    return pick(e, m, [&](const engine::fact& f) { return f.when.first == day; });
  }
  std::vector<engine::fact> facts_of_kinds(std::string_view e, std::string_view m,
                                           std::uint32_t kinds, std::size_t all_up_to,
                                           bool& all) const override {
    const auto n = static_cast<std::size_t>(std::count_if(
        facts_.begin(), facts_.end(),
        [&](const engine::fact& f) { return f.entity == e && f.metric == m; }));
    all = n <= all_up_to;
    return pick(e, m, [&](const engine::fact& f) {
      return all || (kinds & (std::uint32_t{1} << static_cast<unsigned>(f.kind))) != 0;
    });
  }
  std::optional<date::sys_days> start_before(std::string_view e, std::string_view m,
                                             date::sys_days before, std::uint32_t kinds,
                                             engine::grain g) const override {
    std::optional<date::sys_days> out;
    for (const auto& f : facts_) {
      if (f.entity != e || f.metric != m || f.when.first >= before || f.when.g != g ||
          (kinds & (std::uint32_t{1} << static_cast<unsigned>(f.kind))) == 0) {
        continue;
      }
      if (!out || *out < f.when.first) out = f.when.first;
    }
    return out;
  }
  mutable std::size_t given = 0;  // facts given by day and kind
  mutable int whole = 0;          // facts_for calls

 private:
  template <class P>
  std::vector<engine::fact> pick(std::string_view e, std::string_view m, P pass) const {
    std::vector<engine::fact> out;
    for (const auto& f : facts_) {
      if (f.entity == e && f.metric == m && pass(f)) out.push_back(f);
    }
    if (by_day_) given += out.size();
    return out;
  }
  std::vector<engine::fact> facts_;
  bool by_day_;
};

engine::fact quarter(std::string id, int y, unsigned q, double billions) {
  const auto first = date::sys_days{date::year{y} / date::month{3 * q - 2} / 1};
  const auto last =
      date::sys_days{date::year{y} / date::month{3 * q} / date::last};
  engine::period p{first, last, engine::grain::quarter, "Q" + std::to_string(q) + " " +
                                                             std::to_string(y)};
  return test::make(fact_kind::level, std::move(id), p, billions, 1, 1e9, "USD",
                    "$" + std::to_string(billions) + " billion");
}

// Thirty years of trade of one pair, three statements a year (the third a
// few per cent off), yearly changes, quarters, exports and imports, a fold
// "since 2000" (its period starts in 2000 once normalised) and a record.
std::vector<engine::fact> long_history() {
  std::vector<engine::fact> h;
  for (int y = 1993; y <= 2022; ++y) {
    const double v = 5.0 + 0.7 * (y - 1993);
    const std::string ys = std::to_string(y);
    for (int k = 0; k < 3; ++k) {
      const double stated = k == 2 && y % 4 == 0 ? v * 1.06 : v;
      auto f = test::level("l" + ys + "-" + std::to_string(k), y, stated, 1, "$ billion");
      f.published = date::sys_days{date::year{y + 1} / date::month{unsigned(k + 1)} / 2};
      h.push_back(f);
    }
    h.push_back(test::yoy("c" + ys, y, 100.0 * 0.7 / (v - 0.7), 1, "% change"));
    h.push_back(quarter("q" + ys, y, 2, v / 4));
    auto ex = test::make(fact_kind::level, "x" + ys, test::year(y), v * 0.6, 1, 1e9, "USD",
                         "exports", "KAZ>CHN", "exports");
    h.push_back(ex);
  }
  auto fold = test::make(fact_kind::fold, "fold-since", test::year(2021), 3, 0, 1, "x",
                         "threefold");
  fold.basis = "since:2000";
  h.push_back(fold);
  auto rec = test::make(fact_kind::record, "record-2019", test::year(2019), 0, 0, 1, "",
                        "a record");
  h.push_back(rec);
  return h;
}

// The new facts of one check.
std::vector<engine::fact> news() {
  std::vector<engine::fact> n;
  n.push_back(test::level("n2023", 2023, 25.0, 1, "$25 billion"));
  n.push_back(test::yoy("nc2023", 2023, 4.0, 1, "4%"));
  n.push_back(test::level("n2016", 2016, 21.0, 1, "$21 billion"));  // against 3 statements
  n.push_back(quarter("nq2023", 2023, 2, 6.3));
  auto fold = test::make(fact_kind::fold, "nfold", test::year(2021), 4, 0, 1, "x", "fourfold");
  fold.basis = "since:2000";
  n.push_back(fold);
  auto rec = test::make(fact_kind::record, "nrecord", test::year(2023), 0, 0, 1, "", "record");
  n.push_back(rec);
  n.push_back(test::make(fact_kind::level, "nex", test::year(2023), 15.0, 1, 1e9, "USD",
                         "exports", "KAZ>CHN", "exports"));
  return n;
}

// Derived facts compared as equal when they are: a derived figure's
// number is NaN (it was not written), which no == holds for.
std::vector<engine::fact> comparable(std::vector<engine::fact> v) {
  for (auto& f : v) {
    if (std::isnan(f.value.number)) f.value.number = 0;
  }
  return v;
}

rules::rule_set with_fold_pairs() {
  auto rules = rules::rule_set::builtin();
  // A slot of a fold whose period is known: it is found on the first day
  // normalise gives it (2000-01-01 for "since 2000"), not the one stored.
  rules.add("fold_pair.rules",
            "rule fold_pair \"two folds over one span\"\n"
            "  match a = fold(e, m, p), b = fold(e, m, p)\n"
            "  expect a == b\n"
            "  severity contradiction = error, confirmation = info\n");
  return rules;
}

}  // namespace

TEST_CASE("rules: a history read by day and kind gives what the whole history gives") {
  const auto rules = with_fold_pairs();
  const ordered_history whole(long_history(), false);
  const ordered_history by_day(long_history(), true);
  const auto n = news();
  const rules::evaluation a = rules.evaluate(n, whole);
  const rules::evaluation b = rules.evaluate(n, by_day);
  // What the history holds is found: the 2016 figure against the third
  // statement of 2016 ($18.3 billion x 1.06), the fold pair on its
  // normalised span, the record against 2019.
  CHECK(!test::of_rule(a.findings, "conflict").empty());
  CHECK(!test::of_rule(a.findings, "fold_pair").empty());
  CHECK(!test::of_rule(a.findings, "change_over_time").empty());
  CHECK(a.findings.size() == b.findings.size());
  CHECK(a.findings == b.findings);
  CHECK(!a.derived.empty());
  CHECK(comparable(a.derived) == comparable(b.derived));
  CHECK(by_day.whole == 0);
}

TEST_CASE("rules: a new figure reads the periods it is checked against, not the whole key") {
  const auto rules = rules::rule_set::builtin();
  const ordered_history whole(long_history(), false);
  const ordered_history by_day(long_history(), true);
  const std::vector<engine::fact> one{test::level("n2016", 2016, 21.0, 1, "$21 billion")};
  CHECK(rules.evaluate(one, whole).findings == rules.evaluate(one, by_day).findings);
  // The key holds 152 facts. Read: the 4 of 2016 (conflict), of 2015
  // (growth, and the latest year before 2016) and of 2017 (growth with
  // 2016 as the year before), 4 each; the key's fold and record (the scan
  // of its rare kinds); the 5 of 2019 (the record's year: is 2019's figure
  // above 2016's?); the 30 exports of KAZ>CHN (parts; a short key is read
  // whole at once).
  CHECK(by_day.given <= 49);
  CHECK(by_day.whole == 0);
}

TEST_CASE("rules: a history read by day and kind, one new fact at a time") {
  const auto rules = with_fold_pairs();
  const ordered_history whole(long_history(), false);
  const ordered_history by_day(long_history(), true);
  for (const auto& f : news()) {
    CAPTURE(f.id);
    const std::vector<engine::fact> one{f};
    const rules::evaluation a = rules.evaluate(one, whole);
    const rules::evaluation b = rules.evaluate(one, by_day);
    CHECK(a.findings == b.findings);
    CHECK(comparable(a.derived) == comparable(b.derived));
  }
}

TEST_CASE("rules: `latest ... before` over a history read by day steps over other grains") {
  const auto rules = rules::rule_set::builtin();
  // Years up to 2020, and quarters of 2021: the latest year before 2022
  // is 2020, past the quarters.
  std::vector<engine::fact> h;
  for (int y = 2015; y <= 2020; ++y) h.push_back(test::level("y" + std::to_string(y), y, y - 2000, 0, "x"));
  for (unsigned q = 1; q <= 4; ++q) h.push_back(quarter("q" + std::to_string(q), 2021, q, 5));
  const ordered_history by_day(h, true);
  const std::vector<engine::fact> one{test::level("n", 2022, 30, 0, "$30 billion")};
  const auto f = test::of_rule(rules.evaluate(one, by_day).findings, "change_over_time");
  REQUIRE(f.size() == 1);
  // 30 against 2020's 20: +10, +50 %.
  CHECK(f[0].facts == std::vector<std::string>{"n", "y2020"});
  const ordered_history whole(h, false);
  CHECK(rules.evaluate(one, whole).findings == rules.evaluate(one, by_day).findings);
}
