#include "corpus/corpus_config.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"
#include "corpus/metadata_table.h"
#include "tests/temp_dir.h"

namespace samizdat::corpus {
namespace {

const std::filesystem::path kOrigin = "/corpus/samizdat.ini";

void expect_error(const std::string& text, const std::string& message) {
  try {
    (void)parse_corpus_config(text, kOrigin);
    FAIL() << "no exception for: " << text;
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), message);
  }
}

TEST(CorpusConfigTest, ReadsEveryOption) {
  const CorpusConfig config = parse_corpus_config(
      "# State of the Union addresses\n"
      "publication = State of the Union\n"
      "language = EN\n"
      "field.author = name\n"
      "field.date = year   # a number\n"
      "facet = party\n"
      "facet = president\n"
      "path.country = /([A-Z]{3})_[0-9]+_\n"
      "formats = json, txt md\n"
      "synonyms = lists/synonyms.txt\n",
      kOrigin);
  EXPECT_EQ(config.publication, "State of the Union");
  EXPECT_EQ(config.language, "en");
  EXPECT_EQ(config.key_for("author"), "name");
  EXPECT_EQ(config.key_for("date"), "year");
  EXPECT_EQ(config.key_for("title"), "title");
  EXPECT_EQ(config.facets, (std::vector<std::string>{"party", "president"}));
  EXPECT_EQ(config.path_fields, (std::map<std::string, PathPattern>{{"country", PathPattern("/([A-Z]{3})_[0-9]+_")}}));
  EXPECT_EQ(config.formats, (std::vector<std::string>{"json", "txt", "md"}));
  EXPECT_EQ(config.synonyms_file, "/corpus/lists/synonyms.txt");
}

TEST(CorpusConfigTest, EmptyConfigReadsEverything) {
  const CorpusConfig config = parse_corpus_config("", kOrigin);
  EXPECT_TRUE(config.reads_format("html"));
  EXPECT_TRUE(config.field_renames.empty());
  EXPECT_EQ(config.to_ini(), "");
}

TEST(CorpusConfigTest, FormatsLimitWhatIsRead) {
  const CorpusConfig config = parse_corpus_config("formats = json", kOrigin);
  EXPECT_TRUE(config.reads_format("json"));
  EXPECT_TRUE(config.reads_format("jsonl"));
  EXPECT_FALSE(config.reads_format("txt"));
}

TEST(CorpusConfigTest, SectionsSpellFieldRenamesToo) {
  const CorpusConfig config = parse_corpus_config("[field]\nauthor = speaker\n", kOrigin);
  EXPECT_EQ(config.key_for("author"), "speaker");
}

TEST(CorpusConfigTest, ToIniRoundTrips) {
  const CorpusConfig config = parse_corpus_config(
      "publication = Pravda\nlanguage = ru\nfield.title = headline\nfield.text = body\n"
      "facet = party\npath.party = ^([a-z]+)/\nformats = txt html\nsynonyms = syn.txt\n",
      kOrigin);
  const CorpusConfig again = parse_corpus_config(config.to_ini(), "/elsewhere/copy.ini");
  EXPECT_EQ(again.publication, config.publication);
  EXPECT_EQ(again.language, config.language);
  EXPECT_EQ(again.field_renames, config.field_renames);
  EXPECT_EQ(again.facets, config.facets);
  EXPECT_EQ(again.path_fields, config.path_fields);
  EXPECT_EQ(again.formats, config.formats);
  EXPECT_EQ(again.synonyms_file, "/corpus/syn.txt");
  EXPECT_EQ(again.to_ini(), config.to_ini());
}

