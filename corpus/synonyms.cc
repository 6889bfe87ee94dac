#include "corpus/synonyms.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/error.h"
#include "corpus/named_file.h"
#include "corpus/utf8.h"

namespace samizdat::corpus {

namespace {

constexpr std::string_view kSeparators = " \t\r,";

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  for (std::size_t pos = text.find_first_not_of(kSeparators); pos != std::string_view::npos;) {
    const std::size_t end = std::min(text.find_first_of(kSeparators, pos), text.size());
    words.emplace_back(text.substr(pos, end - pos));
    pos = text.find_first_not_of(kSeparators, end);
  }
  return words;
}

[[noreturn]] void fail(const std::filesystem::path& origin, std::size_t line,
                       const std::string& reason) {
  throw InputError(origin.string() + ":" + std::to_string(line) + ": " + reason);
}

// The group of one line with its comment removed, or no words for a blank line.
SynonymGroup parse_line(std::string_view text, std::size_t line,
                        const std::filesystem::path& origin) {
  text = text.substr(0, text.find('#'));
  if (text.find_first_not_of(kSeparators) == std::string_view::npos) return {{}, line};
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos) fail(origin, line, "expected 'word = synonym ...'");
  const auto head = split_words(text.substr(0, equals));
  if (head.size() != 1) fail(origin, line, "expected one word before '='");
  auto words = split_words(text.substr(equals + 1));
  if (words.empty()) fail(origin, line, "no synonym after '='");
  for (const auto& word : words) {
    if (word.find('=') != std::string::npos) fail(origin, line, "more than one '='");
  }
  words.insert(words.begin(), head.front());
  return {std::move(words), line};
}

}  // namespace

SynonymFile parse_synonyms(std::string_view text, const std::filesystem::path& origin) {
  SynonymFile file{{}, std::string(text)};
  text = strip_bom(text);
  std::size_t line = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    const std::size_t end = std::min(text.find('\n', pos), text.size());
    const std::string_view each = text.substr(pos, end - pos);
    ++line;
    if (!is_valid_utf8(each)) fail(origin, line, "not valid UTF-8");
    auto group = parse_line(each, line, origin);
    if (!group.words.empty()) file.groups.push_back(std::move(group));
    pos = end + 1;
  }
  return file;
}

SynonymFile load_synonyms(const std::filesystem::path& file) {
  return parse_synonyms(read_named_file("synonyms", file), file);
}

}  // namespace samizdat::corpus
