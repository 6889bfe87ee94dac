#include "corpus/legacy_charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>

#include <memory>

#include "corpus/ascii.h"

namespace samizdat::corpus {
namespace {

constexpr std::size_t kPrescanBytes = 1024;
// ICU's detector reads every byte it is given; a file's start tells enough.
constexpr std::size_t kDetectBytes = 64 * 1024;
constexpr std::string_view kFallback = "windows-1252";
// ICU rates a charset 0–100. Below this a guess is no better than the
// fallback: ICU rates UTF-16 and Shift_JIS 10 for the four bytes of "Łódź"
// in ISO-8859-2, a short Russian sentence 25, a Polish one 37.
constexpr int32_t kMinConfidence = 20;

struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

// The charset to read for `label`: "" when ICU does not know it or it is a
// Unicode encoding (bytes that are not UTF-8 are not read as UTF-8 or
// UTF-16); windows-1252 for ISO-8859-1 and US-ASCII, which it extends.
std::string readable_charset(const std::string& label) {
  const std::string lowered = lower_ascii(label);
  for (const std::string_view unicode : {"utf", "ucs", "unicode"}) {
    if (lowered.find(unicode) != std::string::npos) return "";
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = label.empty() ? nullptr : ucnv_open(label.c_str(), &status);
  if (converter == nullptr || U_FAILURE(status)) return "";
  const std::string canonical = ucnv_getName(converter, &status);
  ucnv_close(converter);
  return canonical == "ISO-8859-1" || canonical == "US-ASCII" ? std::string(kFallback) : label;
}

// The readable charset ICU's detector rates best for `bytes`, "" when none
// is rated at least kMinConfidence.
std::string detected_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  const std::string_view sample = bytes.substr(0, kDetectBytes);
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  if (U_FAILURE(status)) return "";
  for (int32_t i = 0; i < count; ++i) {  // best first
    const char* name = ucsdet_getName(matches[i], &status);
    if (U_FAILURE(status) || ucsdet_getConfidence(matches[i], &status) < kMinConfidence) return "";
    if (const std::string charset = readable_charset(name); !charset.empty()) return charset;
  }
  return "";
}

}  // namespace

std::string declared_html_charset(std::string_view html) {
  constexpr std::string_view kCharset = "charset";
  const std::string head = lower_ascii(html.substr(0, kPrescanBytes));
  for (std::size_t at = head.find(kCharset); at != std::string::npos; at = head.find(kCharset, at + 1)) {
    std::size_t pos = head.find_first_not_of(" \t\r\n", at + kCharset.size());
    if (pos == std::string::npos || head[pos] != '=') continue;
    pos = head.find_first_not_of(" \t\r\n\"'", pos + 1);
    if (pos == std::string::npos) break;
    const std::size_t end = head.find_first_of(" \t\r\n\"';>/", pos);
    return std::string(html.substr(pos, (end == std::string::npos ? head.size() : end) - pos));
  }
  return "";
}

Recoded recode_legacy(std::string_view bytes, std::string_view declared) {
  std::string charset = readable_charset(std::string(declared));
  if (charset.empty()) charset = detected_charset(bytes);
  if (charset.empty()) charset = kFallback;
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  Recoded recoded{{}, charset};
  text.toUTF8String(recoded.text);
  return recoded;
}

}  // namespace samizdat::corpus
