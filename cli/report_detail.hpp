// Helpers shared by the report writers: locating byte offsets in an
// article's file, finding what to underline in a sentence, escaping for XML
// and URIs, and grouping facts into plotted series.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/report.hpp"
#include "engine/claimcheck.hpp"

namespace claimcheck::cli::detail {

// A 1-based line and column (bytes) in an article's file.
struct position {
  unsigned line = 0;
  unsigned column = 0;
};

// Where a byte offset of the file falls, counted from the article's text
// (base_offset, base_line). Nullopt-like {0, 0} when outside the text.
[[nodiscard]] position locate(const engine::article& a, std::size_t file_offset);

// Byte ranges [first, second) of the sentence to underline for a finding:
// each stated text found in the sentence, else the part of the source span
// that lies inside the sentence (when the article text is at hand).
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> marks(
    const engine::finding& f, const engine::article* a);

// The sentence made printable on one line (tabs and newlines to spaces,
// controls neutralised) and the caret line under it for the marks ("^~~~"),
// aligned by code points. The caret line is empty when there is no mark.
// A sentence longer than max_columns (0: no limit) is cut to a window of
// that many columns around the marks, "…" marking what was left out.
struct underlined {
  std::string sentence;
  std::string carets;
};
[[nodiscard]] underlined underline(std::string_view sentence,
                                   const std::vector<std::pair<std::size_t, std::size_t>>& m,
                                   std::size_t max_columns = 0);

// The article with this id among o.other_articles, or nullptr.
[[nodiscard]] const engine::article* other_article(const report_options& o, std::string_view id);

// XML text and attribute escaping; bytes not allowed in XML 1.0 (controls)
// become U+FFFD.
[[nodiscard]] std::string xml_escape(std::string_view s);
// A path as a URI reference: a relative path stays relative, an absolute
// one becomes a file:// URI; percent-encoded, '/' separators kept.
[[nodiscard]] std::string path_uri(std::string_view path);

// Facts grouped for plotting: one series per entity, metric and unit, in
// order of entity and metric (series in % or pp after the others of the
// same key); the facts of a series ordered by period start.
struct series {
  std::string entity;
  std::string metric;
  std::string unit;
  std::vector<engine::fact> facts;
};
[[nodiscard]] std::vector<series> group_series(const std::vector<engine::fact>& facts);

// A short human form of a value in its unit: "$31.17 bn", "23.6 %",
// "23 mn t", with at most `digits` significant digits.
[[nodiscard]] std::string short_value(double x, std::string_view unit, int digits = 4);

// What an SVG plot of a series marks: the facts new in this report, the
// facts of each contradiction finding, and the colour slot of each source
// article (by article id; derived facts are drawn unfilled).
struct plot_marks {
  std::vector<std::string> new_facts;
  std::vector<std::vector<std::string>> contradictions;
  std::map<std::string, std::size_t> source_slot;
};
// The colour of a source slot.
[[nodiscard]] std::string_view slot_color(std::size_t slot);
// One <svg class="plot"> element: value intervals as bars by period (x:
// time, y: value), each bar a <rect class="bar"> with a <title>.
[[nodiscard]] std::string svg_plot(const series& s, const plot_marks& m);

}  // namespace claimcheck::cli::detail
