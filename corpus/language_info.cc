#include "corpus/language_info.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <xapian.h>

namespace samizdat::corpus {

namespace {

// Xapian describes a stemmer as "Xapian::Stem(english)".
std::string stemmer_name(const Xapian::Stem& stemmer) {
  const std::string description = stemmer.get_description();
  const auto open = description.find('(');
  const auto close = description.rfind(')');
  if (open == std::string::npos || close == std::string::npos || close < open) return "";
  return description.substr(open + 1, close - open - 1);
}

bool is_available(std::string_view name) {
  const std::string available = Xapian::Stem::get_available_languages();
  std::string_view rest = available;
  while (!rest.empty()) {
    const std::size_t end = std::min(rest.find(' '), rest.size());
    if (rest.substr(0, end) == name) return true;
    rest.remove_prefix(std::min(end + 1, rest.size()));
  }
  return false;
}

}  // namespace

std::string language_name(std::string_view iso_code) {
  if (iso_code.empty()) return "";
  const icu::Locale locale(std::string(iso_code).c_str());
  icu::UnicodeString name;
  locale.getDisplayLanguage(icu::Locale::getEnglish(), name);
  std::string result;
  name.toUTF8String(result);
  return result;
}

bool has_stemmer(std::string_view iso_code) {
  if (iso_code.empty()) return false;
  try {
    return is_available(stemmer_name(Xapian::Stem(std::string(iso_code))));
  } catch (const Xapian::InvalidArgumentError&) {
    return false;
  }
}

}  // namespace samizdat::corpus
