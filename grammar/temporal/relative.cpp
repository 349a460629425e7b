// Instantiation of the relative rule group for the scanner's iterator.
#include "grammar/temporal/relative_def.hpp"

namespace claimcheck::grammar::temporal {

BOOST_SPIRIT_INSTANTIATE(relative_type, iterator_type, plain_context_type)

relative_type const& relative_rule() { return relative; }

}  // namespace claimcheck::grammar::temporal
