#include "indexer/options.h"

#include <boost/program_options.hpp>
#include <sstream>
#include <vector>

#include "indexer/writer_pool.h"

namespace samizdat::indexer {
namespace {

namespace po = boost::program_options;

constexpr long long kMaxThreads = 256;
constexpr long long kMaxShards = 256;
constexpr auto kMaxWriterCount = static_cast<long long>(kMaxWriters);

// Numbers are read signed so that "-1" is refused rather than wrapped.
struct Numbers {
  long long threads = 0;
  long long batch = 1000;
  long long shards = 0;
  long long writers = 0;
};

// Options a user sees in --help; values land in `line` and `numbers`.
po::options_description visible_options(CommandLine& line, Numbers& numbers) {
  po::options_description options("Options");
  options.add_options()("db", po::value<std::string>()->value_name("ARCHIVE")->required(),
                        "the archive (a Xapian database folder) to create or update")(
      "config", po::value<std::string>()->value_name("FILE"),
      "corpus config (default: CORPUS_DIR/samizdat.ini when present)")(
      "full", po::bool_switch(&line.index.full), "rebuild the archive from scratch")(
      "threads", po::value<long long>(&numbers.threads)->value_name("N"),
      "worker threads reading and compressing files (default 0: one per core)")(
      "batch", po::value<long long>(&numbers.batch)->value_name("N"),
      "documents per commit (default 1000); an interrupted run keeps every "
      "committed batch")("writers", po::value<long long>(&numbers.writers)->value_name("N"),
                         "archive writers of a full build, merged at the end (default 0: "
                         "one per two cores up to 4; one below 1000 files)")("shards", po::value<long long>(&numbers.shards)->value_name("N"),
                         "also write N shard archives ARCHIVE/shard-K and the stub file "
                         "ARCHIVE/stub that searches them as one (--db ARCHIVE/stub)")(
      "json", po::bool_switch(&line.json), "print the summary as one JSON object on stdout")(
      "stats", "print what the archive holds instead of indexing")("help", "show this help");
  return options;
}

po::options_description all_options(CommandLine& line, Numbers& numbers) {
  po::options_description options = visible_options(line, numbers);
  options.add_options()("corpus", po::value<std::vector<std::string>>(), "the corpus folder");
  return options;
}

void take_numbers(const Numbers& numbers, CommandLine& line) {
  IndexOptions& index = line.index;
  if (numbers.threads < 0 || numbers.threads > kMaxThreads) {
    throw po::error("--threads must be between 0 and " + std::to_string(kMaxThreads) + ", not " +
                    std::to_string(numbers.threads));
  }
  if (numbers.batch < 1) {
    throw po::error("--batch must be at least 1, not " + std::to_string(numbers.batch));
  }
  if (numbers.shards < 0 || numbers.shards > kMaxShards) {
    throw po::error("--shards must be between 0 and " + std::to_string(kMaxShards) + ", not " +
                    std::to_string(numbers.shards));
  }
  if (numbers.writers < 0 || numbers.writers > kMaxWriterCount) {
    throw po::error("--writers must be between 0 and " + std::to_string(kMaxWriterCount) + ", not " +
                    std::to_string(numbers.writers));
  }
  index.threads = static_cast<unsigned>(numbers.threads);
  index.writers = static_cast<unsigned>(numbers.writers);
  index.batch_documents = static_cast<std::size_t>(numbers.batch);
  line.shards = static_cast<unsigned>(numbers.shards);
}

// The positional CORPUS_DIR: exactly one for indexing, none for --stats.
void take_corpus(const po::variables_map& values, CommandLine& line) {
  const auto corpus = values.count("corpus") != 0 ? values["corpus"].as<std::vector<std::string>>()
                                                  : std::vector<std::string>{};
  if (line.command == Command::kStats) {
    if (!corpus.empty()) throw po::error("--stats takes no CORPUS_DIR ('" + corpus[0] + "')");
    return;
  }
  if (corpus.empty()) throw po::error("missing CORPUS_DIR");
  if (corpus.size() > 1) throw po::error("one CORPUS_DIR expected, got '" + corpus[1] + "' too");
  line.index.corpus = corpus[0];
}

}  // namespace

CommandLine parse_command_line(int argc, const char* const argv[]) {
  CommandLine line;
  Numbers numbers;
  const po::options_description options = all_options(line, numbers);
  po::positional_options_description positional;
  positional.add("corpus", -1);
  po::variables_map values;
  po::store(po::command_line_parser(argc, argv).options(options).positional(positional).run(),
            values);
  if (values.count("help") != 0) {
    line.command = Command::kHelp;
    return line;
  }
  po::notify(values);
  line.index.archive = values["db"].as<std::string>();
  if (values.count("config") != 0) line.index.config = values["config"].as<std::string>();
  if (values.count("stats") != 0) line.command = Command::kStats;
  take_numbers(numbers, line);
  take_corpus(values, line);
  return line;
}

std::string usage_text() {
  CommandLine ignored;
  Numbers defaults;
  std::ostringstream text;
  text << "Usage: samizdat-index --db ARCHIVE [options] CORPUS_DIR\n"
          "       samizdat-index --db ARCHIVE --stats [--json]\n"
          "\n"
          "Builds or updates a search archive from a folder of texts (txt, md, html,\n"
          "json, jsonl). Only new and changed files are read again; documents of\n"
          "deleted files are removed. Unreadable files are reported and skipped.\n"
          "\n"
       << visible_options(ignored, defaults)
       << "\n"
          "Example:\n"
          "  samizdat-index --db marxists.archive ~/corpora/marxists\n"
          "  samizdat-index --db marxists.archive --stats\n";
  return text.str();
}

}  // namespace samizdat::indexer
