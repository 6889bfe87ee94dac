#include "searcher/facet_counter.h"

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/schema.h"
#include "searcher/field_table.h"

namespace samizdat::searcher {
namespace {

namespace schema = corpus::schema;

// 300 documents: every third has the term "match"; types cycle, authors are
// multi-valued, and every fifth document has no author at all.
Xapian::WritableDatabase sample_database() {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  const std::string separator(1, schema::kMultiValueSeparator);
  for (int i = 0; i < 300; ++i) {
    Xapian::Document document;
    if (i % 3 == 0) document.add_term("match");
    document.add_term("all");
    document.add_value(schema::kSlotType, i % 2 == 0 ? "article" : "comment");
    if (i % 5 != 0) document.add_value(schema::kSlotAuthor, i % 4 == 0 ? "Marx" + separator + "Engels" : "Luxemburg");
    document.add_value(schema::kSlotYear, std::to_string(1900 + i % 7));
    database.add_document(document);
  }
  return database;
}

// counts() of a FacetCounter over `query`, with or without the local path.
std::map<std::string, FacetCounts> count(const Xapian::Database& database, const std::string& term,
                                         const std::vector<const Field*>& fields, bool local,
                                         Xapian::doccount* seen) {
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query(term));
  const FacetCounter counter(enquire, fields, nullptr, local ? &database : nullptr);
  static_cast<void>(enquire.get_mset(0, 10, database.get_doccount()));
  *seen = counter.documents_seen();
  return counter.counts();
}

TEST(FacetCounterTest, ValueStreamsOfALocalDatabaseCountLikeTheMatchSpies) {
  const Xapian::WritableDatabase database = sample_database();
  const FieldTable table({});
  const std::vector<const Field*> fields = resolve_facets(table, {"type", "author", "year"});
  for (const std::string term : {"match", "all"}) {
    Xapian::doccount spied_seen = 0;
    Xapian::doccount streamed_seen = 0;
    const auto spied = count(database, term, fields, false, &spied_seen);
    const auto streamed = count(database, term, fields, true, &streamed_seen);
    EXPECT_EQ(streamed, spied) << term;
    EXPECT_EQ(streamed_seen, spied_seen) << term;
  }
  Xapian::doccount seen = 0;
  const auto counts = count(database, "match", fields, true, &seen);
  EXPECT_EQ(seen, 100U);
  // Matches 0, 3, ..., 297: 50 even (articles); authors split from "Marx\x1fEngels".
  EXPECT_EQ(counts.at("type"), (FacetCounts{{"article", 50}, {"comment", 50}}));
  EXPECT_EQ(counts.at("author"), (FacetCounts{{"Luxemburg", 60}, {"Engels", 20}, {"Marx", 20}}));
}

}  // namespace
}  // namespace samizdat::searcher
