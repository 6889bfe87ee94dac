#include "corpus/fortune_reader.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "corpus/ascii.h"
#include "corpus/error.h"

namespace samizdat::corpus {
namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94";  // U+2014 —
// What may follow a name after a comma without being a source.
constexpr std::array<std::string_view, 6> kNameSuffixes = {"Jr.", "Jr", "Sr.", "Sr", "II", "III"};

// The lines of `text`, without their line ends ("\n" or "\r\n").
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
  return lines;
}

bool is_separator(std::string_view line) { return trim_ascii_space(line) == "%"; }

// The name of an attribution line ("\t\t-- Emma Goldman"), or "" for another line.
std::string_view attribution(std::string_view line) {
  std::string_view trimmed = trim_ascii_space(line);
  if (trimmed.starts_with("--")) {
    trimmed.remove_prefix(2);
  } else if (trimmed.starts_with(kEmDash)) {
    trimmed.remove_prefix(kEmDash.size());
  } else {
    return {};
  }
  return trim_ascii_space(trimmed);
}

// Where the speaker's name ends in an attribution: at the first ", " that a
// name suffix does not follow; npos when the whole of it is the name.
std::size_t end_of_name(std::string_view name) {
  for (auto comma = name.find(", "); comma != std::string_view::npos; comma = name.find(", ", comma + 2)) {
    const std::string_view after = name.substr(comma + 2);
    const std::string_view word = after.substr(0, after.find_first_of(", "));
    if (std::ranges::find(kNameSuffixes, word) == kNameSuffixes.end()) return comma;
  }
  return std::string_view::npos;
}

// Sets the speaker and source of `quotation` from an attribution's name.
void attribute(std::string_view name, Document& quotation) {
  const auto comma = end_of_name(name);
  quotation.authors.emplace_back(trim_ascii_space(name.substr(0, comma)));
  if (comma == std::string_view::npos) return;
  std::string_view source = trim_ascii_space(name.substr(comma + 1));
  if (source.size() >= 2 && source.front() == '"' && source.back() == '"') source = source.substr(1, source.size() - 2);
  quotation.source = std::string(source);
}

// The text of a record's lines: trailing blanks cut, lines of a paragraph
// joined by '\n', paragraphs by a blank line.
std::string record_text(const std::vector<std::string_view>& lines) {
  std::string text;
  bool blank_before = false;
  for (const std::string_view line : lines) {
    const std::string_view kept = line.substr(0, line.find_last_not_of(" \t") + 1);
    if (trim_ascii_space(kept).empty()) {
      blank_before = !text.empty();
      continue;
    }
    if (!text.empty()) text += blank_before ? "\n\n" : "\n";
    text += kept;
    blank_before = false;
  }
  return text;
}

// One record (its lines between separators) as a quotation; nullopt without text.
std::optional<Document> read_record(std::vector<std::string_view> lines) {
  while (!lines.empty() && trim_ascii_space(lines.back()).empty()) lines.pop_back();
  Document quotation;
  quotation.type = DocType::kQuotation;
  if (!lines.empty()) {
    if (const std::string_view name = attribution(lines.back()); !name.empty()) {
      attribute(name, quotation);
      lines.pop_back();
    }
  }
  quotation.text = record_text(lines);
  if (quotation.text.empty()) return std::nullopt;
  return quotation;
}

}  // namespace

bool looks_like_fortune(std::string_view content) {
  const std::string_view head = content.substr(0, kFortuneSniffBytes);
  if (head.find('\0') != std::string_view::npos) return false;
  bool text_before = false;
  for (const std::string_view line : lines_of(head)) {
    if (is_separator(line)) {
      if (text_before) return true;
    } else if (!trim_ascii_space(line).empty()) {
      text_before = true;
    }
  }
  return false;
}

std::vector<Document> FortuneReader::read(std::string_view content, const CorpusConfig& /*config*/) const {
  std::vector<Document> documents(1);  // the collection; the loader titles it
  std::vector<std::string_view> record;
  const auto end_record = [&] {
    if (auto quotation = read_record(std::move(record))) documents.push_back(std::move(*quotation));
    record.clear();
  };
  for (const std::string_view line : lines_of(content)) {
    if (is_separator(line)) {
      end_record();
    } else {
      record.push_back(line);
    }
  }
  end_record();
  if (documents.size() == 1) throw InputError("no quotation in this fortune file");
  return documents;
}

}  // namespace samizdat::corpus
