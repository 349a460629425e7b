// `claimcheck mentions`: the scanner's output, per DESIGN.md's JSON contract.
#include "cli/mentions.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/report.hpp"
#include "engine/claimcheck.hpp"
#include "engine/json.hpp"
#include "grammar/mention.hpp"

namespace claimcheck::cli {

using json = nlohmann::json;

int run_mentions(const std::string& file, const std::string& published, const std::string& format,
                 std::size_t max_input, std::ostream& out, std::ostream& err) {
  grammar::scan_options opts;
  bool today = false;
  if (!published.empty()) {
    opts.reference = engine::period::parse_iso(published);
    if (!opts.reference) {
      err << "claimcheck: --published is not a date (YYYY-MM-DD): " << published << '\n';
      return 2;
    }
  } else {
    opts.reference = date::floor<date::days>(std::chrono::system_clock::now());
    today = true;
  }
  auto input = engine::read_inputs({file}, max_input);
  for (const auto& a : input.articles) {
    grammar::scan_options o = opts;
    if (published.empty() && a.published) {
      o.reference = a.published;
    }
    const bool against_today = today && !a.published;
    for (const auto& m : grammar::scan_mentions(a.text, o)) {
      const std::string text = a.text.substr(m.start, m.end - m.start);
      if (format == "json") {
        json j = {{"type", std::string(grammar::to_string(m.type))},
                  {"text", text},
                  {"start", m.start + a.base_offset},
                  {"end", m.end + a.base_offset}};
        if (grammar::is_numeric(m.type) || m.type == grammar::mention_type::duration) {
          json v = engine::interval_json(m.value.value);
          v["number"] = std::isnan(m.value.number) ? json(nullptr) : json(m.value.number);
          v["unit"] = m.value.unit;
          v["qualifier"] = std::string(engine::to_string(m.value.qual));
          j["value"] = v;
        }
        if (m.when) {
          j["period"] = {{"start", engine::period::iso(m.when->first)},
                         {"end", engine::period::iso(m.when->last)},
                         {"grain", std::string(engine::to_string(m.when->g))}};
        }
        if (m.relative) j["relative"] = true;
        if (m.relative && against_today) j["resolved_against"] = "today";
        if (m.unresolved) j["unresolved"] = true;
        if (m.weekday) j["weekday"] = *m.weekday;
        if (!m.error.empty()) j["error"] = m.error;
        out << j.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
      } else {
        std::string detail;
        if (m.when) {
          detail = m.when->str();
        } else if (m.unresolved) {
          detail = "unresolved";
        } else {
          detail = m.value.value.str() + (m.value.unit.empty() ? "" : " " + m.value.unit);
        }
        out << fmt::format("{}-{}\t{}\t{}\t{}{}\n", m.start + a.base_offset, m.end + a.base_offset,
                           grammar::to_string(m.type), neutralise(text), detail,
                           m.error.empty() ? "" : "\terror: " + m.error);
      }
    }
  }
  return 0;
}

}  // namespace claimcheck::cli
