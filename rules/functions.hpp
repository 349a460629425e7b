// The functions rule expressions may call, with what the compiler checks
// (arity, slot arguments, units) and what they give. Evaluation lives in
// rules/eval/value.cpp.
#pragma once

#include <string_view>

namespace claimcheck::rules {

struct function_info {
  std::string_view name;
  unsigned arity;
  bool takes_slot;         // the argument is a slot name, not a value
  bool same_units;         // two arguments of one unit
  bool dimensionless_arg;  // the argument is a plain number
  std::string_view result_unit;  // "=" the unit of the first argument
  std::string_view help;
};

inline constexpr function_info kFunctions[] = {
    {"abs", 1, false, false, false, "=", "absolute value"},
    {"min", 2, false, true, false, "=", "the smaller of two values"},
    {"max", 2, false, true, false, "=", "the larger of two values"},
    {"pct", 1, false, false, true, "", "a plain number shown as a percentage"},
    {"days", 1, true, false, false, "day", "the days of a fact's period"},
    {"year", 1, true, false, false, "year", "the calendar years of a fact's period"},
    {"begin_year", 1, true, false, false, "year", "the year of a period's first day"},
    {"end_year", 1, true, false, false, "year", "the year of a period's last day"},
    {"weekday", 1, true, false, false, "weekday", "weekday of a one-day period"},
    {"stated_weekday", 1, true, false, false, "weekday", "the weekday written next to the date"},
    {"published", 1, true, false, false, "day", "publication day of the fact's article"},
    {"tense", 1, true, false, false, "", "-1 past, +1 future, 0 not known"},
    {"in_percent", 1, true, false, false, "", "1 when the fact's value is in percent, else 0"},
};

[[nodiscard]] inline const function_info* find_function(std::string_view name) {
  for (const function_info& f : kFunctions) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace claimcheck::rules
