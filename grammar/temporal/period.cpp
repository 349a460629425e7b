// Instantiation of the calendar-period rule group for the scanner's iterator.
#include "grammar/temporal/period_def.hpp"

namespace claimcheck::grammar::temporal {

BOOST_SPIRIT_INSTANTIATE(period_type, iterator_type, plain_context_type)

period_type const& period_rule() { return period; }

}  // namespace claimcheck::grammar::temporal
