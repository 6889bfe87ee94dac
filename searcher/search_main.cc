// samizdat-search: searches one or more archives from the command line.
#include <unistd.h>

#include <iostream>

#include <boost/program_options/errors.hpp>
#include <xapian.h>

#include "corpus/error.h"
#include "searcher/search_command.h"
#include "searcher/search_options.h"

namespace {

constexpr int kUsageError = 2;
constexpr int kFailure = 1;

int fail(const std::string& message, int status) {
  std::cerr << "samizdat-search: error: " << message << '\n';
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace samizdat::searcher;
  SearchOptions options;
  try {
    options = parse_search_options(argc, argv);
  } catch (const samizdat::Error& error) {
    return fail(std::string(error.what()) + " (see --help)", kUsageError);
  }
  if (options.help) {
    std::cout << search_usage();
    return 0;
  }
  try {
    const Highlight highlight = isatty(STDOUT_FILENO) ? Highlight::kAnsi : Highlight::kPlain;
    run_search_command(options, highlight, std::cout, std::cerr);
    return 0;
  } catch (const samizdat::Error& error) {
    return fail(error.what(), kFailure);
  } catch (const Xapian::Error& error) {
    return fail(error.get_description(), kFailure);
  } catch (const boost::program_options::error& error) {
    return fail(error.what(), kUsageError);
  } catch (const std::exception& error) {
    return fail(error.what(), kFailure);
  }
}
