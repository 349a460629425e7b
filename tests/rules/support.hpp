// Fact builders for the rules tests: facts shaped as claim assembly makes
// them (DESIGN.md "Facts"), with ids and stated text set by hand.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"
#include "rules/rules.hpp"

namespace claimcheck::test {

inline engine::period year(int y) { return engine::period::year(date::year{y}); }

inline engine::period day(int y, unsigned m, unsigned d) {
  return engine::period::day(date::year{y} / date::month{m} / date::day{d});
}

// A fact with the value `number` written with `decimals` digits after the
// point at `scale` ("$25.2 billion" is number 25.2, decimals 1, scale 1e9).
inline engine::fact make(engine::fact_kind kind, std::string id, engine::period when,
                         double number, int decimals, double scale, std::string unit,
                         std::string stated, std::string entity = "CHN+KAZ",
                         std::string metric = "trade_volume") {
  engine::fact f;
  f.id = std::move(id);
  f.article = "art-" + f.id;
  f.kind = kind;
  f.entity = std::move(entity);
  f.metric = std::move(metric);
  f.when = std::move(when);
  f.value.value = engine::interval::stated(number, decimals, scale);
  f.value.number = number * scale;
  f.value.unit = std::move(unit);
  f.value.stated = std::move(stated);
  return f;
}

inline engine::fact level(std::string id, int y, double billions, int decimals,
                          std::string stated) {
  return make(engine::fact_kind::level, std::move(id), year(y), billions, decimals, 1e9, "USD",
              std::move(stated));
}

inline engine::fact yoy(std::string id, int y, double percent, int decimals, std::string stated) {
  engine::fact f = make(engine::fact_kind::change, std::move(id), year(y), percent, decimals, 1.0,
                        "%", std::move(stated));
  f.basis = "yoy";
  return f;
}

inline std::vector<engine::finding> of_rule(const std::vector<engine::finding>& all,
                                            const std::string& rule) {
  std::vector<engine::finding> out;
  for (const auto& f : all) {
    if (f.rule == rule) out.push_back(f);
  }
  return out;
}

}  // namespace claimcheck::test
