#include "corpus/legacy_charset.h"

#include <string>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

// The same sentences as their UTF-8 in the expectations, in legacy charsets.
const std::string kWindows1252 = "He said \x93" "bread and roses\x94 \x97 at the caf\xE9.";
const std::string kWindows1251 = "\xD0\xE5\xE2\xEE\xEB\xFE\xF6\xE8\xFF \xEF\xEE\xE1\xE5\xE4\xE8\xEB\xE0, \xE8 \xF0\xE0\xE1\xEE\xF7\xE8\xE5 \xE2\xE7\xFF\xEB\xE8 \xE2\xEB\xE0\xF1\xF2\xFC \xE2 \xE3\xEE\xF0\xEE\xE4\xE5. \xCA\xE0\xE6\xE4\xFB\xE9 \xF0\xE0\xE1\xEE\xF7\xE8\xE9 \xE7\xED\xE0\xEB \xFD\xF2\xEE, \xE8 \xF2\xEE\xE2\xE0\xF0\xE8\xF9\xE8 \xF1\xEE\xE1\xF0\xE0\xEB\xE8\xF1\xFC \xED\xE0 \xEF\xEB\xEE\xF9\xE0\xE4\xE8.";
const std::string kKoi8r = "\xF2\xC5\xD7\xCF\xCC\xC0\xC3\xC9\xD1 \xD0\xCF\xC2\xC5\xC4\xC9\xCC\xC1, \xC9 \xD2\xC1\xC2\xCF\xDE\xC9\xC5 \xD7\xDA\xD1\xCC\xC9 \xD7\xCC\xC1\xD3\xD4\xD8 \xD7 \xC7\xCF\xD2\xCF\xC4\xC5. \xEB\xC1\xD6\xC4\xD9\xCA \xD2\xC1\xC2\xCF\xDE\xC9\xCA \xDA\xCE\xC1\xCC \xDC\xD4\xCF.";
const std::string kShortIso88592 = "\xA3\xF3" "d\xBC";  // Łódź: too short to guess
const std::string kIso88592 = "Robotnicy z \xA3\xF3" "d\xBC strajkuj\xB1 przeciw fabrykantom i \xBF\xB1" "daj\xB1 chleba.";

TEST(LegacyCharsetTest, DetectsTheCharsetOfWesternCyrillicAndCentralEuropeanText) {
  const Recoded western = recode_legacy(kWindows1252);
  EXPECT_EQ(western.charset, "windows-1252");
  EXPECT_EQ(western.text, "He said “bread and roses” — at the café.");
  const Recoded russian = recode_legacy(kWindows1251);
  EXPECT_EQ(russian.charset, "windows-1251");
  EXPECT_EQ(russian.text,
            "Революция победила, и рабочие взяли власть в городе. Каждый рабочий знал это, и товарищи "
            "собрались на площади.");
  const Recoded koi8 = recode_legacy(kKoi8r);
  EXPECT_EQ(koi8.charset, "KOI8-R");
  EXPECT_EQ(koi8.text, "Революция победила, и рабочие взяли власть в городе. Каждый рабочий знал это.");
  const Recoded polish = recode_legacy(kIso88592);
  EXPECT_EQ(polish.charset, "ISO-8859-2");
  EXPECT_EQ(polish.text, "Robotnicy z Łódź strajkują przeciw fabrykantom i żądają chleba.");
}

TEST(LegacyCharsetTest, ReadsLatin1AsWindows1252WhoseQuotesItLacks) {
  const Recoded recoded = recode_legacy(kWindows1252, "ISO-8859-1");
  EXPECT_EQ(recoded.charset, "windows-1252");
  EXPECT_EQ(recoded.text, "He said “bread and roses” — at the café.");
}

TEST(LegacyCharsetTest, PrefersTheDeclaredCharsetToAGuessOnAFewWords) {
  EXPECT_EQ(recode_legacy(kShortIso88592).charset, "windows-1252");  // no credible guess
  EXPECT_EQ(recode_legacy(kShortIso88592, "iso-8859-2").text, "Łódź");
  EXPECT_EQ(recode_legacy(kShortIso88592, "latin2").text, "Łódź");
  // A declaration ICU cannot read, or UTF-8 (which the bytes are not), is ignored.
  EXPECT_EQ(recode_legacy(kWindows1251, "no-such-charset").charset, "windows-1251");
  EXPECT_EQ(recode_legacy(kWindows1251, "utf-8").charset, "windows-1251");
}

TEST(LegacyCharsetTest, FindsTheCharsetAnHtmlPageDeclares) {
  EXPECT_EQ(declared_html_charset(R"(<html><head><meta charset="windows-1251"><title>x)"), "windows-1251");
  EXPECT_EQ(declared_html_charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=KOI8-R\">"),
            "KOI8-R");
  EXPECT_EQ(declared_html_charset("<meta charset = 'iso-8859-2' />"), "iso-8859-2");
  EXPECT_EQ(declared_html_charset("<p>The charset of a page is declared in its head.</p>"), "");
  EXPECT_EQ(declared_html_charset(std::string(2000, ' ') + "<meta charset=\"koi8-r\">"), "");  // past the prescan
}

}  // namespace
}  // namespace samizdat::corpus
