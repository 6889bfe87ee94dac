#include "searcher/parent_titles.h"

#include "corpus/schema.h"

namespace samizdat::searcher {

const std::string& ParentTitles::find(Xapian::docid child, const std::string& parent) {
  static const std::string kNone;
  if (parent.empty()) return kNone;
  const ArchiveEntry& entry = archives_.entry_of(child);
  auto key = std::make_pair(&entry, parent);
  if (const auto found = titles_.find(key); found != titles_.end()) return found->second;
  std::string title;
  const Xapian::Database& database = archives_.database();
  const std::string term = std::string(corpus::schema::kPrefixId) + parent;
  for (auto posting = database.postlist_begin(term); posting != database.postlist_end(term); ++posting) {
    if (&archives_.entry_of(*posting) != &entry) continue;
    title = archives_.decode(*posting, database.get_document(*posting), false).document.title;
    break;
  }
  return titles_.emplace(std::move(key), std::move(title)).first->second;
}

}  // namespace samizdat::searcher
