#include "corpus/stored_document.h"

#include <string>

#include <gtest/gtest.h>

#include "corpus/document.h"
#include "corpus/error.h"
#include "corpus/text_codec.h"

namespace samizdat::corpus {
namespace {

Document full_document() {
  Document document;
  document.id = "1917/april-theses#q2";
  document.type = DocType::kQuotation;
  document.title = "The April Theses";
  document.authors = {"V. I. Lenin", "Н. К. Крупская"};
  document.date = Date{1917, 4, 7};
  document.publication = "Pravda";
  document.language = "ru";
  document.tags = {"revolution", "soviets"};
  document.url = "https://example.org/april";
  document.sections = {{"I", 0}, {"II", 120}};
  document.text = "All power to the soviets!";
  document.parent_id = "1917/april-theses";
  document.source = "Pravda No. 26";
  document.path = "1917/april-theses.txt";
  document.extra = {{"party", "RSDLP(b)"}, {"issue", "26"}};
  return document;
}

TEST(StoredDocumentTest, RoundTripsEveryFieldButTheText) {
  const Document document = full_document();
  const std::string compressed = TextCompressor("").compress(document.text);
  const StoredDocument stored =
      decode_stored_document(encode_stored_document(document, compressed, 4));
  Document expected = document;
  expected.text.clear();
  EXPECT_EQ(stored.document.id, expected.id);
  EXPECT_EQ(stored.document.type, expected.type);
  EXPECT_EQ(stored.document.title, expected.title);
  EXPECT_EQ(stored.document.authors, expected.authors);
  EXPECT_EQ(stored.document.date, expected.date);
  EXPECT_EQ(stored.document.publication, expected.publication);
  EXPECT_EQ(stored.document.language, expected.language);
  EXPECT_EQ(stored.document.tags, expected.tags);
  EXPECT_EQ(stored.document.url, expected.url);
  EXPECT_EQ(stored.document.sections, expected.sections);
  EXPECT_EQ(stored.document.text, "");
  EXPECT_EQ(stored.document.parent_id, expected.parent_id);
  EXPECT_EQ(stored.document.source, expected.source);
  EXPECT_EQ(stored.document.path, expected.path);
  EXPECT_EQ(stored.document.extra, expected.extra);
  EXPECT_EQ(stored.compressed_text, compressed);
  EXPECT_EQ(stored.dictionary_id, 4U);
  EXPECT_EQ(stored.text_size, document.text.size());
  EXPECT_EQ(TextDecompressor().decompress(stored.compressed_text, 0), document.text);
}

TEST(StoredDocumentTest, RoundTripsAMinimalDocumentWithPartialDates) {
  Document document;
  document.id = "a";
  document.date = Date{1917, 10, 0};
  const StoredDocument stored = decode_stored_document(encode_stored_document(document, "", 0));
  EXPECT_EQ(stored.document.id, "a");
  EXPECT_EQ(stored.document.type, DocType::kArticle);
  EXPECT_EQ(stored.document.date, (Date{1917, 10, 0}));
  EXPECT_TRUE(stored.document.authors.empty());
  EXPECT_TRUE(stored.document.extra.empty());
  EXPECT_EQ(stored.compressed_text, "");
  EXPECT_EQ(stored.text_size, 0U);
}

TEST(StoredDocumentTest, KeepsBinaryBytesOfTheCompressedText) {
  const std::string bytes("\0\xff\x01zz", 5);
  const StoredDocument stored =
      decode_stored_document(encode_stored_document(full_document(), bytes, 1));
  EXPECT_EQ(stored.compressed_text, bytes);
}

void expect_corrupt(const std::string& data, const std::string& message_start) {
  try {
    (void)decode_stored_document(data);
    FAIL() << "no exception";
  } catch (const ArchiveError& error) {
    EXPECT_EQ(std::string(error.what()).rfind(message_start, 0), 0U) << error.what();
  }
}

TEST(StoredDocumentTest, RejectsDataThatIsNotAStoredDocument) {
  expect_corrupt("", "corrupt stored document: ");
  expect_corrupt("\xc1garbage", "corrupt stored document: ");
  expect_corrupt("\x2a", "corrupt stored document: not an object");  // msgpack 42
  std::string truncated = encode_stored_document(full_document(), "zzz", 1);
  truncated.resize(truncated.size() / 2);
  expect_corrupt(truncated, "corrupt stored document: ");
}

TEST(StoredDocumentTest, RejectsAnUnknownDocumentType) {
  // {"id": "x", "type": "poem"} in MessagePack.
  const std::string data = "\x82\xa2id\xa1x\xa4type\xa4poem";
  expect_corrupt(data, "corrupt stored document: unknown type 'poem'");
}

}  // namespace
}  // namespace samizdat::corpus
