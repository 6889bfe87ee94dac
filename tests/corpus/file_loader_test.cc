#include "corpus/file_loader.h"

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/corpus_config.h"
#include "corpus/error.h"
#include "tests/temp_dir.h"

namespace samizdat::corpus {
namespace {

CorpusConfig config_from(const std::string& ini) {
  return parse_corpus_config(ini, "/corpus/samizdat.ini");
}

std::vector<std::string> ids_of(const LoadedFile& loaded) {
  std::vector<std::string> ids;
  for (const Document& document : loaded.documents) ids.push_back(document.id);
  return ids;
}

void expect_input_error(const std::string& content, const std::string& format,
                        const std::string& message) {
  try {
    (void)load_content(content, format, "x." + format, CorpusConfig{});
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), message);
  }
}

const char* const kQuotingPage =
    "<html><body><article><h1>On Workers</h1><p>As Marx wrote, \"the emancipation of the "
    "working classes must be conquered by the working classes themselves.\" (General Rules, "
    "1864)</p></article><div class=\"comment\"><span class=\"author\">Ann</span><p>Yes.</p>"
    "</div><div class=\"comment\"><p>No.</p></div></body></html>";

TEST(FileLoaderTest, GivesALoneArticleThePathIdAndItsChildrenSuffixes) {
  const LoadedFile loaded =
      load_content(kQuotingPage, "html", "1864/On Workers.html", CorpusConfig{});
  EXPECT_EQ(ids_of(loaded), (std::vector<std::string>{"1864/on-workers", "1864/on-workers#c1",
                                                      "1864/on-workers#c2",
                                                      "1864/on-workers#q1"}));
  for (std::size_t i = 1; i < loaded.documents.size(); ++i) {
    EXPECT_EQ(loaded.documents[i].parent_id, "1864/on-workers");
    EXPECT_EQ(loaded.documents[i].path, "1864/On Workers.html");
  }
  EXPECT_EQ(loaded.documents[0].parent_id, "");
  EXPECT_EQ(loaded.documents[0].path, "1864/On Workers.html");
  EXPECT_EQ(loaded.documents[3].type, DocType::kQuotation);
  EXPECT_EQ(loaded.documents[3].source, "General Rules, 1864");
  EXPECT_TRUE(loaded.warnings.empty());
}

TEST(FileLoaderTest, AFortuneFileIsACollectionOfQuotations) {
  const LoadedFile loaded = load_content(
      "All belongs to all.\n\t\t-- Peter Kropotkin\n%\nBread and roses.\n%\n", "fortune", "fortunes/anarchism",
      CorpusConfig{});
  EXPECT_EQ(ids_of(loaded), (std::vector<std::string>{"fortunes/anarchism", "fortunes/anarchism#q1",
                                                      "fortunes/anarchism#q2"}));
  EXPECT_EQ(loaded.documents[0].title, "anarchism");
  for (std::size_t i = 1; i < loaded.documents.size(); ++i) {
    EXPECT_EQ(loaded.documents[i].type, DocType::kQuotation);
    EXPECT_EQ(loaded.documents[i].parent_id, "fortunes/anarchism");
  }
  EXPECT_EQ(loaded.documents[1].authors, std::vector<std::string>{"Peter Kropotkin"});
  EXPECT_EQ(loaded.documents[2].text, "Bread and roses.");
}

TEST(FileLoaderTest, PathFieldsGoToEveryDocumentOfTheFileThatHasNone) {
  CorpusConfig config;
  config.path_fields = {{"country", PathPattern("/([A-Z]{3})_[0-9]+_")},
                        {"session", PathPattern("_([0-9]+)_")},
                        {"missing", PathPattern("/(x+)/")}};
  const LoadedFile loaded = load_content(kQuotingPage, "html", "speeches/1988/USA_43_1988.html", config);
  ASSERT_EQ(loaded.documents.size(), 4u);
  for (const Document& document : loaded.documents) {
    EXPECT_EQ(document.extra, (std::map<std::string, std::string>{{"country", "USA"}, {"session", "43"}}))
        << document.id;
  }
  const LoadedFile own =
      load_content(R"({"text": "Peace.", "country": "France"})", "json", "speeches/1988/USA_43_1988.json", config);
  EXPECT_EQ(own.documents[0].extra.at("country"), "France");
  EXPECT_EQ(own.documents[0].extra.at("session"), "43");
}