TEST(CorpusConfigTest, RejectsBadConfigsWithTheReason) {
  const struct {
    std::string text;
    std::string message;
  } cases[] = {
      {"foo = 1\n", "config '/corpus/samizdat.ini': unknown option 'foo'"},
      {"field.colour = hue\n", "config '/corpus/samizdat.ini': unknown field 'field.colour'"},
      {"formats = txt pdf\n",
       "config '/corpus/samizdat.ini': unknown format 'pdf' in formats (expected txt, md, html, "
       "json, jsonl, fortune)"},
      {"publication = A\npublication = B\n",
       "config '/corpus/samizdat.ini': option 'publication' given more than once"},
      {"facet = two words\n",
       "config '/corpus/samizdat.ini': bad facet name 'two words' (letters, digits, '_' and '-' "
       "only)"},
      {"field.author =\n", "config '/corpus/samizdat.ini': field.author needs a key name"},
      {"path.country = (x)\npath.country = (y)\n",
       "config '/corpus/samizdat.ini': option 'path.country' given more than once"},
      {"path.country = [A-Z]{3}\n",
       "config '/corpus/samizdat.ini': path.country: regex '[A-Z]{3}' needs a group, (...), around the value"},
      {"path.country = ([A-Z]\n",
       "config '/corpus/samizdat.ini': path.country: bad regex '([A-Z]': U_REGEX_MISMATCHED_PAREN at offset 6"},
      {"path.country = ([A-Z]{111111111111111})\n",
       "config '/corpus/samizdat.ini': path.country: bad regex '([A-Z]{111111111111111})': "
       "U_REGEX_NUMBER_TOO_BIG at offset 18"},
      {"path.two words = (x)\n",
       "config '/corpus/samizdat.ini': bad field name 'path.two words' (letters, digits, '_' and '-' only)"},
      {"table = t.csv\n",
       "config '/corpus/samizdat.ini': table needs a key: table.key.FIELD = COLUMN, with path.FIELD"},
      {"path.iso = (x)\ntable.key.iso = ISO Code\n", "config '/corpus/samizdat.ini': table.key.iso without a table"},
      {"table = t.csv\ntable.key.iso = ISO Code\n",
       "config '/corpus/samizdat.ini': table.key.iso: no path.iso gives the file's iso"},
      {"table =\n", "config '/corpus/samizdat.ini': table needs a file name"},
      {"path.iso = (x)\ntable = t.csv\ntable.key.iso =\n",
       "config '/corpus/samizdat.ini': table.key.iso needs a column name"},
  };
  for (const auto& c : cases) expect_error(c.text, c.message);
}

TEST(CorpusConfigTest, RejectsASyntaxError) {
  try {
    (void)parse_corpus_config("publication\n", kOrigin);
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()).rfind("config '/corpus/samizdat.ini': ", 0), 0U)
        << error.what();
  }
}

TEST(CorpusConfigTest, LoadsAFileAndResolvesSynonymsBesideIt) {
  const testing::TempDir dir;
  const auto file = dir.write("samizdat.ini", "language = de\nsynonyms = syn.txt\n");
  const CorpusConfig config = load_corpus_config(file);
  EXPECT_EQ(config.language, "de");
  EXPECT_EQ(config.synonyms_file, (dir.path() / "syn.txt").string());
}

TEST(CorpusConfigTest, ReadsTheMetadataTableAndKeepsItsDigest) {
  const testing::TempDir dir;
  dir.write("meta/speakers.tsv", "ISO Code\tName\nUSA\tReagan\n");
  const auto file = dir.write("samizdat.ini",
                              "path.iso = /([A-Z]{3})_\ntable = meta/speakers.tsv\ntable.key.iso = ISO Code\n"
                              "field.author = Name\n");
  const CorpusConfig config = load_corpus_config(file);
  EXPECT_EQ(config.table_file, (dir.path() / "meta/speakers.tsv").string());
  EXPECT_EQ(config.table_keys, (std::map<std::string, std::string>{{"iso", "ISO Code"}}));
  ASSERT_NE(config.table, nullptr);
  EXPECT_EQ(config.table->find(config.path_values("speeches/USA_43_1988.txt"))->authors, std::vector<std::string>{"Reagan"});
  EXPECT_EQ(config.table_digest, config.table->digest());
  // The stored config names the table's content: a changed table reads every
  // file again. Parsing it back reads no table.
  const CorpusConfig stored = parse_corpus_config(config.to_ini(), "/archive");
  EXPECT_EQ(stored.to_ini(), config.to_ini());
  EXPECT_EQ(stored.table, nullptr);
  dir.write("meta/speakers.tsv", "ISO Code\tName\nUSA\tBush\n");
  EXPECT_NE(load_corpus_config(file).to_ini(), config.to_ini());
}

TEST(CorpusConfigTest, ATableThatCannotBeReadNamesTheConfigAndTheTable) {
  const testing::TempDir dir;
  const auto file = dir.write("samizdat.ini", "path.iso = /([A-Z]{3})_\ntable = t.csv\ntable.key.iso = ISO\n");
  dir.write("t.csv", "Country\nFrance\n");
  try {
    (void)load_corpus_config(file);
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), "config '" + file.string() + "': table '" + (dir.path() / "t.csv").string() +
                                "': no column 'ISO' in its header row");
  }
}

TEST(CorpusConfigTest, ReportsAMissingFile) {
  const testing::TempDir dir;
  const auto file = dir.path() / "missing.ini";
  try {
    (void)load_corpus_config(file);
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), "config '" + file.string() + "': No such file or directory");
  }
}

}  // namespace
}  // namespace samizdat::corpus
