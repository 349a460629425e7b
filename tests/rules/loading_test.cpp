// User rules loaded from a directory, the `rules` command, the derive
// fixpoint bound, and the property that interval evaluation holds the exact
// result for any point values inside the inputs.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <fstream>
#include <random>
#include <sstream>

#include "cli/app.hpp"
#include "engine/model/error.hpp"
#include "rules/rules.hpp"
#include "tests/rules/support.hpp"

using namespace claimcheck;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed at scope end.
struct temp_dir {
  fs::path path;
  temp_dir() {
    path = fs::temp_directory_path() / ("claimcheck_rules_" + std::to_string(::getpid()) + "_" +
                                        std::to_string(counter()++));
    fs::create_directories(path);
  }
  ~temp_dir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  static int& counter() {
    static int n = 0;
    return n;
  }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
  }
};

int run_cli(std::vector<std::string> args, std::string& out, std::string& err) {
  std::vector<const char*> argv{"claimcheck"};
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream o;
  std::ostringstream e;
  const int rc = cli::run(static_cast<int>(argv.size()), argv.data(), o, e);
  out = o.str();
  err = e.str();
  return rc;
}

}  // namespace

TEST_CASE("rules: user rules loaded from a directory") {
  temp_dir dir;
  dir.write("a.rules", "set ceiling = 100\n");
  // b.rules uses the setting a.rules declares: files load in name order.
  dir.write("b.rules", R"(rule too_big "no trade figure above the ceiling"
  match v = level(e, m, p)
  expect v <= ceiling * 1e9 USD
  severity contradiction = warning, confirmation = none
)");
  dir.write("notes.txt", "not a rules file: ignored");
  rules::rule_set rs = rules::rule_set::builtin();
  rs.load(dir.path);
  CHECK(rs.setting("ceiling") == 100.0);
  const std::vector<engine::fact> small{test::level("s", 2022, 31.17, 2, "$31.17 billion")};
  CHECK(test::of_rule(rs.evaluate(small, rules::no_history{}).findings, "too_big").empty());
  const std::vector<engine::fact> big{test::level("b", 2022, 131.2, 1, "$131.2 billion")};
  const auto f = test::of_rule(rs.evaluate(big, rules::no_history{}).findings, "too_big");
  REQUIRE(f.size() == 1);
  CHECK(f[0].sev == engine::severity::warning);
  CHECK(f[0].arithmetic == "[131.15e9, 131.25e9] > ceiling * 1e9 = 100e9");

  SUBCASE("a broken file in the directory refuses the set, naming the file") {
    dir.write("c.rules", "rule broken\n  match v = level(e, m, p)\n  expect v + 1 == v\n");
    rules::rule_set again = rules::rule_set::builtin();
    try {
      again.load(dir.path);
      FAIL("a broken rules file loaded");
    } catch (const claimcheck::error& e) {
      CHECK(e.origin() == (dir.path / "c.rules").string());
      CHECK(std::string(e.what()).find("3:12: unit mismatch") != std::string::npos);
      CHECK(e.exit_status() == 2);
    }
  }
}

TEST_CASE("rules: the rules command lists and checks") {
  std::string out;
  std::string err;
  CHECK(run_cli({"rules"}, out, err) == 0);
  CHECK(out.find("growth") != std::string::npos);
  CHECK(out.find("future_tense") != std::string::npos);
  temp_dir dir;
  dir.write("ok.rules", "rule r\n  match a = level(e, m, p)\n  expect a >= 0 USD\n");
  dir.write("bad.rules", "rule r\n  match a = level(e, m, p)\n  expect a >= 0 USD +\n");
  CHECK(run_cli({"rules", "--check", (dir.path / "ok.rules").string()}, out, err) == 0);
  CHECK(out.find(": ok") != std::string::npos);
  CHECK(run_cli({"rules", "--check", (dir.path / "bad.rules").string()}, out, err) == 2);
  CHECK(err.find("bad.rules: 3:22: expected expression") != std::string::npos);
  CHECK(run_cli({"--rules", (dir.path / "ok.rules").string(), "--format", "json", "rules"}, out,
            err) == 0);
  CHECK(out.find("\"id\": \"r\"") != std::string::npos);
}

