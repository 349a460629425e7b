// From syntax tree to program: resolves names (slots, settings, functions),
// checks arity and units, and reads severities and kinds. Every problem is
// reported at the node it concerns, as a claimcheck::error (rules).
#include "rules/lang/compile.hpp"

#include <set>

#include "engine/model/error.hpp"
#include "rules/functions.hpp"
#include "rules/lang/parse.hpp"

namespace claimcheck::rules::lang::detail {
namespace {

using program::expr;
using program::expr_op;

// Static units: "" dimensionless, "@" the unit of a fact's value (known only
// at run time), "?" not known, otherwise a unit as written ("USD", "t").
std::string show_unit(const std::string& u) {
  if (u.empty()) return "a plain number";
  if (u == "@") return "a fact's unit";
  return u;
}

class compiler {
 public:
  compiler(const error_handler_type& positions, std::string_view name, std::string_view text,
           std::map<std::string, double, std::less<>>& settings)
      : positions_(positions), name_(name), text_(text), settings_(settings) {}

  program::rule_file run(const ast::file& tree) {
    program::rule_file out;
    out.name = name_;
    std::set<std::string> ids;
    for (const ast::item& it : tree) {
      if (const auto* s = boost::get<ast::setting_decl>(&it.get())) {
        settings_[s->name] = s->value;
        out.settings.push_back({s->name, s->value});
      } else if (const auto* r = boost::get<ast::rule_decl>(&it.get())) {
        if (!ids.insert(r->id).second) fail(*r, "rule `" + r->id + "` is defined twice");
        out.rules.push_back(rule(*r));
      }
    }
    return out;
  }

 private:
  [[noreturn]] void fail(const x3::position_tagged& at, const std::string& what) const {
    throw error(error_code::rules, name_, located_message(text_, positions_.offset(at), what));
  }

  unsigned line_of(const x3::position_tagged& at) const {
    const std::size_t off = positions_.offset(at);
    unsigned line = 1;
    for (std::size_t i = 0; i < off && i < text_.size(); ++i) line += text_[i] == '\n' ? 1 : 0;
    return line;
  }

  program::rule rule(const ast::rule_decl& r) {
    program::rule out;
    out.id = r.id;
    out.description = r.description.value_or("");
    out.file = name_;
    out.line = line_of(r);
    rule_ = &out;
    // Slots first: expressions anywhere in the rule may name them.
    for (const ast::clause& c : r.clauses) {
      if (const auto* m = boost::get<ast::match_clause>(&c.get())) {
        for (const ast::slot& s : m->slots) out.slots.push_back(slot(s));
      }
    }
    if (out.slots.empty()) fail(r, "rule `" + r.id + "` has no `match` clause");
    for (const ast::clause& c : r.clauses) {
      if (const auto* w = boost::get<ast::when_clause>(&c.get())) {
        for (const ast::comparison& cmp : w->conditions) out.when.push_back(comparison(cmp));
      } else if (const auto* e = boost::get<ast::expect_clause>(&c.get())) {
        if (out.expect) fail(*e, "rule `" + r.id + "` has two `expect` clauses");
        out.expect = comparison(e->check);
      } else if (const auto* d = boost::get<ast::derive_clause>(&c.get())) {
        program::derivation dv;
        dv.target = slot_index(d->target);
        if (dv.target < 0) fail(*d, "`derive` names `" + d->target + "`, which is no slot of the rule");
        if (out.slots[static_cast<std::size_t>(dv.target)].any_kind) {
          fail(*d, "`derive " + d->target + "`: a `fact` slot has no kind to derive");
        }
        if (out.slots[static_cast<std::size_t>(dv.target)].all) {
          fail(*d, "`derive " + d->target + "`: an `all` slot cannot be derived");
        }
        std::string unit;
        dv.value = expression(d->value, unit);
        if (uses_slot(dv.value, dv.target)) {
          fail(*d, "`derive " + d->target + "` uses `" + d->target + "` itself");
        }
        const std::string target_unit = slot_unit(out.slots[static_cast<std::size_t>(dv.target)]);
        if (!units_agree(unit, target_unit)) {
          fail(d->value, "unit mismatch: derives " + show_unit(target_unit) + " from " +
                             show_unit(unit));
        }
        out.derive.push_back(std::move(dv));
      } else if (const auto* rp = boost::get<ast::report_clause>(&c.get())) {
        for (const ast::expression& x : rp->values) {
          std::string unit;
          out.report.push_back(expression(x, unit));
        }
      } else if (const auto* sv = boost::get<ast::severity_clause>(&c.get())) {
        for (const ast::severity_item& item : sv->items) severity(item, out.sev);
      } else if (const auto* k = boost::get<ast::kind_clause>(&c.get())) {
        const auto kind = engine::finding_kind_from_string(k->kind);
        if (!kind) {
          fail(*k, "unknown finding kind `" + k->kind +
                       "` (contradiction, confirmation, change, derived, record, temporal)");
        }
        out.fail_kind = *kind;
        out.report_kind = *kind;
      }
    }
    if (!out.expect && out.derive.empty() && out.report.empty()) {
      fail(r, "rule `" + r.id + "` has nothing to do: add `expect`, `derive` or `report`");
    }
    rule_ = nullptr;
    return out;
  }

