// @brief Request parameters of samizdat-serve: strict URL decoding, and the
// search parameters (the same as samizdat-search's) parsed into a SearchRequest.
#ifndef SAMIZDAT_SEARCHER_HTTP_PARAMS_H_
#define SAMIZDAT_SEARCHER_HTTP_PARAMS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "searcher/search_request.h"

namespace samizdat::searcher {

// Name/value pairs in the order they came; names may repeat.
using QueryParams = std::vector<std::pair<std::string, std::string>>;

// Limits on what one request may ask for.
inline constexpr std::size_t kHttpMaxQueryBytes = 1000;
inline constexpr std::size_t kHttpMaxLimit = 100;
inline constexpr std::size_t kHttpMaxOffset = 10000;
inline constexpr std::size_t kHttpPageSize = 10;

// Decodes a URL component: %XX is a byte; with `plus_is_space`, '+' is a
// space (form encoding in query strings, not in paths).
// @exception InputError for a '%' not followed by two hex digits.
[[nodiscard]] std::string percent_decode(std::string_view text, bool plus_is_space);

// Encodes every byte but the unreserved ones (A-Z a-z 0-9 - . _ ~) as %XX;
// with `keep_slash`, '/' stays as it is (for paths).
[[nodiscard]] std::string percent_encode(std::string_view text, bool keep_slash = false);

// Rejects decoded request text that no page or query may hold.
// @exception InputError "WHAT is not valid UTF-8" or "WHAT contains a NUL
//            byte" (the text itself is not repeated: it may be binary).
void require_clean_text(std::string_view text, std::string_view what);

// Splits "a=1&b=x+y" into decoded pairs; a name without '=' has value "".
// @exception InputError for invalid percent-encoding, an empty name, or a
//            name or value that is not clean text (require_clean_text).
[[nodiscard]] QueryParams parse_query_string(std::string_view query);

// The inverse: "a=1&b=x%20y", every name and value encoded.
[[nodiscard]] std::string to_query_string(const QueryParams& params);

// A search as the HTML page asks for it: the API parameters plus a year range.
struct PageSearch {
  SearchRequest request;  // what is passed to the searcher (range added to the query)
  std::string query;      // q as the user typed it
  std::optional<int> from_year;
  std::optional<int> to_year;
  QueryParams params;     // the page's own parameters, to build links from
};

// /api/search: q, limit, offset, sort (relevance|date|-date), facet
// (repeatable), filter=FIELD=VALUE (repeatable), timeline, lang.
// Field names are checked by the searcher itself.
// @exception InputError naming the parameter for an unknown or repeated
//            parameter, a bad number or sort, or a value over its limit.
[[nodiscard]] SearchRequest parse_api_search(const QueryParams& params);

// / and /search: the same parameters (limit defaults to kHttpPageSize, facets to
// "all", timeline on) plus from and to (years) that restrict the query to
// year:FROM..TO.
// @exception InputError as parse_api_search, and for a bad year.
[[nodiscard]] PageSearch parse_page_search(const QueryParams& params);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTTP_PARAMS_H_
