// Mentions: numeric and temporal expressions found in text, before any claim
// assembly. This header is Boost-free; the X3 grammars behind it live in
// grammar/numeric/ and grammar/temporal/.
#pragma once

#include <date/date.h>

#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/period.hpp"
#include "engine/model/quantity.hpp"

namespace claimcheck::grammar {

enum class mention_type { number, money, percent, quantity, fold, ordinal, date, period, duration };

[[nodiscard]] std::string_view to_string(mention_type t);
[[nodiscard]] bool is_numeric(mention_type t);
[[nodiscard]] bool is_temporal(mention_type t);

struct mention {
  mention_type type = mention_type::number;
  std::size_t start = 0;  // byte offsets into the scanned text, [start, end)
  std::size_t end = 0;
  // Numeric types, fold and duration: the value. For percent the unit is
  // "%" (or "pp" for percentage points); for fold, "x"; for a duration, one
  // of "day", "week", "month", "year"; for an ordinal, "" with the rank.
  engine::quantity value;
  // date and period: the resolved period (absent when unresolved).
  std::optional<engine::period> when;
  bool relative = false;    // resolved against the reference date
  // No dates: relative with no reference date, or a calendar the text does
  // not state (a school year, a bare fiscal year).
  bool unresolved = false;
  // A weekday stated next to a date ("Friday, October 27, 2022"), 0 = Sunday.
  std::optional<unsigned> weekday;
  // Change words attached to a numeric mention ("grew", "fell by"): +1 up,
  // -1 down, 0 none; and "year-on-year" style basis when stated.
  int direction = 0;
  std::string basis;
  // Temporal mentions: the tense of the sentence around the mention, read
  // from its cues ("will", "is set to", "next" against past-tense verbs):
  // -1 past, +1 future, 0 unknown. Year-less dates and bare weekdays are
  // resolved with it.
  int tense = 0;
  // Temporal mentions: how a preposition bounds the period: "since" (the
  // period runs from the stated start to the reference), "by", "until",
  // "before", "after"; empty when none.
  std::string mod;
  // Numeric ranges ("between 3 and 5", "$10-$20"): the two end points as
  // stated, in base units (value.number is NaN for a range); NaN otherwise.
  double range_lo = std::nan("");
  double range_hi = std::nan("");
  // Numeric mentions: the byte span of the number itself, with its sign and
  // scale words but without qualifier, currency or unit ("more than $5
  // million" -> "5 million"); for a range, from the first number to the
  // end of the second.
  std::size_t number_start = 0;
  std::size_t number_end = 0;
  // Numeric mentions: where the amount begins after a qualifier or range
  // word ("more than $5" -> at "$"); = start when there is none.
  std::size_t amount_start = 0;
  // Relative ordinals (scan_options::relative_ordinals): "current" or "end"
  // for "next", "last but one"; value.number is the offset (+1, -1).
  std::string relative_to;
  // Non-empty when the text was recognised but its value is invalid
  // ("February 30, 2023", a number too large for a double).
  std::string error;
};

struct scan_options {
  // The article's publication day: "last year", "on Friday" resolve against
  // it. Absent: relative dates come back unresolved.
  std::optional<date::sys_days> reference;
  // Nonzero: the tense to assume for every temporal mention instead of the
  // sentence's cues (-1 past, +1 future). The conformance runner uses it
  // to produce both readings of a year-less date.
  int assume_tense = 0;
  // Relative tolerances of numeric qualifiers, from the rules files (the
  // grammar has no literals of its own; 0 = no widening). "about X" is the
  // hull of X as stated and [X(1-approx), X(1+approx)]; "nearly/almost X"
  // is [min(stated lo, X(1-nearly)), X].
  double approx_tolerance = 0.0;
  double nearly_tolerance = 0.0;
  // Report relative ordinals ("next", "last", "penultimate") as ordinal
  // mentions. Off by default: in news these words are time cues, not ranks.
  bool relative_ordinals = false;
  // Report a percent, currency or unit word with no number ("percent",
  // "dollars") as a mention with an empty value. Off by default.
  bool bare_units = false;
};

// Every mention in text, in text order, non-overlapping, found in one pass.
// Never throws on any byte string; bytes >= 0x80 are ordinary text.
[[nodiscard]] std::vector<mention> scan_mentions(std::string_view text, const scan_options& opts);

}  // namespace claimcheck::grammar
