#include "tools/sentence_source.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "corpus/error.h"

namespace samizdat::tools {
namespace {

constexpr std::size_t kMinSentence = 30;
constexpr std::size_t kMaxSentence = 600;

[[nodiscard]] std::string read_whole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("cannot read '" + path.string() + "': " + std::strerror(errno));
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

[[nodiscard]] std::vector<std::filesystem::path> source_files(const std::filesystem::path& source) {
  std::error_code error;
  if (!std::filesystem::is_directory(source, error)) return {source};
  std::vector<std::filesystem::path> files;
  for (std::filesystem::recursive_directory_iterator it(source, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(it->path());
  }
  if (error) throw InputError("cannot read '" + source.string() + "': " + error.message());
  std::sort(files.begin(), files.end());
  return files;
}

[[nodiscard]] bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

[[nodiscard]] bool ends_sentence(std::string_view text, std::size_t at) {
  const char c = text[at];
  return (c == '.' || c == '!' || c == '?') && (at + 1 == text.size() || is_space(text[at + 1]));
}

}  // namespace

SentenceSource SentenceSource::from_files(const std::filesystem::path& source) {
  SentenceSource result;
  for (const auto& file : source_files(source)) result.split_sentences(read_whole(file));
  if (result.sentences_.empty()) {
    throw InputError("--source '" + source.string() + "': no sentence of 30 to 600 bytes found");
  }
  return result;
}

// Keeps each sentence with its whitespace collapsed to single spaces, so a
// resampled sentence never breaks a paragraph of the output.
void SentenceSource::split_sentences(std::string_view text) {
  std::string sentence;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_space(text[i])) {
      if (!sentence.empty() && sentence.back() != ' ') sentence += ' ';
    } else {
      sentence += text[i];
    }
    if (!ends_sentence(text, i) && i + 1 != text.size()) continue;
    if (sentence.size() >= kMinSentence && sentence.size() <= kMaxSentence) {
      sentences_.emplace_back(static_cast<std::uint32_t>(text_.size()),
                              static_cast<std::uint32_t>(sentence.size()));
      text_ += sentence;
    }
    sentence.clear();
  }
}

void SentenceSource::append_sentence(DeterministicRandom& random, const LanguageProfile& profile,
                                     std::string& out) const {
  if (sentences_.empty() || profile.code != "en") {
    append_synthetic(random, profile, out);
    return;
  }
  const auto [offset, length] = sentences_[random.below(sentences_.size())];
  out.append(text_, offset, length);
}

void SentenceSource::append_synthetic(DeterministicRandom& random, const LanguageProfile& profile,
                                      std::string& out) const {
  const auto start = out.size();
  const int words = random.between(6, 22);
  for (int i = 0; i < words; ++i) {
    if (i > 0) out += random.chance(0.07) ? ", " : " ";
    out += draw_word(random, profile);
  }
  capitalize_at(out, start);
  out += '.';
}

void SentenceSource::append_heading(DeterministicRandom& random, const LanguageProfile& profile,
                                    int words, std::string& out) const {
  for (int i = 0; i < words; ++i) {
    if (i > 0) out += ' ';
    const auto start = out.size();
    out += random.chance(0.4) ? pick(random, profile.topic_words)
                              : vocabulary_.draw(random, profile.cyrillic);
    if (i == 0 || profile.code == "en") capitalize_at(out, start);
  }
}

// Function words make up about two fifths of running text in the languages
// we imitate; topic words give searches something real to find.
std::string_view SentenceSource::draw_word(DeterministicRandom& random,
                                           const LanguageProfile& profile) const {
  const auto draw = random.below(100);
  if (draw < 42) return pick(random, profile.function_words);
  if (draw < 50) return pick(random, profile.topic_words);
  return vocabulary_.draw(random, profile.cyrillic);
}

}  // namespace samizdat::tools
