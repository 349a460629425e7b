// Instantiation of the calendar-day rule group for the scanner's iterator.
#include "grammar/temporal/date_def.hpp"

namespace claimcheck::grammar::temporal {

BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, plain_context_type)

date_type const& date_rule() { return date; }

}  // namespace claimcheck::grammar::temporal
