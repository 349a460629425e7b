// Bulk ingest into the store: one write transaction (one fsync) for a batch
// of articles through store::add_articles when the store has it, one
// add_article per article otherwise. Detected at compile time, so the
// benchmarks build against a store with or without the batch call.
#pragma once

#include <cstddef>
#include <span>
#include <type_traits>
#include <vector>

#include "bench/support/corpus.hpp"
#include "engine/store/store.hpp"

namespace claimcheck::bench {

namespace detail {
template <class M>
struct batch_arg;
template <class R, class C, class A>
struct batch_arg<R (C::*)(A)> {
  using type = A;
};
template <class S>
concept has_add_articles = requires { &S::add_articles; };
}  // namespace detail

// True when the store commits a batch in one transaction.
template <class S = engine::store>
constexpr bool store_has_batches() {
  return detail::has_add_articles<S>;
}

// Adds the batches; returns the number of articles the store took.
template <class S = engine::store>
std::size_t add_batches(S& s, std::span<const fact_batch> batches) {
  std::size_t added = 0;
  if constexpr (detail::has_add_articles<S>) {
    using span_type = typename detail::batch_arg<decltype(&S::add_articles)>::type;
    using item_type = std::remove_const_t<typename span_type::element_type>;
    std::vector<item_type> items(batches.size());
    for (std::size_t i = 0; i < batches.size(); ++i) {
      items[i].meta = &batches[i].meta;
      items[i].facts = batches[i].facts;
    }
    for (const bool b : s.add_articles(items)) added += b ? 1 : 0;
  } else {
    for (const auto& b : batches) added += s.add_article(b.meta, b.facts, {}, {}) ? 1 : 0;
  }
  return added;
}

}  // namespace claimcheck::bench
