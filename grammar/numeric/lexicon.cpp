// Instantiates the lexicon rule group for the shared iterator (config.hpp).
#include "grammar/config.hpp"
#include "grammar/numeric/lexicon_def.hpp"

namespace claimcheck::grammar::numeric {
BOOST_SPIRIT_INSTANTIATE(word_type, iterator_type, plain_context_type)
BOOST_SPIRIT_INSTANTIATE(symbol_type, iterator_type, plain_context_type)
}  // namespace claimcheck::grammar::numeric
