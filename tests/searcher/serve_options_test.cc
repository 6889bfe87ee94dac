#include "searcher/serve_options.h"

#include <gtest/gtest.h>

#include "corpus/error.h"

namespace samizdat::searcher {
namespace {

[[nodiscard]] ServeOptions parse(std::vector<const char*> arguments) {
  arguments.insert(arguments.begin(), "samizdat-serve");
  return parse_serve_options(static_cast<int>(arguments.size()), arguments.data());
}

TEST(ServeOptionsTest, DefaultsToLoopbackPort8080) {
  const auto options = parse({"--db", "archive"});
  EXPECT_EQ(options.databases, std::vector<std::string>{"archive"});
  EXPECT_EQ(options.host, "127.0.0.1");
  EXPECT_EQ(options.port, 8080);
  EXPECT_EQ(options.threads, 8u);
  EXPECT_FALSE(options.templates);
}

TEST(ServeOptionsTest, ReadsEveryFlag) {
  const auto options = parse({"--db", "a", "--db", "tcp://h:1", "--listen", "0.0.0.0:9000",
                              "--threads", "3", "--templates", "dir"});
  EXPECT_EQ(options.databases, (std::vector<std::string>{"a", "tcp://h:1"}));
  EXPECT_EQ(options.host, "0.0.0.0");
  EXPECT_EQ(options.port, 9000);
  EXPECT_EQ(options.threads, 3u);
  EXPECT_EQ(options.templates, std::filesystem::path("dir"));
}

TEST(ServeOptionsTest, HelpNeedsNothingElse) { EXPECT_TRUE(parse({"--help"}).help); }

TEST(ServeOptionsTest, ParsesListenAddresses) {
  EXPECT_EQ(parse_listen_address("localhost:0"), (std::pair<std::string, int>{"localhost", 0}));
  EXPECT_EQ(parse_listen_address("[::1]:8080"), (std::pair<std::string, int>{"::1", 8080}));
}

TEST(ServeOptionsTest, RejectsBadFlagsWithAMessage) {
  struct Case {
    std::vector<const char*> arguments;
    std::string message;
  };
  const std::vector<Case> cases = {
      {{}, "--db ARCHIVE is required"},
      {{"--db", "a", "--listen", "8080"}, "--listen '8080' must be HOST:PORT, e.g. 127.0.0.1:8080"},
      {{"--db", "a", "--listen", ":8080"}, "--listen ':8080' must be HOST:PORT, e.g. 127.0.0.1:8080"},
      {{"--db", "a", "--listen", "h:http"}, "--listen 'h:http': the port must be a number from 0 to 65535"},
      {{"--db", "a", "--listen", "h:70000"}, "--listen 'h:70000': the port must be a number from 0 to 65535"},
      {{"--db", "a", "--threads", "0"}, "--threads 0: must be from 1 to 256"},
      {{"--db", "a", "--threads", "many"}, "the argument ('many') for option '--threads' is invalid"},
      {{"--db", "a", "--port", "1"}, "unrecognised option '--port'"},
      {{"--db", "a", "extra"}, "too many positional options have been specified on the command line"},
  };
  for (const auto& c : cases) {
    try {
      (void)parse(c.arguments);
      ADD_FAILURE() << c.message;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()), c.message);
    }
  }
}

TEST(ServeOptionsTest, UsageNamesEveryFlag) {
  const auto usage = serve_usage();
  for (const char* flag : {"--db", "--listen", "--threads", "--templates", "--help"}) {
    EXPECT_NE(usage.find(flag), std::string::npos) << flag;
  }
}

}  // namespace
}  // namespace samizdat::searcher
