// Instantiation of the duration rule group for the scanner's iterator.
#include "grammar/temporal/duration_def.hpp"

namespace claimcheck::grammar::temporal {

BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, plain_context_type)

duration_type const& duration_rule() { return duration; }

}  // namespace claimcheck::grammar::temporal
