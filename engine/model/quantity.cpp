// Names of qualifiers as they appear in JSON and rules files.
#include "engine/model/quantity.hpp"

namespace claimcheck::engine {

std::string_view to_string(qualifier q) {
  switch (q) {
    case qualifier::exact: return "exact";
    case qualifier::approx: return "approx";
    case qualifier::lower: return "lower";
    case qualifier::upper: return "upper";
  }
  return "exact";
}

std::optional<qualifier> qualifier_from_string(std::string_view s) {
  if (s == "exact") return qualifier::exact;
  if (s == "approx") return qualifier::approx;
  if (s == "lower") return qualifier::lower;
  if (s == "upper") return qualifier::upper;
  return std::nullopt;
}

}  // namespace claimcheck::engine
