// Sentence splitting of normalised text (see text.hpp).
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammar/claims/text.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

// The bytes of the sixteen at p that are '\n', '.', '!' or '?', one bit
// each (GCC/Clang vector extensions: four byte compares of sixteen lanes;
// the bits gathered with SSE2 where it is at hand).
using bytes16 = char __attribute__((vector_size(16)));
unsigned stops16(const char* p) {
  bytes16 x;
  std::memcpy(&x, p, 16);
  const bytes16 m = (x == '\n') | (x == '.') | (x == '!') | (x == '?');
#if defined(__SSE2__)
  __m128i v;
  std::memcpy(&v, &m, 16);
  return static_cast<unsigned>(_mm_movemask_epi8(v));
#else
  unsigned bits = 0;
  for (int k = 0; k < 16; ++k) bits |= (m[k] != 0 ? 1u : 0u) << k;
  return bits;
#endif
}

// The word lists below, one look-up for all of them (a sentence end asks
// up to four; comparing with every word of each list cost more than the
// rest of splitting).
enum word_class : unsigned char { c_title = 1, c_before_number = 2, c_maybe_final = 4, c_starter = 8 };

word_map<unsigned char> make_classes() {
  word_map<unsigned char> m;
  // Titles before a name: a period after them never ends a sentence.
  for (std::string_view w :
       {"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
        "Adm", "Rev", "St", "Mt", "Ft", "Pres", "Amb", "Hon", "Messrs", "Gens", "Sens", "Reps",
        "Supt", "Insp", "Cmdr", "Maj", "Brig", "Cpl", "Pvt", "Mme", "Mmes", "Sr", "Jr", "vs", "v",
        "e.g", "i.e", "cf", "viz", "Ave", "Blvd"}) {
    m[w] |= c_title;
  }
  // Abbreviations that come before a number: "No. 3", "Dec. 5".
  for (std::string_view w :
       {"No", "Nos", "no", "Art", "Vol", "vol", "p", "pp", "Fig", "fig", "approx", "est", "Jan",
        "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "ca", "Ch",
        "Sec", "Para", "Nr", "Tel", "tel"}) {
    m[w] |= c_before_number;
  }
  // Abbreviations that may end a sentence but usually do not.
  for (std::string_view w :
       {"Inc", "Ltd", "Co", "Corp", "Bros", "etc", "LLC", "Plc", "plc", "bn", "mln", "bln", "min",
        "approx", "est", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec"}) {
    m[w] |= c_maybe_final;
  }
  // Words that open a new sentence after an ambiguous abbreviation.
  for (std::string_view w :
       {"The", "It", "He", "She", "They", "We", "I", "In", "But", "This", "That", "These",
        "Those", "A", "An", "And", "On", "At", "For", "As", "According", "However", "Meanwhile",
        "Its", "His", "Her", "Their", "Our", "There", "Last", "Earlier", "Also", "Since", "After",
        "Before", "While", "Yet", "So", "If", "When", "Other", "Some", "Most", "Many", "Both",
        "Under", "Over", "From"}) {
    m[w] |= c_starter;
  }
  return m;
}

// Built before main, from the constant lists above.
const word_map<unsigned char> kClasses = make_classes();

unsigned char class_of(std::string_view w) {
  const auto it = kClasses.find(w);
  return it == kClasses.end() ? 0 : it->second;
}

bool is_title(std::string_view w) { return (class_of(w) & c_title) != 0; }
bool is_before_number(std::string_view w) { return (class_of(w) & c_before_number) != 0; }
bool is_maybe_final(std::string_view w) { return (class_of(w) & c_maybe_final) != 0; }
bool is_starter(std::string_view w) { return (class_of(w) & c_starter) != 0; }

}  // namespace

