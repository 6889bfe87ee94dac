#include "corpus/file_loader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/date.h"
#include "corpus/error.h"
#include "corpus/fortune_reader.h"
#include "corpus/html_reader.h"
#include "corpus/json_reader.h"
#include "corpus/legacy_charset.h"
#include "corpus/md_reader.h"
#include "corpus/metadata_table.h"
#include "corpus/quotation_extractor.h"
#include "corpus/txt_reader.h"
#include "corpus/utf8.h"
#include "corpus/walker.h"

namespace samizdat::corpus {

namespace {

constexpr std::uint64_t kMaxFileBytes = 256ULL * 1024 * 1024;
constexpr std::size_t kBomBytes = 3;

// Checks the bytes are text and makes them valid UTF-8 without a BOM. Text
// with more invalid sequences than well-formed multi-byte characters was
// written in a legacy charset (an HTML page's declared one, else the one ICU
// detects); the rest is UTF-8 with damaged bytes, which become U+FFFD.
std::string prepare_text(std::string_view content, std::string_view format, std::vector<std::string>& warnings) {
  require_text(content);
  const std::string_view text = strip_bom(content);
  const std::size_t bom = text.size() == content.size() ? 0 : kBomBytes;
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    throw InputError("empty file");
  }
  if (is_valid_utf8(text)) return std::string(text);
  Utf8Repair repair = repair_utf8(text);
  if (repair.invalid_sequences > repair.multibyte_characters) {
    Recoded recoded = recode_legacy(text, format == "html" ? declared_html_charset(text) : "");
    warnings.push_back("not UTF-8: read as " + recoded.charset);
    return std::move(recoded.text);
  }
  warnings.push_back("invalid UTF-8 repaired at byte " +
                     std::to_string(repair.first_invalid_offset + bom) + " (" +
                     std::to_string(repair.invalid_sequences) + " sequence" +
                     (repair.invalid_sequences == 1 ? "" : "s") + " replaced)");
  return std::move(repair.text);
}

// `given` is the file's row of the metadata table, or null.
std::vector<Document> read_documents(const std::string& text, std::string_view format,
                                     const CorpusConfig& config, const Document* given,
                                     std::vector<std::string>& warnings) {
  if (format == "txt") {
    const bool titled = given != nullptr && !given->title.empty();
    return TxtReader(titled ? TxtReader::TitleLine::kKeep : TxtReader::TitleLine::kTake).read(text, config);
  }
  if (format == "md") return MdReader().read(text, config);
  if (format == "html") return HtmlReader().read(text, config);
  if (format == "json") return JsonReader(JsonLayout::kDocument).read(text, config, warnings);
  if (format == "jsonl") return JsonReader(JsonLayout::kLines).read(text, config, warnings);
  if (format == "fortune") return FortuneReader().read(text, config);
  throw InputError("unknown format '" + std::string(format) + "'");
}

// An article and the comments and quotations a reader put after it.
struct ArticleGroup {
  Document article;
  std::vector<Document> comments;
  std::vector<Document> quotations;
};

std::vector<ArticleGroup> group_articles(std::vector<Document> documents) {
  std::vector<ArticleGroup> groups;
  for (Document& document : documents) {
    if (document.type == DocType::kArticle) {
      groups.push_back({std::move(document), {}, {}});
    } else if (groups.empty()) {
      throw InputError("a comment comes before any article");
    } else if (document.type == DocType::kQuotation) {
      groups.back().quotations.push_back(std::move(document));
    } else {
      groups.back().comments.push_back(std::move(document));
    }
  }
  return groups;
}

// Makes each article's id: the file's id for a lone article, else the file's
// id plus the record's own key (or its 1-based number when it has none or
// repeats an earlier one).
class ArticleIds {
 public:
  ArticleIds(std::string_view relative, std::size_t count)
      : base_(make_document_id(relative)), single_(count == 1) {}

  std::string next(const std::string& record_key, std::vector<std::string>& warnings) {
    ++number_;
    if (single_) return base_;
    const std::string by_number = base_ + "/" + std::to_string(number_);
    if (record_key.empty()) return by_number;
    // The suffix keeps make_document_id from taking "1.5" for a file name.
    const std::string by_key = base_ + "/" + make_document_id(record_key + ".key");
    if (used_.insert(by_key).second) return by_key;
    warnings.push_back("record " + std::to_string(number_) + ": id '" + record_key +
                       "' repeats an earlier record; using " + by_number);
    return by_number;
  }

