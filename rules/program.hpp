// The compiled form of a rules file: what rules/lang/ produces from the text
// and what the evaluator runs. Plain structs, no Boost, checked at load time
// (names resolved, arity and units verified), so evaluation never meets an
// unknown name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"

namespace claimcheck::rules::program {

// An arithmetic expression over slot values, literals and settings.
enum class expr_op { number, slot, call, neg, add, sub, mul, div };

struct expr {
  expr_op op = expr_op::number;
  double number = 0.0;      // number: the value, in base units
  std::string unit;         // number: its unit ("" dimensionless)
  std::string text;         // number: as written; call: the function name
  int slot = -1;            // slot: index into rule::slots
  std::vector<expr> args;   // call arguments; operands of neg/add/sub/mul/div
};

enum class cmp_op { eq, ne, lt, le, gt, ge };

struct comparison {
  expr lhs;
  cmp_op op = cmp_op::eq;
  expr rhs;
};

// An entity or metric argument: a variable, a quoted literal, or the pair
// of a directed entity (pair(x) is "CHN+KAZ" for x = "KAZ>CHN", and x
// itself when x has no direction).
struct term {
  bool literal = false;
  bool pair = false;
  std::string text;  // the variable name or the literal
};

// A period argument: a variable, shifted (p - 1y, p + 3m), or the calendar
// year holding its first or last day (begin(p), end(p)).
struct period_term {
  enum class fn { plain, begin_year, end_year };
  std::string var;
  fn f = fn::plain;
  int years = 0;
  int months = 0;
  int days = 0;
  [[nodiscard]] bool invertible() const { return f == fn::plain; }
};

// A basis argument: absent (any basis), a variable, a literal ("" is the
// empty basis) or a prefix ("anniversary:*").
struct basis_term {
  enum class form { any, var, literal, prefix };
  form f = form::any;
  std::string text;
};

// One named fact a rule matches: name = [latest | all] kind(entity, metric,
// period[, basis]) [before var].
struct slot {
  std::string name;
  engine::fact_kind kind = engine::fact_kind::level;
  bool any_kind = false;  // `fact(...)`: a fact of any kind
  term entity;
  term metric;
  period_term when;
  basis_term basis;
  bool latest = false;  // only the fact(s) with the latest period
  bool all = false;     // every fitting fact at once; its value is their sum
  std::string before;  // period variable the fact's period must end before
};

// Whether a fact's kind fits a slot.
[[nodiscard]] inline bool kind_fits(const slot& s, engine::fact_kind k) {
  return s.any_kind || s.kind == k;
}

struct derivation {
  int target = -1;  // slot index
  expr value;
};

struct severities {
  std::optional<engine::severity> contradiction = engine::severity::error;
  std::optional<engine::severity> confirmation = engine::severity::info;
  std::optional<engine::severity> sources_differ = engine::severity::warning;
  std::optional<engine::severity> derived = engine::severity::info;
  std::optional<engine::severity> report = engine::severity::info;
};

struct rule {
  std::string id;
  std::string description;
  std::string file;
  unsigned line = 0;
  std::vector<slot> slots;
  std::vector<comparison> when;    // every one must hold for sure
  std::optional<comparison> expect;
  std::vector<derivation> derive;
  std::vector<expr> report;
  severities sev;
  // Kind of the findings for a failed expect and for reports (default:
  // contradiction and change).
  engine::finding_kind fail_kind = engine::finding_kind::contradiction;
  engine::finding_kind report_kind = engine::finding_kind::change;
};

struct setting {
  std::string name;
  double value = 0.0;
};

struct rule_file {
  std::string name;
  std::vector<setting> settings;
  std::vector<rule> rules;
};

}  // namespace claimcheck::rules::program
