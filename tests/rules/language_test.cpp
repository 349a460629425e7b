// The rules language: what parses, and the located errors for what does
// not (syntax, unknown function, arity, units), with settings.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "engine/model/error.hpp"
#include "rules/builtin_data.hpp"
#include "rules/rules.hpp"

using claimcheck::rules::rule_set;

namespace {

// The message of the rules error `text` raises, or "" when it loads.
std::string error_of(const std::string& text) {
  rule_set rs = rule_set::builtin();
  try {
    rs.add("user.rules", text);
  } catch (const claimcheck::error& e) {
    CHECK(e.code() == claimcheck::error_code::rules);
    CHECK(e.origin() == "user.rules");
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("rules: built-in rules load and name their settings") {
  const rule_set rs = rule_set::builtin();
  const auto rules = rs.describe();
  CHECK(rules.size() >= 5);
  bool growth = false;
  for (const auto& r : rules) {
    if (r.id == "growth") {
      growth = true;
      CHECK(r.severity == "error");
      CHECK(r.file.rfind("rules/builtin/", 0) == 0);
    }
  }
  CHECK(growth);
  CHECK(rs.setting("approx_tolerance") == 0.05);
  CHECK(rs.setting("nearly_tolerance") == 0.03);
  CHECK_FALSE(rs.setting("no_such_setting").has_value());
}

TEST_CASE("rules: a user file parses, overrides a setting and replaces a rule") {
  rule_set rs = rule_set::builtin();
  const auto before = rs.describe().size();
  rs.add("user.rules", R"(# comments run to the end of the line
set approx_tolerance = 0.1
rule growth "my growth" # same id: replaces the built-in one
  match cur = level(e, m, p), prev = level(e, m, p - 1y)
  expect cur >= prev * (1 - approx_tolerance)
  severity contradiction = warning, confirmation = none
rule exports_share "exports are part of trade"
  match t = level(e, "trade_volume", p), x = level(e, "exports", p)
  when x > 0 USD
  expect x <= t
)");
  CHECK(rs.setting("approx_tolerance") == 0.1);
  const auto after = rs.describe();
  CHECK(after.size() == before + 1);
  for (const auto& r : after) {
    if (r.id == "growth") {
      CHECK(r.description == "my growth");
      CHECK(r.severity == "warning");
      CHECK(r.file == "user.rules:3");
    }
  }
}

TEST_CASE("rules: syntax errors name line and column with a caret") {
  SUBCASE("a missing closing parenthesis") {
    const std::string msg = error_of("rule r\n  match a = level(e, m, p\n  expect a == a\n");
    CHECK(msg.rfind("user.rules: 3:3: expected ')'", 0) == 0);
    CHECK(msg.find("\n    expect a == a\n    ^") != std::string::npos);
  }
  SUBCASE("a misspelt clause") {
    const std::string msg = error_of("rule r\n  match a = level(e, m, p)\n  expct a == a\n");
    CHECK(msg.rfind("user.rules: 3:3: expected `set`, `rule` or a clause", 0) == 0);
  }
  SUBCASE("a comparison without its right side") {
    const std::string msg = error_of("rule r\n  match a = level(e, m, p)\n  expect a ==\n");
    CHECK(msg.rfind("user.rules: 3:14: expected expression", 0) == 0);
  }
}

TEST_CASE("rules: semantic errors point at the problem") {
  SUBCASE("unknown function") {
    const std::string msg =
        error_of("rule r\n  match a = level(e, m, p)\n  expect sqrt(a) == a\n");
    CHECK(msg.rfind("user.rules: 3:10: unknown function `sqrt`", 0) == 0);
    CHECK(msg.find("\n    expect sqrt(a) == a\n           ^") != std::string::npos);
  }
  SUBCASE("wrong arity") {
    const std::string msg =
        error_of("rule r\n  match a = level(e, m, p)\n  expect max(a) == a\n");
    CHECK(msg.rfind("user.rules: 3:10: `max` takes 2 arguments, not 1", 0) == 0);
  }
  SUBCASE("unit mismatch: USD + t") {
    const std::string msg =
        error_of("rule r\n  match a = level(e, m, p)\n  expect a == 5 USD + 3 t\n");
    CHECK(msg.rfind("user.rules: 3:21: unit mismatch: USD + t", 0) == 0);
  }
  SUBCASE("a value added to a plain number") {
    const std::string msg =
        error_of("rule r\n  match a = level(e, m, p), c = change(e, m, p)\n  expect a + c == a\n");
    CHECK(msg.rfind("user.rules: 3:12: unit mismatch: a fact's unit + a plain number", 0) == 0);
  }
  SUBCASE("unknown name") {
    const std::string msg = error_of("rule r\n  match a = level(e, m, p)\n  expect a == b\n");
    CHECK(msg.rfind("user.rules: 3:15: unknown name `b`", 0) == 0);
  }
  SUBCASE("unknown fact kind and wrong slot arity") {
    CHECK(error_of("rule r\n  match a = levl(e, m, p)\n  expect a == a\n")
              .rfind("user.rules: 2:9: unknown fact kind `levl`", 0) == 0);
    CHECK(error_of("rule r\n  match a = level(e, m)\n  expect a == a\n")
              .rfind("user.rules: 2:9: `level` takes 3 or 4 arguments", 0) == 0);
  }
  SUBCASE("an `all` slot cannot be derived") {
    CHECK(error_of("rule r\n  match a = all share(e, m, p), b = level(e, m, p)\n  derive a = b / b\n")
              .rfind("user.rules: 3:3: `derive a`: an `all` slot cannot be derived", 0) == 0);
  }
  SUBCASE("a derive of an unknown slot, and a bad severity") {
    CHECK(error_of("rule r\n  match a = level(e, m, p)\n  derive z = a\n")
              .rfind("user.rules: 3:3: `derive` names `z`", 0) == 0);
    CHECK(error_of("rule r\n  match a = level(e, m, p)\n  expect a == a\n  severity "
                   "contradiction = fatal\n")
              .rfind("user.rules: 4:12: unknown severity `fatal`", 0) == 0);
  }
}

TEST_CASE("rules: a broken file adds nothing") {
  rule_set rs = rule_set::builtin();
  const auto before = rs.describe().size();
  CHECK_THROWS_AS(rs.add("bad.rules", "set approx_tolerance = 0.5\nrule x\n  match a = ("),
                  claimcheck::error);
  CHECK(rs.describe().size() == before);
  CHECK(rs.setting("approx_tolerance") == 0.05);
}

TEST_CASE("rules: mangled rule files fail with a located error, never otherwise") {
  // Every built-in file with bytes dropped, doubled or replaced: each
  // either loads or throws claimcheck::error (rules) with line:col.
  std::string text;
  for (const auto& f : claimcheck::data::files()) {
    if (std::string_view(f.path).rfind("rules/builtin/", 0) == 0) text += f.text;
  }
  REQUIRE(!text.empty());
  std::mt19937 rng(7);
  const std::string alphabet = "()=,+-*/<>!\"#%_ \nabcxyz019.\x80\xff";
  int refused = 0;
  for (int i = 0; i < 300; ++i) {
    std::string t = text;
    for (int k = 0; k < 3; ++k) {
      const std::size_t at = rng() % t.size();
      switch (rng() % 3) {
        case 0: t.erase(at, 1 + rng() % 8); break;
        case 1: t.insert(at, t.substr(at, 1 + rng() % 8)); break;
        default: t[at] = alphabet[rng() % alphabet.size()]; break;
      }
    }
    rule_set rs;
    try {
      rs.add("mangled.rules", t);
    } catch (const claimcheck::error& e) {
      ++refused;
      const std::string msg = e.what();
      CHECK(msg.rfind("mangled.rules: ", 0) == 0);
      CHECK(msg.find('^') != std::string::npos);
    }
  }
  CHECK(refused > 100);
}
