#include "searcher/query_builder.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "tests/temp_dir.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;
using Ids = std::set<std::string>;

// A hand-made document: the terms and values the indexer writes, so the
// parser is tested on its own.
struct Fixture {
  std::string id;
  std::string title;
  std::string text;
  std::string type;
  std::string publication;
  std::string author;
  std::string tag;
  std::string first_day;
  std::string last_day;
};

const Fixture kFixtures[] = {
    {"russian", "The Russian Revolution", "the workers of petrograd rose in revolution against the tsar", "article",
     "The Militant", "Leon Trotsky", "history", "19171025", "19171025"},
    {"bread", "Bread and peace", "bread peace and land for the soviets", "article", "Pravda", "", "", "19170101",
     "19171231"},
    {"constitution", "Constitution day", "the constitution of the united states was signed", "article", "", "",
     "law", "17870917", "17870917"},
    {"comment", "", "revolutionary greetings comrades", "comment", "", "", "", "19210301", "19210331"},
};

void add_fixture(Xapian::WritableDatabase& database, const Fixture& fixture) {
  Xapian::Document document;
  Xapian::TermGenerator generator;
  generator.set_database(database);
  generator.set_flags(Xapian::TermGenerator::FLAG_SPELLING);
  generator.set_stemmer(Xapian::Stem("en"));
  generator.set_document(document);
  generator.index_text(fixture.text);
  generator.increase_termpos();
  generator.index_text(fixture.title, schema::kTitleWeight, std::string(schema::kPrefixTitle));
  generator.index_text(fixture.author, 1, std::string(schema::kPrefixAuthorText));
  document.add_boolean_term(std::string(schema::kPrefixType) + fixture.type);
  document.add_boolean_term(std::string(schema::kPrefixLanguage) + "en");
  if (!fixture.publication.empty()) {
    document.add_boolean_term(std::string(schema::kPrefixPublication) + schema::fold_term_value(fixture.publication));
  }
  if (!fixture.tag.empty()) document.add_boolean_term(std::string(schema::kPrefixTag) + fixture.tag);
  const std::string year = fixture.first_day.substr(0, 4);
  std::string year_term(schema::kPrefixYear);
  year_term += year;
  document.add_boolean_term(year_term);
  document.add_value(schema::kSlotDateFirst, fixture.first_day);
  document.add_value(schema::kSlotDateLast, fixture.last_day);
  document.add_value(schema::kSlotYear, year);
  document.set_data(fixture.id);
  database.add_document(document);
}

class QueryBuilderTest : public ::testing::Test {
 protected:
  QueryBuilderTest() : database_(build()), fields_({}), builder_(database_, fields_) {}

  [[nodiscard]] Xapian::Database build() const {
    Xapian::WritableDatabase database((directory_.path() / "db").string(), Xapian::DB_CREATE_OR_OVERWRITE);
    for (const auto& fixture : kFixtures) add_fixture(database, fixture);
    database.commit();
    return database;
  }

  [[nodiscard]] Ids matches(const Xapian::Query& query) const {
    Xapian::Enquire enquire(database_);
    enquire.set_query(query);
    Ids ids;
    for (const auto& docid : enquire.get_mset(0, 100)) ids.insert(database_.get_document(docid).get_data());
    return ids;
  }

  [[nodiscard]] Ids search(const std::string& text, Xapian::Query::op op = Xapian::Query::OP_AND) {
    return matches(builder_.parse(text, "en", op).query);
  }

  testing::TempDir directory_;
  Xapian::Database database_;
  FieldTable fields_;
  QueryBuilder builder_;
};

