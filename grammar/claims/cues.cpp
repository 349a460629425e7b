// The cue words of claim assembly (see context.hpp): change, level,
// record, target, hedge and negation words, tense, basis, the clause and
// token lookups of a sentence view. The view itself is built in
// view_build.cpp.
#include <algorithm>
#include <array>
#include <unordered_map>

#include "grammar/claims/context.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {
namespace {

constexpr std::array<std::string_view, 54> kUp{
    "grew",     "grow",     "grows",    "growing",  "grown",    "rose",     "rise",
    "rises",    "rising",   "risen",    "increased", "increase", "increases", "increasing",
    "up",       "jumped",   "jump",     "surged",   "surge",    "climbed",  "climb",
    "gained",   "gain",     "expanded", "expand",   "soared",   "higher",   "growth",
    "advanced", "boosted",  "added",    "rebounded", "accelerated", "spiked", "swelled",
    "more",     "hike",     "hiked",    "upturn",   "jumps",    "expanding", "expands",
    "surging",  "soaring",  "climbing", "jumping",
    // "raised its key rate by 50 basis points to 11.25%"
    "raised",   "raise",    "raises",   "lifted",   "lift",     "lifts",
    // "the trade deficit widened by 8%"
    "widened",  "widening"};
constexpr std::array<std::string_view, 48> kDown{
    "fell",      "fall",     "falls",      "falling",   "fallen",   "dropped",
    "drop",      "drops",    "declined",   "decline",   "declines", "declining",
    "decreased", "decrease", "decreases",  "down",      "shrank",   "shrink",
    "contracted", "contraction", "slumped", "slid",     "plunged",  "lower",
    "reduced",   "reduction", "dipped",    "eased",     "slipped",  "tumbled",
    "lost",      "sank",     "slowed",     "downturn",  "less",     "cut",
    "slowing",   "easing",   "slipping",   "shrinking", "contracting", "dropping",
    "lowered",   "trimmed",  "slashed",
    // "the deficit narrowed by 11% to $33.9 billion"
    "narrowed",  "narrowing", "plummeted"};
constexpr std::array<std::string_view, 53> kLevel{
    "reached",  "reach",    "reaches",   "reaching",   "totaled",   "totalled",  "totaling",
    "totalling", "total",   "totals",    "stood",      "stands",    "amounted",  "amounts",
    "amounting", "hit",     "hits",      "hitting",    "exceeded",  "exceeding", "exceed",
    "exceeds",  "topped",   "surpassed", "surpassing", "was",       "were",      "is",
    "are",      "worth",    "valued",    "registered", "recorded",  "posted",    "came",
    "stood",    "made",     "constituted", "reported", "numbered",  "at",        "estimated",
    "equaled",  "equalled", "equal",     "be",         "held",      "kept",      "left",
    "maintained", "stayed", "remained", "became"};
constexpr std::array<std::string_view, 28> kFiller{
    "a",       "an",     "the",     "new",   "record",  "high",   "all",     "time",
    "-",       "historic", "level", "of",    "some",    "about",  "around",  "nearly",
    "almost",  "just",   "only",    "over",  "more",    "than",   "roughly", "approximately",
    "total",   "whopping", "peak",  "estimated"};
constexpr std::array<std::string_view, 8> kRecord{"record",   "all-time", "unprecedented",
                                                  "historic", "highest",  "peak",
                                                  "best",     "biggest"};
constexpr std::array<std::string_view, 8> kNeg{"not", "n't", "never", "no", "neither", "nor",
                                               "without", "failed"};
constexpr std::array<std::string_view, 9> kHedge{"may",      "might",   "could",    "possibly",
                                                 "perhaps",  "likely",  "probably", "potentially",
                                                 "reportedly"};
constexpr std::array<std::string_view, 26> kPastExtra{
    "was",   "were",  "had",   "did",  "grew",  "rose",  "fell",    "hit",
    "stood", "held",  "made",  "took", "said",  "told",  "became",  "paid",
    "came",  "went",  "saw",   "gave", "won",   "got",   "sold",    "began",
    "overtook", "brought"};
constexpr std::array<std::string_view, 16> kEdNotPast{
    "expected", "scheduled", "planned", "proposed", "united",   "based",  "related", "limited",
    "advanced", "detailed",  "needed",  "red",      "hundred",  "speed",  "need",    "projected"};

bool is_future_at(const sentence_view& v, std::size_t i) {
  const std::string_view w = v.word(i);
  if (w == "will" || w == "shall" || w == "'ll" || w == "upcoming" || w == "forthcoming") return true;
  if ((w == "is" || w == "are" || w == "was" || w == "were") &&
      (v.word(i + 1) == "expected" || v.word(i + 1) == "set" || v.word(i + 1) == "scheduled" ||
       v.word(i + 1) == "projected" || v.word(i + 1) == "forecast" || v.word(i + 1) == "due" ||
       v.word(i + 1) == "going" || v.word(i + 1) == "planned" || v.word(i + 1) == "slated") &&
      v.word(i + 2) == "to") {
    return w == "is" || w == "are";
  }
  if ((w == "plans" || w == "plan" || w == "aims" || w == "aim" || w == "intends") &&
      v.word(i + 1) == "to") {
    return true;
  }
  return w == "to" && v.word(i + 1) == "be" &&
         (v.word(i + 2) == "held" || v.word(i + 2) == "launched" || v.word(i + 2) == "opened");
}

}  // namespace

