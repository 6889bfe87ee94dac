#include "indexer/indexer.h"

#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/schema.h"
#include "corpus/synonyms.h"
#include "corpus/walker.h"
#include "indexer/archive_error.h"
#include "indexer/archive_stats.h"
#include "indexer/archive_writer.h"
#include "indexer/compaction.h"
#include "indexer/dictionary.h"
#include "indexer/file_processor.h"
#include "indexer/incremental.h"
#include "indexer/ordered_pipeline.h"
#include "indexer/quotation_clusters.h"
#include "indexer/saved_facets.h"
#include "indexer/synonym_table.h"
#include "indexer/writer_pool.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;
using Clock = std::chrono::steady_clock;

// Files in flight per worker: enough to keep workers busy while the writer
// commits, few enough to bound memory.
constexpr std::size_t kFilesPerWorker = 4;
// Below this many files per writer, parallel writers do not pay for their merge.
constexpr std::size_t kMinFilesPerWriter = 500;

corpus::CorpusConfig load_config(const IndexOptions& options) {
  if (options.config) return corpus::load_corpus_config(*options.config);
  const auto default_file = options.corpus / "samizdat.ini";
  std::error_code error;
  if (std::filesystem::exists(default_file, error)) return corpus::load_corpus_config(default_file);
  return {};
}

unsigned worker_count(unsigned requested) {
  if (requested != 0) return requested;
  return std::max(1U, std::thread::hardware_concurrency());
}

// Archive writers for a fresh build of `files` files: by default one per two
// workers (each writer needs a worker feeding it; on 2 cores a second writer
// measured no faster and cost 10% more CPU); one for a small corpus.
unsigned writer_count(const IndexOptions& options, std::size_t files) {
  const unsigned wanted =
      options.writers != 0 ? options.writers : std::min(worker_count(options.threads) / 2, 4U);
  if (options.writers == 0 && files < kMinFilesPerWriter * 2) return 1;
  return std::clamp(wanted, 1U, kMaxWriters);
}

// One run of index_corpus: the state shared by its steps.
class IndexRun {
 public:
  IndexRun(const IndexOptions& options, const SkipReporter& on_skip,
           const ProgressReporter& on_progress, const WarningReporter& on_warning)
      : options_(options), on_skip_(on_skip), on_progress_(on_progress), on_warning_(on_warning) {}

  IndexSummary run() {
    const auto config = load_config(options_);
    if (!config.synonyms_file.empty()) synonyms_ = corpus::load_synonyms(config.synonyms_file);
    auto files = walk(config);
    recover_compaction(options_.archive);
    const bool fresh = options_.full || !archive_exists();
    {
      ArchiveWriter writer(options_.archive, options_.full);
      remove_parts(options_.archive);  // an interrupted build's; ours now we hold the lock
      resume_cluster_tags(writer, options_.batch_documents);
      auto plan = make_plan(writer, config, std::move(files));
      if (fresh) start_writer_pool(plan.jobs.size());
      index_files(writer, config, std::move(plan));
    }  // closed: compaction needs the write lock released
    if (pool_) {
      const auto parts = pool_->paths();
      pool_.reset();
      merge_parts(options_.archive, parts);
    } else if (fresh) {
      compact();
    }
    save_facets();
    summary_.archive_bytes = folder_bytes(options_.archive);
    summary_.seconds = elapsed();
    return summary_;
  }

 private:
  [[nodiscard]] bool archive_exists() const {
    std::error_code error;
    return std::filesystem::exists(options_.archive / "iamglass", error);
  }

  // A fresh build may spread files over parallel writers: file n goes to
  // writer n mod W, writer 0 being this thread's archive and the others
  // part archives merged into it at the end.
  void start_writer_pool(std::size_t files) {
    writers_ = writer_count(options_, files);
    if (writers_ > 1) {
      pool_ = std::make_unique<WriterPool>(options_.archive, writers_ - 1, options_.batch_documents);
    }
  }

