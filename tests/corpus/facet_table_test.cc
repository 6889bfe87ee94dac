#include "corpus/facet_table.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "tests/temp_dir.h"

namespace samizdat::corpus {
namespace {

namespace fs = std::filesystem;

// An archive folder whose documents have a year and (some) a type; document
// 4 is deleted, so its number has no values.
class FacetTableTest : public ::testing::Test {
 protected:
  FacetTableTest() : folder_(directory_.path() / "archive") {
    Xapian::WritableDatabase database(folder_.string(), Xapian::DB_CREATE_OR_OVERWRITE);
    for (int i = 0; i < 40; ++i) {
      Xapian::Document document;
      document.add_value(schema::kSlotYear, std::to_string(1900 + i % 7));
      if (i % 3 != 0) document.add_value(schema::kSlotType, i % 2 == 0 ? "article" : "comment");
      database.add_document(document);
    }
    database.delete_document(4);
    database.commit();
  }

  // Every document number's values by way of the table equal its own.
  static void expect_values_of(const FacetTable& table, const Xapian::Database& database) {
    const auto year = table.index_of(schema::kSlotYear);
    const auto type = table.index_of(schema::kSlotType);
    ASSERT_TRUE(year && type);
    for (Xapian::docid id = 1; id <= database.get_lastdocid() + 1; ++id) {
      std::string expected_year;
      std::string expected_type;
      if (id != 4 && id <= database.get_lastdocid()) {
        const auto document = database.get_document(id);
        expected_year = document.get_value(schema::kSlotYear);
        expected_type = document.get_value(schema::kSlotType);
      }
      EXPECT_EQ(table.value(*year, table.code(*year, id)), expected_year) << id;
      EXPECT_EQ(table.value(*type, table.code(*type, id)), expected_type) << id;
    }
  }

  testing::TempDir directory_;
  fs::path folder_;
  const std::vector<Xapian::valueno> slots_{schema::kSlotYear, schema::kSlotType};
};

TEST_F(FacetTableTest, SavedTableLoadsWithTheSameCodesForTheSameState) {
  const Xapian::Database database(folder_.string());
  EXPECT_EQ(FacetTable::load(folder_, database, slots_), nullptr);  // none saved yet
  const FacetTable built(database, slots_);
  expect_values_of(built, database);
  built.save(folder_);
  const auto loaded = FacetTable::load(folder_, database, slots_);
  ASSERT_NE(loaded, nullptr);
  expect_values_of(*loaded, database);
  ASSERT_EQ(loaded->value_count(1), built.value_count(1));
  EXPECT_EQ(loaded->value_count(1), 3U);  // none, article, comment
  for (FacetTable::Code code = 0; code < built.value_count(1); ++code) {
    EXPECT_EQ(loaded->value(1, code), built.value(1, code)) << code;
  }
  EXPECT_EQ(loaded->value(1, 3), "");
  EXPECT_FALSE(loaded->index_of(schema::kSlotAuthor));
  EXPECT_EQ(FacetTable::load(folder_, database, {schema::kSlotYear, schema::kSlotAuthor}), nullptr);
  EXPECT_FALSE(fs::exists(folder_ / (std::string(schema::kFacetTableFile) + ".tmp")));
}

TEST_F(FacetTableTest, ATableOfAnotherStateIsNotLoaded) {
  FacetTable(Xapian::Database(folder_.string()), slots_).save(folder_);
  {
    Xapian::WritableDatabase database(folder_.string());
    Xapian::Document document;
    document.add_value(schema::kSlotYear, "1999");
    database.replace_document(2, document);  // same last document number, new revision
    database.commit();
  }
  EXPECT_EQ(FacetTable::load(folder_, Xapian::Database(folder_.string()), slots_), nullptr);
  // Another archive with the same documents has another uuid.
  const fs::path copy = directory_.path() / "copy";
  Xapian::WritableDatabase other(copy.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  other.commit();
  fs::copy_file(folder_ / schema::kFacetTableFile, copy / schema::kFacetTableFile);
  EXPECT_EQ(FacetTable::load(copy, Xapian::Database(copy.string()), slots_), nullptr);
}

TEST_F(FacetTableTest, ADamagedTableIsNotLoaded) {
  const Xapian::Database database(folder_.string());
  FacetTable(database, slots_).save(folder_);
  const fs::path file = folder_ / schema::kFacetTableFile;
  const std::string whole = testing::read_file(file);
  const auto write = [&](const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
  };
  for (const std::size_t size : {std::size_t{0}, std::size_t{5}, std::size_t{30}, whole.size() / 2, whole.size() - 1}) {
    write(whole.substr(0, size));
    EXPECT_EQ(FacetTable::load(folder_, database, slots_), nullptr) << size;
  }
  write(whole + "x");
  EXPECT_EQ(FacetTable::load(folder_, database, slots_), nullptr);
  write("SZFACET0" + whole.substr(8));
  EXPECT_EQ(FacetTable::load(folder_, database, slots_), nullptr);
  // Codes past a slot's values read as "no value", not out of bounds.
  std::string bad_codes = whole;
  std::fill(bad_codes.end() - 8, bad_codes.end(), '\xff');
  write(bad_codes);
  const auto loaded = FacetTable::load(folder_, database, slots_);
  ASSERT_NE(loaded, nullptr);
  EXPECT_EQ(loaded->code(1, database.get_lastdocid()), 0U);
  // A value offset past the value bytes reads as "".
  std::uint32_t uuid_size = 0;
  whole.copy(reinterpret_cast<char*>(&uuid_size), sizeof uuid_size, 24);
  const std::size_t first_offsets = (28 + uuid_size + 3) / 4 * 4 + 12;  // slot, count, bytes
  std::string bad_offset = whole;
  std::fill_n(bad_offset.begin() + static_cast<std::ptrdiff_t>(first_offsets + 4), 4, '\xff');
  write(bad_offset);
  const auto odd = FacetTable::load(folder_, database, slots_);
  ASSERT_NE(odd, nullptr);
  EXPECT_EQ(odd->value(0, 0), "");      // ends past the bytes
  EXPECT_EQ(odd->value(0, 1), "");      // begins past where it ends
  EXPECT_EQ(odd->value(0, 2), "1901");  // untouched
}

TEST_F(FacetTableTest, AFolderItCannotWriteIsAnErrorNamingTheFile) {
  const Xapian::Database database(folder_.string());
  const FacetTable table(database, slots_);
  const fs::path missing = directory_.path() / "no" / "such" / "folder";
  try {
    table.save(missing);
    FAIL() << "saved into a missing folder";
  } catch (const ArchiveError& error) {
    EXPECT_NE(std::string(error.what()).find((missing / schema::kFacetTableFile).string()), std::string::npos)
        << error.what();
  }
}

}  // namespace
}  // namespace samizdat::corpus
