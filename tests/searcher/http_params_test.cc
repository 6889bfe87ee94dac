#include "searcher/http_params.h"

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::searcher {
namespace {

struct DecodeCase {
  std::string_view input;
  bool plus_is_space;
  std::string_view expected;
};

TEST(HttpParamsTest, PercentDecodesBytesAndPlus) {
  const DecodeCase cases[] = {
      {"abc", true, "abc"},
      {"a+b", true, "a b"},
      {"a+b", false, "a+b"},
      {"%3Cscript%3e", true, "<script>"},
      {"%D0%A2%D1%80", true, "\xD0\xA2\xD1\x80"},
      {"%25", true, "%"},
      {"", true, ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(percent_decode(c.input, c.plus_is_space), c.expected) << c.input;
  }
}

TEST(HttpParamsTest, RejectsInvalidPercentEncoding) {
  for (const std::string_view input : {"%", "%4", "%zz", "a%4g", "100%"}) {
    try {
      (void)percent_decode(input, true);
      ADD_FAILURE() << input;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), "invalid percent-encoding in '" + std::string(input) + "'");
    }
  }
}

TEST(HttpParamsTest, PercentEncodeRoundTrips) {
  const std::string text = "a b/c#q1?&=<\"'>\xD0\xA2";
  EXPECT_EQ(percent_encode(text), "a%20b%2Fc%23q1%3F%26%3D%3C%22%27%3E%D0%A2");
  EXPECT_EQ(percent_encode("2017/x#c1", true), "2017/x%23c1");
  EXPECT_EQ(percent_decode(percent_encode(text), true), text);
}

TEST(HttpParamsTest, ParsesQueryStringsInOrder) {
  const QueryParams expected = {{"q", "a b"}, {"filter", "type=article"}, {"filter", "year=1917"},
                                {"timeline", ""}};
  EXPECT_EQ(parse_query_string("q=a+b&filter=type%3Darticle&&filter=year=1917&timeline"), expected);
  EXPECT_EQ(parse_query_string(""), QueryParams());
  EXPECT_EQ(to_query_string(expected), "q=a%20b&filter=type%3Darticle&filter=year%3D1917&timeline=");
}

TEST(HttpParamsTest, RejectsParameterWithoutName) {
  EXPECT_THROW((void)parse_query_string("=x"), InputError);
}

TEST(HttpParamsTest, RejectsParametersThatAreNotCleanUtf8) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"q=%FF", "parameter q is not valid UTF-8"},
      {"q=%C0%AF", "parameter q is not valid UTF-8"},        // overlong '/'
      {"q=%ED%A0%80", "parameter q is not valid UTF-8"},     // a surrogate
      {"q=%D0", "parameter q is not valid UTF-8"},           // truncated
      {"q=a%00b", "parameter q contains a NUL byte"},
      {"%FE=1", "a parameter name is not valid UTF-8"},
      {"q%00=1", "a parameter name contains a NUL byte"},
  };
  for (const auto& [input, message] : cases) {
    try {
      (void)parse_query_string(input);
      ADD_FAILURE() << input;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), message) << input;
    }
  }
  EXPECT_EQ(parse_query_string("q=%D0%A2")[0].second, "\xD0\xA2");
}

TEST(HttpParamsTest, ParsesEveryApiParameter) {
  const auto request = parse_api_search(parse_query_string(
      "q=soviet&limit=20&offset=40&sort=-date&facet=type&facet=year&filter=pub=Pravda"
      "&filter=type=article&timeline=1&lang=de"));
  EXPECT_EQ(request.query, "soviet");
  EXPECT_EQ(request.limit, 20u);
  EXPECT_EQ(request.offset, 40u);
  EXPECT_EQ(request.sort, SortOrder::kDateDescending);
  EXPECT_EQ(request.facets, (std::vector<std::string>{"type", "year"}));
  const std::vector<std::pair<std::string, std::string>> filters = {{"pub", "Pravda"},
                                                                    {"type", "article"}};
  EXPECT_EQ(request.filters, filters);
  EXPECT_TRUE(request.timeline);
  EXPECT_EQ(request.language, "de");
}

