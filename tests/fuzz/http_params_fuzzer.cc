// @brief libFuzzer target: samizdat-serve's parameter parsing (query string,
// API and page searches) and the percent-encoding round trips.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus/error.h"
#include "searcher/http_params.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

namespace searcher = samizdat::searcher;
using samizdat::fuzz::check;

void check_encoding(std::string_view text) {
  check(searcher::percent_decode(searcher::percent_encode(text), false) == text, "encode then decode");
  check(searcher::percent_decode(searcher::percent_encode(text, true), false) == text,
        "encode keeping '/' then decode");
}

void parse_searches(const searcher::QueryParams& params) {
  try {
    const auto request = searcher::parse_api_search(params);
  } catch (const samizdat::InputError&) {
  }
  try {
    const auto page = searcher::parse_page_search(params);
  } catch (const samizdat::InputError&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  check_encoding(text);
  try {
    const auto params = searcher::parse_query_string(text);
    check(searcher::parse_query_string(searcher::to_query_string(params)) == params,
          "to_query_string parses back to the same pairs");
    parse_searches(params);
  } catch (const samizdat::InputError&) {
    // Bad percent-encoding or an empty name is a 400, not a crash.
  }
  return 0;
}
