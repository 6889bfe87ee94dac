#include "corpus/schema.h"

#include <cctype>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include "corpus/ascii.h"
#include "corpus/error.h"

namespace samizdat::corpus::schema {

namespace {

// Xapian refuses terms over 245 bytes; the longest prefix plus a separator
// must still fit, so values stop well short of that.
constexpr std::size_t kMaxFoldedValueBytes = 200;

std::string nfkc_casefold(std::string_view value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    throw InputError(std::string("cannot load ICU NFKC casefold data: ") + u_errorName(status));
  }
  const icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(value.data(), static_cast<int32_t>(value.size())));
  const icu::UnicodeString folded = normalizer->normalize(source, status);
  if (U_FAILURE(status)) {
    throw InputError(std::string("cannot case-fold term value: ") + u_errorName(status));
  }
  std::string result;
  folded.toUTF8String(result);
  return result;
}

// Cuts at a code point boundary: never inside a multi-byte UTF-8 sequence.
std::string truncate_utf8(std::string text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace

std::string extra_facet_prefix(std::string_view facet) {
  std::string prefix = "XF";
  for (const char c : facet) {
    prefix += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  prefix += ':';
  return prefix;
}

std::string fold_term_value(std::string_view value) {
  return truncate_utf8(collapse_ascii_space(nfkc_casefold(value)), kMaxFoldedValueBytes);
}

std::vector<Xapian::valueno> facet_slots(std::size_t extra_facets) {
  std::vector<Xapian::valueno> slots{kSlotYear,     kSlotDecade,   kSlotType, kSlotPublication, kSlotAuthor,
                                     kSlotLanguage, kSlotSource,   kSlotTag,  kSlotCluster};
  for (std::size_t i = 0; i < extra_facets; ++i) slots.push_back(kSlotFirstExtraFacet + static_cast<Xapian::valueno>(i));
  return slots;
}

std::string dictionary_key(std::uint32_t id) { return std::string(kMetaDictionaryPrefix) + std::to_string(id); }

unsigned parse_run(std::string_view value) {
  unsigned run = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), run);
  return error == std::errc() && end == value.data() + value.size() ? run : 0;
}

}  // namespace samizdat::corpus::schema
