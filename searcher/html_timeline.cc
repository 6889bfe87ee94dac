#include "searcher/html_timeline.h"

#include <algorithm>
#include <charconv>
#include <utility>
#include <vector>

namespace samizdat::searcher::html {
namespace {

constexpr int kTimelineWidth = 1000;   // SVG user units; the CSS sets the real size
constexpr int kTimelineHeight = 100;
constexpr int kMaxTimelineSpan = 400;  // wider spans show only the years with hits

using YearCounts = std::vector<std::pair<int, std::uint64_t>>;

// Years to draw: every year from the first to the last (gaps are news), or
// only those with hits when the span is too wide for a bar each.
[[nodiscard]] YearCounts timeline_years(const std::map<std::string, std::uint64_t>& timeline) {
  std::map<int, std::uint64_t> counts;
  for (const auto& [year, count] : timeline) {
    int number = 0;
    const auto [end, error] = std::from_chars(year.data(), year.data() + year.size(), number);
    if (error == std::errc() && end == year.data() + year.size()) counts[number] += count;
  }
  YearCounts years;
  if (counts.empty()) return years;
  // Whole decades, so that a few years do not make a few giant bars.
  const int first = counts.begin()->first / 10 * 10;
  const int last = counts.rbegin()->first / 10 * 10 + 9;
  if (last - first > kMaxTimelineSpan) return {counts.begin(), counts.end()};
  for (int year = first; year <= last; ++year) {
    const auto found = counts.find(year);
    years.emplace_back(year, found == counts.end() ? 0 : found->second);
  }
  return years;
}

// Where one bar stands: its slot width and index in the chart.
struct BarPlace {
  double slot = 0;
  std::size_t index = 0;
};

[[nodiscard]] data bar_data(int year, std::uint64_t count, std::uint64_t max, BarPlace place,
                            const SearchLinks& links,
                            const std::function<bool(const std::string&)>& is_active) {
  const auto year_text = std::to_string(year);
  const double height = count == 0 ? 0
                        : std::max(2.0, static_cast<double>(count) / static_cast<double>(max) *
                                            (kTimelineHeight - 4));
  data bar;
  bar.set("year", year_text);
  bar.set("count", format_count(count));
  bar.set("noun", std::string(count == 1 ? "hit" : "hits"));
  bar.set("href", links.only_filter("year", year_text));
  bar.set("active", is_active(year_text));
  bar.set("x", format_decimal(place.slot * static_cast<double>(place.index)));
  bar.set("slot", format_decimal(place.slot));
  bar.set("w", format_decimal(place.slot * 0.8));
  bar.set("h", format_decimal(height));
  bar.set("y", format_decimal(kTimelineHeight - height));
  return bar;
}

}  // namespace

std::optional<data> timeline_data(const std::map<std::string, std::uint64_t>& timeline,
                                  const SearchLinks& links,
                                  const std::function<bool(const std::string& year)>& is_active) {
  const auto years = timeline_years(timeline);
  if (years.empty()) return std::nullopt;
  std::uint64_t max = 1;
  for (const auto& entry : years) max = std::max(max, entry.second);
  const double slot = static_cast<double>(kTimelineWidth) / static_cast<double>(years.size());
  data bars{data::type::list};
  for (std::size_t i = 0; i < years.size(); ++i) {
    bars.push_back(bar_data(years[i].first, years[i].second, max, {slot, i}, links, is_active));
  }
  data chart;
  chart.set("width", std::to_string(kTimelineWidth));
  chart.set("height", std::to_string(kTimelineHeight));
  chart.set("bars", bars);
  chart.set("first", std::to_string(years.front().first));
  chart.set("last", std::to_string(years.back().first));
  return chart;
}

}  // namespace samizdat::searcher::html
