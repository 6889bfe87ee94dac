// @brief The hits-per-year bar chart (an inline SVG) of the search and
// quotation pages.
#ifndef SAMIZDAT_SEARCHER_HTML_TIMELINE_H_
#define SAMIZDAT_SEARCHER_HTML_TIMELINE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "searcher/html_render_internal.h"

namespace samizdat::searcher::html {

// The data of the _timeline partial for `timeline` (year → hits): one bar a
// year from the first decade to the last (or only the years with hits over a
// very wide span), each linking to links.only_filter("year", YEAR);
// `is_active` says which bar is the current filter. nullopt without years.
[[nodiscard]] std::optional<data> timeline_data(
    const std::map<std::string, std::uint64_t>& timeline, const SearchLinks& links,
    const std::function<bool(const std::string& year)>& is_active);

}  // namespace samizdat::searcher::html

#endif  // SAMIZDAT_SEARCHER_HTML_TIMELINE_H_
