#include "indexer/incremental.h"

#include <charconv>
#include <set>
#include <unordered_map>
#include <utility>

#include "corpus/content_hash.h"
#include "corpus/schema.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

template <typename Number>
bool parse_number(std::string_view text, Number& number, int base) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number, base);
  return error == std::errc() && end == text.data() + text.size();
}

bool is_below(const std::string& relative, const std::string& folder) {
  return relative == folder ||
         (relative.size() > folder.size() && relative.compare(0, folder.size(), folder) == 0 &&
          relative[folder.size()] == '/');
}

bool is_protected(const std::string& relative, const std::vector<std::string>& unreadable) {
  for (const auto& folder : unreadable) {
    if (is_below(relative, folder)) return true;
  }
  return false;
}

// Signatures by document id, read from the slot's value stream (only
// articles have one).
std::unordered_map<Xapian::docid, std::string> signatures_by_docid(
    const Xapian::Database& database) {
  std::unordered_map<Xapian::docid, std::string> signatures;
  for (auto value = database.valuestream_begin(schema::kSlotFileSignature);
       value != database.valuestream_end(schema::kSlotFileSignature); ++value) {
    signatures.emplace(value.get_docid(), *value);
  }
  return signatures;
}

}  // namespace

std::string FileSignature::to_string() const {
  return std::to_string(size) + ":" + std::to_string(mtime_ns) + ":" + corpus::hex16(hash);
}

std::optional<FileSignature> FileSignature::parse(std::string_view text) {
  const auto first = text.find(':');
  const auto second = first == std::string_view::npos ? first : text.find(':', first + 1);
  if (second == std::string_view::npos) return std::nullopt;
  FileSignature signature;
  if (!parse_number(text.substr(0, first), signature.size, 10) ||
      !parse_number(text.substr(first + 1, second - first - 1), signature.mtime_ns, 10) ||
      !parse_number(text.substr(second + 1), signature.hash, 16)) {
    return std::nullopt;
  }
  return signature;
}

std::map<std::string, std::string> read_archived_signatures(const Xapian::Database& database) {
  const auto signatures = signatures_by_docid(database);
  std::map<std::string, std::string> files;
  const std::string prefix(schema::kPrefixFile);
  for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix); ++term) {
    std::string& signature = files[(*term).substr(prefix.size())];
    for (auto posting = database.postlist_begin(*term); posting != database.postlist_end(*term);
         ++posting) {
      const auto found = signatures.find(*posting);
      if (found == signatures.end()) continue;
      signature = found->second;
      break;
    }
  }
  return files;
}

UpdatePlan plan_update(std::vector<corpus::FileEntry> files,
                       const std::map<std::string, std::string>& archived,
                       const std::vector<std::string>& unreadable, bool trust_signatures) {
  UpdatePlan plan;
  std::set<std::string> seen;  // only needed to find removed files
  for (auto& entry : files) {
    if (!archived.empty()) seen.insert(entry.relative);
    const auto found = archived.find(entry.relative);
    const auto previous = found == archived.end() || !trust_signatures
                              ? std::nullopt
                              : FileSignature::parse(found->second);
    if (previous && previous->size == entry.size && previous->mtime_ns == entry.mtime_ns) {
      ++plan.unchanged;
    } else {
      const bool in_archive = found != archived.end();
      plan.jobs.push_back({std::move(entry), previous, in_archive});
    }
  }
  for (const auto& [relative, signature] : archived) {
    if (!seen.contains(relative) && !is_protected(relative, unreadable)) {
      plan.removed.push_back(relative);
    }
  }
  return plan;
}

}  // namespace samizdat::indexer
