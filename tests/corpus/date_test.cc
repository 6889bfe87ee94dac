#include "corpus/date.h"

#include <optional>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

struct ValidCase {
  std::string_view input;
  Date expected;
};

TEST(DateTest, ParsesEveryAcceptedForm) {
  const ValidCase cases[] = {
      {"2017-10-06", {2017, 10, 6}},
      {"2017-10", {2017, 10, 0}},
      {"1917", {1917, 0, 0}},
      {"Friday, October 6, 2017", {2017, 10, 6}},
      {"October 6, 2017", {2017, 10, 6}},
      {"October 6 2017", {2017, 10, 6}},
      {"6 October 2017", {2017, 10, 6}},
      {"October 1917", {1917, 10, 0}},
      {"2017-10-06T12:00:00Z", {2017, 10, 6}},
      {"2017-10-06T12:00+02:00", {2017, 10, 6}},
      {"Oct 6, 2017", {2017, 10, 6}},
      {"6 oct. 2017", {2017, 10, 6}},
      {"fri, OCTOBER 6, 2017", {2017, 10, 6}},
      {"  1917-02-28\n", {1917, 2, 28}},
      {"2000-02-29", {2000, 2, 29}},
      {"February 29, 2016", {2016, 2, 29}},
      {"1000", {1000, 0, 0}},
      {"2999-12-31", {2999, 12, 31}},
  };
  for (const auto& [input, expected] : cases) {
    const std::optional<Date> date = parse_date(input);
    ASSERT_TRUE(date.has_value()) << input;
    EXPECT_EQ(*date, expected) << input;
  }
}

TEST(DateTest, RejectsImpossibleOrUnknownForms) {
  const std::string_view cases[] = {
      "",          "1917-02-30", "1900-02-29", "2017-02-29", "2017-13-01",
      "2017-00",   "2017-10-00", "0999",       "3000",       "17-10-06",
      "2017-1-6",  "2017-10-06T", "2017-10-06Tnoon", "Octember 6, 2017",
      "October 32, 2017", "Friday", "October", "6 October", "Friday, 2017",
      "The Establishment of Soviet Power", "2017-10-06 extra", "Monday October 6 2017 now",
      "February 29, 1900",
  };
  for (const std::string_view input : cases) {
    EXPECT_FALSE(parse_date(input).has_value()) << "'" << input << "'";
  }
}

TEST(DateTest, KnowsItsPrecision) {
  EXPECT_EQ(Date{}.precision(), DatePrecision::kNone);
  EXPECT_EQ((Date{1917, 0, 0}.precision()), DatePrecision::kYear);
  EXPECT_EQ((Date{1917, 10, 0}.precision()), DatePrecision::kMonth);
  EXPECT_EQ((Date{1917, 10, 25}.precision()), DatePrecision::kDay);
}

struct FormatCase {
  Date date;
  std::string_view iso;
  std::string_view first_day;
  std::string_view last_day;
  std::string_view decade;
};

TEST(DateTest, FormatsTheSpanItCovers) {
  const FormatCase cases[] = {
      {{}, "", "", "", ""},
      {{1917, 0, 0}, "1917", "19170101", "19171231", "1910s"},
      {{1917, 2, 0}, "1917-02", "19170201", "19170228", "1910s"},
      {{2016, 2, 0}, "2016-02", "20160201", "20160229", "2010s"},
      {{2017, 10, 6}, "2017-10-06", "20171006", "20171006", "2010s"},
      {{2000, 9, 0}, "2000-09", "20000901", "20000930", "2000s"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.date.iso(), c.iso);
    EXPECT_EQ(c.date.first_day(), c.first_day) << c.iso;
    EXPECT_EQ(c.date.last_day(), c.last_day) << c.iso;
    EXPECT_EQ(c.date.decade(), c.decade) << c.iso;
  }
}

TEST(DateTest, FindsTheDateAPathNames) {
  const struct {
    std::string_view path;
    std::string iso;  // "" for no date
  } cases[] = {
      {"news/2017-10-06-strike.md", "2017-10-06"},
      {"1917-10/leaflet.txt", "1917-10"},
      {"2017/10/06/a.txt", "2017-10-06"},
      {"1917/10/a.txt", "1917-10"},
      {"speeches/1948/AUS_03_1948.txt", "1948"},
      {"12/1917/a.txt", "1917"},
      {"2017/13/a.txt", "2017"},                            // no month 13: the year alone
      {"1917-10/1918-02-03 notes.txt", "1918-02-03"},      // the deepest wins
      {"1905/papers/2017-01/a.txt", "2017-01"},            // an ISO date beats a year folder
      {"1984.txt", ""},                                    // a file name's bare year
      {"a/b.txt", ""},
      {"x/20171006.txt", ""},
      {"v12017-10-06/a.txt", ""},                          // a digit touches it
      {"0999/a.txt", ""},
      {"1917-02-30/a.txt", ""},                            // no such day, nor month token after it
  };
  for (const auto& c : cases) {
    const auto date = date_in_path(c.path);
    EXPECT_EQ(date ? date->iso() : "", c.iso) << c.path;
  }
}

}  // namespace
}  // namespace samizdat::corpus
