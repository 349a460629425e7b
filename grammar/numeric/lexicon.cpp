// Instantiates the lexicon rule group for the shared iterator (config.hpp),
// and the flat trie over its word table (lexicon.hpp word_by_trie).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/config.hpp"
#include "grammar/numeric/lexicon_def.hpp"

namespace claimcheck::grammar::numeric {
BOOST_SPIRIT_INSTANTIATE(word_type, iterator_type, plain_context_type)
BOOST_SPIRIT_INSTANTIATE(symbol_type, iterator_type, plain_context_type)

namespace {

// A trie over the keys, built with its edges (node, byte) -> child in an
// open-addressing hash table and read as a dense table of children per
// node and byte class; keys and input are compared with ASCII letters
// folded to lower case, as no_case does for lower-case keys.
class word_trie {
 public:
  word_trie() {
    entries_.reserve(512);
    nodes_.push_back(-1);
    slots_.assign(kSlots, slot{});
    for (const auto& [key, e] : lexicon_detail::word_entries) {
      const std::string_view k(key);
      for (char c : k) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= '[' && u <= '`')) usable_ = false;
      }
      std::uint32_t node = 0;
      for (char c : k) node = child_or_add(node, static_cast<unsigned char>(c));
      if (nodes_[node] < 0) {
        nodes_[node] = static_cast<std::int32_t>(entries_.size());
        entries_.push_back(e);
      }
    }
    if (nodes_.size() * 2 > kSlots || nodes_.size() > 65535) usable_ = false;
    if (!usable_) return;
    // The dense form read by find(): bytes of the keys numbered 1..K-1
    // (upper-case letters as their lower case), a row of K children per node.
    for (const auto& [key, e] : lexicon_detail::word_entries) {
      for (const char c : std::string_view(key)) {
        auto& k = class_of_[static_cast<unsigned char>(c)];
        if (k == 0) k = ++classes_;
      }
    }
    ++classes_;
    for (unsigned c = 'A'; c <= 'Z'; ++c) class_of_[c] = class_of_[c + 32];
    dense_.assign(nodes_.size() * classes_, 0);
    for (const slot& sl : slots_) {
      if (sl.key == 0) continue;
      const std::uint32_t node = (sl.key - 1) >> 8;
      const std::uint32_t byte = (sl.key - 1) & 0xFFu;
      dense_[node * classes_ + class_of_[byte]] = static_cast<std::uint16_t>(sl.child);
    }
  }

  [[nodiscard]] bool usable() const { return usable_; }

  void find(std::string_view text, std::size_t pos, word_hit& out) const {
    std::uint32_t node = 0;
    std::int32_t best = -1;
    std::size_t best_end = pos;
    for (std::size_t i = pos; i < text.size(); ++i) {
      const std::uint32_t k = class_of_[static_cast<unsigned char>(text[i])];
      if (k == 0) break;
      const std::uint32_t next = dense_[node * classes_ + k];
      if (next == 0) break;
      node = next;
      if (nodes_[node] >= 0) {
        best = nodes_[node];
        best_end = i + 1;
      }
    }
    out.ok = false;
    if (best < 0) return;
    // word_rule: !word_char after the key.
    if (best_end < text.size()) {
      const char c = text[best_end];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return;
    }
    out.ok = true;
    out.what = entries_[static_cast<std::size_t>(best)];
    out.end = best_end;
  }

 private:
  static constexpr std::uint32_t kSlots = 1u << 14;
  struct slot {
    std::uint32_t key = 0;    // node << 8 | byte, + 1 (0 = empty)
    std::uint32_t child = 0;  // 0: none (the root is never a child)
  };
  static std::uint32_t hash(std::uint32_t k) { return (k * 0x9E3779B1u) >> 18; }

  std::uint32_t child_or_add(std::uint32_t node, unsigned char c) {
    const std::uint32_t k = (node << 8 | c) + 1;
    for (std::uint32_t i = hash(k);; i = (i + 1) & (kSlots - 1)) {
      if (slots_[i].key == k) return slots_[i].child;
      if (slots_[i].key == 0) {
        const auto n = static_cast<std::uint32_t>(nodes_.size());
        nodes_.push_back(-1);
        slots_[i] = slot{k, n};
        return n;
      }
    }
  }

  std::vector<std::int32_t> nodes_;  // entry index per node, -1 none
  std::vector<ast::entry> entries_;
  std::vector<slot> slots_;  // edges while building
  std::array<std::uint32_t, 256> class_of_{};
  std::uint32_t classes_ = 0;
  std::vector<std::uint16_t> dense_;  // child per (node, byte class), 0 none
  bool usable_ = true;
};

}  // namespace

bool symbol_may_start(std::string_view text, std::size_t pos) {
  // By the first byte, and (symbol keys are matched as written) by the
  // first two: "according", "as", "compared" start no key although "aud$",
  // "c $" and "cad$" do.
  struct tables {
    std::array<bool, 256> first{};
    std::array<bool, 256> single{};  // a key of one byte
    std::array<std::uint64_t, 65536 / 64> pair{};
  };
  static const tables t = [] {
    tables r;
    for (const auto& [key, e] : lexicon_detail::symbol_entries) {
      const std::string_view k(key);
      if (k.empty()) continue;
      const auto c0 = static_cast<unsigned char>(k[0]);
      r.first[c0] = true;
      if (k.size() == 1) {
        r.single[c0] = true;
      } else {
        const std::size_t i = c0 << 8 | static_cast<unsigned char>(k[1]);
        r.pair[i / 64] |= std::uint64_t{1} << (i % 64);
      }
    }
    return r;
  }();
  if (pos >= text.size()) return false;
  const auto c0 = static_cast<unsigned char>(text[pos]);
  if (!t.first[c0]) return false;
  if (t.single[c0] || pos + 1 >= text.size()) return true;
  const std::size_t i = c0 << 8 | static_cast<unsigned char>(text[pos + 1]);
  return (t.pair[i / 64] >> (i % 64) & 1u) != 0;
}

bool word_by_trie(std::string_view text, std::size_t pos, word_hit& found) {
  static const word_trie trie;
  if (!trie.usable()) return false;
  trie.find(text, pos, found);
  return true;
}

}  // namespace claimcheck::grammar::numeric
