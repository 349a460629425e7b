// Claim assembly (see assemble.hpp): each numeric mention of a sentence is
// given a kind (level, change, fold, share, target), a metric (lexicon or
// the head phrase of its subject), an entity and a period (its own
// sentence's, or carried from the sentences before); record claims, events,
// anniversaries and ranks come from their own cue words.
#include "grammar/claims/assemble.hpp"

#include <algorithm>
#include <functional>

#include "grammar/claims/entities.hpp"
#include "grammar/claims/values.hpp"

namespace claimcheck::grammar::claims {
namespace {

// The headline repeated in the text: the same words, or the page title
// with the site's name after it ("... in trade - Press Service").
bool same_headline(const std::string& s, const std::string& title) {
  if (s == title) return true;
  if (s.size() < 20 || !title.starts_with(s)) return false;
  const std::string_view rest = std::string_view(title).substr(s.size());
  return rest.starts_with(" - ") || rest.starts_with(" | ") || rest.starts_with(" \xe2\x80\x93 ") ||
         rest.starts_with(" \xe2\x80\x94 ");
}

// "Read also: Inflation slows to 9.8%": a link to another story, whose
// figures are not this one's.
bool is_cross_reference(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {"Read also", "Read more", "READ ALSO", "READ MORE",
                                                  "Also read", "ALSO READ", "See also", "SEE ALSO",
                                                  "Related:", "RELATED:", "Read next"};
  for (const std::string_view o : kOpeners) {
    if (s.starts_with(o)) return true;
  }
  return false;
}

}  // namespace

std::vector<engine::fact> assemble(const assembly_input& in) {
  // One lower-case copy of the text for the tokens of every sentence.
  const std::string lower = lower_ascii(in.text);
  // The views of the articles this thread assembled before, emptied: their
  // vectors keep their capacity, so a view costs no allocation. Texts
  // above 256 KB get views of their own, so that the memory kept stays
  // small.
  thread_local std::vector<sentence_view> pool;
  std::vector<sentence_view> own;
  std::vector<sentence_view>& store = in.text.size() <= (256u << 10) ? pool : own;
  if (store.size() < in.sentences.size()) store.resize(in.sentences.size());
  const std::span<sentence_view> views(store.data(), in.sentences.size());
  article_state st;
  {
    // One search of the text (skipping ahead by the word's length) instead
    // of a look at every token of every sentence.
    static constexpr std::string_view kWord = "anniversar";
    static const std::boyer_moore_horspool_searcher searcher(kWord.begin(), kWord.end());
    st.anniversary_words = std::search(lower.begin(), lower.end(), searcher) != lower.end();
  }
  for (std::size_t i = 0; i < in.sentences.size(); ++i) {
    views[i].reset(in.text, in.sentences[i]);
    build_view(views[i], in.lex, in.mentions, lower, st.anniversary_words);
  }
  st.profile = profile_article(views, in.lex);
  st.published = in.article.published;
  std::vector<engine::fact> out;
  // Fewer facts than mentions, as a rule: no moves of facts as it grows.
  out.reserve(in.mentions.size());
  const std::string title = collapse_spaces(in.article.title);
  for (std::size_t i = 0; i < views.size(); ++i) {
    st.sentence_index = i;
    // The headline restates the story without its periods; the date line
    // is metadata.
    const std::string_view s = in.text.substr(views[i].s.start, views[i].s.end - views[i].s.start);
    if (i < 3 && ((!title.empty() && same_headline(collapse_spaces(s), title)) ||
                  s.starts_with("Published:"))) {
      continue;
    }
    if (is_cross_reference(s)) continue;
    if (views[i].quiet) {
      // What assemble_sentence would do: no fact, no change stated.
      st.last_change_dir = 0;
      st.last_change_at = i;
      continue;
    }
    assemble_sentence(views[i], in.lex, st, out);
  }
  return out;
}

}  // namespace claimcheck::grammar::claims