// A corpus whose metadata lives in a table keyed by the file names'
// country codes; the config read from disk, with its table.
CorpusConfig config_with_table(const testing::TempDir& dir, std::string_view table) {
  dir.write("speakers.csv", table);
  return load_corpus_config(dir.write("samizdat.ini",
                                      "path.iso = /([A-Z]{3})_[0-9]+\\.\n"
                                      "table = speakers.csv\ntable.key.iso = iso\n"
                                      "field.title = country\nfield.author = speaker\n"));
}

TEST(FileLoaderTest, AMetadataTableGivesTheTitleSoTheFirstLineStaysText) {
  const testing::TempDir dir;
  const CorpusConfig config =
      config_with_table(dir, "iso,country,speaker,post\nUSA,United States,Ronald Reagan,President\n");
  const LoadedFile loaded = load_content(
      "Half a world away from this place of peace, the firing has diminished.\n\nWe meet again.\n\n"
      "October 6, 1988\n\nA fine speech.\n",
      "txt", "speeches/1988/USA_43.txt", config);
  ASSERT_EQ(loaded.documents.size(), 2U);
  const Document& speech = loaded.documents[0];
  EXPECT_EQ(speech.title, "United States");
  EXPECT_EQ(speech.authors, std::vector<std::string>{"Ronald Reagan"});
  EXPECT_TRUE(speech.text.starts_with("Half a world away")) << speech.text;
  // The row's columns go to every document of the file, as path fields do;
  // the author only to the article.
  const std::map<std::string, std::string> extra = {
      {"country", "United States"}, {"iso", "USA"}, {"post", "President"}};
  EXPECT_EQ(speech.extra, extra);
  const Document& comment = loaded.documents[1];
  EXPECT_EQ(comment.type, DocType::kComment);
  EXPECT_EQ(comment.extra, extra);
  EXPECT_TRUE(comment.authors.empty());
  EXPECT_TRUE(loaded.warnings.empty());
}

TEST(FileLoaderTest, AFilesOwnMetadataWinsOverTheTables) {
  const testing::TempDir dir;
  const CorpusConfig config = config_with_table(dir, "iso,country,speaker,post\nFRA,France,De Gaulle,President\n");
  const LoadedFile loaded = load_content(
      "---\ntitle: Discours\nauthor: Charles de Gaulle\npost: Général\n---\nVive la paix.\n", "txt",
      "speeches/FRA_15.txt", config);
  EXPECT_EQ(loaded.documents.at(0).title, "Discours");
  EXPECT_EQ(loaded.documents[0].authors, std::vector<std::string>{"Charles de Gaulle"});
  EXPECT_EQ(loaded.documents[0].extra.at("post"), "Général");
  EXPECT_EQ(loaded.documents[0].extra.at("country"), "France");
}

TEST(FileLoaderTest, AFileTheTableLacksIsReadAsWithoutOneAndSaysSo) {
  const testing::TempDir dir;
  const CorpusConfig config = config_with_table(dir, "iso,country,speaker\nUSA,United States,Reagan\n");
  const LoadedFile unlisted = load_content("A Speech\n\nWe meet again.\n", "txt", "speeches/PRT_43.txt", config);
  EXPECT_EQ(unlisted.documents.at(0).title, "A Speech");
  EXPECT_EQ(unlisted.warnings, std::vector<std::string>{"no row in speakers.csv for iso=PRT"});
  const LoadedFile keyless = load_content("Notes\n\nOn the corpus.\n", "txt", "README.txt", config);
  EXPECT_EQ(keyless.documents.at(0).title, "Notes");
  EXPECT_EQ(keyless.warnings, std::vector<std::string>{"its path gives no key for speakers.csv"});
}

TEST(FileLoaderTest, DatesFromThePathOnlyWhatTheTextLeavesUndated) {
  const LoadedFile undated =
      load_content("A Speech\n\nWe meet again.\n", "txt", "speeches/1948/AUS_03_1948.txt", CorpusConfig{});
  EXPECT_EQ(undated.documents.at(0).date.iso(), "1948");
  const LoadedFile dated = load_content("A Speech\n\nWe meet again.\n\nOctober 6, 1949\n\nA comment.\n", "txt",
                                        "speeches/1948/AUS_03_1948.txt", CorpusConfig{});
  ASSERT_EQ(dated.documents.size(), 2U);
  EXPECT_EQ(dated.documents[0].date.iso(), "1949-10-06");
  EXPECT_EQ(dated.documents[1].date.iso(), "1949-10-06");
}