namespace {

// One hash lookup per word instead of scans of the lists above. f_past,
// f_ed_not_past and f_future_lead only feed the cue bits of cues().
enum word_flag : unsigned {
  f_up = 1, f_down = 2, f_level = 4, f_filler = 8, f_record = 16, f_neg = 32, f_hedge = 64,
  f_past = 128, f_ed_not_past = 256, f_future_lead = 512
};

word_map<unsigned> make_flag_table() {
  word_map<unsigned> t;
  for (auto x : kUp) t[x] |= f_up;
  for (auto x : kDown) t[x] |= f_down;
  for (auto x : kLevel) t[x] |= f_level;
  for (auto x : kFiller) t[x] |= f_filler;
  for (auto x : kRecord) t[x] |= f_record;
  for (auto x : kNeg) t[x] |= f_neg;
  for (auto x : kHedge) t[x] |= f_hedge;
  for (auto x : kPastExtra) t[x] |= f_past;
  for (auto x : kEdNotPast) t[x] |= f_ed_not_past;
  // The first words of every pattern of is_future_at.
  for (std::string_view x : {"will", "shall", "'ll", "upcoming", "forthcoming", "is", "are",
                             "was", "were", "plans", "plan", "aims", "aim", "intends", "to"}) {
    t[x] |= f_future_lead;
  }
  return t;
}

// Built before main (from the constant lists above): a function-local
// static would test its guard at every look-up, one per token of cues().
const word_map<unsigned> kFlagTable = make_flag_table();

inline unsigned flags_of(std::string_view w) {
  if (w.empty() || w.size() > 16) return 0;
  const auto it = kFlagTable.find(w);
  return it == kFlagTable.end() ? 0 : it->second;
}

}  // namespace

int change_direction(std::string_view w) {
  const unsigned f = flags_of(w);
  if (f & f_up) return 1;
  if (f & f_down) return -1;
  return 0;
}
bool is_level_verb(std::string_view w) { return (flags_of(w) & f_level) != 0; }
bool is_filler(std::string_view w) { return (flags_of(w) & f_filler) != 0; }
bool is_record_word(std::string_view w) { return (flags_of(w) & f_record) != 0; }
bool is_negation(std::string_view w) { return (flags_of(w) & f_neg) != 0; }
bool is_hedge(std::string_view w) { return (flags_of(w) & f_hedge) != 0; }

std::size_t sentence_view::token_at(std::size_t offset) const {
  const auto& t = tl.tokens;
  const auto it = std::lower_bound(t.begin(), t.end(), offset,
                                   [](const token& x, std::size_t o) { return x.start < o; });
  return static_cast<std::size_t>(it - t.begin());
}

std::pair<std::size_t, std::size_t> sentence_view::clause_of(std::size_t i) const {
  std::size_t b = 0;
  std::size_t e = tl.tokens.size();
  for (std::size_t c : clause_starts) {
    if (c <= i) {
      b = c;
    } else {
      e = c;
      break;
    }
  }
  return {b, e};
}

std::string_view sentence_view::slice(std::size_t first, std::size_t last) const {
  if (first >= last || first >= tl.tokens.size()) return {};
  last = std::min(last, tl.tokens.size());
  return text.substr(tl.tokens[first].start, tl.tokens[last - 1].end - tl.tokens[first].start);
}

