#include "indexer/archive_quotation_texts.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/archive_dictionaries.h"
#include "corpus/error.h"
#include "indexer/archive_error.h"

namespace samizdat::indexer {

ArchiveQuotationTexts::ArchiveQuotationTexts(std::vector<ArchiveWriter*> holders)
    : holders_(std::move(holders)) {
  decompressor_ = corpus::archive_decompressor(holders_.front()->database());
}

std::optional<corpus::StoredDocument> ArchiveQuotationTexts::stored(std::string_view doc_id) const {
  for (const ArchiveWriter* holder : holders_) {
    if (const auto document = holder->document(doc_id)) {
      return corpus::decode_stored_document(
          guard_archive("read", holder->path(), [&] { return document->get_data(); }));
    }
  }
  return std::nullopt;
}

std::string ArchiveQuotationTexts::decompress(const corpus::StoredDocument& stored,
                                              std::string_view doc_id) const {
  try {
    return guard_archive("read", holders_.front()->path(),
                         [&] { return decompressor_->decompress(stored.compressed_text, stored.dictionary_id); });
  } catch (const CodecError& error) {
    throw ArchiveError("cannot read quotation '" + std::string(doc_id) + "' from archive '" +
                       holders_.front()->path().string() + "': " + error.what());
  }
}

std::optional<std::string> ArchiveQuotationTexts::text(std::string_view doc_id) const {
  const auto document = stored(doc_id);
  if (!document) return std::nullopt;
  return decompress(*document, doc_id);
}

corpus::QuotationRecord ArchiveQuotationTexts::record(std::string_view doc_id) const {
  const auto document = stored(doc_id);
  if (!document) {
    throw ArchiveError("cannot read quotation '" + std::string(doc_id) + "' from archive '" +
                       holders_.front()->path().string() + "': not found");
  }
  return {std::string(doc_id), decompress(*document, doc_id), document->document.source,
          document->document.date.year};
}

}  // namespace samizdat::indexer