TEST(FileLoaderTest, NumbersRecordsOrUsesTheirKeys) {
  const LoadedFile loaded = load_content(
      R"([{"title": "a", "comments": ["c"]}, {"id": "Key 7", "title": "b"}, {"title": "c"}])",
      "json", "data/sotu.json", CorpusConfig{});
  EXPECT_EQ(ids_of(loaded), (std::vector<std::string>{"data/sotu/1", "data/sotu/1#c1",
                                                      "data/sotu/key-7", "data/sotu/3"}));
  EXPECT_EQ(loaded.documents[1].parent_id, "data/sotu/1");
}

TEST(FileLoaderTest, ARepeatedRecordKeyFallsBackToTheRecordNumber) {
  const LoadedFile loaded =
      load_content("{\"id\": 5}\n{\"id\": 5}\n", "jsonl", "d.jsonl", CorpusConfig{});
  EXPECT_EQ(ids_of(loaded), (std::vector<std::string>{"d/5", "d/2"}));
  EXPECT_EQ(loaded.warnings,
            (std::vector<std::string>{"record 2: id '5' repeats an earlier record; using d/2"}));
}

TEST(FileLoaderTest, AppliesConfigDefaultsAndChildrenInherit) {
  const CorpusConfig config = config_from("publication = The Militant\nlanguage = en\n");
  const LoadedFile loaded = load_content(
      R"([{"text": "t", "date": "1938-10-01", "comments": ["x", {"text": "y", "date": "1938-11-02"}]},
          {"text": "u", "publication": "Fourth International", "language": "fr"}])",
      "json", "issues.json", config);
  ASSERT_EQ(loaded.documents.size(), 4U);
  const Document& first = loaded.documents[0];
  EXPECT_EQ(first.publication, "The Militant");
  EXPECT_EQ(first.language, "en");
  EXPECT_EQ(first.title, "issues");  // the file stem, as the record has none
  EXPECT_EQ(loaded.documents[1].date, (Date{1938, 10, 1}));
  EXPECT_EQ(loaded.documents[1].publication, "The Militant");
  EXPECT_EQ(loaded.documents[2].date, (Date{1938, 11, 2}));
  EXPECT_EQ(loaded.documents[3].publication, "Fourth International");
  EXPECT_EQ(loaded.documents[3].language, "fr");
}

TEST(FileLoaderTest, ReadsTheStateOfTheUnionExample) {
  const CorpusConfig config = config_from("field.author = name\nfacet = party\n");
  const LoadedFile loaded = load_content(
      R"({"year":1790,"name":"George Washington","party":"none","text":"Fellow-Citizens"})",
      "json", "1790.json", config);
  ASSERT_EQ(loaded.documents.size(), 1U);
  EXPECT_EQ(loaded.documents[0].id, "1790");
  EXPECT_EQ(loaded.documents[0].authors, (std::vector<std::string>{"George Washington"}));
  EXPECT_EQ(loaded.documents[0].date.year, 1790);
  EXPECT_EQ(loaded.documents[0].extra.at("party"), "none");
}

TEST(FileLoaderTest, RepairsDamagedUtf8AndWarns) {
  // Well-formed "é" and "ï" around one stray byte: UTF-8 with a damaged byte.
  const LoadedFile loaded =
      load_content("\xEF\xBB\xBF{\"text\": \"caf\xC3\xA9 \xE9 na\xC3\xAFve\"}", "json", "x.json", CorpusConfig{});
  ASSERT_EQ(loaded.documents.size(), 1U);
  EXPECT_EQ(loaded.documents[0].text, "café \xEF\xBF\xBD naïve");
  EXPECT_EQ(loaded.warnings, (std::vector<std::string>{
                                 "invalid UTF-8 repaired at byte 19 (1 sequence replaced)"}));
}

TEST(FileLoaderTest, ReadsTextInALegacyCharsetAndWarns) {
  const LoadedFile loaded = load_content("{\"text\": \"caf\xE9 na\xEFve \x93quoted\x94\"}", "json", "x.json",
                                         CorpusConfig{});
  ASSERT_EQ(loaded.documents.size(), 1U);
  EXPECT_EQ(loaded.documents[0].text, "café naïve “quoted”");
  EXPECT_EQ(loaded.warnings, (std::vector<std::string>{"not UTF-8: read as windows-1252"}));
}