  void severity(const ast::severity_item& item, program::severities& sev) const {
    std::optional<engine::severity> level;
    if (item.level != "none") {
      level = engine::severity_from_string(item.level);
      if (!level) fail(item, "unknown severity `" + item.level + "` (error, warning, info, none)");
    }
    if (item.outcome == "contradiction") {
      sev.contradiction = level;
    } else if (item.outcome == "confirmation") {
      sev.confirmation = level;
    } else if (item.outcome == "sources_differ") {
      sev.sources_differ = level;
    } else if (item.outcome == "derived") {
      sev.derived = level;
    } else if (item.outcome == "report") {
      sev.report = level;
    } else {
      fail(item, "unknown outcome `" + item.outcome +
                     "` (contradiction, confirmation, sources_differ, derived, report)");
    }
  }

  int slot_index(std::string_view name) const {
    for (std::size_t i = 0; i < rule_->slots.size(); ++i) {
      if (rule_->slots[i].name == name) return static_cast<int>(i);
    }
    return -1;
  }

  static std::string slot_unit(const program::slot& s) {
    if (s.any_kind) return "?";
    switch (s.kind) {
      case engine::fact_kind::change:
      case engine::fact_kind::fold:
      case engine::fact_kind::share:
      case engine::fact_kind::rank:
        return "";
      default:
        return "@";
    }
  }

  static bool uses_slot(const expr& e, int slot) {
    if (e.op == expr_op::slot && e.slot == slot) return true;
    for (const expr& a : e.args) {
      if (uses_slot(a, slot)) return true;
    }
    return false;
  }

  program::slot slot(const ast::slot& s) {
    program::slot out;
    out.name = s.name;
    if (slot_index(s.name) >= 0) fail(s, "slot `" + s.name + "` is named twice");
    if (settings_.count(s.name) != 0) fail(s, "slot `" + s.name + "` has the name of a setting");
    const auto kind = engine::fact_kind_from_string(s.kind);
    if (!kind && s.kind != "fact") {
      fail(s, "unknown fact kind `" + s.kind +
                  "` (level, change, fold, share, rank, event, duration, record, target, fact)");
    }
    out.any_kind = !kind;
    out.kind = kind.value_or(engine::fact_kind::event);
    if (s.args.size() < 3 || s.args.size() > 4) {
      fail(s, "`" + s.kind + "` takes 3 or 4 arguments (entity, metric, period[, basis]), not " +
                  std::to_string(s.args.size()));
    }
    out.entity = term(s.args[0], "entity");
    out.metric = term(s.args[1], "metric");
    out.when = period(s.args[2]);
    if (s.args.size() == 4) out.basis = basis(s.args[3]);
    out.latest = s.mode == "latest";
    out.all = s.mode == "all";
    if (s.before) out.before = *s.before;
    return out;
  }

