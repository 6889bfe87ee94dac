#include "corpus/front_matter.h"

#include <algorithm>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "corpus/ascii.h"
#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

[[noreturn]] void fail(const std::string& reason) {
  throw InputError("malformed front matter: " + reason);
}

std::string_view strip_line_end(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
    line.remove_suffix(1);
  return line;
}

// The line starting at `pos` (without its newline) and the offset after it.
std::pair<std::string_view, std::size_t> line_at(std::string_view text, std::size_t pos) {
  const auto newline = text.find('\n', pos);
  if (newline == std::string_view::npos) return {text.substr(pos), text.size()};
  return {text.substr(pos, newline - pos), newline + 1};
}

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(text.substr(first, text.find_last_not_of(" \t") - first + 1));
}

// A scalar, a comma-separated scalar or a sequence of scalars, as a list.
std::vector<std::string> as_list(const YAML::Node& node, bool split_commas) {
  std::vector<std::string> values;
  const auto add = [&values](std::string_view value) {
    if (std::string item = trim(value); !item.empty()) values.push_back(std::move(item));
  };
  if (node.IsSequence()) {
    for (const auto& item : node) {
      if (item.IsScalar()) add(item.Scalar());
    }
  } else if (node.IsScalar() && split_commas) {
    std::string_view rest = node.Scalar();
    for (auto comma = rest.find(','); ; comma = rest.find(',')) {
      add(rest.substr(0, comma));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  } else if (node.IsScalar()) {
    add(node.Scalar());
  }
  return values;
}

Date parse_date_field(const std::string& value) {
  const auto date = parse_date(value);
  if (!date) fail("invalid date '" + value + "'");
  return *date;
}

DocType parse_type_field(const std::string& value) {
  const auto type = parse_doc_type(value);
  if (!type) fail("invalid type '" + value + "' (expected article, comment or quotation)");
  return *type;
}

// Applies one scalar key; returns false when the key is not one of ours.
bool apply_scalar(const std::string& key, const std::string& value, Document& doc) {
  if (key == "title") doc.title = value;
  else if (key == "date") doc.date = parse_date_field(value);
  else if (key == "publication") doc.publication = value;
  else if (key == "language" || key == "lang") doc.language = value;
  else if (key == "url") doc.url = value;
  else if (key == "type") doc.type = parse_type_field(value);
  else return false;
  return true;
}

void apply_key(const std::string& key, const YAML::Node& value, Document& doc) {
  if (key == "author" || key == "authors") {
    doc.authors = as_list(value, false);
  } else if (key == "tags" || key == "tag") {
    doc.tags = as_list(value, true);
  } else if (value.IsScalar() && !apply_scalar(key, value.Scalar(), doc)) {
    doc.extra[key] = value.Scalar();
  }
}

YAML::Node load_yaml(std::string_view yaml) {
  try {
    return YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    fail(e.msg + " at line " + std::to_string(e.mark.line + 1));
  }
}

}  // namespace

FrontMatterSplit split_front_matter(std::string_view content) {
  const auto [first, yaml_start] = line_at(content, 0);
  if (strip_line_end(first) != "---" || yaml_start == content.size()) return {std::nullopt, content};
  for (std::size_t pos = yaml_start; pos < content.size();) {
    const auto [line, next] = line_at(content, pos);
    const std::string_view marker = strip_line_end(line);
    if (marker == "---" || marker == "...")
      return {content.substr(yaml_start, pos - yaml_start), content.substr(next)};
    pos = next;
  }
  return {std::nullopt, content};
}

void apply_front_matter(std::string_view yaml, Document& doc) {
  const YAML::Node root = load_yaml(yaml);
  if (root.IsNull()) return;
  if (!root.IsMap()) fail("expected 'key: value' lines, found a " +
                          std::string(root.IsSequence() ? "list" : "single value"));
  for (const auto& entry : root) {
    if (!entry.first.IsScalar()) continue;
    apply_key(lower_ascii(entry.first.Scalar()), entry.second, doc);
  }
}

std::string_view read_front_matter(std::string_view content, Document& doc) {
  const FrontMatterSplit split = split_front_matter(content);
  if (split.yaml) apply_front_matter(*split.yaml, doc);
  return split.body;
}

}  // namespace samizdat::corpus