TEST(FileLoaderTest, ReadsAnHtmlPageInTheCharsetItDeclares) {
  // "Łódź" in ISO-8859-2: too few bytes for a guess.
  const std::string page =
      "<html><head><meta charset=\"iso-8859-2\"><title>\xA3\xF3" "d\xBC</title></head>"
      "<body><p>Strajk w \xA3\xF3" "d\xBC.</p></body></html>";
  const LoadedFile loaded = load_content(page, "html", "lodz.html", CorpusConfig{});
  ASSERT_EQ(loaded.documents.size(), 1U);
  EXPECT_EQ(loaded.documents[0].title, "Łódź");
  EXPECT_EQ(loaded.documents[0].text, "Strajk w Łódź.");
  EXPECT_EQ(loaded.warnings, (std::vector<std::string>{"not UTF-8: read as iso-8859-2"}));
}

TEST(FileLoaderTest, KeepsGoodJsonLinesAndWarnsAboutBadOnes) {
  const LoadedFile loaded =
      load_content("{\"text\": \"a\"}\n{broken\n", "jsonl", "x.jsonl", CorpusConfig{});
  EXPECT_EQ(ids_of(loaded), (std::vector<std::string>{"x"}));
  ASSERT_EQ(loaded.warnings.size(), 1U);
  EXPECT_EQ(loaded.warnings[0].rfind("line 2: invalid JSON at byte ", 0), 0U);
}

TEST(FileLoaderTest, RejectsFilesThatCannotBeUsed) {
  expect_input_error(std::string("PK\x03\x04\0\0\0", 7), "txt", "binary file");
  expect_input_error("", "txt", "empty file");
  expect_input_error(" \n\t\r\n", "md", "empty file");
  expect_input_error("\xEF\xBB\xBF\n", "html", "empty file");
  expect_input_error("[1, 2", "json",
                     "invalid JSON at byte 6: syntax error while parsing array - unexpected "
                     "end of input; expected ']'");
  expect_input_error("text", "pdf", "unknown format 'pdf'");
}

TEST(FileLoaderTest, LoadsAFileFromDisk) {
  const testing::TempDir dir;
  const auto file = dir.write("2017/page.html", "<title>Page</title><p>Body text.</p>");
  const LoadedFile loaded = load_file(file, "2017/page.html", CorpusConfig{});
  ASSERT_EQ(loaded.documents.size(), 1U);
  EXPECT_EQ(loaded.documents[0].id, "2017/page");
  EXPECT_EQ(loaded.documents[0].title, "Page");
  EXPECT_EQ(loaded.documents[0].text, "Body text.");
  // Without an extension, the content tells the format.
  const auto fortunes = dir.write("anarchism", "All belongs to all.\n\t\t-- Peter Kropotkin\n%\n");
  EXPECT_EQ(ids_of(load_file(fortunes, "anarchism", CorpusConfig{})),
            (std::vector<std::string>{"anarchism", "anarchism#q1"}));
}

TEST(FileLoaderTest, NamesTheFileInErrors) {
  const testing::TempDir dir;
  const auto missing = dir.path() / "missing.txt";
  const auto empty = dir.write("empty.txt", "");
  const struct {
    std::filesystem::path path;
    std::string message;
  } cases[] = {
      {missing, missing.string() + ": No such file or directory"},
      {empty, empty.string() + ": empty file"},
  };
  for (const auto& c : cases) {
    try {
      (void)load_file(c.path, "x.txt", CorpusConfig{});
      FAIL() << "no exception for " << c.path;
    } catch (const InputError& error) {
      EXPECT_EQ(error.what(), c.message);
    }
  }
}

TEST(FileLoaderTest, RejectsAFileOverTheSizeLimit) {
  const testing::TempDir dir;
  const auto big = dir.write("big.txt", "x");
  std::filesystem::resize_file(big, 256ULL * 1024 * 1024 + 1);  // sparse: no disk used
  try {
    (void)load_file(big, "big.txt", CorpusConfig{});
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), big.string() + ": file too large (268435457 bytes; limit 256 MiB)");
  }
}

}  // namespace
}  // namespace samizdat::corpus
