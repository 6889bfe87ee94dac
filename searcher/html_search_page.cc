// The search page of render_search_page (html_render.h): the form, results,
// facet sidebar, timeline and paging.
#include <algorithm>
#include <array>

#include "corpus/language_info.h"
#include "searcher/hit_builder.h"
#include "searcher/html_render.h"
#include "searcher/html_render_internal.h"
#include "searcher/html_timeline.h"
#include "searcher/json_output.h"

namespace samizdat::searcher {
namespace {

using html::data;
using html::set_if;

constexpr std::array<std::string_view, 8> kFacetOrder = {
    "type", "decade", "year", "publication", "author", "language", "source", "tag"};
constexpr std::size_t kFacetValuesShown = 10;
constexpr std::size_t kPageLinks = 9;

[[nodiscard]] bool is_active(const SearchRequest& request, std::string_view field,
                             std::string_view value) {
  return std::any_of(request.filters.begin(), request.filters.end(), [&](const auto& filter) {
    return filter.first == field && filter.second == value;
  });
}

// A facet or filter value as shown: a language by its name ("fr" → "French");
// links keep the value itself.
[[nodiscard]] std::string value_label(std::string_view field, const std::string& value) {
  return field == "language" ? corpus::language_name(value) : value;
}

[[nodiscard]] data form_data(const PageSearch& page) {
  data form;
  form.set("query", page.query);
  if (page.from_year) form.set("from", std::to_string(*page.from_year));
  if (page.to_year) form.set("to", std::to_string(*page.to_year));
  constexpr std::array<std::pair<SortOrder, std::string_view>, 3> kSorts = {{
      {SortOrder::kRelevance, "relevance"}, {SortOrder::kDateDescending, "-date"},
      {SortOrder::kDate, "date"}}};
  constexpr std::array<std::string_view, 3> kSortLabels = {"relevance", "newest first",
                                                           "oldest first"};
  data sorts{data::type::list};
  for (std::size_t i = 0; i < kSorts.size(); ++i) {
    data option;
    option.set("value", std::string(kSorts[i].second));
    option.set("label", std::string(kSortLabels[i]));
    option.set("selected", page.request.sort == kSorts[i].first);
    sorts.push_back(option);
  }
  form.set("sorts", sorts);
  return form;
}

void add_filters(data& page_data, const PageSearch& page, const html::SearchLinks& links) {
  data filters{data::type::list};
  for (const auto& [field, value] : page.request.filters) {
    data filter;
    filter.set("param", field + "=" + value);
    filter.set("label", html::field_label(field));
    filter.set("value", value_label(field, value));
    filter.set("remove_href", links.without_filter(field, value));
    filters.push_back(filter);
  }
  page_data.set("has_filters", !page.request.filters.empty());
  page_data.set("filters", filters);
}

[[nodiscard]] data hit_data(const SearchHit& hit, const html::SearchLinks& links) {
  data item;
  item.set("title", display_title(hit));
  item.set("href", links.hit(hit));
  item.set("type", hit.type);
  set_if(item, "date", hit.date);
  set_if(item, "publication", hit.publication);
  set_if(item, "authors", join_authors(hit.authors));
  set_if(item, "snippet", hit.snippet);
  return item;
}

[[nodiscard]] std::vector<std::string> facet_fields(const SearchResponse& response) {
  std::vector<std::string> fields;
  for (const auto field : kFacetOrder) {
    if (response.facets.contains(std::string(field))) fields.emplace_back(field);
  }
  for (const auto& [field, counts] : response.facets) {
    if (std::find(kFacetOrder.begin(), kFacetOrder.end(), field) == kFacetOrder.end()) {
      fields.push_back(field);
    }
  }
  return fields;
}

[[nodiscard]] data facet_data(const std::string& field, const FacetCounts& counts,
                              const PageSearch& page, const html::SearchLinks& links) {
  data values{data::type::list};
  for (std::size_t i = 0; i < counts.size() && i < kFacetValuesShown; ++i) {
    const auto& [value, count] = counts[i];
    const bool active = is_active(page.request, field, value);
    data item;
    item.set("value", value_label(field, value));
    item.set("count", html::format_count(count));
    item.set("active", active);
    item.set("href", active ? links.without_filter(field, value) : links.with_filter(field, value));
    values.push_back(item);
  }
  data facet;
  facet.set("label", html::field_label(field));
  facet.set("values", values);
  return facet;
}

[[nodiscard]] data facets_data(const SearchResponse& response, const PageSearch& page,
                               const html::SearchLinks& links) {
  data facets{data::type::list};
  for (const auto& field : facet_fields(response)) {
    const auto& counts = response.facets.at(field);
    if (!counts.empty()) facets.push_back(facet_data(field, counts, page, links));
  }
  return facets;
}

void add_timeline(data& page_data, const SearchResponse& response, const PageSearch& page,
                  const html::SearchLinks& links) {
  const auto timeline = html::timeline_data(
      response.timeline, links,
      [&page](const std::string& year) { return is_active(page.request, "year", year); });
  if (timeline) page_data.set("timeline", *timeline);
}

void add_paging(data& page_data, const SearchResponse& response, const html::SearchLinks& links) {
  const std::size_t limit = std::max<std::size_t>(response.limit, 1);
  const auto total = static_cast<std::size_t>(std::min<std::uint64_t>(response.total, kHttpMaxOffset + limit));
  if (total <= limit) return;
  const std::size_t current = response.offset / limit;
  const std::size_t page_count = (total + limit - 1) / limit;
  const std::size_t first = current > kPageLinks / 2 ? current - kPageLinks / 2 : 0;
  data pages{data::type::list};
  for (std::size_t number = first; number < page_count && number < first + kPageLinks; ++number) {
    data item;
    item.set("number", std::to_string(number + 1));
    item.set("current", number == current);
    item.set("href", links.at_offset(number * limit));
    pages.push_back(item);
  }
  data paging;
  paging.set("pages", pages);
  if (current > 0) paging.set("previous", links.at_offset((current - 1) * limit));
  if (current + 1 < page_count) paging.set("next", links.at_offset((current + 1) * limit));
  page_data.set("paging", paging);
}

[[nodiscard]] std::string total_text(const SearchResponse& response) {
  const auto count = html::format_count(response.total);
  const auto noun = response.total == 1 ? " result" : " results";
  return (response.total_exact ? "" : "at least ") + count + noun;
}

void add_response(data& page_data, const SearchResponse& response, const PageSearch& page,
                  const html::SearchLinks& links) {
  page_data.set("searched", true);
  page_data.set("total_text", total_text(response));
  page_data.set("took", html::format_decimal(response.took_ms));
  if (response.corrected) {
    data corrected;
    corrected.set("text", *response.corrected);
    corrected.set("href", links.with_query(*response.corrected));
    page_data.set("corrected", corrected);
  }
  if (!response.unknown_fields.empty()) page_data.set("unknown_fields", unknown_fields_notice(response));
  add_timeline(page_data, response, page, links);
  page_data.set("facets", facets_data(response, page, links));
  data results{data::type::list};
  for (const auto& hit : response.results) results.push_back(hit_data(hit, links));
  page_data.set("results", results);
  page_data.set("start", std::to_string(response.offset + 1));
  add_paging(page_data, response, links);
}

}  // namespace

std::string render_search_page(const TemplateSet& templates, const PageSearch& page,
                               const SearchResponse* response) {
  const html::SearchLinks links(page.params);
  auto page_data = form_data(page);
  add_filters(page_data, page, links);
  if (response != nullptr) add_response(page_data, *response, page, links);
  const auto title = page.query.empty() ? std::string("Search") : page.query;
  return html::render_in_layout(templates, "search", page_data, title, std::nullopt);
}

}  // namespace samizdat::searcher
