// A hash map from words (string views whose bytes outlive the map) to
// values, for the per-token look-ups of claim assembly: open addressing
// with a power-of-two table and a cheap hash of the word's bytes, where
// std::unordered_map spent about a hundred instructions per look-up on a
// general byte hash, a division and a node walk. Only what assembly uses:
// operator[] (inserts), find, end, reserve, and for_each (in no set order).
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
    if (slots_.empty()) return end();
    const std::uint64_t h = hash(w);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const slot& s = slots_[i];
      if (!s.used) return end();
      if (s.h == h && s.kv.first == w) return &s.kv;
    }
  }

  // The value of w, default-constructed when new. The reference stays valid
  // until the next insertion.
  V& operator[](std::string_view w) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash(w);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      slot& s = slots_[i];
      if (!s.used) {
        s.used = true;
        s.h = h;
        s.kv.first = w;
        ++count_;
        return s.kv.second;
      }
      if (s.h == h && s.kv.first == w) return s.kv.second;
    }
  }

  // Room for n words without growing.
  void reserve(std::size_t n) {
    while (n * 2 > slots_.size()) grow();
  }

  // f(word, value) for every word, in table order.
  template <typename F>
  void for_each(F&& f) const {
    for (const slot& s : slots_) {
      if (s.used) f(s.kv.first, s.kv.second);
    }
  }

 private:
  struct slot {
    value_type kv{};
    std::uint64_t h = 0;
    bool used = false;
  };

  // The first and last eight (or four) bytes, overlapping for short words,
  // and the length, mixed by multiplication. Fixed-size loads only: a
  // memcpy of a variable length is a library call.
  static std::uint64_t hash(std::string_view w) {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    const std::size_t n = w.size();
    const char* p = w.data();
    if (n >= 8) {
      std::memcpy(&a, p, 8);
      std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4) {
      std::uint32_t x = 0;
      std::uint32_t y = 0;
      std::memcpy(&x, p, 4);
      std::memcpy(&y, p + n - 4, 4);
      a = x;
      b = y;
    } else if (n > 0) {
      auto byte = [&](std::size_t i) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
      };
      a = byte(0) | (byte(n / 2) << 8) | (byte(n - 1) << 16);
    }
    std::uint64_t h = (a ^ (b * 0xC2B2AE3D27D4EB4Full) ^ n) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 31);
  }

  void grow() {
    std::vector<slot> old = std::move(slots_);
    const std::size_t size = old.empty() ? 64 : old.size() * 2;
    slots_ = std::vector<slot>(size);
    mask_ = size - 1;
    for (slot& s : old) {
      if (!s.used) continue;
      std::size_t i = s.h & mask_;
      while (slots_[i].used) i = (i + 1) & mask_;
      slots_[i] = std::move(s);
    }
  }

  std::vector<slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

}  // namespace claimcheck::grammar::claims