TEST_F(QueryBuilderTest, MatchesEveryQueryForm) {
  const struct {
    std::string query;
    Ids expected;
  } cases[] = {
      {"revolution", {"russian"}},
      {"revolutions", {"russian"}},
      {"revolu*", {"russian", "comment"}},
      {"bread peace", {"bread"}},
      {"bread constitution", {}},
      {"bread OR constitution", {"bread", "constitution"}},
      {"bread AND land", {"bread"}},
      {"bread NOT peace", {}},
      {"NOT bread", {"russian", "constitution", "comment"}},
      {"revolution -tsar", {}},
      {"+bread land", {"bread"}},
      {"\"united states\"", {"constitution"}},
      {"\"states united\"", {}},
      {"constitution NEAR signed", {"constitution"}},
      {"petrograd ADJ rose", {"russian"}},
      {"rose ADJ petrograd", {}},
      {"title:revolution", {"russian"}},
      {"title:tsar", {}},
      {"title:\"bread and peace\"", {"bread"}},
      {"author:trotsky", {"russian"}},
      {"pub:\"the MILITANT\"", {"russian"}},
      {"publication:pravda", {"bread"}},
      {"type:comment", {"comment"}},
      {"lang:en type:comment", {"comment"}},
      {"tag:History", {"russian"}},
      {"tag:history OR tag:law", {"russian", "constitution"}},
      {"year:1917", {"russian", "bread"}},
      {"year:1917..1921", {"russian", "bread", "comment"}},
      {"year:1700..1800", {"constitution"}},
      {"date:1917-02..1917-09", {"bread"}},
      {"date:1917-10-25..1917-10-25", {"russian", "bread"}},
      {"date:1921..1921", {"comment"}},
      {"date:1921-03-31..1922", {"comment"}},
      {"date:1921-04..1922", {}},
      {"date:..1800", {"constitution"}},
      {"date:1918..", {"comment"}},
      {"soviets date:1917..1917", {"bread"}},
  };
  for (const auto& test : cases) EXPECT_EQ(search(test.query), test.expected) << test.query;
}

TEST_F(QueryBuilderTest, OrModeMatchesAnyWord) {
  EXPECT_EQ(search("bread constitution", Xapian::Query::OP_OR), (Ids{"bread", "constitution"}));
}

TEST_F(QueryBuilderTest, EmptyQueryMatchesEverything) {
  EXPECT_EQ(search("  ").size(), std::size(kFixtures));
}

TEST_F(QueryBuilderTest, FiltersOrValuesOfOneFieldAndAndFields) {
  using Filters = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(matches(builder_.filter(Filters{{"type", "article"}})), (Ids{"russian", "bread", "constitution"}));
  EXPECT_EQ(matches(builder_.filter(Filters{{"year", "1917"}, {"year", "1787"}})),
            (Ids{"russian", "bread", "constitution"}));
  EXPECT_EQ(matches(builder_.filter(Filters{{"pub", "PRAVDA"}, {"type", "article"}})), (Ids{"bread"}));
  EXPECT_EQ(matches(builder_.filter(Filters{{"pub", "pravda"}, {"type", "comment"}})), Ids{});
  EXPECT_EQ(matches(builder_.filter({})).size(), std::size(kFixtures));
}

TEST_F(QueryBuilderTest, SuggestsASpellingCorrection) {
  EXPECT_EQ(builder_.parse("constitutoin", "en", Xapian::Query::OP_AND).corrected, "constitution");
  EXPECT_EQ(builder_.parse("constitution", "en", Xapian::Query::OP_AND).corrected, "");
}

TEST_F(QueryBuilderTest, SuggestsNothingWhenEveryWordIsInTheArchive) {
  // "land" is a word of the archive; Xapian alone offers the more frequent "and".
  EXPECT_EQ(builder_.parse("land", "en", Xapian::Query::OP_AND).corrected, "");
  EXPECT_EQ(builder_.parse("\"peace and land\"", "en", Xapian::Query::OP_AND).corrected, "");
  EXPECT_EQ(builder_.parse("Land", "", Xapian::Query::OP_AND).corrected, "");
  EXPECT_EQ(builder_.parse("bread lnad", "en", Xapian::Query::OP_AND).corrected, "bread land");
}

TEST_F(QueryBuilderTest, RejectsBadQueriesWithClearMessages) {
  const struct {
    std::string query;
    std::string language;
    std::string message;
  } cases[] = {
      {"date:1917-13..1918", "en",
       "cannot parse query 'date:1917-13..1918': date range endpoint '1917-13' is not a date "
       "(use YYYY, YYYY-MM or YYYY-MM-DD)"},
      {"date:spring..1918", "en",
       "cannot parse query 'date:spring..1918': date range endpoint 'spring' is not a date "
       "(use YYYY, YYYY-MM or YYYY-MM-DD)"},
      {"bread", "klingon", "unknown query language 'klingon' (use an ISO code such as en, de, ru)"},
  };
  for (const auto& test : cases) {
    try {
      static_cast<void>(builder_.parse(test.query, test.language, Xapian::Query::OP_AND));
      ADD_FAILURE() << "accepted " << test.query;
    } catch (const InputError& error) {
      EXPECT_EQ(error.what(), test.message);
    }
  }
}

