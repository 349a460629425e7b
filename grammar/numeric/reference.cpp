// x3::double_ for the conversion cross-test (see reference.hpp).
#include "grammar/numeric/reference.hpp"

#include "grammar/config.hpp"
#include "grammar/numeric/lexer.hpp"

namespace claimcheck::grammar::numeric {

std::optional<double> x3_double(std::string_view text) {
  auto first = text.begin();
  double v = 0.0;
  if (!x3::parse(first, text.end(), x3::double_, v) || first != text.end()) return std::nullopt;
  return v;
}

std::size_t numeral_length(std::string_view text) {
  const auto end = numeral_at(text, 0);
  return end ? *end : 0;
}

}  // namespace claimcheck::grammar::numeric
