// samizdat-generate: writes a seeded, reproducible test corpus.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include <boost/program_options.hpp>

#include "corpus/error.h"
#include "tools/corpus_generator.h"

namespace po = boost::program_options;
using samizdat::tools::GeneratorOptions;

namespace {

constexpr std::string_view kUsage =
    "Usage: samizdat-generate --out DIR --docs N [--seed S] [--source FILE_OR_DIR]\n"
    "                         [--formats txt,md,html,json]\n";

// Returns false when --help was asked for (usage already printed).
bool parse_options(int argc, char** argv, GeneratorOptions& options) {
  std::string formats = "txt,md,html,json";
  po::options_description described("Options");
  described.add_options()
      ("help,h", "print this help")
      ("out", po::value(&options.out)->required(), "output folder (empty or new)")
      ("docs", po::value(&options.documents)->required(), "number of documents")
      ("seed", po::value(&options.seed)->default_value(1), "random seed")
      ("source", po::value(&options.source), "text file or folder whose sentences to resample")
      ("formats", po::value(&formats)->default_value(formats), "comma-separated formats");
  po::variables_map values;
  po::store(po::parse_command_line(argc, argv, described), values);
  if (values.count("help") != 0) {
    std::cout << kUsage << described;
    return false;
  }
  po::notify(values);
  options.formats = samizdat::tools::parse_format_list(formats);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    GeneratorOptions options;
    if (!parse_options(argc, argv, options)) return 0;
    const auto start = std::chrono::steady_clock::now();
    const auto summary = samizdat::tools::generate_corpus(options);
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    const double megabytes = static_cast<double>(summary.bytes) / 1e6;
    std::printf("samizdat-generate: wrote %llu files, %llu bytes (%.1f MB) to %s in %.2f s (%.1f MB/s)\n",
                static_cast<unsigned long long>(summary.files),
                static_cast<unsigned long long>(summary.bytes), megabytes,
                options.out.c_str(), seconds.count(), megabytes / seconds.count());
    return 0;
  } catch (const po::error& error) {
    std::cerr << "samizdat-generate: error: " << error.what() << "\n" << kUsage;
  } catch (const std::exception& error) {
    std::cerr << "samizdat-generate: error: " << error.what() << "\n";
  }
  return 1;
}
