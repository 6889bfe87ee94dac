#include "corpus/folding_stemmer.h"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <xapian.h>

#include "corpus/language_info.h"
#include "corpus/text_folding.h"

namespace samizdat::corpus {

namespace {

// Bounds the stem cache; starting over when it is full keeps the frequent words cheap.
constexpr std::size_t kMaxCachedStems = 1 << 16;

class FoldingStemImplementation : public Xapian::StemImplementation {
 public:
  explicit FoldingStemImplementation(std::string_view iso_code)
      : stemmer_(has_stemmer(iso_code) ? Xapian::Stem(std::string(iso_code)) : Xapian::Stem()),
        language_(iso_code) {}

  // Text repeats its words, and a snippet or an indexed document stems every
  // one: a word seen before costs a lookup instead of folding and Snowball.
  std::string operator()(const std::string& word) override {
    if (const auto found = stems_.find(word); found != stems_.end()) return found->second;
    std::string stem = stemmer_(fold_for_search(word));
    if (stems_.size() >= kMaxCachedStems) stems_.clear();
    stems_.emplace(word, stem);
    return stem;
  }

  std::string get_description() const override {
    return "samizdat folding stemmer (" + language_ + ")";
  }

 private:
  Xapian::Stem stemmer_;
  std::string language_;
  std::unordered_map<std::string, std::string> stems_;  // word → stem
};

}  // namespace

Xapian::Stem make_folding_stemmer(std::string_view iso_code) {
  // Xapian::Stem takes ownership of the implementation and reference-counts it.
  return Xapian::Stem(std::make_unique<FoldingStemImplementation>(iso_code).release());
}

}  // namespace samizdat::corpus
