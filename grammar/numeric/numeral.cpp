// Instantiates the numeral rule group for the shared iterator (config.hpp).
#include "grammar/config.hpp"
#include "grammar/numeric/numeral_def.hpp"

namespace claimcheck::grammar::numeric {
BOOST_SPIRIT_INSTANTIATE(numeral_type, iterator_type, plain_context_type)
}  // namespace claimcheck::grammar::numeric
