// Instantiates the expression group for the rules language's iterator and
// context.
#include "rules/lang/expression.hpp"

#include "rules/lang/config.hpp"
#include "rules/lang/expression_def.hpp"

namespace claimcheck::rules::lang {

BOOST_SPIRIT_INSTANTIATE(expression_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(comparison_type, iterator_type, context_type)

const expression_type& expression() { return expression_rule; }
const comparison_type& comparison() { return comparison_rule; }

}  // namespace claimcheck::rules::lang
