// Plots of a fact series: the SVG chart of the HTML report (value intervals
// as bars over their periods, colour by source, new facts outlined,
// contradictions joined by a red line) and the Unicode bar chart of
// `history --plot`.
#include "cli/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "cli/report_detail.hpp"

namespace claimcheck::cli {
namespace detail {
namespace {

constexpr std::string_view palette[] = {"#0072b2", "#e69f00", "#009e73", "#cc79a7",
                                        "#56b4e9", "#8c6d31", "#f0e442", "#555555"};

double day_number(date::sys_days d) { return static_cast<double>(d.time_since_epoch().count()); }

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// Finite bounds of the series' values, or {0, 1} when there are none.
std::pair<double, double> value_range(const series& s) {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -lo;
  for (const auto& f : s.facts) {
    const auto& v = f.value.value;
    if (v.empty()) continue;
    for (double x : {v.lo(), v.hi()}) {
      if (std::isfinite(x)) lo = std::min(lo, x), hi = std::max(hi, x);
    }
  }
  if (!std::isfinite(lo)) return {0.0, 1.0};
  if (lo == hi) {
    const double pad = lo == 0.0 ? 1.0 : std::fabs(lo) * 0.1;
    return {lo - pad, hi + pad};
  }
  // Some context around narrow values, so that a lone interval is not
  // drawn as if it filled the whole range.
  const double pad = std::max((hi - lo) * 0.08, std::max(std::fabs(lo), std::fabs(hi)) * 0.05);
  return {lo - pad, hi + pad};
}

}  // namespace

std::string_view slot_color(std::size_t slot) { return palette[slot % std::size(palette)]; }

std::string svg_plot(const series& s, const plot_marks& m) {
  constexpr double width = 760, height = 260, left = 78, right = 16, top = 16, bottom = 36;
  constexpr double pw = width - left - right, ph = height - top - bottom;
  if (s.facts.empty()) return {};
  double t0 = day_number(s.facts.front().when.first);
  double t1 = t0;
  for (const auto& f : s.facts) {
    t0 = std::min(t0, day_number(f.when.first));
    t1 = std::max(t1, day_number(f.when.last) + 1);
  }
  const double tpad = std::max(15.0, (t1 - t0) * 0.04);
  t0 -= tpad;
  t1 += tpad;
  // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
  const std::pair<double, double> vr = value_range(s);
  const double v0 = vr.first;
  const double v1 = vr.second;
  auto X = [&](double t) { return left + (t - t0) / (t1 - t0) * pw; };
  auto Y = [&](double v) {
    if (v == std::numeric_limits<double>::infinity()) return top;
    if (v == -std::numeric_limits<double>::infinity()) return top + ph;
    return std::clamp(top + (v1 - v) / (v1 - v0) * ph, top, top + ph);
  };

  std::string svg = fmt::format(
      "<svg class=\"plot\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2} {3}\">\n",
      width, height, xml_escape(s.entity), xml_escape(s.metric));
  svg += fmt::format("<rect class=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n", left,
                     top, pw, ph);
  // Value axis: five ticks.
  for (int i = 0; i <= 4; ++i) {
    const double v = v0 + (v1 - v0) * i / 4.0;
    const double y = Y(v);
    svg += fmt::format(
        "<line class=\"grid\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>"
        "<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
        left, y, left + pw, y, left - 6, y + 4, xml_escape(short_value(v, s.unit)));
  }
  // Time axis: a tick per year, thinned to at most twelve labels.
  const auto y_first = date::year_month_day{date::sys_days{date::days{static_cast<int>(t0)}}}.year();
  const auto y_last = date::year_month_day{date::sys_days{date::days{static_cast<int>(t1)}}}.year();
  const int span = static_cast<int>(y_last) - static_cast<int>(y_first) + 1;
  const int step = std::max(1, (span + 11) / 12);
  for (int y = static_cast<int>(y_first) + 1; y <= static_cast<int>(y_last); y += step) {
    const double x = X(day_number(date::sys_days{date::year{y} / 1 / 1}));
    svg += fmt::format(
        "<line class=\"grid\" x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\"/>"
        "<text class=\"tick\" x=\"{0:.1f}\" y=\"{3:.1f}\" text-anchor=\"middle\">{4}</text>\n",
        x, top, top + ph, top + ph + 16, y);
  }
  // The bars.
  // Stated facts of the same period stand side by side within it; a
  // derived one is drawn inset over them.
  std::map<std::pair<double, double>, std::size_t> per_period;
  for (const auto& f : s.facts) {
    if (!f.derived()) ++per_period[{day_number(f.when.first), day_number(f.when.last)}];
  }
  std::map<std::pair<double, double>, std::size_t> placed;
  std::map<std::string, std::pair<double, double>> centre;  // fact id -> bar centre
  for (const auto& f : s.facts) {
    const auto& v = f.value.value;
    if (v.empty()) continue;
    const std::pair<double, double> key{day_number(f.when.first), day_number(f.when.last)};
    double x = X(key.first);
    double w = std::max(3.0, X(key.second + 1) - x);
    if (f.derived()) {
      x += w * 0.15;
      w *= 0.7;
    } else if (const std::size_t n = per_period[key]; n > 1) {
      w /= static_cast<double>(n);
      x += w * static_cast<double>(placed[key]++);
    }
    // At least 8 px tall, so that the source colour shows.
    double ya = Y(v.hi());
    double yb = Y(v.lo());
    if (yb - ya < 8.0) {
      const double mid = (ya + yb) / 2;
      ya = mid - 4.0;
      yb = mid + 4.0;
    }
    const bool is_new = contains(m.new_facts, f.id);
    bool contradicted = false;
    for (const auto& group : m.contradictions) contradicted |= contains(group, f.id);
    std::string cls = "bar";
    if (is_new) cls += " new";
    if (contradicted) cls += " contradiction";
    if (f.derived()) cls += " derived";
    if (!v.bounded()) cls += " open";
    std::string fill = "none";
    if (!f.derived()) {
      auto it = m.source_slot.find(f.article);
      fill = std::string(slot_color(it != m.source_slot.end() ? it->second : 0));
    }
    const std::string title = fmt::format(
        "{} — {} {}{}{}", f.when.label.empty() ? f.when.str() : f.when.label, f.value.stated,
        v.str(), f.derived() ? " (derived by " + f.derived_by + ")" : "",
        is_new ? " (new)" : "");
    svg += fmt::format(
        "<rect class=\"{}\" data-fact=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" "
        "height=\"{:.1f}\" fill=\"{}\"><title>{}</title></rect>\n",
        cls, xml_escape(f.id), x, ya, w, yb - ya, fill, xml_escape(title));
    if (is_new) {
      svg += fmt::format(
          "<path class=\"new-marker\" d=\"M{:.1f} {:.1f} l-5 -9 h10 z\"><title>new</title></path>\n",
          x + w / 2, ya - 2);
    }
    centre[f.id] = {x + w / 2, (ya + yb) / 2};
  }
  // Each contradiction joins its first fact in this plot to the others.
  std::set<std::pair<std::string, std::string>> joined;
  for (const auto& group : m.contradictions) {
    auto ia = centre.end();
    for (const auto& id : group) {
      if (ia == centre.end()) {
        ia = centre.find(id);
        continue;
      }
      auto ib = centre.find(id);
      if (ib == centre.end() || ib == ia) continue;
      if (!joined.insert(std::minmax(ia->first, ib->first)).second) continue;
      svg += fmt::format(
          "<line class=\"contradiction-link\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" "
          "y2=\"{:.1f}\"><title>contradiction</title></line>\n",
          ia->second.first, ia->second.second, ib->second.first, ib->second.second);
      svg += fmt::format("<text class=\"contradiction-mark\" x=\"{:.1f}\" y=\"{:.1f}\">✕</text>\n",
                         (ia->second.first + ib->second.first) / 2 + 4,
                         (ia->second.second + ib->second.second) / 2 - 4);
    }
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace detail

void write_history_plot(std::ostream& out, const std::vector<engine::fact>& facts,
                        const report_options& o) {
  constexpr int cells = 40;
  static constexpr std::string_view eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  for (const auto& s : detail::group_series(facts)) {
    out << neutralise(fmt::format("{} {} ({})", s.entity, s.metric,
                                  s.unit.empty() ? "number" : s.unit))
        << '\n';
    double lo = 0.0;
    double hi = 0.0;
    for (const auto& f : s.facts) {
      for (double x : {f.value.value.lo(), f.value.value.hi()}) {
        if (!f.value.value.empty() && std::isfinite(x)) lo = std::min(lo, x), hi = std::max(hi, x);
      }
    }
    if (hi <= lo) hi = lo + 1.0;
    auto cell = [&](double x) { return (std::clamp(x, lo, hi) - lo) / (hi - lo) * cells; };
    for (const auto& f : s.facts) {
      const auto& v = f.value.value;
      std::string bar;
      int used = 0;
      if (!v.empty()) {
        const double a = cell(std::isfinite(v.lo()) ? v.lo() : lo);
        const double b = cell(std::isfinite(v.hi()) ? v.hi() : hi);
        const int full = static_cast<int>(a);
        for (int i = 0; i < full; ++i) bar += "█";
        used = full;
        const int part = static_cast<int>((a - full) * 8);
        if (part > 0) bar += eighths[part], ++used;
        // The interval's width: shaded cells from lo to hi.
        for (; used < static_cast<int>(std::ceil(b)) && used < cells; ++used) bar += "░";
        if (!std::isfinite(v.hi())) bar += "→", ++used;
      }
      if (o.color) bar = "\x1b[36m" + bar + "\x1b[0m";
      bar.append(static_cast<std::size_t>(std::max(0, cells + 1 - used)), ' ');
      const std::string label = f.when.label.empty() ? f.when.str() : f.when.label;
      const std::string value =
          v.empty() ? "empty"
          : v.bounded()
              ? detail::short_value(v.mid(), s.unit)
              : (std::isfinite(v.lo()) ? "> " + detail::short_value(v.lo(), s.unit)
                                       : "< " + detail::short_value(v.hi(), s.unit));
      const std::string from =
          f.derived() ? "derived: " + f.derived_by
                      : (f.article.size() > 8 ? f.article.substr(0, 8) : f.article) +
                            (f.published ? " " + engine::period::iso(*f.published) : "");
      out << neutralise(fmt::format("  {:<12} ", label)) << bar
          << neutralise(fmt::format("{:<14} {}", value, from)) << '\n';
    }
  }
}

}  // namespace claimcheck::cli
