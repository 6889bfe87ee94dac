#include "indexer/cached_stemmer.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace samizdat::indexer {
namespace {

class CachedStemImplementation : public Xapian::StemImplementation {
 public:
  explicit CachedStemImplementation(const Xapian::Stem& stemmer) : stemmer_(stemmer) {}

  std::string operator()(const std::string& word) override {
    const auto found = stems_.find(word);
    if (found != stems_.end()) return found->second;
    if (stems_.size() >= kCachedStems) stems_.clear();
    return stems_.emplace(word, stemmer_(word)).first->second;
  }

  std::string get_description() const override { return stemmer_.get_description(); }

 private:
  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

Xapian::Stem cached_stemmer(const Xapian::Stem& stemmer) {
  // Xapian::Stem owns the implementation (reference counted).
  return Xapian::Stem(std::make_unique<CachedStemImplementation>(stemmer).release());
}

}  // namespace samizdat::indexer
