// @brief xapian-tcpsrv serving one archive on 127.0.0.1, for tests of
// remote archives.
#ifndef SAMIZDAT_TESTS_SEARCHER_TCP_SERVER_H_
#define SAMIZDAT_TESTS_SEARCHER_TCP_SERVER_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <thread>

namespace samizdat::testing {

// xapian-tcpsrv serving one archive on a free local port; stopped on
// destruction. It runs in a process group of its own because on SIGTERM it
// signals its whole group (its forked connection handlers).
class TcpServer {
 public:
  explicit TcpServer(const std::string& archive) : port_(free_port()) {
    pid_ = fork();
    if (pid_ > 0) setpgid(pid_, pid_);  // whichever of parent and child runs first
    if (pid_ == 0) {
      setpgid(0, 0);
      const std::string port = std::to_string(port_);
      execl("/usr/bin/xapian-tcpsrv", "xapian-tcpsrv", "--port", port.c_str(), "--interface", "127.0.0.1",
            archive.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    wait_until_accepting();
  }
  ~TcpServer() {
    if (pid_ <= 0) return;
    kill(-pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  TcpServer(const TcpServer&) = delete;
  TcpServer& operator=(const TcpServer&) = delete;

  [[nodiscard]] std::string address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

 private:
  [[nodiscard]] static sockaddr_in local_address(int port) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
  }

  [[nodiscard]] static int free_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = local_address(0);
    socklen_t length = sizeof address;
    bind(fd, reinterpret_cast<sockaddr*>(&address), length);
    getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    close(fd);
    return ntohs(address.sin_port);
  }

  void wait_until_accepting() const {
    for (int attempt = 0; attempt < 100; ++attempt) {
      const int fd = socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in address = local_address(port_);
      const bool connected = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
      close(fd);
      if (connected) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("xapian-tcpsrv did not start on port " + std::to_string(port_));
  }

  int port_;
  pid_t pid_ = -1;
};

}  // namespace samizdat::testing

#endif  // SAMIZDAT_TESTS_SEARCHER_TCP_SERVER_H_
