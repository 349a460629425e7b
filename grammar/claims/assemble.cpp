// Placeholder claim assembly: no facts (replaced by the claim grammar).
#include "grammar/parse.hpp"

namespace claimcheck::grammar {
parse_result parse_claims(const engine::article&) { return {}; }
}  // namespace claimcheck::grammar
