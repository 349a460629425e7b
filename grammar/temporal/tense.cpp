// Tense cues around a mention (see tense.hpp). Word-level and ASCII only:
// a few hundred bytes are read per call, and only for temporal mentions.
#include "grammar/temporal/tense.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace claimcheck::grammar::temporal {

namespace {

bool is_letter(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
}

char lower(char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; }

inline bool ends_sentence(std::string_view text, std::size_t i) {
  const char c = text[i];
  // Most bytes are none of the four: one range test first.
  if (c > '?' || (c != '\n' && c != '!' && c != '?' && c != '.')) return false;
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

// Bit (first letter) of masks[length] is set when some cue word has that
// first letter and length: most words ("january", a number) are rejected
// by one lookup instead of sixty comparisons (a run of month names reads
// the same window for each).
struct cue_filter {
  std::array<std::uint32_t, 16> masks{};
  static int bit(char c) { return c == '\'' ? 26 : c - 'a'; }
  void add(std::string_view w) { masks[w.size()] |= std::uint32_t{1} << bit(w[0]); }
  cue_filter() {
    for (auto f : kFuture) add(f);
    for (auto p : kPast) add(p);
    add("to");
  }
  [[nodiscard]] bool maybe(std::string_view w) const {
    if (w.empty() || w.size() >= masks.size()) return true;
    const char c = w[0];
    if (c != '\'' && (c < 'a' || c > 'z')) return true;
    return (masks[w.size()] >> bit(c) & 1U) != 0;
  }
};

// +1 / -1 for a cue word, 0 otherwise. `prev` is the word before it.
int cue(std::string_view w, std::string_view prev) {
  static const cue_filter filter;
  if (!filter.maybe(w) && !(w.size() > 4 && w.substr(w.size() - 2) == "ed")) return 0;
  for (auto f : kFuture) {
    if (w == f) return 1;
  }
  if ((w == "to") && (prev == "set" || prev == "going" || prev == "expected" || prev == "due")) return 1;
  // A participle after a form of "be"/"have" is not a past-tense verb.
  const bool aux = prev == "be" || prev == "been" || prev == "being" || prev == "is" || prev == "are" ||
                   prev == "has" || prev == "have" || prev == "to";
  if (w == "set" && aux) return 0;
  // Sentence-initial "Set ..." is an order or a participle ("Set up in
  // 2010, the company ..."), not a past tense.
  if (w == "set" && prev.empty()) return 0;
  for (auto p : kPast) {
    if (w == p) return aux && w != "was" && w != "were" ? 0 : -1;
  }
  if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && !aux) return -1;
  return 0;
}

// Reads words one at a time, backward or forward from a position, lower-
// cased into a small buffer ("they'll" reads as "'ll").
class word_reader {
 public:
  explicit word_reader(std::string_view text) : text_(text) {}

  // The word ending at or before `i` (exclusive end), or empty; moves `i`
  // to the word's start. Stops at `limit`, and at a sentence end, which
  // then becomes the limit (a word never holds one: the sentence's bounds
  // are found on the way instead of by a scan of the window first).
  std::string_view before(std::size_t& i, std::size_t& limit, std::array<char, 24>& buf) const {
    while (i > limit && !is_letter(text_[i - 1])) {
      if (ends_sentence(text_, i - 1)) {
        limit = i;
        break;
      }
      --i;
    }
    const std::size_t e = i;
    while (i > limit && is_letter(text_[i - 1])) --i;
    return lowered(i, e, buf);
  }
  // The word starting at or after `i`, or empty; moves `i` past it. Stops
  // at `limit` and at a sentence end, as before().
  std::string_view after(std::size_t& i, std::size_t& limit, std::array<char, 24>& buf) const {
    while (i < limit && !is_letter(text_[i])) {
      if (ends_sentence(text_, i)) {
        limit = i;
        break;
      }
      ++i;
    }
    const std::size_t s = i;
    while (i < limit && is_letter(text_[i])) ++i;
    return lowered(s, i, buf);
  }

 private:
  std::string_view lowered(std::size_t s, std::size_t e, std::array<char, 24>& buf) const {
    if (e - s > buf.size()) return std::string_view("x");  // long words are no cues
    bool apostrophe = false;
    for (std::size_t k = s; k < e; ++k) {
      buf[k - s] = lower(text_[k]);
      apostrophe = apostrophe || text_[k] == '\'';
    }
    std::string_view w(buf.data(), e - s);
    if (!apostrophe) return w;
    const auto ap = w.find('\'');
    if (ap > 0 && w.substr(ap) == "'ll") w = w.substr(ap);
    return w;
  }
  std::string_view text_;
};

}  // namespace

int sentence_tense(std::string_view text, std::size_t start, std::size_t end) {
  constexpr std::size_t kWindow = 300;
  const word_reader words(text);
  std::array<char, 24> a{};
  std::array<char, 24> b{};
  // Backward from `start` to the sentence's start (within kWindow bytes):
  // the nearest cue wins.
  std::size_t from = start > kWindow ? start - kWindow : 0;
  std::size_t i = start;
  std::string_view w = words.before(i, from, a);
  while (!w.empty()) {
    std::size_t j = i;
    const std::string_view prev = words.before(j, from, b);
    const int c = cue(w, prev);
    if (c != 0) return c;
    std::copy(prev.begin(), prev.end(), a.begin());
    w = std::string_view(a.data(), prev.size());
    i = j;
  }
  // Forward from `end` to the sentence's end.
  std::size_t to = std::min(text.size(), end + kWindow);
  i = end;
  // Not empty: the mention stands before the first word ("2010 set a record").
  std::string_view prev = "#";
  std::array<char, 24> p{};
  while (true) {
    const std::string_view cur = words.after(i, to, a);
    if (cur.empty()) break;
    const int c = cue(cur, prev);
    if (c != 0) return c;
    std::copy(cur.begin(), cur.end(), p.begin());
    prev = std::string_view(p.data(), cur.size());
  }
  return 0;
}

}  // namespace claimcheck::grammar::temporal
