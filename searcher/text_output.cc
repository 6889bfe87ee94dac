#include "searcher/text_output.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "searcher/hit_builder.h"
#include "searcher/json_output.h"

namespace samizdat::searcher {
namespace {

// What Xapian's snippet escapes, and the marks we asked it for.
struct SnippetToken {
  std::string_view written;
  std::string_view plain;
  std::string_view ansi;
};
constexpr SnippetToken kSnippetTokens[] = {
    {"<mark>", "", "\x1b[1m"}, {"</mark>", "", "\x1b[0m"}, {"&amp;", "&", "&"},   {"&lt;", "<", "<"},
    {"&gt;", ">", ">"},         {"&quot;", "\"", "\""},   {"&#39;", "'", "'"},
};

[[nodiscard]] std::string metadata_line(const std::string& date, const std::string& publication,
                                        const std::string& author, const std::string& type, const std::string& id) {
  std::string line;
  for (const std::string* part : {&date, &publication, &author, &type, &id}) {
    if (!part->empty()) line += (line.empty() ? "" : " · ") + *part;
  }
  return line;
}

void write_hit(const SearchHit& hit, Highlight highlight, std::ostream& out) {
  out << hit.rank << ". " << display_title(hit) << '\n';
  out << "   " << metadata_line(hit.date, hit.publication, join_authors(hit.authors), hit.type, hit.id) << '\n';
  if (!hit.snippet.empty()) out << "   " << render_snippet(hit.snippet, highlight) << '\n';
  out << '\n';
}

// A field's first values, as the search page lists its first ten: a line of
// four hundred speakers helps no one at a terminal (--json has them all).
constexpr std::size_t kFacetValuesPrinted = 20;

void write_facets(const SearchResponse& response, std::ostream& out) {
  for (const auto& [field, counts] : response.facets) {
    if (counts.empty()) continue;  // no match has this field
    out << field << ':';
    for (std::size_t i = 0; i < counts.size() && i < kFacetValuesPrinted; ++i) {
      out << "  " << counts[i].first << " (" << counts[i].second << ')';
    }
    if (counts.size() > kFacetValuesPrinted) out << "  … " << counts.size() - kFacetValuesPrinted << " more";
    out << '\n';
  }
  if (!response.timeline.empty()) {
    out << "timeline:";
    for (const auto& [year, count] : response.timeline) out << "  " << year << " (" << count << ')';
    out << '\n';
  }
}

void write_document(const corpus::Document& document, std::ostream& out) {
  out << (document.title.empty() ? document.id : document.title) << '\n';
  out << metadata_line(document.date.iso(), document.publication, join_authors(document.authors),
                       std::string(corpus::to_string(document.type)), document.id)
      << '\n';
  if (!document.source.empty()) out << "source: " << document.source << '\n';
  out << '\n' << document.text << '\n';
}

}  // namespace

std::string render_snippet(const std::string& snippet, Highlight highlight) {
  std::string rendered;
  const std::string_view text = snippet;
  for (std::size_t at = 0; at < text.size();) {
    const auto token = std::ranges::find_if(
        kSnippetTokens, [&](const SnippetToken& candidate) { return text.substr(at).starts_with(candidate.written); });
    if (token == std::end(kSnippetTokens)) {
      rendered += text[at++];
      continue;
    }
    rendered += highlight == Highlight::kAnsi ? token->ansi : token->plain;
    at += token->written.size();
  }
  return rendered;
}

void write_text(const SearchResponse& response, Highlight highlight, std::ostream& out) {
  out << (response.total_exact ? "" : "at least ") << response.total << (response.total == 1 ? " result" : " results");
  if (!response.query.empty()) out << " for '" << response.query << "'";
  out << '\n';
  if (response.corrected) out << "Did you mean: " << *response.corrected << "\n";
  if (!response.unknown_fields.empty()) out << unknown_fields_notice(response) << '\n';
  out << '\n';
  for (const auto& hit : response.results) write_hit(hit, highlight, out);
  write_facets(response, out);
}

void write_text(const DocumentView& view, std::ostream& out) {
  write_document(view.document, out);
  for (const auto* children : {&view.comments, &view.quotations}) {
    for (const auto& child : *children) {
      out << "\n---\n";
      write_document(child, out);
    }
  }
}

}  // namespace samizdat::searcher
