// Checks on writer output shared by the fuzz harnesses and the tests: a
// terminal-safe text test and a small XML well-formedness test (enough to
// catch unescaped markup, control characters and bad UTF-8; xmllint is the
// full check when installed).
#pragma once

#include <string>
#include <string_view>

namespace claimcheck::fuzz {

// "" when s holds no C0 control but newline and tab, no DEL and no UTF-8 C1
// control; otherwise where the first one is.
[[nodiscard]] std::string control_byte(std::string_view s);

// "" when s is valid UTF-8; otherwise the offset of the first bad byte.
[[nodiscard]] std::string utf8_error(std::string_view s);

// "" when s is a well-formed XML document: valid UTF-8, only XML 1.0
// characters, balanced and properly nested tags, quoted attributes, and
// '&' only in a character or predefined entity reference. Otherwise why not.
[[nodiscard]] std::string xml_error(std::string_view s);

}  // namespace claimcheck::fuzz
