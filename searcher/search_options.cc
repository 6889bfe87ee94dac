#include "searcher/search_options.h"

#include <sstream>

#include <boost/program_options.hpp>

#include "corpus/error.h"

namespace samizdat::searcher {
namespace {

namespace po = boost::program_options;

constexpr const char* kExamples = R"(
Query language: words (all must match); "exact phrase"; AND OR NOT; +word -word;
word NEAR word, word ADJ word; revolu* (trailing wildcard); title: author: source:
(words in that field); pub: type: lang: tag: year: decade: and configured facets
(exact values, e.g. pub:"The Militant"); ranges year:1917..1921 and
date:1917-02..1917-11 (a date matches when its day, month or year overlaps).
A word starting with '-' is excluded (war -peace), wherever it stands.

Examples:
  samizdat-search --db archive '"working class" AND strike'
  samizdat-search --db archive --facet type --facet decade --filter year=1917 soviet
  samizdat-search --db archive --json --sort=-date --limit 20 'title:revolution'
  samizdat-search --db shard1 --db tcp://10.0.0.2:33333 'date:1917..1918 bread'
  samizdat-search --db archive --show 1917/the-april-theses
  samizdat-search --db archive --quotations 'state violence'
  samizdat-search --db archive --queries topics.tsv --format trec --run-tag run1
)";

[[nodiscard]] po::options_description describe_options() {
  po::options_description options("Options");
  options.add_options()
      ("db", po::value<std::vector<std::string>>()->composing(),
       "archive folder, stub file or tcp://HOST:PORT (repeatable; searched as one)")
      ("json", "print one JSON object")
      ("limit", po::value<std::size_t>()->default_value(10), "results to show (at most 10000)")
      ("offset", po::value<std::size_t>()->default_value(0), "results to skip (paging)")
      ("sort", po::value<std::string>()->default_value("relevance"), "relevance, date or -date (newest first)")
      ("facet", po::value<std::vector<std::string>>()->composing(),
       "count matches per value of FIELD (repeatable; 'all' for every field)")
      ("filter", po::value<std::vector<std::string>>()->composing(),
       "keep matches with FIELD=VALUE (repeatable: one field's values OR-ed, fields AND-ed)")
      ("timeline", "count matches per year")
      ("lang", po::value<std::string>()->default_value(""),
       "stemming language of the query (default: every language of the archive, OR-ed)")
      ("show", po::value<std::string>(), "print the document with this id and its comments and quotations")
      ("queries", po::value<std::string>(), "run each 'QID<TAB>TEXT' line of FILE as a query")
      ("quotations", "list the quoted passages (clusters) matching the query, most quoted first")
      ("format", po::value<std::string>(), "text, json or trec (trec with --queries)")
      ("run-tag", po::value<std::string>()->default_value("samizdat"), "run tag of TREC output")
      ("help", "print this help");
  return options;
}

// The arguments as samizdat-search means them, for boost to read: a value
// given after its option is glued to it ("--sort=-date": a value may start
// with '-'), and a word that starts with one '-' is a query word (`war
// -peace`: no option has a one-letter form), put after "--" with the words
// that follow one there.
[[nodiscard]] std::vector<std::string> prepare_arguments(int argc, const char* const* argv,
                                                         const po::options_description& options) {
  std::vector<std::string> arguments;
  std::vector<std::string> words;
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    if (argument == "--") {
      words.insert(words.end(), argv + i + 1, argv + argc);
      break;
    }
    if (argument.starts_with("--")) {
      const auto* option = options.find_nothrow(argument.substr(2), false);
      const bool takes_value = option != nullptr && option->semantic()->max_tokens() > 0;
      if (takes_value && i + 1 < argc) argument += "=" + std::string(argv[++i]);
      arguments.push_back(std::move(argument));
    } else if (argument.size() > 1 && argument.front() == '-') {
      words.push_back(std::move(argument));
    } else {
      arguments.push_back(std::move(argument));
    }
  }
  if (!words.empty()) arguments.push_back("--");
  arguments.insert(arguments.end(), words.begin(), words.end());
  return arguments;
}

[[nodiscard]] po::variables_map parse_arguments(int argc, const char* const* argv) {
  po::options_description hidden;
  hidden.add_options()("words", po::value<std::vector<std::string>>()->composing());
  po::options_description all;
  all.add(describe_options()).add(hidden);
  po::positional_options_description positional;
  positional.add("words", -1);
  po::variables_map values;
  po::store(po::command_line_parser(prepare_arguments(argc, argv, all)).options(all).positional(positional).run(),
            values);
  po::notify(values);
  return values;
}

