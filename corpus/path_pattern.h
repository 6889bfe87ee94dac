// @brief The regex of a path.FIELD line of the corpus config, compiled with
// ICU: what a file's name says about its documents.
#ifndef SAMIZDAT_CORPUS_PATH_PATTERN_H_
#define SAMIZDAT_CORPUS_PATH_PATTERN_H_

#include <memory>
#include <string>
#include <string_view>

#include <unicode/regex.h>

namespace samizdat::corpus {

// ICU regex rather than std::regex: it refuses a repeat count too big to
// compile and bounds how long a match may take, where libstdc++'s compiler
// overflows on "{99999999999}" (found by fuzzing the config).
// Immutable after construction; copies share the compiled pattern, which
// ICU lets several threads match with at once.
class PathPattern {
 public:
  // @exception InputError "bad regex 'PATTERN': REASON", or "regex 'PATTERN'
  //            needs a group, (...), around the value".
  explicit PathPattern(std::string_view pattern);

  // The pattern as written.
  [[nodiscard]] const std::string& source() const { return source_; }
  friend bool operator==(const PathPattern& a, const PathPattern& b) { return a.source_ == b.source_; }

  // The first group where the pattern is first found in `path`; "" when it is
  // not found, the group took no part in the match, or matching ran over its
  // time limit.
  [[nodiscard]] std::string find(std::string_view path) const;

 private:
  std::string source_;
  std::shared_ptr<const icu::RegexPattern> pattern_;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_PATH_PATTERN_H_
