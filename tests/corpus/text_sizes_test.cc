#include "corpus/text_sizes.h"

#include <string>

#include <gtest/gtest.h>
#include <xapian.h>

#include "corpus/document.h"
#include "corpus/error.h"
#include "corpus/schema.h"
#include "corpus/stored_document.h"

namespace samizdat::corpus {
namespace {

// A document whose stored data says `raw` bytes of text compressed to
// `compressed`; with the kSlotTextSizes value `value` unless it is empty.
Xapian::Document stored(std::size_t raw, std::size_t compressed, const std::string& value) {
  Document document;
  document.id = "doc";
  document.text = std::string(raw, 'x');
  Xapian::Document xapian_document;
  xapian_document.set_data(encode_stored_document(document, std::string(compressed, 'z'), 0));
  if (!value.empty()) xapian_document.add_value(schema::kSlotTextSizes, value);
  return xapian_document;
}

TEST(TextSizesTest, ValueRoundTrips) {
  const std::string value = text_sizes_value({123456789012, 42});
  EXPECT_EQ(value, "123456789012:42");
  const auto parsed = parse_text_sizes(value);
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->raw, 123456789012U);
  EXPECT_EQ(parsed->compressed, 42U);
}

TEST(TextSizesTest, RejectsWhatIsNotAValue) {
  for (const char* value : {"", "12", ":", "12:", ":12", "a:1", "1:2:3", "-1:2", "1 :2"}) {
    EXPECT_FALSE(parse_text_sizes(value).has_value()) << value;
  }
}

TEST(TextSizesTest, SumsTheValuesWhereEveryDocumentHasOne) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  // The values, not the data, are summed: here they disagree on purpose.
  database.add_document(stored(1, 1, "100:40"));
  database.add_document(stored(1, 1, "7:3"));
  const TextSizes sizes = sum_text_sizes(database);
  EXPECT_EQ(sizes.raw, 107U);
  EXPECT_EQ(sizes.compressed, 43U);
}

TEST(TextSizesTest, ReadsTheDataOfDocumentsWrittenBeforeTheValue) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  database.add_document(stored(50, 20, ""));       // an older archive's document
  database.add_document(stored(1, 1, "100:40"));
  database.add_document(stored(9, 4, ""));
  database.add_document(stored(1, 1, "7:3"));
  database.delete_document(2);
  const TextSizes sizes = sum_text_sizes(database);
  EXPECT_EQ(sizes.raw, 50U + 9 + 7);
  EXPECT_EQ(sizes.compressed, 20U + 4 + 3);
}

TEST(TextSizesTest, ADocumentWithNeitherIsAnArchiveError) {
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  database.add_document(stored(1, 1, "1:1"));
  Xapian::Document broken;
  broken.set_data("not a stored document");
  database.add_document(broken);
  EXPECT_THROW(static_cast<void>(sum_text_sizes(database)), ArchiveError);
}

}  // namespace
}  // namespace samizdat::corpus
