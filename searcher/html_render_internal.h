// @brief Pieces shared by the page renderers: the layout, links between
// pages, and Mustache data helpers.
#ifndef SAMIZDAT_SEARCHER_HTML_RENDER_INTERNAL_H_
#define SAMIZDAT_SEARCHER_HTML_RENDER_INTERNAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <kainjow/mustache.hpp>

#include "searcher/http_params.h"
#include "searcher/http_templates.h"
#include "searcher/search_request.h"

namespace samizdat::searcher::html {

using kainjow::mustache::data;

// Renders template `name` inside the layout with the page title `title`.
// With `header_query`, the header shows a small search box holding it.
[[nodiscard]] std::string render_in_layout(const TemplateSet& templates, std::string_view name,
                                           const data& body, std::string_view title,
                                           const std::optional<std::string>& header_query);

// Sets `key` only for a non-empty value: Mustache treats "" as true.
void set_if(data& object, const std::string& key, const std::string& value);

// "Publication" for "publication"; the field name capitalised otherwise.
[[nodiscard]] std::string field_label(std::string_view field);

// 12345 → "12,345".
[[nodiscard]] std::string format_count(std::uint64_t count);

// 3.14159 → "3.14": SVG coordinates and milliseconds.
[[nodiscard]] std::string format_decimal(double value);

// The anchor of a comment or quotation inside its article's page: "c1" for
// "2017/x#c1" (what follows the last '#'; the whole id when there is none).
[[nodiscard]] std::string child_anchor(std::string_view id);

// URLs derived from the parameters of one search page.
class SearchLinks {
 public:
  explicit SearchLinks(const QueryParams& params);

  // The results page with one more filter, or one fewer (first page).
  [[nodiscard]] std::string with_filter(std::string_view field, std::string_view value) const;
  [[nodiscard]] std::string without_filter(std::string_view field, std::string_view value) const;
  // The results page with every filter on `field` replaced by this one.
  [[nodiscard]] std::string only_filter(std::string_view field, std::string_view value) const;
  // The results page for another query, other parameters kept (first page).
  [[nodiscard]] std::string with_query(std::string_view query) const;
  // The results page at another offset.
  [[nodiscard]] std::string at_offset(std::size_t offset) const;
  // A document page that carries this search.
  [[nodiscard]] std::string document(std::string_view id) const;
  // Where a hit is read: its document page, or for a comment or quotation
  // its article's page at the child ("/doc/ARTICLE?q=...#c1").
  [[nodiscard]] std::string hit(const SearchHit& hit) const;
  // This very results page ("/" when it has no parameters).
  [[nodiscard]] std::string results() const;

 private:
  [[nodiscard]] static std::string search_url(const QueryParams& params);
  QueryParams params_;  // without empty from/to
};

}  // namespace samizdat::searcher::html

#endif  // SAMIZDAT_SEARCHER_HTML_RENDER_INTERNAL_H_