 private:
  std::string base_;
  bool single_;
  std::size_t number_ = 0;
  std::set<std::string> used_;
};

// The metadata table's fields where the article has none of its own.
void take_given(Document& article, const Document& given) {
  const auto fill = [](auto& field, const auto& value) {
    if (field.empty()) field = value;
  };
  fill(article.title, given.title);
  fill(article.authors, given.authors);
  fill(article.date, given.date);
  fill(article.publication, given.publication);
  fill(article.language, given.language);
  fill(article.tags, given.tags);
  fill(article.url, given.url);
}

void fill_article(Document& article, std::string_view relative, const CorpusConfig& config, const Document* given) {
  if (given != nullptr) take_given(article, *given);
  article.path = std::string(relative);
  if (article.publication.empty()) article.publication = config.publication;
  if (article.language.empty()) article.language = config.language;
  if (article.date.empty()) article.date = date_in_path(relative).value_or(Date{});
  if (article.title.empty()) {
    article.title = std::filesystem::path(std::string(relative)).stem().string();
  }
}

void adopt(Document& child, const Document& article, std::string_view suffix, std::size_t n) {
  child.id = article.id + "#" + std::string(suffix) + std::to_string(n);
  child.parent_id = article.id;
  child.path = article.path;
  if (child.date.empty()) child.date = article.date;
  if (child.publication.empty()) child.publication = article.publication;
  if (child.language.empty()) child.language = article.language;
}

// Appends the article, its comments (#c1…) and its quotations (#q1…: the
// reader's, then those quoted in its text).
void append_group(ArticleGroup& group, std::vector<Document>& out) {
  std::vector<Document> quotations = std::move(group.quotations);
  std::ranges::move(extract_quotations(group.article), std::back_inserter(quotations));
  out.push_back(group.article);
  std::size_t n = 0;
  for (Document& comment : group.comments) {
    adopt(comment, group.article, "c", ++n);
    out.push_back(std::move(comment));
  }
  n = 0;
  for (Document& quotation : quotations) {
    adopt(quotation, group.article, "q", ++n);
    out.push_back(std::move(quotation));
  }
}

// Gives every document of a file its path fields (`path_values`), then the
// extra fields of its metadata table row (`given`, or null), where it has no
// value of its own.
void add_file_fields(std::vector<Document>& documents, const std::map<std::string, std::string>& path_values,
                     const Document* given) {
  const auto add = [&documents](const std::map<std::string, std::string>& fields) {
    for (const auto& [field, value] : fields) {
      for (Document& document : documents) document.extra.try_emplace(field, value);
    }
  };
  add(path_values);
  if (given != nullptr) add(given->extra);
}

// The row of the config's metadata table for the file with `path_values`;
// null, with a warning, when the table has none for it.
const Document* find_given(const std::map<std::string, std::string>& path_values, const CorpusConfig& config,
                           std::vector<std::string>& warnings) {
  if (!config.table) return nullptr;
  const Document* given = config.table->find(path_values);
  if (given != nullptr) return given;
  const std::string table = std::filesystem::path(config.table->name()).filename().string();
  const std::string key = config.table->describe_key(path_values);
  warnings.push_back(key.empty() ? "its path gives no key for " + table : "no row in " + table + " for " + key);
  return nullptr;
}

std::string read_whole_file(const std::filesystem::path& path) {
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) throw InputError(path.string() + ": " + error.message());
  if (size > kMaxFileBytes) {
    throw InputError(path.string() + ": file too large (" + std::to_string(size) +
                     " bytes; limit 256 MiB)");
  }
  std::ifstream stream(path, std::ios::binary);
  std::string content(size, '\0');
  if (!stream || !stream.read(content.data(), static_cast<std::streamsize>(size))) {
    throw InputError(path.string() + ": " + std::strerror(errno));
  }
  return content;
}

}  // namespace

LoadedFile load_content(std::string_view content, std::string_view format,
                        std::string_view relative, const CorpusConfig& config) {
  LoadedFile loaded;
  const std::string text = prepare_text(content, format, loaded.warnings);
  const auto path_values = config.path_values(relative);
  const Document* given = find_given(path_values, config, loaded.warnings);
  std::vector<ArticleGroup> groups =
      group_articles(read_documents(text, format, config, given, loaded.warnings));
  ArticleIds ids(relative, groups.size());
  for (ArticleGroup& group : groups) {
    group.article.id = ids.next(group.article.id, loaded.warnings);
    fill_article(group.article, relative, config, given);
    append_group(group, loaded.documents);
  }
  add_file_fields(loaded.documents, path_values, given);
  return loaded;
}

LoadedFile load_file(const std::filesystem::path& path, std::string_view relative,
                     const CorpusConfig& config) {
  const std::string content = read_whole_file(path);
  try {
    return load_content(content, format_of(path, content), relative, config);
  } catch (const InputError& error) {
    throw InputError(path.string() + ": " + error.what());
  }
}

}  // namespace samizdat::corpus
