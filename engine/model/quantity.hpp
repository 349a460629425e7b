// Quantity: a stated value as an interval in base units, with the unit, the
// qualifier the text put on it and the text as written.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "engine/model/interval.hpp"

namespace claimcheck::engine {

// How the text qualified a number: "about 30" is approx, "more than 30" is a
// lower bound (the value lies above), "less than 30" an upper bound.
enum class qualifier { exact, approx, lower, upper };

[[nodiscard]] std::string_view to_string(qualifier q);
[[nodiscard]] std::optional<qualifier> qualifier_from_string(std::string_view s);

struct quantity {
  interval value;         // in base units of `unit`
  std::string unit;       // "USD", "t", "%", "pp", "persons", "" for a bare number
  qualifier qual = qualifier::exact;
  std::string stated;     // the text as written: "$31.17 billion"
  double number = std::nan("");  // the point value as stated, in base units; NaN for a range

  friend bool operator==(const quantity&, const quantity&) = default;
};

}  // namespace claimcheck::engine