TEST(HttpParamsTest, ApiDefaultsMatchTheCommandLine) {
  const auto request = parse_api_search({});
  EXPECT_EQ(request.limit, 10u);
  EXPECT_EQ(request.offset, 0u);
  EXPECT_EQ(request.sort, SortOrder::kRelevance);
  EXPECT_TRUE(request.facets.empty());
  EXPECT_FALSE(request.timeline);
}

struct ErrorCase {
  std::string_view query;
  std::string message;
};

TEST(HttpParamsTest, RejectsMalformedParametersWithTheirName) {
  const std::string long_query = "q=" + std::string(1001, 'a');
  const ErrorCase cases[] = {
      {"limit=ten", "parameter limit is not a number: 'ten'"},
      {"limit=-1", "parameter limit is not a number: '-1'"},
      {"limit=", "parameter limit is not a number: ''"},
      {"limit=101", "parameter limit must be at most 100: '101'"},
      {"offset=10001", "parameter offset must be at most 10000: '10001'"},
      {"offset=99999999999999999999999", "parameter offset is not a number: '99999999999999999999999'"},
      {"sort=score", "parameter sort must be relevance, date or -date: 'score'"},
      {"timeline=yes", "parameter timeline must be 1, true, 0 or false: 'yes'"},
      {"filter=type", "parameter filter must be FIELD=VALUE: 'type'"},
      {"filter==x", "parameter filter must be FIELD=VALUE: '=x'"},
      {"filter=type=", "parameter filter must be FIELD=VALUE: 'type='"},
      {"q=a&q=b", "parameter q is given more than once: 'b'"},
      {"debug=1", "parameter debug is unknown: '1'"},
      {"from=1917", "parameter from is unknown: '1917'"},
      {long_query, "parameter q is longer than 1000 bytes: '" + std::string(40, 'a') + "...'"},
  };
  for (const auto& c : cases) {
    try {
      (void)parse_api_search(parse_query_string(c.query));
      ADD_FAILURE() << c.query;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

TEST(HttpParamsTest, AcceptsAQueryOfExactlyTheLimit) {
  const std::string query(kHttpMaxQueryBytes, 'a');
  EXPECT_EQ(parse_api_search({{"q", query}}).query, query);
}

TEST(HttpParamsTest, PageSearchAsksForFacetsAndTimeline) {
  const auto page = parse_page_search(parse_query_string("q=bread"));
  EXPECT_EQ(page.query, "bread");
  EXPECT_EQ(page.request.query, "bread");
  EXPECT_EQ(page.request.facets, std::vector<std::string>{"all"});
  EXPECT_TRUE(page.request.timeline);
  EXPECT_EQ(page.request.limit, kHttpPageSize);
}

TEST(HttpParamsTest, PageSearchTurnsYearsIntoARange) {
  struct Case {
    std::string_view query;
    std::string_view searched;
  };
  const Case cases[] = {
      {"q=bread&from=1917&to=1921", "bread year:1917..1921"},
      {"q=bread&from=1917&to=", "bread year:1917.."},
      {"q=&from=&to=1921", "year:..1921"},
      {"q=bread&from=&to=", "bread"},
  };
  for (const auto& c : cases) {
    const auto page = parse_page_search(parse_query_string(c.query));
    EXPECT_EQ(page.request.query, c.searched) << c.query;
  }
}

TEST(HttpParamsTest, PageSearchRejectsBadYears) {
  const ErrorCase cases[] = {
      {"from=1917x", "parameter from is not a number: '1917x'"},
      {"to=10000", "parameter to must be at most 9999: '10000'"},
      {"from=1921&to=1917", "parameter from is after to (1917): '1921'"},
  };
  for (const auto& c : cases) {
    try {
      (void)parse_page_search(parse_query_string(c.query));
      ADD_FAILURE() << c.query;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

}  // namespace
}  // namespace samizdat::searcher