TEST_CASE("rules: derive chains stop at the round bound") {
  // Each round derives the next year from the last: a chain that would run
  // for ever without the bound.
  rules::rule_set rs;
  rs.add("chain.rules", R"(set max_derive_rounds = 3
rule next "next year is this year plus one"
  match a = level(e, m, p), b = level(e, m, p + 1y)
  derive b = a + 1 USD
  severity derived = none
)");
  const std::vector<engine::fact> start{test::level("s", 2000, 1.0, 1, "$1.0 billion")};
  const auto ev = rs.evaluate(start, rules::no_history{});
  // Round 0 derives 2001, rounds 1..3 derive 2002..2004; facts derived in
  // the last round trigger nothing further.
  REQUIRE(ev.derived.size() == 4);
  CHECK(ev.derived.back().when == test::year(2004));
  CHECK(ev.derived.back().inputs == std::vector<std::string>{ev.derived[2].id});
}

TEST_CASE("rules: interval evaluation holds the exact result for random points") {
  // Random intervals a and b and random points x in a, y in b: the exact
  // real result of each operator on x and y lies in the computed interval,
  // and so does the result of a whole rule expression.
  rules::rule_set rs;
  rs.add("prop.rules", R"(rule p
  match a = level(e, "a", p), b = level(e, "b", p), c = level(e, "c", p)
  derive c = (a + b) * (a - b) / (a * b + 1) - -a
  severity derived = none
)");
  std::mt19937_64 rng(20261125);
  std::uniform_real_distribution<double> mag(-1e3, 1e3);
  std::uniform_real_distribution<double> width(0.0, 10.0);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  int derived = 0;
  for (int i = 0; i < 2000; ++i) {
    const double alo = mag(rng);
    const double ahi = alo + width(rng);
    const double blo = mag(rng) / 100;
    const double bhi = blo + width(rng) / 100;
    const engine::interval a = engine::interval::closed(alo, ahi);
    const engine::interval b = engine::interval::closed(blo, bhi);
    auto fa = test::make(engine::fact_kind::level, "a", test::year(2020), 0, 0, 1, "", "a",
                         "X", "a");
    fa.value.value = a;
    auto fb = test::make(engine::fact_kind::level, "b", test::year(2020), 0, 0, 1, "", "b",
                         "X", "b");
    fb.value.value = b;
    const auto ev = rs.evaluate(std::vector{fa, fb}, rules::no_history{});
    for (int k = 0; k < 5; ++k) {
      const double x = alo + (ahi - alo) * unit(rng);
      const double y = blo + (bhi - blo) * unit(rng);
      const long double lx = x;
      const long double ly = y;
      auto in = [](const engine::interval& v, long double r) {
        return static_cast<long double>(v.lo()) <= r && r <= static_cast<long double>(v.hi());
      };
      CHECK(in(a + b, lx + ly));
      CHECK(in(a - b, lx - ly));
      CHECK(in(a * b, lx * ly));
      if (!b.contains_zero()) CHECK(in(a / b, lx / ly));
      if (!ev.derived.empty()) {
        const long double r = (lx + ly) * (lx - ly) / (lx * ly + 1) + lx;
        CHECK(in(ev.derived[0].value.value, r));
      }
    }
    derived += ev.derived.empty() ? 0 : 1;
  }
  // Most cases have a divisor clear of zero, so the rule derived c.
  CHECK(derived > 1000);
}

TEST_CASE("rules: checking asks the history only for the new facts' keys, once each") {
  // A fact_source that counts its calls: evaluation must look up the
  // entity and metric of the new facts (and of keys the rules derive from
  // them, like the pair of a directed entity), never scan.
  class counting final : public rules::fact_source {
   public:
    mutable std::map<std::string, int> calls;
    std::vector<engine::fact> facts_for(std::string_view e, std::string_view m) const override {
      ++calls[std::string(e) + "/" + std::string(m)];
      return {};
    }
  };
  counting history;
  const auto rules = rules::rule_set::builtin();
  auto ex = test::make(engine::fact_kind::level, "ex", test::year(2022), 16.0, 1, 1e9, "USD",
                       "$16.0 billion", "KAZ>CHN", "exports");
  const std::vector<engine::fact> facts{test::level("f2022", 2022, 31.17, 2, "$31.17 billion"),
                                        test::yoy("c2022", 2022, 23.6, 1, "23.6 percent"), ex};
  (void)rules.evaluate(facts, history);
  for (const auto& [key, n] : history.calls) CHECK_MESSAGE(n == 1, key);
  CHECK(history.calls.count("CHN+KAZ/trade_volume") == 1);
  CHECK(history.calls.count("KAZ>CHN/exports") == 1);
  CHECK(history.calls.count("KAZ>CHN/imports") == 1);   // parts: the other side
  // The total's trade triggers parts for both directions of the pair:
  // CHN>KAZ and KAZ>CHN exports and imports, plus the trade itself.
  CHECK(history.calls.count("CHN>KAZ/exports") == 1);
  CHECK(history.calls.size() == 5);
}
