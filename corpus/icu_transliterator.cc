#include "corpus/icu_transliterator.h"

#include <memory>
#include <string>
#include <string_view>

#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "corpus/error.h"

namespace samizdat::corpus {

namespace {

icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

// ICU places syntax errors by their offset in the rules (its line is always
// 0) and gives -1 for errors that have no place, such as an unknown transform.
std::string location(const UParseError& where) {
  if (where.offset < 0) return "";
  return " at offset " + std::to_string(where.offset) + " of the rules";
}

}  // namespace

std::unique_ptr<icu::Transliterator> compile_transliterator(std::string_view name,
                                                            std::string_view rules) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createFromRules(
      to_unicode(name), to_unicode(rules), UTRANS_FORWARD, where, status));
  if (U_FAILURE(status) || transliterator == nullptr) {
    throw Error("cannot compile transliterator '" + std::string(name) + "': " +
                u_errorName(status) + location(where));
  }
  return transliterator;
}

std::string transliterate(const icu::Transliterator& transliterator, std::string_view utf8) {
  icu::UnicodeString text = to_unicode(utf8);
  transliterator.transliterate(text);
  std::string result;
  text.toUTF8String(result);
  return result;
}

}  // namespace samizdat::corpus
