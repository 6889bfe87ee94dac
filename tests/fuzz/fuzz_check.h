// @brief A check for fuzz targets: a broken invariant aborts, so libFuzzer
// saves the input that broke it.
#ifndef SAMIZDAT_TESTS_FUZZ_FUZZ_CHECK_H_
#define SAMIZDAT_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

namespace samizdat::fuzz {

// Aborts with `what` on stderr when `condition` is false.
inline void check(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace samizdat::fuzz

#endif  // SAMIZDAT_TESTS_FUZZ_FUZZ_CHECK_H_
