#include "searcher/field_table.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "corpus/error.h"
#include "corpus/schema.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

TEST(FieldTableTest, FindsFieldsByNameAndAlias) {
  const FieldTable table({"party"});
  ASSERT_NE(table.find("pub"), nullptr);
  EXPECT_EQ(table.find("pub"), table.find("publication"));
  EXPECT_EQ(table.find("lang"), table.find("language"));
  EXPECT_EQ(table.find("party")->slot, schema::kSlotFirstExtraFacet);
  EXPECT_EQ(table.find("nothing"), nullptr);
}

TEST(FieldTableTest, MakesTermsFoldedLikeTheIndexer) {
  const FieldTable table({"party"});
  const struct {
    const char* field;
    const char* value;
    std::string term;
  } cases[] = {
      {"pub", "The  MILITANT", std::string(schema::kPrefixPublication) + schema::fold_term_value("The  MILITANT")},
      {"author", "Rosa Luxemburg", std::string(schema::kPrefixAuthor) + schema::fold_term_value("Rosa Luxemburg")},
      {"tag", "Labour", std::string(schema::kPrefixTag) + "labour"},
      {"type", "Article", std::string(schema::kPrefixType) + "article"},
      {"lang", "EN", std::string(schema::kPrefixLanguage) + "en"},
      {"year", "1917", std::string(schema::kPrefixYear) + "1917"},
      {"decade", "1910s", std::string(schema::kPrefixDecade) + "1910s"},
      {"party", "Whig", schema::extra_facet_prefix("party") + "whig"},
      {"source", "CW 27 p.135", std::string(schema::kPrefixSource) + "collected works 27"},
      {"source", "Collected Works, vol. 27", std::string(schema::kPrefixSource) + "collected works 27"},
  };
  for (const auto& test : cases) {
    const Field& field = *table.find(test.field);
    EXPECT_EQ(field.prefix + FieldTable::key(field, test.value), test.term) << test.field;
    EXPECT_EQ(FieldTable::query(field, test.value).get_description(), Xapian::Query(test.term).get_description())
        << test.field;
  }
}

TEST(FieldTableTest, MatchesAClusterOnItsSlotNotOnATerm) {
  const FieldTable table({});
  const Field& cluster = *table.find("cluster");
  EXPECT_TRUE(cluster.prefix.empty());
  const Xapian::Query expected(Xapian::Query::OP_VALUE_RANGE, schema::kSlotCluster, "q2e1e1ecbf65e-2",
                               "q2e1e1ecbf65e-2");
  EXPECT_EQ(FieldTable::query(cluster, "Q2E1E1ECBF65E-2").get_description(), expected.get_description());
}

TEST(FieldTableTest, MarksMultiValuedAndValueOrderedFields) {
  const FieldTable table({});
  EXPECT_TRUE(table.find("author")->multi_valued);
  EXPECT_TRUE(table.find("tag")->multi_valued);
  EXPECT_FALSE(table.find("publication")->multi_valued);
  EXPECT_TRUE(table.find("year")->sorted_by_value);
  EXPECT_TRUE(table.find("decade")->sorted_by_value);
  EXPECT_FALSE(table.find("type")->sorted_by_value);
}

TEST(FieldTableTest, UnknownFieldErrorListsTheKnownOnes) {
  const FieldTable table({"party"});
  try {
    static_cast<void>(table.at("colour", "filter"));
    FAIL() << "accepted an unknown field";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(),
                 "unknown filter field 'colour' (known: type, year, decade, publication, author, language, "
                 "source, tag, cluster, party)");
  }
}

// The facet table samizdat-index saves holds schema::facet_slots: every
// field a search counts must be among them, or searches read value streams.
TEST(FieldTableTest, EveryFieldSlotIsInTheSavedFacetTable) {
  const FieldTable table({"party", "region"});
  const auto saved = schema::facet_slots(2);
  ASSERT_EQ(table.fields().size(), saved.size());
  for (const auto& field : table.fields()) {
    EXPECT_NE(std::ranges::find(saved, field.slot), saved.end()) << field.name;
  }
}

}  // namespace
}  // namespace samizdat::searcher
