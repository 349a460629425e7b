// Placeholder temporal hook: finds nothing (replaced by the temporal grammar).
#include "grammar/detail/scan_hooks.hpp"

namespace claimcheck::grammar::detail {
std::optional<mention> match_temporal(std::string_view, std::size_t, const scan_options&) {
  return std::nullopt;
}
}  // namespace claimcheck::grammar::detail