  // A fresh build leaves free space in every B-tree block; a compact copy is
  // smaller and faster to search. Failing to compact is only a warning.
  void compact() {
    const auto warning = compact_archive(options_.archive);
    if (warning && on_warning_) on_warning_(options_.archive.string(), *warning);
  }

  // Searches count facets with the table saved for the archive's state;
  // without one they read the value streams, so failing is only a warning.
  void save_facets() {
    try {
      save_facet_table(options_.archive);
    } catch (const Error& error) {
      if (on_warning_) on_warning_(options_.archive.string(), error.what());
    }
  }

  // The corpus files in a format the config reads; the others are counted
  // in the summary but not seen, so any of them still in the archive is
  // removed like a deleted file.
  std::vector<corpus::FileEntry> walk(const corpus::CorpusConfig& config) {
    auto listing = corpus::walk_corpus(
        options_.corpus,
        [this](const std::string& path, const std::string& reason) {
          skip(path, reason);
          const auto relative = std::filesystem::path(path).lexically_relative(options_.corpus);
          if (!relative.empty() && *relative.begin() != "..")
            unreadable_.push_back(relative.generic_string());
        },
        [&config](std::string_view format) { return config.reads_format(format); },
        // The synonyms file and the metadata table may sit in the corpus,
        // like samizdat.ini: not texts.
        {config.synonyms_file, config.table_file});
    summary_.files_seen = listing.files.size();
    summary_.files_other = std::move(listing.other_files);
    return std::move(listing.files);
  }

  // Takes the walk's entries to free them once planned: the plan's jobs copy
  // those to read, and a run holding both would hold every path twice.
  UpdatePlan make_plan(const ArchiveWriter& writer, const corpus::CorpusConfig& config,
                       std::vector<corpus::FileEntry> files) {
    const std::string stored_config = writer.metadata(schema::kMetaConfig);
    const auto archived = guard_archive("read", writer.path(), [&] {
      auto signatures = read_archived_signatures(writer.database());
      // An interrupted run's quotations still need their clusters: read
      // their files again, as if changed.
      for (const auto& file : files_with_unclustered_quotations(writer.database())) {
        signatures[file].clear();
      }
      return signatures;
    });
    // A changed config changes how every file reads: read them all again.
    const bool trust = stored_config == config.to_ini();
    auto plan = plan_update(std::move(files), archived, unreadable_, trust);
    summary_.files_unchanged = plan.unchanged;
    summary_.files_removed = plan.removed.size();
    return plan;
  }

  void index_files(ArchiveWriter& writer, const corpus::CorpusConfig& config,
                   UpdatePlan plan) {
    auto dictionary = read_current_dictionary(writer);
    const bool trained = dictionary.id == 0;
    if (trained) dictionary = train_on_files(plan.jobs, config);
    writer.begin_batch();
    writer.set_metadata(schema::kMetaSchemaVersion, std::to_string(schema::kSchemaVersion));
    writer.set_metadata(schema::kMetaConfig, config.to_ini());
    if (trained && dictionary.id != 0) store_dictionary(writer, dictionary);
    for (const auto& relative : plan.removed) writer.remove_file(relative);
    for (const auto& job : plan.jobs) bytes_total_ += job.entry.size;
    run_pipeline(writer, config, dictionary, plan.jobs);
    std::vector<FileJob>().swap(plan.jobs);  // done: no paths held while clustering
    if (pool_) pool_->finish();
    quotation_clusters_.apply(writer, options_.batch_documents,
                              pool_ ? pool_->writers() : std::vector<ArchiveWriter*>{});
    update_synonym_table(writer, synonyms_);
    writer.commit_batch();
    if (pool_) pool_->commit();
  }

