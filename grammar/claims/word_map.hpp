// A hash map from words (string views whose bytes outlive the map) to
// values, for the per-token look-ups of claim assembly: open addressing
// with a power-of-two table and a cheap hash of the word's bytes, where
// std::unordered_map spent about a hundred instructions per look-up on a
// general byte hash, a division and a node walk. Only what assembly uses:
// operator[] (inserts), find, end, reserve, and for_each (in no set order).
//
// A look-up first reads a byte per slot from an array of tags (a used bit
// and seven bits of the hash): most words of a text are in no table, and
// are told so from that small array (8 KB for the lexicon's first words)
// without touching the slots, whose 48 bytes each missed the cache.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::grammar::claims {

template <typename V>
class word_map {
 public:
  using value_type = std::pair<std::string_view, V>;
  using const_iterator = const value_type*;

  [[nodiscard]] const_iterator end() const { return nullptr; }

  [[nodiscard]] const_iterator find(std::string_view w) const {
    if (tags_.empty()) return end();
    const packed k = pack(w);
    const std::uint64_t h = mix(k, w.size());
    const std::uint8_t tag = tag_of(h);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const std::uint8_t t = tags_[i];
      if (t == 0) return end();
      if (t == tag) {
        const slot& s = slots_[i];
        if (s.a == k.a && s.b == k.b && same(s.kv.first, w)) return &s.kv;
      }
    }
  }

  // The value of w, default-constructed when new. The reference stays valid
  // until the next insertion.
  V& operator[](std::string_view w) {
    if ((count_ + 1) * 2 > tags_.size()) grow();
    const packed k = pack(w);
    const std::uint64_t h = mix(k, w.size());
    const std::uint8_t tag = tag_of(h);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      slot& s = slots_[i];
      if (tags_[i] == 0) {
        tags_[i] = tag;
        s.a = k.a;
        s.b = k.b;
        s.kv.first = w;
        ++count_;
        return s.kv.second;
      }
      if (tags_[i] == tag && s.a == k.a && s.b == k.b && same(s.kv.first, w)) return s.kv.second;
    }
  }

  // Room for n words without growing.
  void reserve(std::size_t n) {
    while (n * 2 > tags_.size()) grow();
  }

  // f(word, value) for every word, in table order.
  template <typename F>
  void for_each(F&& f) const {
    for (std::size_t i = 0; i < tags_.size(); ++i) {
      if (tags_[i] != 0) f(slots_[i].kv.first, slots_[i].kv.second);
    }
  }

 private:
  // A slot keeps the packed bytes of its word (pack()), so that a look-up
  // compares two words of 64 bits and the length instead of calling
  // memcmp: for words of up to 16 bytes they are all of the word's bytes.
  struct slot {
    value_type kv{};
    std::uint64_t a = 0;
    std::uint64_t b = 0;
  };
  struct packed {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
  };

  // The first and last eight (or four) bytes, overlapping for short words
  // (three bytes for words under four). Fixed-size loads only: a memcpy of
  // a variable length is a library call.
  static packed pack(std::string_view w) {
    packed k;
    const std::size_t n = w.size();
    const char* p = w.data();
    if (n >= 8) {
      std::memcpy(&k.a, p, 8);
      std::memcpy(&k.b, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t x = 0;
      std::uint32_t y = 0;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, p + n - 4, 4);
      k.a = x;
      k.b = y;
    } else if (n > 0) {
      auto byte = [&](std::size_t i) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
      };
      k.a = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
    }
    return k;
  }

  // The packed bytes and the length, mixed by multiplication.
  static std::uint64_t mix(const packed& k, std::size_t n) {
    std::uint64_t h = (k.a ^ (k.b * 0xC2B2AE3D27D4EB4Full) ^ n) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 31);
  }

  // The used bit and the top seven bits of the hash (the low ones pick the
  // slot).
  static std::uint8_t tag_of(std::uint64_t h) {
    return static_cast<std::uint8_t>(0x80u | (h >> 57));
  }

  // Two words with equal packed bytes are equal when their lengths are
  // and they are no longer than 16 bytes; longer ones are compared.
  static bool same(std::string_view stored, std::string_view w) {
    return stored.size() == w.size() && (w.size() <= 16 || stored == w);
  }

  void grow() {
    std::vector<slot> old = std::move(slots_);
    std::vector<std::uint8_t> old_tags = std::move(tags_);
    const std::size_t size = old_tags.empty() ? 64 : old_tags.size() * 2;
    slots_ = std::vector<slot>(size);
    tags_ = std::vector<std::uint8_t>(size, 0);
    mask_ = size - 1;
    for (std::size_t k = 0; k < old_tags.size(); ++k) {
      if (old_tags[k] == 0) continue;
      const std::uint64_t h = mix({old[k].a, old[k].b}, old[k].kv.first.size());
      std::size_t i = h & mask_;
      while (tags_[i] != 0) i = (i + 1) & mask_;
      tags_[i] = old_tags[k];
      slots_[i] = std::move(old[k]);
    }
  }

  std::vector<std::uint8_t> tags_;  // per slot: 0 empty, else tag_of(hash)
  std::vector<slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

}  // namespace claimcheck::grammar::claims
