#include "corpus/quotation_texts.h"

#include <optional>
#include <string>
#include <string_view>

namespace samizdat::corpus {

void HeldQuotationTexts::keep(std::string_view doc_id, std::string_view text) {
  texts_.insert_or_assign(std::string(doc_id), std::string(text));
}

void HeldQuotationTexts::forget(std::string_view doc_id) { texts_.erase(std::string(doc_id)); }

std::optional<std::string> HeldQuotationTexts::text(std::string_view doc_id) const {
  const auto found = texts_.find(std::string(doc_id));
  if (found == texts_.end()) return std::nullopt;
  return found->second;
}

}  // namespace samizdat::corpus
