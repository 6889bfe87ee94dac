#include "corpus/folding_stemmer.h"

#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

#include "corpus/language_info.h"
#include "corpus/text_folding.h"

namespace samizdat::corpus {

namespace {

class FoldingStemImplementation : public Xapian::StemImplementation {
 public:
  explicit FoldingStemImplementation(std::string_view iso_code)
      : stemmer_(has_stemmer(iso_code) ? Xapian::Stem(std::string(iso_code)) : Xapian::Stem()),
        language_(iso_code) {}

  std::string operator()(const std::string& word) override {
    return stemmer_(fold_for_search(word));
  }

  std::string get_description() const override {
    return "samizdat folding stemmer (" + language_ + ")";
  }

 private:
  Xapian::Stem stemmer_;
  std::string language_;
};

}  // namespace

Xapian::Stem make_folding_stemmer(std::string_view iso_code) {
  // Xapian::Stem takes ownership of the implementation and reference-counts it.
  return Xapian::Stem(std::make_unique<FoldingStemImplementation>(iso_code).release());
}

}  // namespace samizdat::corpus
