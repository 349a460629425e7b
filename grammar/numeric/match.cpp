// Placeholder numeric hook: finds nothing (replaced by the numeric grammar).
#include "grammar/detail/scan_hooks.hpp"

namespace claimcheck::grammar::detail {
std::optional<mention> match_numeric(std::string_view, std::size_t, const scan_options&) {
  return std::nullopt;
}
}  // namespace claimcheck::grammar::detail
