#include "corpus/json_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/corpus_config.h"
#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

CorpusConfig config_from(const std::string& ini) {
  return parse_corpus_config(ini, "/corpus/samizdat.ini");
}

std::vector<Document> read_json(const std::string& content, const CorpusConfig& config = {}) {
  return JsonReader(JsonLayout::kDocument).read(content, config);
}

TEST(JsonReaderTest, ReadsAStateOfTheUnionRecordWithRenamesAndFacets) {
  const CorpusConfig config = config_from("field.author = name\nfacet = party\n");
  const auto documents = read_json(
      R"([{"year":1790,"name":"George Washington","party":"none","text":"Fellow-Citizens"}])",
      config);
  ASSERT_EQ(documents.size(), 1U);
  const Document& address = documents[0];
  EXPECT_EQ(address.authors, (std::vector<std::string>{"George Washington"}));
  EXPECT_EQ(address.date, (Date{1790, 0, 0}));
  EXPECT_EQ(address.text, "Fellow-Citizens");
  EXPECT_EQ(address.extra, (std::map<std::string, std::string>{{"party", "none"}}));
  EXPECT_EQ(address.type, DocType::kArticle);
}

TEST(JsonReaderTest, ReadsEveryKnownField) {
  const auto documents = read_json(R"({
    "id": 42, "title": "Report", "body": ["First.", "Second."], "date": "October 6, 2017",
    "authors": ["A. One", "B. Two"], "publication": "The Militant", "lang": "en",
    "tags": "labor, strikes ,", "url": "https://example.org/42",
    "issue": 7, "price": 0.25, "free": true, "nested": {"ignored": 1}, "missing": null
  })");
  ASSERT_EQ(documents.size(), 1U);
  const Document& article = documents[0];
  EXPECT_EQ(article.id, "42");
  EXPECT_EQ(article.title, "Report");
  EXPECT_EQ(article.text, "First.\n\nSecond.");
  EXPECT_EQ(article.date, (Date{2017, 10, 6}));
  EXPECT_EQ(article.authors, (std::vector<std::string>{"A. One", "B. Two"}));
  EXPECT_EQ(article.publication, "The Militant");
  EXPECT_EQ(article.language, "en");
  EXPECT_EQ(article.tags, (std::vector<std::string>{"labor", "strikes"}));
  EXPECT_EQ(article.url, "https://example.org/42");
  EXPECT_EQ(article.extra, (std::map<std::string, std::string>{
                               {"issue", "7"}, {"price", "0.25"}, {"free", "true"}}));
}

TEST(JsonReaderTest, ARenamedFieldIsReadOnlyFromItsNewKey) {
  const CorpusConfig config = config_from("field.text = speech\nfield.title = headline\n");
  const auto documents =
      read_json(R"({"headline": "H", "speech": "S", "text": "other", "title": "T"})", config);
  ASSERT_EQ(documents.size(), 1U);
  EXPECT_EQ(documents[0].title, "H");
  EXPECT_EQ(documents[0].text, "S");
  EXPECT_EQ(documents[0].extra,
            (std::map<std::string, std::string>{{"text", "other"}, {"title", "T"}}));
}

TEST(JsonReaderTest, KeepsAnUnparsableDateInExtra) {
  const auto documents = read_json(R"({"date": "sometime in spring"})");
  ASSERT_EQ(documents.size(), 1U);
  EXPECT_TRUE(documents[0].date.empty());
  EXPECT_EQ(documents[0].extra.at("date"), "sometime in spring");
}

TEST(JsonReaderTest, ReadsCommentsAsStringsOrObjects) {
  const auto documents = read_json(R"({"text": "Article", "comments": [
      "Plain comment",
      {"body": "Signed comment", "author": "Reader", "date": "2017-10-07"}]})");
  ASSERT_EQ(documents.size(), 3U);
  EXPECT_EQ(documents[0].type, DocType::kArticle);
  EXPECT_TRUE(documents[0].extra.empty());
  EXPECT_EQ(documents[1].type, DocType::kComment);
  EXPECT_EQ(documents[1].text, "Plain comment");
  EXPECT_EQ(documents[2].type, DocType::kComment);
  EXPECT_EQ(documents[2].text, "Signed comment");
  EXPECT_EQ(documents[2].authors, (std::vector<std::string>{"Reader"}));
  EXPECT_EQ(documents[2].date, (Date{2017, 10, 7}));
}

TEST(JsonReaderTest, ReadsAnArrayAsOneArticlePerRecordEachFollowedByItsComments) {
  const auto documents = read_json(
      R"([{"title": "A", "comments": ["a1"]}, {"title": "B"}, {"title": "C", "comments": []}])");
  ASSERT_EQ(documents.size(), 4U);
  EXPECT_EQ(documents[0].title, "A");
  EXPECT_EQ(documents[1].text, "a1");
  EXPECT_EQ(documents[2].title, "B");
  EXPECT_EQ(documents[3].title, "C");
}

void expect_input_error(const std::string& content, const std::string& message,
                        JsonLayout layout = JsonLayout::kDocument) {
  try {
    (void)JsonReader(layout).read(content, CorpusConfig{});
    FAIL() << "no exception for " << content;
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), message);
  }
}

TEST(JsonReaderTest, ExplainsWhatIsWrongWithAFile) {
  const struct {
    std::string content;
    std::string message;
  } cases[] = {
      {R"({"title": "A",})",
       "invalid JSON at byte 15: syntax error while parsing object key - unexpected '}'; "
       "expected string literal"},
      {"[1]", "record 1: expected an object, found number"},
      {"42", "expected an object, found number"},
      {R"([{"title": "ok"}, {"title": {"a": 1}}])",
       "record 2: field 'title': expected a string, found object"},
      {R"({"title": {"a": 1}})", "field 'title': expected a string, found object"},
      {R"({"comments": "x"})", "field 'comments': expected an array, found string"},
  };
  for (const auto& c : cases) expect_input_error(c.content, c.message);
}

TEST(JsonReaderTest, ReadsJsonLinesSkippingBlankLines) {
  const auto documents = JsonReader(JsonLayout::kLines)
                             .read("{\"title\": \"one\"}\n\n{\"title\": \"two\"}\r\n", {});
  ASSERT_EQ(documents.size(), 2U);
  EXPECT_EQ(documents[0].title, "one");
  EXPECT_EQ(documents[1].title, "two");
}

TEST(JsonReaderTest, StrictJsonLinesNameTheBadLine) {
  expect_input_error("{\"title\": \"one\"}\n{\"title\": oops}\n",
                     "line 2: invalid JSON at byte 11: syntax error while parsing value - "
                     "invalid literal; last read: '\"title\": o'",
                     JsonLayout::kLines);
}

TEST(JsonReaderTest, LenientJsonLinesKeepGoodRecordsAndWarn) {
  std::vector<std::string> warnings;
  const auto documents = JsonReader(JsonLayout::kLines)
                             .read("{\"title\": \"one\"}\n[2]\n{\"title\": \"three\"}\n", {},
                                   warnings);
  ASSERT_EQ(documents.size(), 2U);
  EXPECT_EQ(documents[1].title, "three");
  EXPECT_EQ(warnings,
            (std::vector<std::string>{"line 2: expected an object, found array"}));
}

TEST(JsonReaderTest, LenientJsonLinesThrowWhenNoLineReads) {
  std::vector<std::string> warnings;
  try {
    (void)JsonReader(JsonLayout::kLines).read("nope\n", {}, warnings);
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()).rfind("line 1: invalid JSON at byte ", 0), 0U)
        << error.what();
  }
}

}  // namespace
}  // namespace samizdat::corpus
