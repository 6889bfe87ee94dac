// Regression (issue 7, found by fuzz_corpus_config as a timeout): a config
// line without '=' that itself contains "%invalid_line%" made
// Boost.Program_options' error message substitute the line into itself
// forever (error_with_option_name::replace_token loops until the token is
// gone), so samizdat-index hung on such a samizdat.ini. Each case runs in a
// child with an alarm, so a hang fails the test instead of the suite.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include <gtest/gtest.h>

#include "corpus/corpus_config.h"
#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

constexpr unsigned kAlarmSeconds = 10;

// In the child: prints the InputError's message and exits 0, or exits 1.
void report_error(const std::string& text) {
  alarm(kAlarmSeconds);
  try {
    (void)parse_corpus_config(text, "/c/samizdat.ini");
  } catch (const InputError& error) {
    std::cerr << "message: " << error.what() << "\n";
    std::_Exit(0);
  }
  std::_Exit(1);
}

TEST(Issue7ConfigPlaceholderHangTest, ReportsALineHoldingBoostsPlaceholderAsInvalid) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(report_error("p%invalid_line%rty\nfacet = party\n"), ::testing::ExitedWithCode(0),
              "message: config '/c/samizdat.ini': the options configuration file contains an "
              "invalid line 'p%invalid_line%rty'");
  EXPECT_EXIT(report_error("%invalid_line%\n"), ::testing::ExitedWithCode(0),
              "message: config '/c/samizdat.ini': the options configuration file contains an "
              "invalid line '%invalid_line%'");
}

TEST(Issue7ConfigPlaceholderHangTest, KeepsTheMessageForAnOrdinaryInvalidLine) {
  try {
    (void)parse_corpus_config("publication\n", "/c/samizdat.ini");
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(),
                 "config '/c/samizdat.ini': the options configuration file contains an invalid line "
                 "'publication'");
  }
}

}  // namespace
}  // namespace samizdat::corpus
