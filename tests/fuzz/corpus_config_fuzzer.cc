// @brief libFuzzer target: corpus::parse_corpus_config, checking that an
// accepted config survives a round trip through to_ini().
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "corpus/corpus_config.h"
#include "corpus/error.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto origin = "/fuzz/samizdat.ini";
  try {
    const auto config = samizdat::corpus::parse_corpus_config(text, origin);
    const auto ini = config.to_ini();
    const auto again = samizdat::corpus::parse_corpus_config(ini, origin);
    samizdat::fuzz::check(again.to_ini() == ini, "to_ini() parses back to the same config");
  } catch (const samizdat::InputError&) {
    // A bad config is reported, not a crash.
  }
  return 0;
}
