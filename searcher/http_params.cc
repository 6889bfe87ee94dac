#include "searcher/http_params.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <span>

#include "corpus/error.h"
#include "corpus/utf8.h"

namespace samizdat::searcher {
namespace {

constexpr std::array<std::string_view, 8> kApiNames = {
    "q", "limit", "offset", "sort", "facet", "filter", "timeline", "lang"};
constexpr std::array<std::string_view, 2> kPageOnlyNames = {"from", "to"};
constexpr std::array<std::string_view, 2> kRepeatableNames = {"facet", "filter"};

[[nodiscard]] int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

[[nodiscard]] bool is_unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '-' || c == '.' || c == '_' || c == '~';
}

[[nodiscard]] bool contains(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

[[noreturn]] void reject(std::string_view name, std::string_view reason, std::string_view value) {
  throw InputError("parameter " + std::string(name) + " " + std::string(reason) + ": '" +
                   std::string(value) + "'");
}

// Rejects unknown and repeated single-valued names.
void check_names(const QueryParams& params, bool page) {
  std::set<std::string_view> seen;
  for (const auto& [name, value] : params) {
    const bool known = contains(kApiNames, name) || (page && contains(kPageOnlyNames, name));
    if (!known) reject(name, "is unknown", value);
    if (!seen.insert(name).second && !contains(kRepeatableNames, name)) {
      reject(name, "is given more than once", value);
    }
  }
}

[[nodiscard]] std::size_t parse_count(std::string_view name, std::string_view value,
                                      std::size_t max) {
  std::size_t number = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (value.empty() || error != std::errc() || end != value.data() + value.size()) {
    reject(name, "is not a number", value);
  }
  if (number > max) reject(name, "must be at most " + std::to_string(max), value);
  return number;
}

[[nodiscard]] SortOrder parse_sort(std::string_view value) {
  if (value == "relevance") return SortOrder::kRelevance;
  if (value == "date") return SortOrder::kDate;
  if (value == "-date") return SortOrder::kDateDescending;
  reject("sort", "must be relevance, date or -date", value);
}

[[nodiscard]] bool parse_flag(std::string_view name, std::string_view value) {
  if (value.empty() || value == "1" || value == "true") return true;
  if (value == "0" || value == "false") return false;
  reject(name, "must be 1, true, 0 or false", value);
}

[[nodiscard]] std::pair<std::string, std::string> parse_filter(std::string_view value) {
  const auto equals = value.find('=');
  if (equals == 0 || equals == std::string_view::npos || equals + 1 == value.size()) {
    reject("filter", "must be FIELD=VALUE", value);
  }
  return {std::string(value.substr(0, equals)), std::string(value.substr(equals + 1))};
}

void apply_api_param(SearchRequest& request, std::string_view name, const std::string& value) {
  if (name == "q") {
    if (value.size() > kHttpMaxQueryBytes) {
      reject(name, "is longer than " + std::to_string(kHttpMaxQueryBytes) + " bytes",
             value.substr(0, 40) + "...");
    }
    request.query = value;
  } else if (name == "limit") {
    request.limit = parse_count(name, value, kHttpMaxLimit);
  } else if (name == "offset") {
    request.offset = parse_count(name, value, kHttpMaxOffset);
  } else if (name == "sort") {
    request.sort = parse_sort(value);
  } else if (name == "facet") {
    request.facets.push_back(value);
  } else if (name == "filter") {
    request.filters.push_back(parse_filter(value));
  } else if (name == "timeline") {
    request.timeline = parse_flag(name, value);
  } else if (name == "lang") {
    request.language = value;
  }
}

[[nodiscard]] std::optional<int> parse_year(std::string_view name, std::string_view value) {
  if (value.empty()) return std::nullopt;  // an empty form field
  constexpr std::size_t kMaxYear = 9999;
  return static_cast<int>(parse_count(name, value, kMaxYear));
}

[[nodiscard]] std::string year_range(const std::optional<int>& from, const std::optional<int>& to) {
  const auto bound = [](const std::optional<int>& year) {
    return year ? std::to_string(*year) : std::string();
  };
  return "year:" + bound(from) + ".." + bound(to);
}

}  // namespace

std::string percent_decode(std::string_view text, bool plus_is_space) {
  std::string decoded;
  decoded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+' && plus_is_space) {
      decoded += ' ';
    } else if (text[i] != '%') {
      decoded += text[i];
    } else if (i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 &&
               hex_digit(text[i + 2]) >= 0) {
      decoded += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
      i += 2;
    } else {
      throw InputError("invalid percent-encoding in '" + std::string(text) + "'");
    }
  }
  return decoded;
}

std::string percent_encode(std::string_view text, bool keep_slash) {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string encoded;
  for (const char c : text) {
    if (is_unreserved(c) || (keep_slash && c == '/')) {
      encoded += c;
    } else {
      const auto byte = static_cast<unsigned char>(c);
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0xF];
    }
  }
  return encoded;
}

void require_clean_text(std::string_view text, std::string_view what) {
  if (!corpus::is_valid_utf8(text)) throw InputError(std::string(what) + " is not valid UTF-8");
  if (text.find('\0') != std::string_view::npos) {
    throw InputError(std::string(what) + " contains a NUL byte");
  }
}

QueryParams parse_query_string(std::string_view query) {
  QueryParams params;
  while (!query.empty()) {
    const auto amp = query.find('&');
    const auto pair = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (pair.empty()) continue;  // "a=1&&b=2"
    const auto equals = pair.find('=');
    auto name = percent_decode(pair.substr(0, equals), true);
    if (name.empty()) throw InputError("parameter without a name in '" + std::string(pair) + "'");
    require_clean_text(name, "a parameter name");
    auto value = equals == std::string_view::npos ? std::string()
                                                  : percent_decode(pair.substr(equals + 1), true);
    require_clean_text(value, "parameter " + name);
    params.emplace_back(std::move(name), std::move(value));
  }
  return params;
}

std::string to_query_string(const QueryParams& params) {
  std::string query;
  for (const auto& [name, value] : params) {
    if (!query.empty()) query += '&';
    query += percent_encode(name) + '=' + percent_encode(value);
  }
  return query;
}

SearchRequest parse_api_search(const QueryParams& params) {
  check_names(params, false);
  SearchRequest request;
  for (const auto& [name, value] : params) apply_api_param(request, name, value);
  return request;
}

PageSearch parse_page_search(const QueryParams& params) {
  check_names(params, true);
  PageSearch page;
  page.request.limit = kHttpPageSize;
  page.request.timeline = true;
  for (const auto& [name, value] : params) {
    if (name == "from") {
      page.from_year = parse_year(name, value);
    } else if (name == "to") {
      page.to_year = parse_year(name, value);
    } else {
      apply_api_param(page.request, name, value);
    }
  }
  if (page.request.facets.empty()) page.request.facets.push_back("all");
  page.query = page.request.query;
  if (page.from_year && page.to_year && *page.from_year > *page.to_year) {
    reject("from", "is after to (" + std::to_string(*page.to_year) + ")",
           std::to_string(*page.from_year));
  }
  if (page.from_year || page.to_year) {
    const auto range = year_range(page.from_year, page.to_year);
    page.request.query = page.query.empty() ? range : page.query + " " + range;
  }
  page.params = params;
  return page;
}

}  // namespace samizdat::searcher
