// Placeholder store: holds nothing (replaced by the LMDB store).
#include "engine/store/store.hpp"

#include "engine/model/error.hpp"

namespace claimcheck::engine {
struct store::impl {
  store_options opts;
};
store::store(store_options opts) : impl_(std::make_unique<impl>(impl{std::move(opts)})) {}
store::~store() = default;
bool store::add_article(const article&, std::span<const fact>, std::span<const fact>,
                        std::span<const finding>) {
  return true;
}
bool store::has_article(std::string_view) const { return false; }
std::optional<article> store::get_article(std::string_view) const { return std::nullopt; }
std::vector<article> store::articles() const { return {}; }
std::vector<fact> store::history(const history_query&) const { return {}; }
std::vector<fact> store::facts_for(std::string_view, std::string_view) const { return {}; }
void store::for_each_fact(const std::function<void(const fact&)>&) const {}
std::vector<finding> store::findings() const { return {}; }
bool store::retract(std::string_view) { return false; }
void store::replace_derived(std::span<const fact>, std::span<const finding>) {}
store_stats store::stats() const { return {}; }
const std::filesystem::path& store::dir() const { return impl_->opts.dir; }
}  // namespace claimcheck::engine
