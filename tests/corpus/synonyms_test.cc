#include "corpus/synonyms.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "corpus/error.h"
#include "tests/temp_dir.h"

namespace samizdat::corpus {
namespace {

const std::filesystem::path kOrigin = "/corpus/synonyms.txt";

using Words = std::vector<std::string>;

struct ParseCase {
  std::string text;
  std::vector<Words> groups;
  std::vector<std::size_t> lines;
};

TEST(SynonymsTest, ParsesGroupsLineByLine) {
  const std::vector<ParseCase> cases = {
      {"trotsky = trotskii trotzki троцкий\n",
       {{"trotsky", "trotskii", "trotzki", "троцкий"}},
       {1}},
      {"a=b", {{"a", "b"}}, {1}},
      {"a = b, c ,d\r\n", {{"a", "b", "c", "d"}}, {1}},
      {"# comment\n\n  \nx = y # why\n", {{"x", "y"}}, {4}},
      {"\xEF\xBB\xBF"
       "a = b\nc = d\n",
       {{"a", "b"}, {"c", "d"}},
       {1, 2}},
      {"", {}, {}},
      {"Bolsheviki = Bolsheviks\tbolshevik", {{"Bolsheviki", "Bolsheviks", "bolshevik"}}, {1}},
  };
  for (const auto& each : cases) {
    const SynonymFile file = parse_synonyms(each.text, kOrigin);
    EXPECT_EQ(file.content, each.text);
    ASSERT_EQ(file.groups.size(), each.groups.size()) << each.text;
    for (std::size_t i = 0; i < file.groups.size(); ++i) {
      EXPECT_EQ(file.groups[i].words, each.groups[i]) << each.text;
      EXPECT_EQ(file.groups[i].line, each.lines[i]) << each.text;
    }
  }
}

TEST(SynonymsTest, RejectsBadLinesNamingFileAndLine) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a = b\nno equals here\n", "/corpus/synonyms.txt:2: expected 'word = synonym ...'"},
      {"= b\n", "/corpus/synonyms.txt:1: expected one word before '='"},
      {"two words = b\n", "/corpus/synonyms.txt:1: expected one word before '='"},
      {"a =  # nothing\n", "/corpus/synonyms.txt:1: no synonym after '='"},
      {"a = b = c\n", "/corpus/synonyms.txt:1: more than one '='"},
      {"a = b\n\nc = \xFF\n", "/corpus/synonyms.txt:3: not valid UTF-8"},
  };
  for (const auto& [text, message] : cases) {
    try {
      (void)parse_synonyms(text, kOrigin);
      ADD_FAILURE() << "no exception for: " << text;
    } catch (const InputError& error) {
      EXPECT_EQ(error.what(), message);
    }
  }
}

TEST(SynonymsTest, LoadsAFile) {
  const testing::TempDir dir;
  const auto path = dir.write("syn.txt", "lenin = ленин\n");
  const SynonymFile file = load_synonyms(path);
  ASSERT_EQ(file.groups.size(), 1U);
  EXPECT_EQ(file.groups[0].words, (Words{"lenin", "ленин"}));
}

TEST(SynonymsTest, ReportsAMissingFile) {
  const testing::TempDir dir;
  const auto path = dir.path() / "missing.txt";
  try {
    (void)load_synonyms(path);
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), "synonyms '" + path.string() + "': No such file or directory");
  }
}

}  // namespace
}  // namespace samizdat::corpus
