#include "corpus/corpus_config.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

#include "corpus/ascii.h"
#include "corpus/error.h"
#include "corpus/metadata_table.h"
#include "corpus/named_file.h"

namespace samizdat::corpus {

namespace {

namespace po = boost::program_options;

constexpr std::string_view kFieldPrefix = "field.";
constexpr std::string_view kPathPrefix = "path.";
constexpr std::string_view kTableKeyPrefix = "table.key.";
constexpr std::array<std::string_view, 6> kFormats = {"txt", "md", "html", "json", "jsonl", "fortune"};
constexpr std::array<std::string_view, 10> kFields = {
    "title", "text", "date", "author", "publication", "language", "tags", "url", "id", "comments"};

// A name for an extra field or facet: letters, digits, '_' and '-'.
bool is_field_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
  });
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& table, std::string_view value) {
  return std::find(table.begin(), table.end(), value) != table.end();
}

po::options_description config_options() {
  po::options_description options;
  options.add_options()("publication", po::value<std::string>())(
      "language", po::value<std::string>())("facet", po::value<std::string>())(
      "formats", po::value<std::string>())("synonyms", po::value<std::string>())(
      "table", po::value<std::string>())("table.digest", po::value<std::string>());
  return options;
}

// Reads one config file's options; knows the origin so every error names it.
class ConfigParser {
 public:
  explicit ConfigParser(const std::filesystem::path& origin) : origin_(origin) {}

  CorpusConfig parse(std::string_view text) {
    std::istringstream stream{std::string(text)};
    po::parsed_options parsed(nullptr);
    try {
      parsed = po::parse_config_file(stream, config_options(), true);
    } catch (const po::invalid_config_file_syntax& error) {
      // Not error.what(): Boost substitutes the line for "%invalid_line%"
      // until none is left, which never ends when the line holds that token.
      if (error.kind() != po::invalid_syntax::unrecognized_line) fail(error.what());
      fail("the options configuration file contains an invalid line '" + error.tokens() + "'");
    } catch (const po::error& error) {
      fail(error.what());
    }
    for (const po::basic_option<char>& option : parsed.options) {
      apply(option.string_key, option.value.empty() ? "" : option.value.front());
    }
    check_table();
    return config_;
  }

 private:
  [[noreturn]] void fail(const std::string& reason) const {
    throw InputError("config '" + origin_.string() + "': " + reason);
  }

  void apply(const std::string& key, const std::string& value) {
    if (key.starts_with(kFieldPrefix)) return add_rename(key.substr(kFieldPrefix.size()), value);
    if (key.starts_with(kPathPrefix)) return add_path_field(key.substr(kPathPrefix.size()), value);
    if (key.starts_with(kTableKeyPrefix)) return add_table_key(key.substr(kTableKeyPrefix.size()), value);
    if (key == "facet") return add_facet(value);
    if (key == "formats") return set_formats(value);
    if (key == "publication") return set_once(config_.publication, key, value);
    if (key == "language") return set_once(config_.language, key, lower_ascii(value));
    if (key == "synonyms") return set_file(config_.synonyms_file, key, value);
    if (key == "table") return set_file(config_.table_file, key, value);
    if (key == "table.digest") return set_once(config_.table_digest, key, value);
    fail("unknown option '" + key + "'");
  }

  void set_once(std::string& slot, const std::string& key, const std::string& value) {
    claim(key);
    slot = value;
  }

  void claim(const std::string& key) {
    if (!seen_.insert(key).second) fail("option '" + key + "' given more than once");
  }

  void add_rename(const std::string& field, const std::string& input_key) {
    if (!contains(kFields, field)) fail("unknown field 'field." + field + "'");
    if (input_key.empty()) fail("field." + field + " needs a key name");
    set_once(config_.field_renames[field], "field." + field, input_key);
  }

  void add_facet(const std::string& facet) {
    if (!is_field_name(facet)) fail("bad facet name '" + facet + "' (letters, digits, '_' and '-' only)");
    if (std::find(config_.facets.begin(), config_.facets.end(), facet) == config_.facets.end()) {
      config_.facets.push_back(facet);
    }
  }

  void add_path_field(const std::string& field, const std::string& pattern) {
    const std::string key = "path." + field;
    if (!is_field_name(field)) fail("bad field name '" + key + "' (letters, digits, '_' and '-' only)");
    auto compiled = [&] {
      try {
        return PathPattern(pattern);
      } catch (const InputError& error) {
        fail(key + ": " + error.what());
      }
    }();
    claim(key);
    config_.path_fields.insert_or_assign(field, std::move(compiled));
  }

