// The rule set: the built-in rule files, files added with --rules, their
// settings, and evaluation through rules/eval/.
#include "rules/rules.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/model/error.hpp"
#include "rules/builtin_data.hpp"
#include "rules/eval/evaluator.hpp"
#include "rules/lang/parse.hpp"

namespace claimcheck::rules {

namespace {
std::string key_of(std::string_view entity, std::string_view metric) {
  std::string k(entity);
  k += '\x1f';
  k += metric;
  return k;
}

// Whether a rule binds facts of one entity group only: every slot names
// the same entity variable (itself or its pair), which no metric or basis
// reuses. Pair and unpair only reorder the names around '+' and '>', and a
// derived fact takes a slot's entity, so the group is closed.
bool one_entity(const program::rule& r) {
  if (r.slots.empty()) return true;
  const std::string& var = r.slots.front().entity.text;
  return std::all_of(r.slots.begin(), r.slots.end(), [&](const program::slot& s) {
    return !s.entity.literal && s.entity.text == var && (s.metric.literal || s.metric.text != var) &&
           (s.basis.f != program::basis_term::form::var || s.basis.text != var);
  });
}

}  // namespace

void memory_history::add(engine::fact f) {
  by_key_[key_of(f.entity, f.metric)].push_back(std::move(f));
  ++size_;
}

std::vector<engine::fact> memory_history::facts_for(std::string_view entity,
                                                    std::string_view metric) const {
  const auto it = by_key_.find(key_of(entity, metric));
  return it == by_key_.end() ? std::vector<engine::fact>{} : it->second;
}

const std::vector<engine::fact>* memory_history::held_facts(std::string_view entity,
                                                            std::string_view metric) const {
  static const std::vector<engine::fact> kNone;
  const auto it = by_key_.find(key_of(entity, metric));
  return it == by_key_.end() ? &kNone : &it->second;
}

struct rule_set::impl {
  std::vector<program::rule> rules;
  std::map<std::string, double, std::less<>> settings;
  eval::trigger_index index = eval::index_triggers({});
  bool by_entity = true;  // every rule is one_entity()
};

rule_set::rule_set() : impl_(std::make_unique<impl>()) {}
rule_set::~rule_set() = default;
rule_set::rule_set(rule_set&&) noexcept = default;
rule_set& rule_set::operator=(rule_set&&) noexcept = default;

rule_set rule_set::builtin() {
  rule_set rs;
  for (const data::data_file& f : data::files()) {
    const std::string_view p = f.path;
    if (p.rfind("rules/builtin/", 0) == 0 && p.size() > 6 && p.substr(p.size() - 6) == ".rules") {
      rs.add(p, f.text);
    }
  }
  return rs;
}

void rule_set::load(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.path().extension() == ".rules") files.push_back(entry.path());
    }
    if (ec) throw error(error_code::rules, path.string(), "cannot list: " + ec.message());
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw error(error_code::rules, f.string(), "cannot read the rules file");
    std::ostringstream text;
    text << in.rdbuf();
    add(f.string(), text.str());
  }
}

void rule_set::add(std::string_view name, std::string_view text) {
  // Parse against a copy of the settings so that a broken file adds nothing.
  auto settings = impl_->settings;
  program::rule_file file = lang::parse_rules(name, text, settings);
  impl_->settings = std::move(settings);
  for (program::rule& r : file.rules) {
    const auto it = std::find_if(impl_->rules.begin(), impl_->rules.end(),
                                 [&](const program::rule& x) { return x.id == r.id; });
    if (it != impl_->rules.end()) {
      *it = std::move(r);
    } else {
      impl_->rules.push_back(std::move(r));
    }
  }
  impl_->index = eval::index_triggers(impl_->rules);
  impl_->by_entity = std::all_of(impl_->rules.begin(), impl_->rules.end(), one_entity);
}

void rule_set::check(std::string_view name, std::string_view text) const {
  auto settings = impl_->settings;
  (void)lang::parse_rules(name, text, settings);
}

evaluation rule_set::evaluate(std::span<const engine::fact> new_facts,
                              const fact_source& history) const {
  const int rounds = static_cast<int>(setting("max_derive_rounds").value_or(4.0));
  return eval::run(impl_->rules, impl_->index, new_facts, history, rounds);
}

std::vector<rule_info> rule_set::describe() const {
  std::vector<rule_info> out;
  for (const program::rule& r : impl_->rules) {
    rule_info info;
    info.id = r.id;
    const auto sev = r.expect ? r.sev.contradiction : r.report.empty() ? r.sev.derived : r.sev.report;
    info.severity = sev ? std::string(to_string(*sev)) : "none";
    info.description = r.description;
    info.file = r.file + ":" + std::to_string(r.line);
    out.push_back(std::move(info));
  }
  return out;
}

std::string rule_set::entity_group(std::string_view entity) const {
  if (!impl_->by_entity) return {};
  std::vector<std::string_view> names;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= entity.size(); ++i) {
    if (i == entity.size() || entity[i] == '+' || entity[i] == '>') {
      names.push_back(entity.substr(from, i - from));
      from = i + 1;
    }
  }
  std::sort(names.begin(), names.end());
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i != 0) out += '+';
    out += names[i];
  }
  return out;
}

std::optional<double> rule_set::setting(std::string_view name) const {
  const auto it = impl_->settings.find(name);
  if (it == impl_->settings.end()) return std::nullopt;
  return it->second;
}

}  // namespace claimcheck::rules
