// Instantiates the file group for the rules language's iterator and context.
#include "rules/lang/file.hpp"

#include "rules/lang/config.hpp"
#include "rules/lang/file_def.hpp"

namespace claimcheck::rules::lang {

BOOST_SPIRIT_INSTANTIATE(file_type, iterator_type, context_type)

const file_type& file() { return file_rule; }

}  // namespace claimcheck::rules::lang
