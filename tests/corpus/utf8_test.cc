#include "corpus/utf8.h"

#include <string>

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(Utf8Test, ValidatesWellFormedAndRejectsMalformedText) {
  const struct {
    std::string input;
    bool valid;
  } cases[] = {
      {"", true},
      {"plain ascii", true},
      {"Троцкий Łódź 日本 \xF0\x9F\x98\x80", true},
      {"\xC3", false},                  // truncated two-byte sequence
      {"\xC0\xAF", false},              // overlong '/'
      {"\xED\xA0\x80", false},          // surrogate U+D800
      {"\xF4\x90\x80\x80", false},      // above U+10FFFF
      {"\xFF", false},
      {"a\x80z", false},                // stray continuation byte
  };
  for (const auto& c : cases) EXPECT_EQ(is_valid_utf8(c.input), c.valid) << c.input;
}

TEST(Utf8Test, RepairReplacesEachMaximalInvalidSubpart) {
  const struct {
    std::string input;
    std::string expected;
    std::size_t count;
    std::size_t first;
    std::size_t multibyte = 0;  // well-formed characters of two bytes or more kept
  } cases[] = {
      {"fine", "fine", 0, 0},
      {"ab\xFFz", "ab" + kFffd + "z", 1, 2},
      {"x\xE2\x82", "x" + kFffd, 1, 1},                      // truncated at end
      {"\xE2\x82y", kFffd + "y", 1, 0},                     // one FFFD for the subpart
      {"\xC0\xAF!", kFffd + kFffd + "!", 2, 0},             // overlong: two bytes, two FFFD
      {"\xD0\x96\x80\xD0\x96", "\xD0\x96" + kFffd + "\xD0\x96", 1, 2, 2},
  };
  for (const auto& c : cases) {
    const Utf8Repair repair = repair_utf8(c.input);
    EXPECT_EQ(repair.text, c.expected) << c.input;
    EXPECT_EQ(repair.invalid_sequences, c.count) << c.input;
    EXPECT_EQ(repair.first_invalid_offset, c.first) << c.input;
    EXPECT_EQ(repair.multibyte_characters, c.multibyte) << c.input;
    EXPECT_TRUE(is_valid_utf8(repair.text));
  }
}

TEST(Utf8Test, StripBomRemovesOnlyALeadingMark) {
  EXPECT_EQ(strip_bom("\xEF\xBB\xBFtext"), "text");
  EXPECT_EQ(strip_bom("text\xEF\xBB\xBF"), "text\xEF\xBB\xBF");
  EXPECT_EQ(strip_bom(""), "");
}

TEST(Utf8Test, DetectsBinaryContent) {
  EXPECT_TRUE(looks_binary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_TRUE(looks_binary(std::string(100, '\x01')));
  EXPECT_FALSE(looks_binary("A letter.\n\tIndented.\r\n\fNext page."));
  EXPECT_FALSE(looks_binary(""));
  // Control characters beyond the first 8 KiB are not looked at.
  EXPECT_FALSE(looks_binary(std::string(8192, 'a') + std::string(100, '\0')));
}

TEST(Utf8Test, RequireTextThrowsForBinary) {
  try {
    require_text(std::string("\0\0\0", 3));
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "binary file");
  }
  EXPECT_NO_THROW(require_text("text"));
}

}  // namespace
}  // namespace samizdat::corpus
