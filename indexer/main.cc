// samizdat-index: builds or updates an archive from a corpus folder. Parses
// the command line, runs the command, and turns exceptions into one line on
// stderr and an exit status (1: failure, 2: usage error).
#include <unistd.h>
#include <xapian.h>

#include <boost/program_options/errors.hpp>
#include <exception>
#include <iostream>
#include <string>

#include "corpus/error.h"
#include "indexer/index_command.h"
#include "indexer/options.h"

namespace {

constexpr int kFailure = 1;
constexpr int kUsage = 2;

int fail(const std::string& message, int status) {
  std::cerr << "samizdat-index: error: " << message << '\n';
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const auto line = samizdat::indexer::parse_command_line(argc, argv);
    const samizdat::indexer::CommandStreams streams{std::cout, std::cerr,
                                                    ::isatty(STDERR_FILENO) == 1};
    return samizdat::indexer::run_command(line, streams);
  } catch (const boost::program_options::error& error) {
    return fail(std::string(error.what()) + " (see --help)", kUsage);
  } catch (const samizdat::Error& error) {
    return fail(error.what(), kFailure);
  } catch (const Xapian::Error& error) {
    return fail(error.get_description(), kFailure);
  } catch (const std::exception& error) {
    return fail(error.what(), kFailure);
  }
}
