#include "corpus/path_pattern.h"

#include <unicode/parseerr.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

// A match may take this long (ICU's time units, about a millisecond each on
// a current machine): a path is short, and a pattern that backtracks past
// this on one is broken.
constexpr int32_t kMatchTimeLimit = 100;

icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

}  // namespace

PathPattern::PathPattern(std::string_view pattern) : source_(pattern) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  pattern_.reset(icu::RegexPattern::compile(to_unicode(pattern), 0, where, status));
  if (U_FAILURE(status) || pattern_ == nullptr) {
    throw InputError("bad regex '" + std::string(pattern) + "': " + u_errorName(status) +
                     (where.offset >= 0 ? " at offset " + std::to_string(where.offset) : ""));
  }
  const std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(status));
  if (U_FAILURE(status) || matcher->groupCount() == 0) {
    throw InputError("regex '" + std::string(pattern) + "' needs a group, (...), around the value");
  }
}

std::string PathPattern::find(std::string_view path) const {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text = to_unicode(path);
  std::unique_ptr<icu::RegexMatcher> matcher(pattern_->matcher(text, status));
  if (U_FAILURE(status)) return "";
  matcher->setTimeLimit(kMatchTimeLimit, status);
  if (!matcher->find(status) || U_FAILURE(status)) return "";
  const icu::UnicodeString group = matcher->group(1, status);
  std::string value;
  if (U_SUCCESS(status)) group.toUTF8String(value);
  return value;
}

}  // namespace samizdat::corpus
