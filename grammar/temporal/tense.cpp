// Tense cues around a mention (see tense.hpp). Word-level and ASCII only:
// a few hundred bytes are read per call, and only for temporal mentions.
#include "grammar/temporal/tense.hpp"

#include <array>
#include <string>

namespace claimcheck::grammar::temporal {

namespace {

bool is_letter(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

char lower(char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; }

bool ends_sentence(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '\n' || c == '!' || c == '?') return true;
  if (c != '.') return false;
  // "U.S." and "Oct." do not end a sentence: a short or capital-only word.
  return i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n') && i >= 4 &&
         text[i - 1] >= 'a' && text[i - 1] <= 'z' && text[i - 2] >= 'a' && text[i - 2] <= 'z' &&
         text[i - 3] >= 'a' && text[i - 3] <= 'z';
}

constexpr std::string_view kFuture[] = {
    "will", "shall", "'ll", "upcoming", "next", "forthcoming", "plans", "plan", "expects", "aims",
    "tomorrow", "won't", "scheduled", "due"};
constexpr std::string_view kPast[] = {
    "was",   "were",   "had",    "did",   "said",   "ago",   "last",  "yesterday", "held",  "met",
    "took",  "came",   "went",   "began", "saw",    "rose",  "fell",  "grew",      "won",   "told",
    "made",  "gave",   "left",   "spoke", "sent",   "wrote", "found", "became",    "paid",  "led",
    "kept",  "hit",    "got",    "put",   "set",    "cut",   "shut",  "lost",      "sold",  "earlier"};

// +1 / -1 for a cue word, 0 otherwise. `prev` is the word before it.
int cue(const std::string& w, const std::string& prev) {
  for (auto f : kFuture) {
    if (w == f) return 1;
  }
  if ((w == "to") && (prev == "set" || prev == "going" || prev == "expected" || prev == "due")) return 1;
  // A participle after a form of "be"/"have" is not a past-tense verb.
  const bool aux = prev == "be" || prev == "been" || prev == "being" || prev == "is" || prev == "are" ||
                   prev == "has" || prev == "have" || prev == "to";
  if (w == "set" && aux) return 0;
  for (auto p : kPast) {
    if (w == p) return aux && w != "was" && w != "were" ? 0 : -1;
  }
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && !aux) return -1;
  return 0;
}

}  // namespace

int sentence_tense(std::string_view text, std::size_t start, std::size_t end) {
  constexpr std::size_t kWindow = 300;
  // Backward: collect words from the sentence start up to `start`.
  std::size_t from = start;
  while (from > 0 && start - from < kWindow && !ends_sentence(text, from - 1)) --from;
  std::array<std::string, 64> words;
  std::size_t n = 0;
  std::size_t i = from;
  auto read_words = [&](std::size_t a, std::size_t b) {
    n = 0;
    i = a;
    while (i < b && n < words.size()) {
      while (i < b && !is_letter(text[i])) ++i;
      std::string w;
      while (i < b && is_letter(text[i])) w += lower(text[i++]);
      if (!w.empty()) {
        // "they'll" -> "'ll"
        const auto ap = w.find('\'');
        if (ap != std::string::npos && ap > 0 && w.substr(ap) == "'ll") w = "'ll";
        words[n++] = std::move(w);
      }
    }
  };
  read_words(from, start);
  for (std::size_t k = n; k-- > 0;) {
    const int c = cue(words[k], k > 0 ? words[k - 1] : std::string());
    if (c != 0) return c;
  }
  // Forward: from `end` to the sentence's end.
  std::size_t to = end;
  while (to < text.size() && to - end < kWindow && !ends_sentence(text, to)) ++to;
  read_words(end, to);
  for (std::size_t k = 0; k < n; ++k) {
    const int c = cue(words[k], k > 0 ? words[k - 1] : std::string());
    if (c != 0) return c;
  }
  return 0;
}

}  // namespace claimcheck::grammar::temporal
