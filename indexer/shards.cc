#include "indexer/shards.h"

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "indexer/archive_error.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;
namespace schema = corpus::schema;

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// The value of the document's first term with `prefix`, or "".
std::string term_value(const Xapian::Document& document, std::string_view prefix) {
  auto term = document.termlist_begin();
  term.skip_to(std::string(prefix));
  if (term == document.termlist_end() || !(*term).starts_with(prefix)) return "";
  return (*term).substr(prefix.size());
}

// The id of the article a document belongs to (its own for an article).
std::string article_id(const Xapian::Document& document) {
  const std::string parent = term_value(document, schema::kPrefixParent);
  return parent.empty() ? term_value(document, schema::kPrefixId) : parent;
}

// The source archive as the shards see it: uuid and latest run.
struct SourceState {
  std::string uuid;
  unsigned run = 0;
  unsigned shards = 0;

  [[nodiscard]] std::string mark() const {
    return uuid + ' ' + std::to_string(shards) + ' ' + std::to_string(run);
  }
};

// The run up to which every shard holds the source's documents: the oldest
// of their marks, when all of them are marks of this source and shard
// count; nullopt otherwise (or when the stub lists other shards).
std::optional<unsigned> synced_run(const fs::path& folder, const SourceState& source) {
  std::error_code error;
  if (!fs::exists(stub_path(folder), error) || fs::exists(shard_path(folder, source.shards), error)) {
    return std::nullopt;
  }
  std::optional<unsigned> oldest;
  for (unsigned k = 0; k < source.shards; ++k) {
    std::string text;
    try {
      text = Xapian::Database(shard_path(folder, k).string()).get_metadata(std::string(schema::kMetaShardsSynced));
    } catch (const Xapian::Error&) {
      return std::nullopt;  // missing or damaged: rewritten
    }
    std::istringstream mark(text);
    std::string uuid;
    unsigned shards = 0;
    unsigned run = 0;
    if (!(mark >> uuid >> shards >> run) || uuid != source.uuid || shards != source.shards || run > source.run) {
      return std::nullopt;
    }
    oldest = std::min(oldest.value_or(run), run);
  }
  return oldest;
}

// Shards 0..shards-1, emptied when `empty`; removes any shard left from a
// run with more shards.
std::vector<Xapian::WritableDatabase> open_shards(const fs::path& folder, unsigned shards, bool empty) {
  fs::create_directories(folder);
  for (unsigned k = shards; fs::exists(shard_path(folder, k)); ++k) {
    fs::remove_all(shard_path(folder, k));
  }
  std::vector<Xapian::WritableDatabase> databases;
  for (unsigned k = 0; k < shards; ++k) {
    const fs::path path = shard_path(folder, k);
    databases.push_back(guard_archive("create", path, [&] {
      return Xapian::WritableDatabase(
          path.string(), (empty ? Xapian::DB_CREATE_OR_OVERWRITE : Xapian::DB_OPEN) | Xapian::DB_BACKEND_GLASS);
    }));
  }
  return databases;
}

void write_stub(const fs::path& folder, unsigned shards) {
  const fs::path temporary = fs::path(stub_path(folder)) += ".tmp";
  {
    std::ofstream stub(temporary, std::ios::trunc);
    for (unsigned k = 0; k < shards; ++k) {
      stub << "auto " << shard_path(folder, k).filename().string() << '\n';
    }
    if (!stub) throw ArchiveError("cannot write stub '" + stub_path(folder).string() + "'");
  }
  fs::rename(temporary, stub_path(folder));
}

Xapian::WritableDatabase& shard_of(const Xapian::Document& document, std::vector<Xapian::WritableDatabase>& shards) {
  return shards[fnv1a(article_id(document)) % shards.size()];
}

// Documents copied into a shard (or into all of them, when updating)
// between commits: Xapian holds what it has not committed in memory, about
// 15 KB a document here.
constexpr std::size_t kCopyBatch = 2000;

// Every document of the archive at `path` (open as `source`) into empty
// shards, on one thread per core: a copy reads each term's positions with
// a B-tree look-up of its own, so it is CPU-bound (about 850 documents a
// second per thread on the bench machine). Each thread writes its own
// shards through its own handle on the source.
ShardSync copy_all(const fs::path& path, const Xapian::Database& source,
                   std::vector<Xapian::WritableDatabase>& shards) {
  std::vector<std::vector<Xapian::docid>> assigned(shards.size());
  for (auto id = source.postlist_begin(""); id != source.postlist_end(""); ++id) {
    assigned[fnv1a(article_id(source.get_document(*id, Xapian::DOC_ASSUME_VALID))) % shards.size()].push_back(*id);
  }
  const auto threads = std::min<std::size_t>(shards.size(), std::max(1U, std::thread::hardware_concurrency()));
  std::vector<std::exception_ptr> failures(threads);
  {
    std::vector<std::jthread> workers;
    for (std::size_t t = 0; t < threads; ++t) {
      workers.emplace_back([&, t] {
        try {
          const Xapian::Database own(path.string());
          for (std::size_t k = t; k < shards.size(); k += threads) {
            std::size_t pending = 0;
            for (const Xapian::docid id : assigned[k]) {
              shards[k].add_document(own.get_document(id));
              if (++pending % kCopyBatch == 0) shards[k].commit();
            }
          }
        } catch (...) {
          failures[t] = std::current_exception();
        }
      });
    }
  }
  for (const auto& failure : failures) {
    if (failure) std::rethrow_exception(failure);
  }
  return {true, source.get_doccount(), 0};
}

