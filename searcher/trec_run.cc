#include "searcher/trec_run.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "corpus/error.h"

namespace samizdat::searcher {
namespace {

struct Topic {
  std::string id;
  std::string query;
};

// "401\tforeign minorities" (a tab, or else the first space, ends the id).
[[nodiscard]] std::optional<Topic> split_topic(const std::string& line) {
  auto separator = line.find('\t');
  if (separator == std::string::npos) separator = line.find(' ');
  if (separator == std::string::npos || separator == 0) return std::nullopt;
  return Topic{line.substr(0, separator), strip_punctuation(line.substr(separator + 1))};
}

void write_results(const Topic& topic, const SearchResponse& response, const std::string& tag, std::ostream& out) {
  for (const auto& hit : response.results) {
    out << topic.id << " Q0 " << hit.id << ' ' << hit.rank << ' ' << hit.score << ' ' << tag << '\n';
  }
}

[[nodiscard]] bool is_blank(const std::string& text) {
  return std::ranges::all_of(text, [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

std::string strip_punctuation(const std::string& text) {
  std::string stripped = text;
  std::ranges::replace_if(stripped, [](unsigned char c) { return c < 0x80 && std::ispunct(c) != 0; }, ' ');
  return stripped;
}

std::size_t run_trec(Searcher& searcher, std::istream& topics, const TrecRunOptions& options, std::ostream& out,
                     std::ostream& errors) {
  std::size_t skipped = 0;
  SearchRequest request;
  request.limit = options.depth;
  request.language = options.language;
  request.snippets = false;
  request.match_any_word = true;
  for (std::string line; std::getline(topics, line);) {
    if (is_blank(line)) continue;
    const auto topic = split_topic(line);
    try {
      if (!topic || is_blank(topic->query)) throw InputError("expected 'QID<TAB>QUERY TEXT', got '" + line + "'");
      request.query = topic->query;
      write_results(*topic, searcher.search(request), options.run_tag, out);
    } catch (const InputError& error) {
      errors << "samizdat-search: topic " << (topic ? topic->id : "?") << ": " << error.what() << '\n';
      ++skipped;
    }
  }
  return skipped;
}

}  // namespace samizdat::searcher