const std::vector<std::uint8_t>& cues(const sentence_view& v) {
  const auto& t = v.toks();
  if (v.cues_.size() == t.size()) return v.cues_;
  v.cues_.assign(t.size(), 0);
  for (std::size_t i = 0; i < t.size(); ++i) {
    // No cue word is punctuation or a number ("1,200", "31.17").
    if (t[i].kind != token_kind::word) continue;
    const std::string_view w = t[i].low;
    const unsigned f = flags_of(w);
    std::uint8_t c = 0;
    if ((f & f_future_lead) && is_future_at(v, i)) c |= cue_future;
    if (f & f_past) c |= cue_past;
    if (w.size() > 4 && w.ends_with("ed") && !(f & f_ed_not_past) &&
        t[i].kind == token_kind::word) {
      c |= cue_ed;
    }
    if (f & f_hedge) c |= cue_hedge;
    if (f & f_neg) c |= cue_negation;
    v.cues_[i] = c;
  }
  return v.cues_;
}

int tense_of(const sentence_view& v, std::size_t b, std::size_t e) {
  const std::vector<std::uint8_t>& c = cues(v);
  e = std::min(e, c.size());
  // "Analysts said inflation might not fall ...": the attribution's tense
  // is not the claim's.
  for (std::size_t i = b; i < e; ++i) {
    if ((c[i] & cue_future) && !v.excluded(i)) return 1;
  }
  for (std::size_t i = b; i < e; ++i) {
    if (v.excluded(i)) continue;
    if (c[i] & cue_past) return -1;
    if ((c[i] & cue_ed) && i > b) return -1;
  }
  return 0;
}

std::string basis_words(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    const std::string_view w = v.word(i);
    if ((w == "year" || w == "month" || w == "quarter") && v.word(i + 1) == "-" &&
        (v.word(i + 2) == "on" || v.word(i + 2) == "over") && v.word(i + 3) == "-") {
      return w == "year" ? "yoy" : w == "month" ? "mom" : "qoq";
    }
    if ((w == "year" || w == "month") && (v.word(i + 1) == "on" || v.word(i + 1) == "over") &&
        v.word(i + 2) == w) {
      return w == "year" ? "yoy" : "mom";
    }
    if (w == "yoy" || w == "y/y" || w == "annual" || w == "annually" || w == "annualized" ||
        w == "annualised") {
      return "yoy";
    }
    if (w == "y" && v.word(i + 1) == "-" && v.word(i + 2) == "o") return "yoy";
    if ((w == "year" || w == "earlier") && (v.word(i - 1) == "a" || v.word(i - 1) == "previous") &&
        i > b) {
      return "yoy";
    }
    if (w == "same" && v.word(i + 1) == "period") return "yoy";
    if (w == "last" && v.word(i + 1) == "year" && i > b &&
        (v.word(i - 1) == "from" || v.word(i - 1) == "with" || v.word(i - 1) == "to" ||
         v.word(i - 1) == "over")) {
      return "yoy";
    }
  }
  return {};
}

