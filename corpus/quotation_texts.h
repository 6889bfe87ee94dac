// @brief Where a QuotationClusterer reads back the texts of the quotations it
// holds: it keeps only their fingerprints and a few numbers in memory.
#ifndef SAMIZDAT_CORPUS_QUOTATION_TEXTS_H_
#define SAMIZDAT_CORPUS_QUOTATION_TEXTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace samizdat::corpus {

// The texts of held quotations, by doc id. An archive is one such store (the
// indexer's), a map in memory another (HeldQuotationTexts).
class QuotationTexts {
 public:
  virtual ~QuotationTexts() = default;

  // The clusterer took in quotation `doc_id` with `text`.
  virtual void keep(std::string_view doc_id, std::string_view text) = 0;
  // The clusterer let go of quotation `doc_id`.
  virtual void forget(std::string_view doc_id) = 0;
  // The text of quotation `doc_id`; nullopt when the store does not have it
  // (never kept, forgotten, or its document deleted).
  // @exception samizdat::ArchiveError when the store cannot be read.
  [[nodiscard]] virtual std::optional<std::string> text(std::string_view doc_id) const = 0;
};

// Keeps every text in memory: for clusterers without an archive behind them.
class HeldQuotationTexts final : public QuotationTexts {
 public:
  void keep(std::string_view doc_id, std::string_view text) override;
  void forget(std::string_view doc_id) override;
  [[nodiscard]] std::optional<std::string> text(std::string_view doc_id) const override;

 private:
  std::unordered_map<std::string, std::string> texts_;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_QUOTATION_TEXTS_H_
