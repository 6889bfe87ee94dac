#include "searcher/html_render.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "searcher/html_render_internal.h"
#include "searcher/json_output.h"

namespace samizdat::searcher {
namespace html {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kFieldLabels = {{
    {"type", "Type"}, {"decade", "Decade"}, {"year", "Year"}, {"publication", "Publication"},
    {"author", "Author"}, {"language", "Language"}, {"source", "Source"}, {"tag", "Tag"},
    {"date", "Date"},
}};

[[nodiscard]] bool is_filter(const std::pair<std::string, std::string>& param,
                             std::string_view field) {
  return param.first == "filter" && param.second.starts_with(field) &&
         param.second.size() > field.size() && param.second[field.size()] == '=';
}

[[nodiscard]] std::string filter_value(std::string_view field, std::string_view value) {
  return std::string(field) + "=" + std::string(value);
}

[[nodiscard]] std::string format_bytes(std::uint64_t bytes) {
  constexpr std::array<const char*, 5> kUnits = {"B", "KB", "MB", "GB", "TB"};
  auto size = static_cast<double>(bytes);
  std::size_t unit = 0;
  while (size >= 1024 && unit + 1 < kUnits.size()) {
    size /= 1024;
    ++unit;
  }
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), unit == 0 ? "%.0f %s" : "%.1f %s", size, kUnits[unit]);
  return text.data();
}

}  // namespace

std::string render_in_layout(const TemplateSet& templates, std::string_view name, const data& body,
                             std::string_view title,
                             const std::optional<std::string>& header_query) {
  data layout;
  layout.set("title", std::string(title));
  layout.set("body", templates.render(name, body));
  layout.set("header_search", header_query.has_value());
  layout.set("query", header_query.value_or(""));
  return templates.render("layout", layout);
}

void set_if(data& object, const std::string& key, const std::string& value) {
  if (!value.empty()) object.set(key, value);
}

std::string field_label(std::string_view field) {
  for (const auto& [name, label] : kFieldLabels) {
    if (name == field) return std::string(label);
  }
  std::string label(field);
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

std::string format_count(std::uint64_t count) {
  const auto digits = std::to_string(count);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

std::string format_decimal(double value) {
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.2f", value);
  return text.data();
}

SearchLinks::SearchLinks(const QueryParams& params) {
  for (const auto& param : params) {
    const bool empty_year = (param.first == "from" || param.first == "to") && param.second.empty();
    if (!empty_year) params_.push_back(param);
  }
}

std::string child_anchor(std::string_view id) {
  const auto hash = id.rfind('#');
  return std::string(hash == std::string_view::npos ? id : id.substr(hash + 1));
}

std::string SearchLinks::with_filter(std::string_view field, std::string_view value) const {
  auto params = params_;
  std::erase_if(params, [](const auto& param) { return param.first == "offset"; });
  params.emplace_back("filter", filter_value(field, value));
  return search_url(params);
}

std::string SearchLinks::without_filter(std::string_view field, std::string_view value) const {
  auto params = params_;
  const auto filter = filter_value(field, value);
  std::erase_if(params, [&](const auto& param) {
    return param.first == "offset" || (param.first == "filter" && param.second == filter);
  });
  return search_url(params);
}

std::string SearchLinks::only_filter(std::string_view field, std::string_view value) const {
  auto params = params_;
  std::erase_if(params, [&](const auto& param) {
    return param.first == "offset" || is_filter(param, field);
  });
  params.emplace_back("filter", filter_value(field, value));
  return search_url(params);
}

std::string SearchLinks::with_query(std::string_view query) const {
  auto params = params_;
  std::erase_if(params, [](const auto& param) { return param.first == "offset" || param.first == "q"; });
  params.insert(params.begin(), {"q", std::string(query)});
  return search_url(params);
}

std::string SearchLinks::at_offset(std::size_t offset) const {
  auto params = params_;
  std::erase_if(params, [](const auto& param) { return param.first == "offset"; });
  if (offset > 0) params.emplace_back("offset", std::to_string(offset));
  return search_url(params);
}

std::string SearchLinks::document(std::string_view id) const {
  const auto query = to_query_string(params_);
  return "/doc/" + percent_encode(id, true) + (query.empty() ? "" : "?" + query);
}

std::string SearchLinks::hit(const SearchHit& hit) const {
  if (hit.parent.empty()) return document(hit.id);
  return document(hit.parent) + "#" + child_anchor(hit.id);
}

std::string SearchLinks::results() const {
  return params_.empty() ? "/" : search_url(params_);
}

std::string SearchLinks::search_url(const QueryParams& params) {
  return "/search?" + to_query_string(params);
}

}  // namespace html

std::string render_about_page(const TemplateSet& templates, const ArchiveStats& stats) {
  html::data page;
  page.set("documents", html::format_count(stats.documents));
  page.set("index_size", html::format_bytes(stats.index_bytes));
  page.set("compressed_size", html::format_bytes(stats.compressed_text_bytes));
  page.set("raw_size", html::format_bytes(stats.raw_text_bytes));
  const html::SearchLinks links({});
  html::data groups{html::data::type::list};
  for (const auto& [field, counts] : stats.counts) {
    html::data rows{html::data::type::list};
    for (const auto& [value, count] : counts) {
      html::data row;
      row.set("value", value);
      row.set("count", html::format_count(count));
      row.set("href", links.with_filter(field, value));
      rows.push_back(row);
    }
    html::data group;
    group.set("label", html::field_label(field));
    group.set("rows", rows);
    groups.push_back(group);
  }
  page.set("groups", groups);
  return html::render_in_layout(templates, "about", page, "About this archive", "");
}

std::string render_error_page(const TemplateSet& templates, int status, std::string_view message) {
  html::data page;
  const auto heading = status == 404 ? "Not found" : status < 500 ? "That request cannot be answered"
                                                                  : "Something went wrong";
  page.set("heading", std::string(heading));
  page.set("message", std::string(message));
  return html::render_in_layout(templates, "error", page, heading, "");
}

std::string render_opensearch(const TemplateSet& templates, std::string_view base) {
  html::data page;
  page.set("base", std::string(base));
  return templates.render("opensearch.xml", page);
}

}  // namespace samizdat::searcher