std::vector<sentence> split_sentences(std::string_view t, bool lines_are_paragraphs) {
  std::vector<sentence> out;
  const std::size_t n = t.size();
  unsigned paragraph = 0;
  std::size_t start = 0;
  auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e && is_space(t[b])) ++b;
    while (e > b && is_space(t[e - 1])) --e;
    // A run with no sentence end (binary junk, a list of numbers) is cut
    // into pieces of at most kMaxSentence bytes, at the last space of the
    // second half when there is one: assembly compares each mention with
    // the others of its sentence, which must not grow with the input.
    while (e - b > kMaxSentence) {
      std::size_t cut = b + kMaxSentence;
      std::size_t sp = cut;
      while (sp > b + kMaxSentence / 2 && !is_space(t[sp])) --sp;
      if (is_space(t[sp])) cut = sp;
      std::size_t piece_end = cut;
      while (piece_end > b && is_space(t[piece_end - 1])) --piece_end;
      if (piece_end > b) out.push_back({b, piece_end, paragraph});
      b = cut;
      while (b < e && is_space(t[b])) ++b;
    }
    if (e > b) out.push_back({b, e, paragraph});
  };
  std::size_t i = 0;
  while (i < n) {
    const char c = t[i];
    if (c == '\n') {
      // A blank line (spaces allowed) ends the paragraph; with
      // lines_are_paragraphs, any newline does.
      std::size_t k = i + 1;
      while (k < n && t[k] == ' ') ++k;
      const bool blank = k < n && t[k] == '\n';
      bool md_block = false;
      if (!lines_are_paragraphs && !blank && k < n) {
        // Markdown list items and quotes start a new block.
        md_block = t[k] == '-' || t[k] == '*' || t[k] == '+' || t[k] == '>' ||
                   (is_digit(t[k]) && k + 1 < n && (t[k + 1] == '.' || t[k + 1] == ')'));
      }
      if (lines_are_paragraphs || blank || md_block) {
        emit(start, i);
        ++paragraph;
        while (k < n && is_space(t[k])) ++k;
        start = k;
        i = k;
        continue;
      }
      ++i;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') {
      // Past the bytes that end nothing, to the next newline or terminal:
      // sixteen bytes at a time while none of them is one.
      ++i;
      while (i + 16 <= n) {
        if (const unsigned stops = stops16(t.data() + i); stops != 0) {
          i += static_cast<std::size_t>(__builtin_ctz(stops));
          break;
        }
        i += 16;
      }
      while (i < n && t[i] != '\n' && t[i] != '.' && t[i] != '!' && t[i] != '?') ++i;
      continue;
    }
    // Past the terminal run and closing quotes or brackets.
    std::size_t j = i + 1;
    while (j < n && (t[j] == '.' || t[j] == '!' || t[j] == '?' || t[j] == '"' || t[j] == '\'' ||
                     t[j] == ')' || t[j] == ']')) {
      ++j;
    }
    if (j < n && !is_space(t[j])) {
      i = j;
      continue;
    }
    std::size_t k = j;
    while (k < n && t[k] == ' ') ++k;
    if (k >= n || t[k] == '\n') {
      // End of text or of a line: the newline logic decides paragraphs; a
      // sentence still ends here.
      emit(start, j);
      start = j;
      i = j;
      continue;
    }
    const char nc = t[k];
    bool boundary = is_upper(nc) || is_digit(nc) || nc == '"' || nc == '\'' || nc == '(' ||
                    static_cast<unsigned char>(nc) >= 0x80;
    if (boundary && c == '.' && j == i + 1) {
      // The word before the period.
      std::size_t w = i;
      while (w > start && (is_alpha(t[w - 1]) || t[w - 1] == '.')) --w;
      const std::string_view word = t.substr(w, i - w);
      std::size_t ne = k;
      while (ne < n && is_alpha(t[ne])) ++ne;
      const std::string_view next = t.substr(k, ne - k);
      const bool dotted = word.find('.') != std::string_view::npos;  // "U.S", "e.g"
      std::size_t first = start;
      while (first < w && is_space(t[first])) ++first;
      auto all_upper = [](std::string_view x) {
        if (x.size() < 3) return false;
        for (char ch : x) {
          if (!is_upper(ch)) return false;
        }
        return true;
      };
      if (word.empty()) {
        boundary = true;
      } else if (w == first && all_upper(word) && all_upper(next)) {
        boundary = false;  // Kazinform's dateline "ASTANA. KAZINFORM -"
      } else if (is_title(word)) {
        boundary = false;
      } else if (is_digit(nc) && is_before_number(word)) {
        boundary = false;
      } else if (dotted || (word.size() == 1 && is_upper(word[0]))) {
        // "U.S." or an initial: a new sentence only before a typical opener.
        boundary = is_starter(next);
      } else if (is_maybe_final(word)) {
        boundary = is_starter(next) || is_digit(nc) == false;
      }
    }
    if (boundary) {
      emit(start, j);
      start = j;
    }
    i = j;
  }
  emit(start, n);
  return out;
}

}  // namespace claimcheck::grammar::claims
