#include "corpus/text_codec.h"

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

std::vector<std::string> make_samples() {
  std::vector<std::string> samples;
  for (int i = 0; i < 200; ++i) {
    samples.push_back("The Militant, issue " + std::to_string(i) +
                      ". Workers of the world, unite! The revolution of " +
                      std::to_string(1900 + i % 50) +
                      " showed that the working class must lead the peasantry. Article number " +
                      std::to_string(i * 7919) + " continues with a report from the factory.");
  }
  return samples;
}

TEST(TextCodecTest, TrainsADictionaryFromEnoughSamples) {
  const std::string dictionary = train_dictionary(make_samples(), 4096);
  EXPECT_FALSE(dictionary.empty());
  EXPECT_LE(dictionary.size(), 4096U);
}

TEST(TextCodecTest, TrainingOnTooLittleGivesNoDictionary) {
  EXPECT_EQ(train_dictionary({"one", "two"}), "");
  EXPECT_EQ(train_dictionary({}), "");
}

TEST(TextCodecTest, RoundTripsWithoutDictionary) {
  TextCompressor compressor("");
  TextDecompressor decompressor;
  for (const std::string& text :
       {std::string(), std::string("short"), std::string(100000, 'x'), make_samples()[3]}) {
    EXPECT_EQ(decompressor.decompress(compressor.compress(text), 0), text);
  }
}

TEST(TextCodecTest, RoundTripsWithDictionaryAndCompressesBetter) {
  const std::string dictionary = train_dictionary(make_samples(), 4096);
  ASSERT_FALSE(dictionary.empty());
  TextCompressor with(dictionary);
  TextCompressor without("");
  TextDecompressor decompressor;
  decompressor.add_dictionary(7, dictionary);
  const std::string text = "The Militant, issue 999. Workers of the world, unite! Новое.";
  const std::string compressed = with.compress(text);
  EXPECT_EQ(decompressor.decompress(compressed, 7), text);
  EXPECT_LT(compressed.size(), without.compress(text).size());
}

TEST(TextCodecTest, ReadsEachDictionaryFromItsSourceOnceWhenFirstNeeded) {
  const std::string dictionary = train_dictionary(make_samples(), 4096);
  ASSERT_FALSE(dictionary.empty());
  std::vector<std::uint32_t> asked;
  TextDecompressor decompressor([&](std::uint32_t id) {
    asked.push_back(id);
    return id == 3 ? dictionary : std::string();
  });
  EXPECT_TRUE(asked.empty());
  TextCompressor with(dictionary);
  const std::string text = "Workers of the world, unite! The revolution of 1917.";
  const std::string compressed = with.compress(text);
  EXPECT_EQ(decompressor.decompress(compressed, 3), text);
  EXPECT_EQ(decompressor.decompress(compressed, 3), text);
  EXPECT_EQ(decompressor.decompress(TextCompressor("").compress(text), 0), text);
  EXPECT_EQ(asked, std::vector<std::uint32_t>{3});
  EXPECT_THROW(static_cast<void>(decompressor.decompress(compressed, 4)), CodecError);
  EXPECT_EQ(asked, (std::vector<std::uint32_t>{3, 4}));
}

TEST(TextCodecTest, RejectsAnUnknownDictionaryId) {
  TextDecompressor decompressor;
  const std::string compressed = TextCompressor("").compress("text");
  try {
    (void)decompressor.decompress(compressed, 3);
    FAIL() << "no exception";
  } catch (const CodecError& error) {
    EXPECT_STREQ(error.what(), "unknown zstd dictionary 3");
  }
}

TEST(TextCodecTest, RejectsDataThatIsNotZstd) {
  TextDecompressor decompressor;
  try {
    (void)decompressor.decompress("not zstd at all", 0);
    FAIL() << "no exception";
  } catch (const CodecError& error) {
    EXPECT_STREQ(error.what(), "zstd decompression failed: not a zstd frame");
  }
}

TEST(TextCodecTest, RejectsATruncatedFrame) {
  TextDecompressor decompressor;
  std::string compressed = TextCompressor("").compress(make_samples()[0] + make_samples()[1]);
  compressed.resize(compressed.size() - 4);
  try {
    (void)decompressor.decompress(compressed, 0);
    FAIL() << "no exception";
  } catch (const CodecError& error) {
    EXPECT_EQ(std::string(error.what()).rfind("zstd decompression failed: ", 0), 0U)
        << error.what();
  }
}

TEST(TextCodecTest, RejectsTextCompressedWithAnotherDictionary) {
  const std::string dictionary = train_dictionary(make_samples(), 4096);
  ASSERT_FALSE(dictionary.empty());
  TextDecompressor decompressor;
  decompressor.add_dictionary(1, dictionary);
  const std::string compressed = TextCompressor(dictionary).compress(make_samples()[5]);
  EXPECT_THROW((void)decompressor.decompress(compressed, 0), CodecError);
}

TEST(TextCodecTest, RejectsDictionaryIdZero) {
  TextDecompressor decompressor;
  EXPECT_THROW(decompressor.add_dictionary(0, "dict"), CodecError);
}

}  // namespace
}  // namespace samizdat::corpus
