#include "searcher/search_options.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::searcher {
namespace {

[[nodiscard]] SearchOptions parse(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "samizdat-search");
  std::vector<const char*> argv;
  for (const auto& argument : arguments) argv.push_back(argument.c_str());
  return parse_search_options(static_cast<int>(argv.size()), argv.data());
}

TEST(SearchOptionsTest, JoinsQueryWordsAndKeepsDefaults) {
  const auto options = parse({"--db", "a", "working", "class"});
  EXPECT_EQ(options.databases, std::vector<std::string>{"a"});
  EXPECT_EQ(options.request.query, "working class");
  EXPECT_EQ(options.request.limit, 10u);
  EXPECT_EQ(options.request.offset, 0u);
  EXPECT_EQ(options.request.sort, SortOrder::kRelevance);
  EXPECT_EQ(options.format, OutputFormat::kText);
  EXPECT_FALSE(options.request.timeline);
  EXPECT_FALSE(options.show_id);
}

TEST(SearchOptionsTest, ReadsEverySearchFlag) {
  const auto options = parse({"--db", "a", "--db", "tcp://h:1", "--json", "--limit", "20", "--offset", "40",
                              "--sort", "date", "--facet", "type", "--facet", "all", "--filter", "pub=The Militant",
                              "--filter", "year=1917", "--timeline", "--lang", "de", "q"});
  EXPECT_EQ(options.databases, (std::vector<std::string>{"a", "tcp://h:1"}));
  EXPECT_EQ(options.format, OutputFormat::kJson);
  EXPECT_EQ(options.request.limit, 20u);
  EXPECT_EQ(options.request.offset, 40u);
  EXPECT_EQ(options.request.sort, SortOrder::kDate);
  EXPECT_EQ(options.request.facets, (std::vector<std::string>{"type", "all"}));
  using Filter = std::pair<std::string, std::string>;
  EXPECT_EQ(options.request.filters, (std::vector<Filter>{{"pub", "The Militant"}, {"year", "1917"}}));
  EXPECT_TRUE(options.request.timeline);
  EXPECT_EQ(options.request.language, "de");
}

TEST(SearchOptionsTest, AcceptsDescendingDateSortAsSeparateOrGluedValue) {
  EXPECT_EQ(parse({"--db", "a", "--sort", "-date", "q"}).request.sort, SortOrder::kDateDescending);
  EXPECT_EQ(parse({"--db", "a", "--sort=-date", "q"}).request.sort, SortOrder::kDateDescending);
}

TEST(SearchOptionsTest, TakesQueryWordsStartingWithDashAfterDoubleDash) {
  EXPECT_EQ(parse({"--db", "a", "--", "war", "-peace"}).request.query, "war -peace");
}

TEST(SearchOptionsTest, TakesQueryWordsStartingWithDashAnywhere) {
  const auto options = parse({"--db", "a", "war", "-peace", "--limit", "5", "-bread"});
  EXPECT_EQ(options.request.query, "war -peace -bread");
  EXPECT_EQ(options.request.limit, 5U);
  EXPECT_EQ(parse({"--db", "a", "-peace", "war", "--", "-strike"}).request.query, "war -peace -strike");
  // An option's value may start with '-' too.
  EXPECT_EQ(parse({"--db", "-odd-name", "war"}).databases, std::vector<std::string>{"-odd-name"});
}

TEST(SearchOptionsTest, ReadsShowAndQueriesModes) {
  const auto show = parse({"--db", "a", "--show", "2017/x#c1"});
  EXPECT_EQ(show.show_id, "2017/x#c1");
  const auto trec = parse({"--db", "a", "--queries", "topics.tsv", "--format", "trec", "--run-tag", "r1"});
  EXPECT_EQ(trec.queries_file, "topics.tsv");
  EXPECT_EQ(trec.format, OutputFormat::kTrec);
  EXPECT_EQ(trec.run_tag, "r1");
  EXPECT_EQ(parse({"--db", "a", "--queries", "t"}).format, OutputFormat::kTrec);
}

TEST(SearchOptionsTest, HelpNeedsNothingElse) {
  EXPECT_TRUE(parse({"--help"}).help);
  EXPECT_NE(search_usage().find("Examples:"), std::string::npos);
  EXPECT_NE(search_usage().find("--filter"), std::string::npos);
}

TEST(SearchOptionsTest, RejectsBadFlagsWithMessagesNamingThem) {
  const struct {
    std::vector<std::string> arguments;
    std::string message;
  } cases[] = {
      {{"q"}, "--db ARCHIVE is required"},
      {{"--db", "a", "--limit", "10001", "q"}, "--limit must be at most 10000, got 10001"},
      {{"--db", "a", "--sort", "newest", "q"}, "--sort must be relevance, date or -date, got 'newest'"},
      {{"--db", "a", "--filter", "pub", "q"}, "--filter expects FIELD=VALUE, got 'pub'"},
      {{"--db", "a", "--filter", "=x", "q"}, "--filter expects FIELD=VALUE, got '=x'"},
      {{"--db", "a", "--format", "xml", "q"}, "--format must be text, json or trec, got 'xml'"},
      {{"--db", "a", "--format", "trec", "q"}, "--format trec and --queries FILE go together"},
      {{"--db", "a", "--show", "x", "q"}, "--show ID takes no query words and no --queries"},
      {{"--db", "a", "--queries", "t", "q"}, "--queries FILE takes no query words"},
      {{"--db", "a", "--bogus"}, "unrecognised option '--bogus'"},
      {{"--db", "a", "--limit", "ten"}, "the argument ('ten') for option '--limit' is invalid"},
  };
  for (const auto& test : cases) {
    try {
      static_cast<void>(parse(test.arguments));
      ADD_FAILURE() << "accepted " << test.arguments.back();
    } catch (const InputError& error) {
      EXPECT_EQ(error.what(), test.message);
    }
  }
}

}  // namespace
}  // namespace samizdat::searcher
