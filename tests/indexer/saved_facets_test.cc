#include "indexer/saved_facets.h"

#include <filesystem>
#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/facet_table.h"
#include "corpus/schema.h"
#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;
namespace schema = corpus::schema;

class SaveFacetTableTest : public ::testing::Test {
 protected:
  SaveFacetTableTest() : folder_(directory_.path() / "archive") { add_document("1917"); }

  void add_document(const std::string& year) const {
    Xapian::WritableDatabase database(folder_.string(), Xapian::DB_CREATE_OR_OPEN);
    database.set_metadata(std::string(schema::kMetaConfig), "facet = party\n");
    Xapian::Document document;
    document.add_value(schema::kSlotYear, year);
    document.add_value(schema::kSlotFirstExtraFacet, "whig");
    database.add_document(document);
    database.commit();
  }

  [[nodiscard]] std::shared_ptr<const corpus::FacetTable> saved() const {
    return corpus::FacetTable::load(folder_, Xapian::Database(folder_.string()), schema::facet_slots(1));
  }

  testing::TempDir directory_;
  fs::path folder_;
};

TEST_F(SaveFacetTableTest, SavesEveryFacetSlotOfTheConfigForTheCurrentState) {
  save_facet_table(folder_);
  const auto table = saved();
  ASSERT_NE(table, nullptr);
  for (const auto slot : schema::facet_slots(1)) EXPECT_TRUE(table->index_of(slot)) << slot;
  const auto party = table->index_of(schema::kSlotFirstExtraFacet);
  ASSERT_TRUE(party);
  EXPECT_EQ(table->value(*party, table->code(*party, 1)), "whig");
  add_document("1918");
  EXPECT_EQ(saved(), nullptr);
  save_facet_table(folder_);
  ASSERT_NE(saved(), nullptr);
  EXPECT_EQ(saved()->value(0, saved()->code(0, 2)), "1918");
}

TEST_F(SaveFacetTableTest, LeavesATableOfTheCurrentStateAloneAndReplacesOneLackingASlot) {
  save_facet_table(folder_);
  const fs::path file = folder_ / schema::kFacetTableFile;
  const auto written = fs::last_write_time(file);
  save_facet_table(folder_);
  EXPECT_EQ(fs::last_write_time(file), written);
  corpus::FacetTable(Xapian::Database(folder_.string()), {schema::kSlotYear}).save(folder_);
  save_facet_table(folder_);
  ASSERT_NE(saved(), nullptr);
  EXPECT_TRUE(saved()->index_of(schema::kSlotFirstExtraFacet));
}

}  // namespace
}  // namespace samizdat::indexer
