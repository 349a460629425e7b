// Text preparation for claim assembly: normalisation (Unicode spaces,
// dashes, quotes, invisible characters) into a copy whose offsets map back
// to the article's bytes, and sentence splitting.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::grammar::claims {

// Maps offsets of the normalised text back to offsets of the original.
class offset_map {
 public:
  // Records that normalised offset `norm` corresponds to original `orig`;
  // calls come in increasing order of both.
  void anchor(std::size_t norm, std::size_t orig);
  [[nodiscard]] std::size_t to_original(std::size_t norm) const;

 private:
  std::vector<std::pair<std::size_t, std::size_t>> anchors_;
};

struct normalised {
  std::string text;
  offset_map map;
};

// The text with: U+00A0 and the other Unicode spaces, tab, CR and NUL as a
// space; U+2010..U+2013 and U+2212 as '-'; an em dash as " - "; curly and
// angle quotes as '"' or '\''; U+2026 as "..."; U+2028 as a newline and
// U+2029 as a blank line; zero-width characters and soft hyphens removed.
// For Markdown, link targets "](...)", emphasis markers and heading marks
// are blanked. Invalid UTF-8 bytes pass through unchanged.
[[nodiscard]] normalised normalise(std::string_view original, bool markdown);

struct sentence {
  std::size_t start = 0;  // [start, end) in the normalised text, trimmed
  std::size_t end = 0;
  unsigned paragraph = 0;
};

// Sentences of normalised text. A blank line ends a paragraph; so does a
// single newline when `lines_are_paragraphs` (the seeds' plain text, where
// the title and the date line stand alone). Within a paragraph a sentence
// ends at '.', '!' or '?' (closing quotes and brackets included) followed by
// space and a capital, digit or quote, except after abbreviations ("U.S.",
// "Mr.", "Dec. 5", "No. 3") and inside numbers. A sentence longer than
// kMaxSentence bytes (no news sentence is) is cut into pieces that long.
inline constexpr std::size_t kMaxSentence = 1000;
[[nodiscard]] std::vector<sentence> split_sentences(std::string_view text,
                                                    bool lines_are_paragraphs);

}  // namespace claimcheck::grammar::claims
