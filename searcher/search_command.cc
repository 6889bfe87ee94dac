#include "searcher/search_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include "corpus/error.h"
#include "searcher/json_output.h"
#include "searcher/quotation_clusters.h"
#include "searcher/searcher.h"
#include "searcher/trec_run.h"

namespace samizdat::searcher {
namespace {

void show(Searcher& searcher, const SearchOptions& options, std::ostream& out) {
  const auto view = searcher.show(*options.show_id);
  if (!view) throw InputError("no document with id '" + *options.show_id + "' in the archive");
  if (options.format == OutputFormat::kJson) {
    out << to_json(*view).dump(2) << '\n';
  } else {
    write_text(*view, out);
  }
}

void run_queries(Searcher& searcher, const SearchOptions& options, std::ostream& out, std::ostream& errors) {
  std::ifstream topics(*options.queries_file);
  if (!topics) throw InputError("cannot read --queries file '" + *options.queries_file + "': " + std::strerror(errno));
  const TrecRunOptions trec{options.run_tag, options.request.language};
  static_cast<void>(run_trec(searcher, topics, trec, out, errors));
}

void search(Searcher& searcher, const SearchOptions& options, Highlight highlight, std::ostream& out) {
  const SearchResponse response = searcher.search(options.request);
  if (options.format == OutputFormat::kJson) {
    out << to_json(response, options.request.timeline).dump(2) << '\n';
  } else {
    write_text(response, highlight, out);
  }
}

void list_quotations(Searcher& searcher, const SearchOptions& options, std::ostream& out) {
  const ClusterResponse response = quotation_clusters(searcher, options.request);
  if (options.format == OutputFormat::kJson) {
    out << to_json(response).dump(2) << '\n';
  } else {
    out << to_text(response);
  }
}

}  // namespace

void run_search_command(const SearchOptions& options, Highlight highlight, std::ostream& out, std::ostream& errors) {
  Searcher searcher(options.databases);
  if (options.show_id) {
    show(searcher, options, out);
  } else if (options.quotations) {
    list_quotations(searcher, options, out);
  } else if (options.queries_file) {
    run_queries(searcher, options, out, errors);
  } else {
    search(searcher, options, highlight, out);
  }
}

}  // namespace samizdat::searcher
