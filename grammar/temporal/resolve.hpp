// The resolver: turns a parsed temporal expression into a closed interval
// of days with a grain, against the article's publication date, on Howard
// Hinnant's date library. Pure functions, no Spirit.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>

#include "engine/model/period.hpp"
#include "engine/model/quantity.hpp"
#include "grammar/mention.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal {

struct resolve_context {
  std::optional<date::sys_days> reference;  // publication day
  int tense = 0;                            // -1 past, +1 future, 0 unknown
};

struct resolution {
  mention_type type = mention_type::period;
  std::optional<engine::period> when;  // absent when unresolved or invalid
  bool relative = false;               // depends on the reference
  bool unresolved = false;             // relative and no reference given
  std::string error;                   // "February 30, 2023": invalid date
  engine::quantity value;              // durations only
};

// Resolves `t`. `label` is the text as written (the period's label).
[[nodiscard]] resolution resolve(const ast::texpr& t, const resolve_context& c, const std::string& label);

// The last day of a span of the counted duration `t` that starts on `first`.
[[nodiscard]] date::sys_days resolve_span_end(const ast::texpr& t, date::sys_days first);

// `from` moved by the counted duration `t`, forward (sign +1) or back (-1):
// "3 days after January 12th", "2 weeks before May 13 1999".
[[nodiscard]] date::sys_days resolve_shift(const ast::texpr& t, date::sys_days from, int sign);

// Whether resolving `t` needs the publication date (relative expressions
// and year-less dates).
[[nodiscard]] bool depends_on_reference(const ast::texpr& t);

// Whether the sentence's tense can change how `t` resolves: year-less
// dates and parts of years, a bare weekday, a day without its month.
[[nodiscard]] bool depends_on_tense(const ast::texpr& t);

// The first day of the week (Monday) holding d.
[[nodiscard]] date::sys_days week_start(date::sys_days d);

}  // namespace claimcheck::grammar::temporal
