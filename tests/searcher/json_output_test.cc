#include "searcher/json_output.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace samizdat::searcher {
namespace {

using Keys = std::vector<std::string>;

[[nodiscard]] Keys keys_of(const nlohmann::ordered_json& json) {
  Keys keys;
  for (const auto& [key, value] : json.items()) keys.push_back(key);
  return keys;
}

[[nodiscard]] SearchResponse sample_response() {
  SearchResponse response;
  response.query = "bread";
  response.total = 1;
  response.limit = 10;
  SearchHit hit;
  hit.id = "1917/a";
  hit.authors = {"John Reed", "Louise Bryant"};
  hit.snippet = "<mark>bread</mark> &amp; roses";
  hit.rank = 1;
  response.results.push_back(hit);
  response.facets["tag"] = {{"war", 3}, {"bread", 1}};
  response.timeline["1917"] = 1;
  return response;
}

TEST(JsonOutputTest, SearchObjectHasExactlyTheDesignedKeys) {
  const auto json = to_json(sample_response(), true);
  EXPECT_EQ(keys_of(json), (Keys{"query", "corrected", "unknown_fields", "total", "total_exact", "offset", "limit",
                                 "took_ms", "results", "facets", "facets_exact", "timeline"}));
  EXPECT_EQ(keys_of(json["results"][0]), (Keys{"id", "type", "title", "date", "year", "publication", "author",
                                               "language", "path", "parent", "parent_title", "source", "score", "rank",
                                               "snippet"}));
  EXPECT_TRUE(json["corrected"].is_null());
  EXPECT_EQ(json["unknown_fields"], nlohmann::json::array());
  EXPECT_EQ(json["results"][0]["author"], "John Reed; Louise Bryant");
  EXPECT_EQ(json["results"][0]["snippet"], "<mark>bread</mark> &amp; roses");
  EXPECT_EQ(json["timeline"]["1917"], 1);
  EXPECT_EQ(json["facets_exact"], true);
}

TEST(JsonOutputTest, SaysWhenFacetsWereCountedOnASample) {
  auto response = sample_response();
  response.facets_exact = false;
  EXPECT_EQ(to_json(response, true)["facets_exact"], false);
}

TEST(JsonOutputTest, KeepsFacetOrderAndOmitsTimelineUnlessAsked) {
  auto response = sample_response();
  response.corrected = "bred";
  const auto json = to_json(response, false);
  EXPECT_FALSE(json.contains("timeline"));
  EXPECT_EQ(json["corrected"], "bred");
  EXPECT_EQ(json["facets"]["tag"].dump(), R"({"war":3,"bread":1})");
}

TEST(JsonOutputTest, DocumentObjectCarriesTextAndChildren) {
  DocumentView view;
  view.document.id = "1917/a";
  view.document.text = "All power to the soviets.";
  view.document.date = corpus::Date{1917, 4, 0};
  corpus::Document comment;
  comment.id = "1917/a#c1";
  comment.type = corpus::DocType::kComment;
  view.comments.push_back(comment);
  const auto json = to_json(view);
  EXPECT_EQ(keys_of(json), (Keys{"id", "type", "title", "authors", "date", "publication", "language", "tags", "url",
                                 "path", "parent", "source", "sections", "extra", "text", "comments", "quotations"}));
  EXPECT_EQ(json["date"], "1917-04");
  EXPECT_EQ(json["comments"][0]["type"], "comment");
  EXPECT_TRUE(json["quotations"].empty());
}

}  // namespace
}  // namespace samizdat::searcher
