// Evaluating rule expressions with interval arithmetic, and writing the
// computation out for a finding's `arithmetic` field.
#pragma once

#include <string>
#include <vector>

#include "engine/model/fact.hpp"
#include "engine/model/interval.hpp"
#include "rules/program.hpp"

namespace claimcheck::rules::eval {

// How a value is shown: numbers, percentages, days, years or weekdays.
enum class display { number, percent, day, year, weekday };

struct value {
  engine::interval v;         // empty: not known (a missing weekday, a unit clash)
  std::string unit;           // at run time: "" dimensionless, "USD", "day", ...
  display shown = display::number;
  std::string text;           // the expression written with the stated numbers
  bool leaf = false;          // a slot or a function of a slot: text is the value
  [[nodiscard]] bool known() const { return !v.empty(); }
};

// The facts bound to a rule's slots (nullptr: missing). For an `all` slot
// the element is its first fact and `groups` holds every one.
struct bound : std::vector<const engine::fact*> {
  std::vector<std::vector<const engine::fact*>> groups;
};

// The value of a fact in expressions: its interval, percentages as fractions.
[[nodiscard]] value fact_value(const engine::fact& f, bool text = true);

// With `text` false the arithmetic text is left empty (faster).
[[nodiscard]] value evaluate(const program::expr& e, const bound& facts, bool text = true);

// "[25.204e9, 25.233e9]", "23.7%", "2023-02-24", "Friday": rounded to five
// significant digits for reading (the decision uses the exact interval).
[[nodiscard]] std::string show(const value& v);

enum class outcome { consistent, contradicts, cannot_tell };

struct compared {
  outcome result = outcome::cannot_tell;
  std::string arithmetic;  // "31.17e9 / (1 + 23.6%) = [25.204e9, 25.233e9] ∈ [25.15e9, 25.25e9]"
};

// `expect`: contradicts only when no values within the stated precision
// satisfy the comparison; cannot tell when a side is unknown or unbounded.
[[nodiscard]] compared expect(const program::comparison& c, const bound& facts,
                              bool text = true);
// `when`: holds only when every value within the precision satisfies it.
[[nodiscard]] bool holds(const program::comparison& c, const bound& facts);

// Whether an expression uses slot i.
[[nodiscard]] bool uses(const program::expr& e, int slot);

}  // namespace claimcheck::rules::eval