[[nodiscard]] SortOrder parse_sort(const std::string& sort) {
  if (sort == "relevance") return SortOrder::kRelevance;
  if (sort == "date") return SortOrder::kDate;
  if (sort == "-date") return SortOrder::kDateDescending;
  throw InputError("--sort must be relevance, date or -date, got '" + sort + "'");
}

[[nodiscard]] std::pair<std::string, std::string> parse_filter(const std::string& filter) {
  const auto equals = filter.find('=');
  if (equals == std::string::npos || equals == 0) {
    throw InputError("--filter expects FIELD=VALUE, got '" + filter + "'");
  }
  return {filter.substr(0, equals), filter.substr(equals + 1)};
}

[[nodiscard]] OutputFormat parse_format(const po::variables_map& values) {
  const bool trec_default = values.count("queries") != 0;
  const std::string format = values.count("format") ? values["format"].as<std::string>()
                                                    : (trec_default ? "trec" : values.count("json") ? "json" : "text");
  if (format == "text") return OutputFormat::kText;
  if (format == "json") return OutputFormat::kJson;
  if (format == "trec") return OutputFormat::kTrec;
  throw InputError("--format must be text, json or trec, got '" + format + "'");
}

template <typename T>
[[nodiscard]] std::vector<T> list_of(const po::variables_map& values, const char* name) {
  return values.count(name) ? values[name].as<std::vector<T>>() : std::vector<T>{};
}

[[nodiscard]] std::string join_words(const std::vector<std::string>& words) {
  std::string query;
  for (const auto& word : words) query += (query.empty() ? "" : " ") + word;
  return query;
}

[[nodiscard]] SearchRequest make_request(const po::variables_map& values) {
  SearchRequest request;
  request.query = join_words(list_of<std::string>(values, "words"));
  request.facets = list_of<std::string>(values, "facet");
  for (const auto& filter : list_of<std::string>(values, "filter")) request.filters.push_back(parse_filter(filter));
  request.limit = values["limit"].as<std::size_t>();
  if (request.limit > kMaxLimit) {
    throw InputError("--limit must be at most " + std::to_string(kMaxLimit) + ", got " + std::to_string(request.limit));
  }
  request.offset = values["offset"].as<std::size_t>();
  request.sort = parse_sort(values["sort"].as<std::string>());
  request.timeline = values.count("timeline") != 0;
  request.language = values["lang"].as<std::string>();
  return request;
}

void check_modes(const SearchOptions& options) {
  if (options.databases.empty()) throw InputError("--db ARCHIVE is required");
  const bool has_query = !options.request.query.empty();
  if (options.show_id && (has_query || options.queries_file)) {
    throw InputError("--show ID takes no query words and no --queries");
  }
  if (options.queries_file && has_query) throw InputError("--queries FILE takes no query words");
  if (options.quotations && (options.show_id || options.queries_file)) {
    throw InputError("--quotations takes no --show and no --queries");
  }
  if ((options.format == OutputFormat::kTrec) != options.queries_file.has_value()) {
    throw InputError("--format trec and --queries FILE go together");
  }
}

[[nodiscard]] SearchOptions make_options(const po::variables_map& values) {
  SearchOptions options;
  options.databases = list_of<std::string>(values, "db");
  options.request = make_request(values);
  options.format = parse_format(values);
  if (values.count("show")) options.show_id = values["show"].as<std::string>();
  if (values.count("queries")) options.queries_file = values["queries"].as<std::string>();
  options.quotations = values.count("quotations") != 0;
  options.run_tag = values["run-tag"].as<std::string>();
  check_modes(options);
  return options;
}

}  // namespace

SearchOptions parse_search_options(int argc, const char* const* argv) {
  try {
    const auto values = parse_arguments(argc, argv);
    if (values.count("help") == 0) return make_options(values);
    SearchOptions help;
    help.help = true;
    return help;
  } catch (const po::error& error) {
    throw InputError(error.what());
  }
}

std::string search_usage() {
  std::ostringstream usage;
  usage << "Usage: samizdat-search --db ARCHIVE [--db ...] [OPTIONS] QUERY...\n"
        << "       samizdat-search --db ARCHIVE --show ID\n"
        << "       samizdat-search --db ARCHIVE --queries FILE --format trec --run-tag TAG\n\n"
        << describe_options() << kExamples;
  return usage.str();
}

}  // namespace samizdat::searcher
