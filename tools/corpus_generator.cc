#include "tools/corpus_generator.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include "corpus/error.h"
#include "tools/document_maker.h"
#include "tools/generated_document.h"
#include "tools/sentence_source.h"

namespace samizdat::tools {
namespace {

constexpr std::uint64_t kFilesPerFolder = 1000;
constexpr std::size_t kMaxSlug = 48;

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

void write_file(const std::filesystem::path& path, std::string_view content) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "wb"));
  const auto fail = [&path] {
    return InputError("cannot write '" + path.string() + "': " + std::strerror(errno));
  };
  if (!file) throw fail();
  if (std::fwrite(content.data(), 1, content.size(), file.get()) != content.size()) throw fail();
  if (std::fclose(file.release()) != 0) throw fail();
}

void check_output_folder(const std::filesystem::path& out) {
  std::error_code error;
  if (!std::filesystem::exists(out, error)) return;
  if (!std::filesystem::is_directory(out, error) || !std::filesystem::is_empty(out, error)) {
    throw InputError("--out '" + out.string() + "': must be an empty folder or not exist");
  }
}

// ASCII letters and digits of the title, lower-cased, other runs as '-'.
[[nodiscard]] std::string slug_of(std::string_view title) {
  std::string slug;
  for (const char c : title) {
    if (slug.size() >= kMaxSlug) break;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug += c;
    } else if (c >= 'A' && c <= 'Z') {
      slug += static_cast<char>(c - 'A' + 'a');
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "article" : slug;
}

// Hands out YEAR/NNN folders, opening a new NNN every kFilesPerFolder files
// of a year; remembers one counter per year, whatever the corpus size.
class FolderLayout {
 public:
  explicit FolderLayout(std::filesystem::path root) : root_(std::move(root)) {}

  [[nodiscard]] std::filesystem::path folder_for(int year) {
    auto& count = counts_[static_cast<std::size_t>(year - kFirstYear)];
    std::array<char, 24> bucket{};
    std::snprintf(bucket.data(), bucket.size(), "%03llu",
                  static_cast<unsigned long long>(count / kFilesPerFolder));
    auto folder = root_ / std::to_string(year) / bucket.data();
    if (count++ % kFilesPerFolder == 0) std::filesystem::create_directories(folder);
    return folder;
  }

 private:
  std::filesystem::path root_;
  std::array<std::uint64_t, kLastYear - kFirstYear + 1> counts_{};
};

[[nodiscard]] std::uint64_t document_seed(std::uint64_t seed, std::uint64_t index) {
  std::uint64_t state = seed;
  return splitmix64(state) + index;
}

}  // namespace

std::vector<OutputFormat> parse_format_list(std::string_view whole) {
  std::vector<OutputFormat> formats;
  for (auto list = whole; !list.empty();) {
    const auto comma = list.find(',');
    const auto name = list.substr(0, comma);
    const auto format = parse_output_format(name);
    if (!format) {
      throw InputError("--formats '" + std::string(whole) + "': unknown format '" +
                       std::string(name) + "' (expected txt, md, html or json)");
    }
    formats.push_back(*format);
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  if (formats.empty()) throw InputError("--formats is empty");
  return formats;
}

GeneratorSummary generate_corpus(const GeneratorOptions& options) {
  check_output_folder(options.out);
  const auto sentences =
      options.source.empty() ? SentenceSource() : SentenceSource::from_files(options.source);
  FolderLayout layout(options.out);
  GeneratedDocument doc;
  std::string rendered;
  GeneratorSummary summary;
  for (std::uint64_t index = 0; index < options.documents; ++index) {
    const auto format = options.formats[index % options.formats.size()];
    DeterministicRandom random(document_seed(options.seed, index));
    make_document(random, sentences, format, doc);
    render(doc, format, rendered);
    const auto name = slug_of(doc.title) + "-" + std::to_string(index) + "." +
                      std::string(extension(format));
    write_file(layout.folder_for(doc.date.year) / name, rendered);
    ++summary.files;
    ++summary.files_per_format[static_cast<std::size_t>(format)];
    summary.bytes += rendered.size();
  }
  return summary;
}

}  // namespace samizdat::tools
