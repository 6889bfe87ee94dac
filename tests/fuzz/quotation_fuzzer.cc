// @brief libFuzzer target: corpus::extract_quotations on an article whose
// text is the input (repaired to UTF-8 first, as the loader does).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corpus/document.h"
#include "corpus/quotation_extractor.h"
#include "corpus/utf8.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using samizdat::fuzz::check;
  samizdat::corpus::Document article;
  article.title = "Fuzz";
  article.text = samizdat::corpus::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size)).text;
  for (const auto& quotation : samizdat::corpus::extract_quotations(article)) {
    check(quotation.type == samizdat::corpus::DocType::kQuotation, "type is quotation");
    check(!quotation.text.empty(), "a quotation has text");
    check(samizdat::corpus::is_valid_utf8(quotation.text), "quotation text is valid UTF-8");
    check(samizdat::corpus::is_valid_utf8(quotation.source), "citation is valid UTF-8");
  }
  return 0;
}
