// The syntax tree of a rules file as the X3 grammar builds it. Nodes that an
// error message may point at derive from x3::position_tagged; compile.cpp
// turns this tree into program::rule_file and never keeps it.
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>
#include <list>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::rules::ast {

namespace x3 = boost::spirit::x3;

struct nil {};
struct signed_;
struct expression;

struct number_lit : x3::position_tagged {
  double value = 0.0;
  std::string unit;  // "" or as written after the number ("%", "USD", "t")
};

// A name (slot or setting) or a call; `call` tells them apart.
struct name_ref : x3::position_tagged {
  std::string name;
  bool call = false;
  std::vector<expression> args;
};

struct operand : x3::variant<nil, number_lit, name_ref, x3::forward_ast<signed_>,
                             x3::forward_ast<expression>> {
  using base_type::base_type;
  using base_type::operator=;
};

struct signed_ : x3::position_tagged {
  char sign = '-';
  operand operand_;
};

struct operation : x3::position_tagged {
  char op = '+';
  operand operand_;
};

struct expression : x3::position_tagged {
  operand first;
  std::list<operation> rest;
};

struct comparison : x3::position_tagged {
  expression lhs;
  std::string op;
  expression rhs;
};

// An argument of a slot: a quoted literal (head keeps its quotes), a
// variable, a function of a variable (begin(p)), optionally shifted (p - 1y).
struct period_offset {
  char sign = '-';
  unsigned count = 0;
  char unit = 'y';
};

struct slot_arg : x3::position_tagged {
  std::string head;
  std::optional<std::string> inner;
  std::optional<period_offset> offset;
};

struct slot : x3::position_tagged {
  std::string name;
  std::string mode;  // "", "latest" or "all"
  std::string kind;
  std::vector<slot_arg> args;
  std::optional<std::string> before;
};

// Every clause starts with its keyword, kept as the first member.
struct match_clause : x3::position_tagged {
  std::string keyword;
  std::vector<slot> slots;
};
struct when_clause : x3::position_tagged {
  std::string keyword;
  std::vector<comparison> conditions;
};
struct expect_clause : x3::position_tagged {
  std::string keyword;
  comparison check;
};
struct derive_clause : x3::position_tagged {
  std::string keyword;
  std::string target;
  expression value;
};
struct report_clause : x3::position_tagged {
  std::string keyword;
  std::vector<expression> values;
};
struct severity_item : x3::position_tagged {
  std::string outcome;
  std::string level;
};
struct severity_clause : x3::position_tagged {
  std::string keyword;
  std::vector<severity_item> items;
};
struct kind_clause : x3::position_tagged {
  std::string keyword;
  std::string kind;
};

struct clause : x3::variant<match_clause, when_clause, expect_clause, derive_clause,
                            report_clause, severity_clause, kind_clause> {
  using base_type::base_type;
  using base_type::operator=;
};

struct rule_decl : x3::position_tagged {
  std::string id;
  std::optional<std::string> description;
  std::vector<clause> clauses;
};

struct setting_decl : x3::position_tagged {
  std::string name;
  double value = 0.0;
};

struct item : x3::variant<setting_decl, rule_decl> {
  using base_type::base_type;
  using base_type::operator=;
};

using file = std::vector<item>;

}  // namespace claimcheck::rules::ast