// The documents `source` wrote after run `since` into their shards (found
// by their run numbers, one value stream read), and out of the shards those
// `source` no longer holds. After the copies every source document is in a
// shard, so the shards hold stale ones exactly when they hold more in all.
ShardSync copy_changes(const Xapian::Database& source, unsigned since,
                       std::vector<Xapian::WritableDatabase>& shards) {
  ShardSync sync{false, 0, 0};
  std::vector<Xapian::docid> changed;
  for (auto value = source.valuestream_begin(schema::kSlotWrittenRun);
       value != source.valuestream_end(schema::kSlotWrittenRun); ++value) {
    if (schema::parse_run(*value) > since) changed.push_back(value.get_docid());
  }
  const std::string id_prefix(schema::kPrefixId);
  for (const Xapian::docid id : changed) {
    const Xapian::Document document = source.get_document(id);
    std::string id_term = id_prefix;
    id_term += term_value(document, id_prefix);
    shard_of(document, shards).replace_document(id_term, document);
    if (++sync.copied % kCopyBatch == 0) {
      for (auto& shard : shards) shard.commit();
    }
  }
  Xapian::doccount held = 0;
  for (const auto& shard : shards) held += shard.get_doccount();
  if (held == source.get_doccount()) return sync;
  for (auto& shard : shards) {
    std::vector<std::string> stale;
    for (auto term = shard.allterms_begin(id_prefix); term != shard.allterms_end(id_prefix); ++term) {
      if (!source.term_exists(*term)) stale.push_back(*term);
    }
    for (const auto& term : stale) shard.delete_document(term);
    sync.removed += static_cast<Xapian::doccount>(stale.size());
  }
  return sync;
}

// The source's metadata, and nothing else but the shard's mark, in `shard`.
void copy_metadata(const Xapian::Database& source, Xapian::WritableDatabase& shard) {
  std::vector<std::string> dropped;
  for (auto key = shard.metadata_keys_begin(); key != shard.metadata_keys_end(); ++key) {
    if (*key != schema::kMetaShardsSynced && source.get_metadata(*key).empty()) dropped.push_back(*key);
  }
  for (const auto& key : dropped) shard.set_metadata(key, "");
  for (auto key = source.metadata_keys_begin(); key != source.metadata_keys_end(); ++key) {
    const std::string value = source.get_metadata(*key);
    if (shard.get_metadata(*key) != value) shard.set_metadata(*key, value);
  }
}

// Every (key, synonym) pair of `database`'s synonym table.
std::set<std::pair<std::string, std::string>> synonyms_of(const Xapian::Database& database) {
  std::set<std::pair<std::string, std::string>> entries;
  for (auto key = database.synonym_keys_begin(); key != database.synonym_keys_end(); ++key) {
    for (auto synonym = database.synonyms_begin(*key); synonym != database.synonyms_end(*key); ++synonym) {
      entries.emplace(*key, *synonym);
    }
  }
  return entries;
}

// The source's spelling dictionary and synonyms, and nothing else, in
// `shard`: a word's frequency is raised or lowered to the source's.
void copy_word_lists(const Xapian::Database& source, Xapian::WritableDatabase& shard) {
  // Read whole before changing: the shard's lists change under the updates.
  std::vector<std::pair<std::string, Xapian::termcount>> held;
  for (auto word = shard.spellings_begin(); word != shard.spellings_end(); ++word) {
    held.emplace_back(*word, word.get_termfreq());
  }
  auto mine = held.cbegin();
  std::vector<std::pair<std::string, Xapian::termcount>> removals;
  for (auto word = source.spellings_begin(); word != source.spellings_end(); ++word) {
    for (; mine != held.cend() && mine->first < *word; ++mine) removals.push_back(*mine);
    Xapian::termcount have = 0;
    if (mine != held.cend() && mine->first == *word) have = (mine++)->second;
    if (word.get_termfreq() > have) shard.add_spelling(*word, word.get_termfreq() - have);
    if (word.get_termfreq() < have) removals.emplace_back(*word, have - word.get_termfreq());
  }
  removals.insert(removals.end(), mine, held.cend());
  for (const auto& [word, frequency] : removals) shard.remove_spelling(word, frequency);
  const auto synonyms = synonyms_of(source);
  if (synonyms_of(shard) == synonyms) return;  // rewriting them would make a new revision
  const std::vector<std::string> keys(shard.synonym_keys_begin(), shard.synonym_keys_end());
  for (const auto& key : keys) shard.clear_synonyms(key);
  for (const auto& [key, synonym] : synonyms) shard.add_synonym(key, synonym);
}

}  // namespace

fs::path shard_path(const fs::path& folder, unsigned shard) {
  return folder / ("shard-" + std::to_string(shard));
}

fs::path stub_path(const fs::path& folder) { return folder / "stub"; }

ShardSync write_shards(const fs::path& source, const fs::path& folder, unsigned shards) {
  const Xapian::Database database =
      guard_archive("open", source, [&] { return Xapian::Database(source.string()); });
  const SourceState state = guard_archive("read", source, [&] {
    return SourceState{database.get_uuid(), schema::parse_run(database.get_metadata(std::string(schema::kMetaRun))),
                       shards};
  });
  const auto since = synced_run(folder, state);
  auto databases = open_shards(folder, shards, !since);
  const ShardSync sync = guard_archive("split", source, [&] {
    ShardSync done = since ? copy_changes(database, *since, databases) : copy_all(source, database, databases);
    for (auto& shard : databases) copy_metadata(database, shard);
    copy_word_lists(database, databases.front());
    const std::string mark_key(schema::kMetaShardsSynced);
    for (auto& shard : databases) {
      // Set only when it changes: Xapian counts an equal value as a change.
      if (shard.get_metadata(mark_key) != state.mark()) shard.set_metadata(mark_key, state.mark());
      shard.commit();
    }
    return done;
  });
  write_stub(folder, shards);
  return sync;
}

}  // namespace samizdat::indexer
