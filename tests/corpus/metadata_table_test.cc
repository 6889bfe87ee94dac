#include "corpus/metadata_table.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "corpus/error.h"
#include "tests/temp_dir.h"

namespace samizdat::corpus {
namespace {

using testing::TempDir;

// The UN General Debate Corpus's layout: speeches/YEAR/ISO_SESSION_YEAR.txt
// and a table of speakers by session, with a trailing empty column.
constexpr std::string_view kSpeakers =
    "Year\tSession\tISO Code\tCountry\tName of Person Speaking\tPost\t\n"
    "1988\t43\tUSA\tUnited States of America\tRonald Reagan\tPresident\t\n"
    "1988\t43\tUKR\tUkrainian SSR\tMr. KRAVETS\t\t\n"
    "\n"
    "1960\t15\tIND\tIndia\tMr. NEHRU\t\t\n"
    "1960\t15\tIND\tIndia\tMr. Krishna MENON\tPrime Minister\t\n"
    "1960\t15\tIND\tIndia\tMr. NEHRU\tMinister\t\n"
    "1960\t\tFRA\tFrance\tNobody\t\t\n";

CorpusConfig speakers_config(const TempDir& folder, std::string_view file, std::string_view content) {
  CorpusConfig config;
  config.table_file = folder.write(file, content).string();
  config.path_fields = {{"iso", PathPattern("/([A-Z]{3})_[0-9]+_")}, {"session", PathPattern("_([0-9]+)_[0-9]+\\.")}};
  config.table_keys = {{"iso", "ISO Code"}, {"session", "Session"}};
  config.field_renames = {{"author", "Name of Person Speaking"}};
  return config;
}

std::string error_of(const CorpusConfig& config) {
  try {
    (void)MetadataTable(config);
  } catch (const InputError& error) {
    return error.what();
  }
  return "no error";
}

TEST(MetadataTableTest, FindsAFilesRowByTheKeysItsPathGives) {
  const TempDir folder;
  const CorpusConfig config = speakers_config(folder, "speakers.tsv", kSpeakers);
  const MetadataTable table(config);
  EXPECT_EQ(table.size(), 3U);  // USA, UKR, IND: the FRA row has no session
  const Document* usa = table.find(config.path_values("speeches/1988/USA_43_1988.txt"));
  ASSERT_NE(usa, nullptr);
  EXPECT_EQ(usa->authors, std::vector<std::string>{"Ronald Reagan"});
  // Every column but the keys and the authors' is an extra field; "Year" is
  // not "year", so it gives no date.
  EXPECT_EQ(usa->extra, (std::map<std::string, std::string>{
                            {"Country", "United States of America"}, {"Post", "President"}, {"Year", "1988"}}));
  EXPECT_TRUE(usa->date.empty());
  EXPECT_EQ(table.find(config.path_values("speeches/1988/UKR_43_1988.txt"))->extra.count("Post"), 0U);  // an empty cell
  EXPECT_EQ(table.find(config.path_values("speeches/1988/USA_44_1989.txt")), nullptr);
  EXPECT_EQ(table.find(config.path_values("README.md")), nullptr);
  EXPECT_EQ(table.describe_key(config.path_values("speeches/1988/USA_44_1989.txt")), "iso=USA, session=44");
  EXPECT_EQ(table.describe_key(config.path_values("README.md")), "");
}

TEST(MetadataTableTest, RowsWithOneKeyKeepEveryAuthorAndTheFirstOfOtherCells) {
  const TempDir folder;
  const CorpusConfig config = speakers_config(folder, "speakers.tsv", kSpeakers);
  const MetadataTable table(config);
  const Document* india = table.find(config.path_values("speeches/1960/IND_15_1960.txt"));
  ASSERT_NE(india, nullptr);
  EXPECT_EQ(india->authors, (std::vector<std::string>{"Mr. NEHRU", "Mr. Krishna MENON"}));
  EXPECT_EQ(india->extra.at("Post"), "Prime Minister");
}

TEST(MetadataTableTest, CsvCellsMayBeQuotedAndGiveTheDocumentsFields) {
  const TempDir folder;
  CorpusConfig config;
  config.table_file = folder.write("files.csv",
                                   "\xEF\xBB\xBF" "file,title,author,year,tags,note\r\n"
                                   "a.txt,\"Land, Bread, Peace\",\"Lenin\",1917,\"war, peace\",\"He said \"\"no\"\"\n"
                                   "twice\"\r\n"
                                   "b.txt,Untitled,,not a year,,\r\n")
                          .string();
  config.path_fields = {{"file", PathPattern("([^/]+)$")}};
  config.table_keys = {{"file", "file"}};
  const MetadataTable table(config);
  const Document* a = table.find(config.path_values("leaflets/a.txt"));
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->title, "Land, Bread, Peace");
  EXPECT_EQ(a->authors, std::vector<std::string>{"Lenin"});
  EXPECT_EQ(a->date.iso(), "1917");
  EXPECT_EQ(a->tags, (std::vector<std::string>{"war", "peace"}));
  EXPECT_EQ(a->extra.at("note"), "He said \"no\"\ntwice");
  EXPECT_EQ(a->extra.at("title"), "Land, Bread, Peace");
  const Document* b = table.find(config.path_values("b.txt"));
  ASSERT_NE(b, nullptr);
  EXPECT_TRUE(b->authors.empty());
  EXPECT_TRUE(b->date.empty());
  EXPECT_EQ(b->extra.at("date"), "not a year");  // kept, as a JSON record keeps it
}

TEST(MetadataTableTest, FieldRenamesPickTheColumns) {
  const TempDir folder;
  CorpusConfig config = speakers_config(folder, "speakers.tsv", kSpeakers);
  config.field_renames["title"] = "Country";
  config.field_renames["date"] = "Year";
  const MetadataTable table(config);
  const Document* usa = table.find(config.path_values("speeches/1988/USA_43_1988.txt"));
  ASSERT_NE(usa, nullptr);
  EXPECT_EQ(usa->title, "United States of America");
  EXPECT_EQ(usa->extra.at("Country"), "United States of America");  // a facet as well
  EXPECT_EQ(usa->date.iso(), "1988");
}

TEST(MetadataTableTest, TheDigestFollowsTheBytes) {
  const TempDir folder;
  const MetadataTable one(speakers_config(folder, "one.tsv", kSpeakers));
  const MetadataTable same(speakers_config(folder, "same.tsv", kSpeakers));
  const MetadataTable other(
      speakers_config(folder, "other.tsv", std::string(kSpeakers) + "1964\t19\tUSA\tx\ty\tz\t\n"));
  EXPECT_EQ(one.digest().size(), 16U);
  EXPECT_EQ(one.digest(), same.digest());
  EXPECT_NE(one.digest(), other.digest());
}

TEST(MetadataTableTest, BadTablesAreRefusedWithTheirReason) {
  const TempDir folder;
  const std::string file = (folder.path() / "t.csv").string();
  const auto error_for = [&](std::string_view content) {
    CorpusConfig config = speakers_config(folder, "t.csv", content);
    return error_of(config);
  };
  EXPECT_EQ(error_for("ISO Code,Country\nUSA,x\n"), "table '" + file + "': no column 'Session' in its header row");
  EXPECT_EQ(error_for("ISO Code,Session\n\"USA\"x,43\n"),
            "table '" + file +
                "': row 2: not CSV: a quote inside an unquoted cell, text after a closing quote, or a quote never "
                "closed");
  EXPECT_EQ(error_for("ISO Code,Session\n\"USA,43\n"),
            "table '" + file +
                "': row 2: not CSV: a quote inside an unquoted cell, text after a closing quote, or a quote never "
                "closed");
  EXPECT_EQ(error_for("\n\n"), "table '" + file + "': empty: a header row names the columns");
  EXPECT_EQ(error_for("ISO Code,Session\nF\xE9nix,1\n"), "table '" + file + "': not UTF-8");
  EXPECT_EQ(error_for(std::string("ISO Code,Session\0\0\0", 19)), "table '" + file + "': binary file");
  CorpusConfig missing;
  missing.table_file = (folder.path() / "none.csv").string();
  EXPECT_EQ(error_of(missing), "table '" + missing.table_file + "': No such file or directory");
}

}  // namespace
}  // namespace samizdat::corpus