TEST_F(QueryBuilderTest, RejectsUnknownFilterField) {
  try {
    static_cast<void>(builder_.filter({{"colour", "red"}}));
    FAIL() << "accepted an unknown filter field";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()).rfind("unknown filter field 'colour' (known: type, ", 0), 0u) << error.what();
  }
}

TEST_F(QueryBuilderTest, NamesWhatIsWrittenAsAFieldButIsNone) {
  const auto unknown = [this](const std::string& text) {
    return builder_.parse(text, "en", Xapian::Query::OP_AND).unknown_fields;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(unknown("iso:USA bread"), Names{"iso"});
  EXPECT_EQ(unknown("(iso:USA OR iso:FRA) -colour:red +land"), (Names{"iso", "colour"}));
  // Fields, ranges, phrases, links and a colon before a space are not.
  EXPECT_EQ(unknown("title:bread author:trotsky pub:pravda year:1917 date:1917..1918 type:article"), Names{});
  EXPECT_EQ(unknown("\"iso:USA\" http://example.org Lenin: State 10:30"), Names{});
  EXPECT_EQ(search("iso:bread"), Ids{});  // searched as the words "iso" and "bread"
  EXPECT_EQ(builder_.field_names(), (Names{"title", "author", "source", "date", "type", "year", "decade", "publication",
                                           "language", "tag", "cluster"}));
}

TEST(QueryBuilderFieldsTest, AFacetNamedWithCapitalsIsAlsoLowerCaseAndOneNamedTitleBreaksNothing) {
  const testing::TempDir directory;
  Xapian::WritableDatabase database((directory.path() / "db").string(), Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::Document document;
  document.add_boolean_term(schema::extra_facet_prefix("Country") + "china");
  document.add_term("bread");
  database.add_document(document);
  database.commit();
  // An older archive's config could make a facet "title", which the query
  // language reads as free text: Xapian refuses a name used both ways.
  const FieldTable fields({"Country", "title"});
  QueryBuilder builder(database, fields);
  for (const std::string text : {"Country:China", "country:china"}) {
    Xapian::Enquire enquire(database);
    enquire.set_query(builder.parse(text, "en", Xapian::Query::OP_AND).query);
    EXPECT_EQ(enquire.get_mset(0, 10).size(), 1U) << text;
  }
  EXPECT_TRUE(builder.parse("title:bread", "en", Xapian::Query::OP_AND).unknown_fields.empty());
}

// Thousands of documents per language put each L term's posting list in
// many chunks; the languages after it must still be found.
TEST(ArchiveLanguagesTest, ListsEnglishFirstThenEveryLanguageOfTheArchive) {
  testing::TempDir directory;
  Xapian::WritableDatabase database((directory.path() / "db").string(), Xapian::DB_CREATE_OR_OVERWRITE);
  EXPECT_EQ(archive_languages(database), std::vector<std::string>{"en"});
  const std::pair<std::string, int> languages[] = {{"de", 3000}, {"en", 3000}, {"es", 1}, {"fr", 2500}, {"pt", 2500}, {"pt-br", 1}, {"ru", 1}};
  for (const auto& [language, count] : languages) {
    for (int i = 0; i < count; ++i) {
      Xapian::Document document;
      document.add_boolean_term(std::string(schema::kPrefixLanguage) + language);
      document.add_term("word" + std::to_string(i % 7));
      database.add_document(document);
    }
  }
  database.commit();
  EXPECT_EQ(archive_languages(database), (std::vector<std::string>{"en", "de", "es", "fr", "pt", "pt-br", "ru"}));
  EXPECT_EQ(archive_languages(Xapian::Database((directory.path() / "db").string())),
            (std::vector<std::string>{"en", "de", "es", "fr", "pt", "pt-br", "ru"}));
}

}  // namespace
}  // namespace samizdat::searcher