  void set_formats(const std::string& list) {
    std::string spaced = list;
    std::replace(spaced.begin(), spaced.end(), ',', ' ');
    std::istringstream words(spaced);
    for (std::string format; words >> format;) {
      format = lower_ascii(format);
      if (!contains(kFormats, format)) {
        fail("unknown format '" + format + "' in formats (expected txt, md, html, json, jsonl, fortune)");
      }
      config_.formats.push_back(format);
    }
  }

  void set_file(std::string& slot, const std::string& key, const std::string& file) {
    if (file.empty()) fail(key + " needs a file name");
    const std::filesystem::path resolved = origin_.parent_path() / file;
    set_once(slot, key, std::filesystem::absolute(resolved).string());
  }

  void add_table_key(const std::string& field, const std::string& column) {
    const std::string key = std::string(kTableKeyPrefix) + field;
    if (!is_field_name(field)) fail("bad field name '" + key + "' (letters, digits, '_' and '-' only)");
    if (column.empty()) fail(key + " needs a column name");
    claim(key);
    config_.table_keys[field] = column;
  }

  // A table and its keys come together, each key a field the path gives.
  void check_table() const {
    if (config_.table_file.empty()) {
      if (!config_.table_keys.empty()) fail("table.key." + config_.table_keys.begin()->first + " without a table");
      return;
    }
    if (config_.table_keys.empty()) fail("table needs a key: table.key.FIELD = COLUMN, with path.FIELD");
    for (const auto& [field, column] : config_.table_keys) {
      if (!config_.path_fields.contains(field)) {
        fail("table.key." + field + ": no path." + field + " gives the file's " + field);
      }
    }
  }

  std::filesystem::path origin_;
  CorpusConfig config_;
  std::set<std::string> seen_;
};

}  // namespace

std::string CorpusConfig::key_for(std::string_view name) const {
  const auto found = field_renames.find(std::string(name));
  return found == field_renames.end() ? std::string(name) : found->second;
}

bool CorpusConfig::reads_format(std::string_view format) const {
  if (formats.empty()) return true;
  const auto listed = [this](std::string_view name) {
    return std::find(formats.begin(), formats.end(), name) != formats.end();
  };
  // "json" names the family: JSON Lines files are JSON records too.
  return listed(format) || (format == "jsonl" && listed("json"));
}

std::map<std::string, std::string> CorpusConfig::path_values(std::string_view relative) const {
  std::map<std::string, std::string> values;
  for (const auto& [field, pattern] : path_fields) {
    std::string value = pattern.find(relative);
    if (!value.empty()) values.emplace(field, std::move(value));
  }
  return values;
}

std::string CorpusConfig::to_ini() const {
  std::ostringstream ini;
  if (!publication.empty()) ini << "publication = " << publication << '\n';
  if (!language.empty()) ini << "language = " << language << '\n';
  for (const auto& [field, input_key] : field_renames) {
    ini << "field." << field << " = " << input_key << '\n';
  }
  for (const std::string& facet : facets) ini << "facet = " << facet << '\n';
  for (const auto& [field, pattern] : path_fields) ini << "path." << field << " = " << pattern.source() << '\n';
  if (!formats.empty()) {
    ini << "formats =";
    for (const std::string& format : formats) ini << ' ' << format;
    ini << '\n';
  }
  if (!synonyms_file.empty()) ini << "synonyms = " << synonyms_file << '\n';
  if (!table_file.empty()) ini << "table = " << table_file << '\n';
  for (const auto& [field, column] : table_keys) ini << kTableKeyPrefix << field << " = " << column << '\n';
  if (!table_digest.empty()) ini << "table.digest = " << table_digest << '\n';
  return ini.str();
}

CorpusConfig load_corpus_config(const std::filesystem::path& file) {
  CorpusConfig config = parse_corpus_config(read_named_file("config", file), file);
  if (!config.table_file.empty()) {
    try {
      config.table = std::make_shared<const MetadataTable>(config);
    } catch (const InputError& error) {
      throw InputError("config '" + file.string() + "': " + error.what());
    }
    config.table_digest = config.table->digest();
  }
  return config;
}

CorpusConfig parse_corpus_config(std::string_view text, const std::filesystem::path& origin) {
  return ConfigParser(origin).parse(text);
}

}  // namespace samizdat::corpus
