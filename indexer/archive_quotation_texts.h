// @brief The quotation texts an archive being written holds, read back for
// the quotation clusterer instead of keeping them in memory.
#ifndef SAMIZDAT_INDEXER_ARCHIVE_QUOTATION_TEXTS_H_
#define SAMIZDAT_INDEXER_ARCHIVE_QUOTATION_TEXTS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/quotation_cluster.h"
#include "corpus/quotation_texts.h"
#include "corpus/stored_document.h"
#include "corpus/text_codec.h"
#include "indexer/archive_writer.h"

namespace samizdat::indexer {

// Reads quotations from whichever of `holders` (an archive, and a full
// build's part archives) has them, uncommitted batches included. The
// archive holds the texts already: keep() and forget() do nothing.
// Not thread-safe.
class ArchiveQuotationTexts final : public corpus::QuotationTexts {
 public:
  // Decompresses with the dictionaries the first holder stores.
  explicit ArchiveQuotationTexts(std::vector<ArchiveWriter*> holders);

  void keep(std::string_view, std::string_view) override {}
  void forget(std::string_view) override {}
  // @exception ArchiveError when the text cannot be read.
  [[nodiscard]] std::optional<std::string> text(std::string_view doc_id) const override;

  // The clusterer's record of quotation `doc_id`.
  // @exception ArchiveError when no holder has it or it cannot be read.
  [[nodiscard]] corpus::QuotationRecord record(std::string_view doc_id) const;

 private:
  [[nodiscard]] std::optional<corpus::StoredDocument> stored(std::string_view doc_id) const;
  [[nodiscard]] std::string decompress(const corpus::StoredDocument& stored,
                                       std::string_view doc_id) const;

  std::vector<ArchiveWriter*> holders_;
  std::unique_ptr<corpus::TextDecompressor> decompressor_;
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_ARCHIVE_QUOTATION_TEXTS_H_
