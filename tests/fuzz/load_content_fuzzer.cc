// @brief libFuzzer target: corpus::load_content on arbitrary bytes in one
// format. Built once per format; SAMIZDAT_FUZZ_FORMAT names it ("txt").
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "corpus/corpus_config.h"
#include "corpus/date.h"
#include "corpus/document.h"
#include "corpus/error.h"
#include "corpus/file_loader.h"
#include "corpus/utf8.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

using samizdat::corpus::Document;
using samizdat::corpus::DocType;
using samizdat::fuzz::check;

constexpr std::string_view kRelative = "fuzz/x";

// A config that renames and facets fields, so those paths run too.
samizdat::corpus::CorpusConfig make_config() {
  samizdat::corpus::CorpusConfig config;
  config.publication = "Fuzz Weekly";
  config.field_renames = {{"author", "name"}, {"date", "year"}};
  config.facets = {"party"};
  return config;
}

// What load_content promises every document it returns.
void check_document(const Document& document, const std::string& article_id) {
  check(document.id.starts_with("fuzz/x"), "id made from the relative path");
  check(samizdat::corpus::is_valid_utf8(document.text), "text is valid UTF-8");
  check(samizdat::corpus::is_valid_utf8(document.title), "title is valid UTF-8");
  check(document.date.empty() || samizdat::corpus::parse_date(document.date.iso()) == document.date,
        "a date parse_date would accept");
  for (const auto& section : document.sections) {
    check(section.offset <= document.text.size(), "section offset inside the text");
  }
  if (document.type == DocType::kArticle) return;
  check(document.parent_id == article_id, "child follows its article");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto config = make_config();
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  try {
    const auto loaded = samizdat::corpus::load_content(content, SAMIZDAT_FUZZ_FORMAT, kRelative, config);
    std::string article_id;
    for (const auto& document : loaded.documents) {
      if (document.type == DocType::kArticle) article_id = document.id;
      check_document(document, article_id);
    }
  } catch (const samizdat::InputError&) {
    // Unusable input is reported, not a crash.
  }
  return 0;
}