bool has_target_cue(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    const std::string_view w = v.word(i);
    if (w == "target" || w == "targets" || w == "targeting" || w == "targeted" || w == "goal" ||
        w == "aim" || w == "aims" || w == "aiming" || w == "plan" || w == "plans" ||
        w == "planned" || w == "forecast" || w == "forecasts" || w == "projected" ||
        w == "projection" || w == "projections" ||
        w == "expected" || w == "expects" || w == "expect" || w == "outlook" || w == "envisages" ||
        w == "intends" || w == "seeks" || w == "predicted" || w == "predicts" ||
        w == "projects" || w == "sees" || w == "anticipates" || w == "foresees" ||
        w == "foresee" || w == "envisions" || w == "budgets") {
      // ("including new projects, capital adjustments": a noun)
      const std::string_view next = v.word(i + 1);
      if (!((w == "projects" || w == "plans" || w == "forecasts" || w == "targets") &&
            (next == "," || next == "and" || next == "worth" || next == "in" || next == "of" ||
             (i > b && (v.word(i - 1) == "new" || v.word(i - 1) == "investment" ||
                        v.word(i - 1) == "joint"))))) {
        return true;
      }
    }
    if (w == "likely" && v.word(i + 1) == "to") return true;
    if ((w == "will" || w == "would" || w == "could" || w == "may" || w == "might") &&
        v.word(i + 1) == "not") {
      ++i;  // "might not fall below 10 percent": a negated forecast
    }
    if ((w == "will" || w == "would" || w == "could" || w == "may" || w == "might") &&
        (v.word(i + 1) == "fall" || v.word(i + 1) == "drop" || v.word(i + 1) == "decline" ||
         v.word(i + 1) == "decrease" || v.word(i + 1) == "shrink" || v.word(i + 1) == "slow" ||
         v.word(i + 1) == "reach" || v.word(i + 1) == "exceed" || v.word(i + 1) == "hit" ||
         v.word(i + 1) == "grow" || v.word(i + 1) == "rise" || v.word(i + 1) == "increase" ||
         v.word(i + 1) == "be" || v.word(i + 1) == "total" || v.word(i + 1) == "top" ||
         v.word(i + 1) == "double" || v.word(i + 1) == "surpass" || v.word(i + 1) == "stay" ||
         v.word(i + 1) == "remain" || v.word(i + 1) == "borrow")) {
      return true;
    }
    if (w == "set" && v.word(i + 1) == "to") return true;
    // "The budget deficit is set at 2.7% of GDP next year."
    if (w == "set" && v.word(i + 1) == "at" && i > b &&
        (v.word(i - 1) == "is" || v.word(i - 1) == "are" || v.word(i - 1) == "been")) {
      return true;
    }
    // Plans and promises of real news, by their first letter (one test for
    // most words).
    switch (w.empty() ? '\0' : w.front()) {
      case 'b':
        // "The budget is based on an oil price of $75": a plan's assumption.
        if (w == "based" && v.word(i + 1) == "on" && i >= b + 2 &&
            (v.word(i - 2) == "budget" || v.word(i - 2) == "forecast" ||
             v.word(i - 2) == "plan" || v.word(i - 2) == "projection" ||
             v.word(i - 2) == "outlook")) {
          return true;
        }
        break;
      case 'a':
        // "agreed with OPEC+ partners to cut its output to 8.98 million bpd".
        if (w == "agreed" && i > b) {
          for (std::size_t k = i + 1; k < e && k <= i + 5; ++k) {
            if (v.word(k) == "to") return true;
          }
        }
        break;
      case 't':
        // "set the task of bringing trade to $10 billion".
        if ((w == "task" || w == "tasked") && i > b) return true;
        break;
      case 'p':
        // "pledged to raise supplies to 20 bcm by 2027": a promise.
        if (w == "pledged" || w == "pledge" || w == "pledges" || w == "promised" ||
            w == "promises") {
          return true;
        }
        break;
      case 'v':
        if (w == "vowed" || w == "vows") return true;
        break;
      case 'c':
        if (w == "committed" && v.word(i + 1) == "to") return true;
        break;
      default:
        break;
    }
  }
  return false;
}

namespace {

// "five", "10", "a" (decade): a count of years before "years" or "decades".
bool is_count_word(const sentence_view& v, std::size_t i) {
  const std::string_view w = v.word(i);
  if (i < v.toks().size() && v.toks()[i].kind == token_kind::number) return true;
  return w == "a" || w == "two" || w == "three" || w == "four" || w == "five" || w == "six" ||
         w == "seven" || w == "eight" || w == "nine" || w == "ten" || w == "several" ||
         w == "many";
}

}  // namespace

bool has_record_cue(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    const std::string_view w = v.word(i);
    if (w == "record" || w == "unprecedented") return true;
    // "the most in its history", "the highest in history"
    if (w == "history" && (v.word(i - 1) == "its" || v.word(i - 1) == "their") &&
        v.word(i - 2) == "in" && i >= b + 2) {
      return true;
    }
    if ((w == "all" && v.word(i + 1) == "-" && v.word(i + 2) == "time") ||
        ((w == "highest" || w == "biggest" || w == "largest") &&
         (v.word(i + 1) == "ever" || v.word(i + 1) == "level" || v.word(i + 1) == "since"))) {
      return true;
    }
    if (w == "historic" && (v.word(i + 1) == "high" || v.word(i + 1) == "peak")) return true;
    // "the highest for the period in five years", "the biggest in a
    // decade": a record over that span.
    // (A low is no record: the record rule reads a record as a high.)
    if (w == "highest" || w == "biggest" || w == "largest" || w == "strongest") {
      for (std::size_t k = i + 1; k <= i + 6; ++k) {  // (may run past e: "in five years")
        const std::string_view u = v.word(k + 2);
        if (v.word(k) == "in" && is_count_word(v, k + 1) &&
            (u == "years" || u == "decades" || (v.word(k + 1) == "a" && u == "decade"))) {
          return true;
        }
      }
    }
    // "a 30-year high"
    if (w == "year" && v.word(i - 1) == "-" && (v.word(i + 1) == "high" || v.word(i + 1) == "peak") &&
        i >= b + 2) {
      return true;
    }
  }
  return false;
}

}  // namespace claimcheck::grammar::claims
