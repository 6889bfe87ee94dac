// @brief libFuzzer target: corpus::MetadataTable reading a CSV or TSV table
// (the first byte's low bit picks which), keyed by its column "file".
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "corpus/corpus_config.h"
#include "corpus/error.h"
#include "corpus/metadata_table.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  namespace corpus = samizdat::corpus;
  const bool tabs = (data[0] & 1) != 0;
  const auto file = std::filesystem::temp_directory_path() /
                    ("samizdat-fuzz-table-" + std::to_string(getpid()) + (tabs ? ".tsv" : ".csv"));
  std::ofstream(file, std::ios::binary).write(reinterpret_cast<const char*>(data + 1),
                                              static_cast<std::streamsize>(size - 1));
  corpus::CorpusConfig config;
  config.table_file = file.string();
  config.path_fields = {{"file", corpus::PathPattern("([^/]+)$")}};
  config.table_keys = {{"file", "file"}};
  try {
    const corpus::MetadataTable table(config);
    samizdat::fuzz::check(table.digest().size() == 16, "the digest is 16 hex digits");
    (void)table.find("a/b.txt");
  } catch (const samizdat::InputError&) {
    // A bad table is reported, not a crash.
  }
  std::filesystem::remove(file);
  return 0;
}