  program::term term(const ast::slot_arg& a, const char* what) const {
    program::term t;
    if (a.inner && a.head == "pair" && !a.offset && std::string_view(what) == "entity") {
      t.pair = true;
      t.text = *a.inner;
      return t;
    }
    if (a.inner || a.offset) {
      fail(a, std::string("the ") + what + " must be a variable, a \"literal\"" +
                  (std::string_view(what) == "entity" ? " or pair(variable)" : ""));
    }
    t.literal = !a.head.empty() && a.head.front() == '"';
    t.text = t.literal ? a.head.substr(1, a.head.size() - 2) : a.head;
    return t;
  }

  program::period_term period(const ast::slot_arg& a) const {
    program::period_term p;
    if (!a.head.empty() && a.head.front() == '"') fail(a, "the period must be a variable");
    if (a.inner) {
      if (a.head == "begin") {
        p.f = program::period_term::fn::begin_year;
      } else if (a.head == "end") {
        p.f = program::period_term::fn::end_year;
      } else {
        fail(a, "unknown period function `" + a.head + "` (begin, end)");
      }
      p.var = *a.inner;
    } else {
      p.var = a.head;
    }
    if (a.offset) {
      const int n = static_cast<int>(a.offset->count) * (a.offset->sign == '-' ? -1 : 1);
      if (a.offset->unit == 'y') p.years = n;
      if (a.offset->unit == 'm') p.months = n;
      if (a.offset->unit == 'd') p.days = n;
    }
    return p;
  }

  program::basis_term basis(const ast::slot_arg& a) const {
    if (a.inner || a.offset) fail(a, "the basis must be a variable or a \"literal\"");
    program::basis_term b;
    if (!a.head.empty() && a.head.front() == '"') {
      b.text = a.head.substr(1, a.head.size() - 2);
      b.f = program::basis_term::form::literal;
      if (!b.text.empty() && b.text.back() == '*') {
        b.text.pop_back();
        b.f = program::basis_term::form::prefix;
      }
    } else {
      b.f = program::basis_term::form::var;
      b.text = a.head;
    }
    return b;
  }

  program::comparison comparison(const ast::comparison& c) {
    program::comparison out;
    std::string lu;
    std::string ru;
    out.lhs = expression(c.lhs, lu);
    out.rhs = expression(c.rhs, ru);
    if (!units_agree(lu, ru)) {
      fail(c, "unit mismatch: compares " + show_unit(lu) + " with " + show_unit(ru));
    }
    static const std::pair<const char*, program::cmp_op> kOps[] = {
        {"==", program::cmp_op::eq}, {"!=", program::cmp_op::ne}, {"<", program::cmp_op::lt},
        {"<=", program::cmp_op::le}, {">", program::cmp_op::gt},  {">=", program::cmp_op::ge}};
    for (const auto& [text, op] : kOps) {
      if (c.op == text) out.op = op;
    }
    return out;
  }

  // Units agree for + - and comparisons; "@" against a written unit can
  // only be told at run time.
  static bool units_agree(const std::string& a, const std::string& b) {
    if (a == b || a == "?" || b == "?") return true;
    if (a == "@" || b == "@") return !a.empty() && !b.empty();
    return false;
  }

  static std::string product_unit(const std::string& a, const std::string& b, char op) {
    if (a == "?" || b == "?") return "?";
    if (op == '*') {
      if (a.empty()) return b;
      if (b.empty()) return a;
      return a == "@" || b == "@" ? "?" : a + "*" + b;
    }
    if (a == b) return "";
    if (b.empty()) return a;
    return a == "@" || b == "@" ? "?" : a + "/" + b;
  }