  void run_pipeline(ArchiveWriter& writer, const corpus::CorpusConfig& config,
                    const Dictionary& dictionary, const std::vector<FileJob>& jobs) {
    const unsigned workers = worker_count(options_.threads);
    std::vector<std::unique_ptr<FileProcessor>> processors;
    for (unsigned i = 0; i < workers; ++i) {
      processors.push_back(std::make_unique<FileProcessor>(config, dictionary));
    }
    OrderedPipeline<ProcessedFile> pipeline(jobs.size(), workers, workers * kFilesPerWorker);
    pipeline.run(
        [&](std::size_t task, unsigned worker) { return processors[worker]->process(jobs[task]); },
        [&](ProcessedFile&& file) { write(writer, std::move(file)); });
  }

  // The writer's side of one file. A batch is committed only between files,
  // so a file's documents and the signature that marks it done are always
  // committed together.
  void write(ArchiveWriter& writer, ProcessedFile&& file) {
    for (const auto& warning : file.warnings) {
      if (on_warning_) on_warning_(file.path, warning);
    }
    summary_.bytes_in += file.bytes_read;
    switch (file.outcome) {
      case ProcessedFile::Outcome::kSkipped:
        skip(file.path, file.reason);
        break;
      case ProcessedFile::Outcome::kUnchanged:
        writer.update_signature(file.relative, file.signature);
        ++summary_.files_unchanged;
        ++batch_changes_;
        break;
      case ProcessedFile::Outcome::kIndexed:
        add_documents(writer, file);
        break;
    }
    if (batch_changes_ >= options_.batch_documents) {
      writer.commit_batch(ArchiveWriter::Spelling::kDefer);
      writer.begin_batch();
      batch_changes_ = 0;
    }
    report_progress();
  }

  void add_documents(ArchiveWriter& writer, ProcessedFile& file) {
    for (const auto& built : file.documents) {
      quotation_clusters_.note(built);
      count(built.type);
    }
    const auto part = static_cast<unsigned>(summary_.files_indexed++ % writers_);
    if (part != 0) {
      pool_->submit(part, std::move(file));
      return;
    }
    if (file.in_archive) writer.remove_file(file.relative);
    for (const auto& built : file.documents) writer.add(built.id, built.document);
    batch_changes_ += file.documents.size();
  }

  void count(corpus::DocType type) {
    switch (type) {
      case corpus::DocType::kArticle:
        ++summary_.articles;
        break;
      case corpus::DocType::kComment:
        ++summary_.comments;
        break;
      case corpus::DocType::kQuotation:
        ++summary_.quotations;
        break;
    }
  }

  void skip(const std::string& path, const std::string& reason) {
    ++summary_.files_skipped;
    ++summary_.errors;
    if (on_skip_) on_skip_(path, reason);
  }

  void report_progress() {
    if (!on_progress_) return;
    summary_.seconds = elapsed();
    on_progress_(summary_, bytes_total_);
  }

  [[nodiscard]] double elapsed() const {
    return std::chrono::duration<double>(Clock::now() - start_).count();
  }

  const IndexOptions& options_;
  const SkipReporter& on_skip_;
  const ProgressReporter& on_progress_;
  const WarningReporter& on_warning_;
  const Clock::time_point start_ = Clock::now();
  IndexSummary summary_;
  std::vector<std::string> unreadable_;  // relative paths the walker could not read
  std::uint64_t bytes_total_ = 0;
  std::size_t batch_changes_ = 0;
  QuotationClusterUpdate quotation_clusters_;
  unsigned writers_ = 1;
  std::unique_ptr<WriterPool> pool_;  // fresh builds with writers_ > 1
  std::optional<corpus::SynonymFile> synonyms_;  // none when the config names no file
};

}  // namespace

IndexSummary index_corpus(const IndexOptions& options, const SkipReporter& on_skip,
                          const ProgressReporter& on_progress, const WarningReporter& on_warning) {
  return IndexRun(options, on_skip, on_progress, on_warning).run();
}

}  // namespace samizdat::indexer