  expr expression(const ast::expression& e, std::string& unit) {
    expr out = operand(e.first, unit);
    for (const ast::operation& op : e.rest) {
      std::string ru;
      expr rhs = operand(op.operand_, ru);
      expr bin;
      switch (op.op) {
        case '+': bin.op = expr_op::add; break;
        case '-': bin.op = expr_op::sub; break;
        case '*': bin.op = expr_op::mul; break;
        default: bin.op = expr_op::div; break;
      }
      if (op.op == '+' || op.op == '-') {
        if (!units_agree(unit, ru)) {
          fail(op, std::string("unit mismatch: ") + show_unit(unit) + " " + op.op + " " +
                       show_unit(ru));
        }
        if (unit == "?" || unit == "@") unit = ru.empty() ? unit : ru;
      } else {
        unit = product_unit(unit, ru, op.op);
      }
      bin.args.push_back(std::move(out));
      bin.args.push_back(std::move(rhs));
      out = std::move(bin);
    }
    return out;
  }

  expr operand(const ast::operand& o, std::string& unit) {
    expr out;
    if (const auto* n = boost::get<ast::number_lit>(&o.get())) {
      out.op = expr_op::number;
      out.number = n->value;
      out.unit = n->unit == "%" ? "" : n->unit;
      if (n->unit == "%") out.number = n->value / 100.0;
      out.text = engine::format_number(n->value) + (n->unit == "%" ? "%" : "");
      unit = out.unit;
    } else if (const auto* r = boost::get<ast::name_ref>(&o.get())) {
      out = name(*r, unit);
    } else if (const auto* s = boost::get<x3::forward_ast<ast::signed_>>(&o.get())) {
      out.op = expr_op::neg;
      out.args.push_back(operand(s->get().operand_, unit));
    } else if (const auto* e = boost::get<x3::forward_ast<ast::expression>>(&o.get())) {
      out = expression(e->get(), unit);
    }
    return out;
  }

  expr name(const ast::name_ref& r, std::string& unit) {
    expr out;
    if (!r.call) {
      const int s = slot_index(r.name);
      if (s >= 0) {
        out.op = expr_op::slot;
        out.slot = s;
        unit = slot_unit(rule_->slots[static_cast<std::size_t>(s)]);
        return out;
      }
      const auto it = settings_.find(r.name);
      if (it == settings_.end()) fail(r, "unknown name `" + r.name + "` (not a slot or a setting)");
      out.op = expr_op::number;
      out.number = it->second;
      out.text = r.name;
      unit.clear();
      return out;
    }
    const function_info* fn = find_function(r.name);
    if (fn == nullptr) fail(r, "unknown function `" + r.name + "`");
    if (r.args.size() != fn->arity) {
      fail(r, "`" + r.name + "` takes " + std::to_string(fn->arity) + " argument" +
                  (fn->arity == 1 ? "" : "s") + ", not " + std::to_string(r.args.size()));
    }
    out.op = expr_op::call;
    out.text = r.name;
    std::vector<std::string> units;
    for (const ast::expression& a : r.args) {
      std::string u;
      out.args.push_back(expression(a, u));
      if (fn->takes_slot && out.args.back().op != expr_op::slot) {
        fail(a, "`" + r.name + "` takes a slot name");
      }
      units.push_back(u);
    }
    if (fn->same_units && units.size() == 2 && !units_agree(units[0], units[1])) {
      fail(r, "unit mismatch: `" + r.name + "` of " + show_unit(units[0]) + " and " +
                  show_unit(units[1]));
    }
    if (fn->dimensionless_arg && !units.empty() && !units[0].empty() && units[0] != "?") {
      fail(r, "`" + r.name + "` takes a plain number, not " + show_unit(units[0]));
    }
    unit = fn->result_unit == "=" ? (units.empty() ? "" : units[0]) : std::string(fn->result_unit);
    return out;
  }

  const error_handler_type& positions_;
  std::string name_;
  std::string_view text_;
  std::map<std::string, double, std::less<>>& settings_;
  program::rule* rule_ = nullptr;
};

}  // namespace

program::rule_file compile(const ast::file& tree, const error_handler_type& positions,
                           std::string_view name, std::string_view text,
                           std::map<std::string, double, std::less<>>& settings) {
  return compiler(positions, name, text, settings).run(tree);
}

}  // namespace claimcheck::rules::lang::detail
