// `steward serve` as a person runs it: the built executable, its "listening" line, /healthz, and
// a clean exit on SIGTERM. Needs the steward target built (scripts/build.sh builds everything).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "http_client.hpp"

namespace steward::api::testing {
namespace {

const std::string kSteward = std::string(STEWARD_BINARY_DIR) + "/src/cli/steward";

struct Child {
    pid_t pid = -1;
    int output = -1;  // read end of the child's stdout and stderr
};

Child Spawn(const std::vector<std::string>& args, const std::vector<std::string>& env = {}) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) return {};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipe_fds[1], STDOUT_FILENO);
        dup2(pipe_fds[1], STDERR_FILENO);
        close(pipe_fds[0]);
        for (const auto& assignment : env) putenv(const_cast<char*>(assignment.c_str()));
        std::vector<char*> argv{const_cast<char*>(kSteward.c_str())};
        for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
        argv.push_back(nullptr);
        execv(kSteward.c_str(), argv.data());
        _exit(127);
    }
    close(pipe_fds[1]);
    return {pid, pipe_fds[0]};
}

// Reads one line (blocking; the child writes it or exits).
std::string ReadLine(int fd) {
    std::string line;
    char c = 0;
    while (read(fd, &c, 1) == 1 && c != '\n') line += c;
    return line;
}

int WaitExit(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::uint16_t PortOf(const std::string& line) {
    const auto colon = line.rfind(':');
    return static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
}

class ServeCommandTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ASSERT_TRUE(std::filesystem::exists(kSteward)) << "build the steward target first";
    }
};

TEST_F(ServeCommandTest, AnnouncesItselfAnswersHealthzAndStopsOnSigterm) {
    Child child = Spawn({"serve", "--listen", "127.0.0.1:0"});
    ASSERT_GT(child.pid, 0);
    const std::string line = ReadLine(child.output);
    ASSERT_EQ(line.rfind("Steward listening on http://127.0.0.1:", 0), 0u) << line;
    HttpClient client(PortOf(line));
    EXPECT_EQ(client.Get("/healthz").body, R"({"status":"ok"})");
    kill(child.pid, SIGTERM);
    EXPECT_EQ(WaitExit(child.pid), 0);
    close(child.output);
}

TEST_F(ServeCommandTest, EnvironmentGivesTheListenAddress) {
    Child child = Spawn({"serve"}, {"STEWARD_LISTEN=127.0.0.1:0"});
    const std::string line = ReadLine(child.output);
    EXPECT_EQ(line.rfind("Steward listening on http://127.0.0.1:", 0), 0u) << line;
    EXPECT_NE(PortOf(line), 8080);
    kill(child.pid, SIGINT);
    EXPECT_EQ(WaitExit(child.pid), 0);
    close(child.output);
}

TEST_F(ServeCommandTest, ConfigFileGivesTheListenAddressAndFlagsWin) {
    const auto path = std::filesystem::temp_directory_path() / "steward_serve_test.toml";
    {
        std::FILE* file = std::fopen(path.c_str(), "w");
        std::fputs(
            "listen = \"127.0.0.1:1\"\ndatabase = \"sqlite:/tmp/x.db\"\n"
            "[server]\nio_threads = 1\n",
            file);
        std::fclose(file);
    }
    Child child = Spawn({"serve", "--config", path.string(), "--listen", "127.0.0.1:0"});
    const std::string line = ReadLine(child.output);
    EXPECT_EQ(line.rfind("Steward listening on http://127.0.0.1:", 0), 0u) << line;
    kill(child.pid, SIGTERM);
    EXPECT_EQ(WaitExit(child.pid), 0);
    close(child.output);
    std::filesystem::remove(path);
}

TEST_F(ServeCommandTest, BadDatabaseUrlIsRefusedWithExitCode1) {
    Child child = Spawn({"serve", "--listen", "127.0.0.1:0", "--database", "mysql://x"});
    const std::string line = ReadLine(child.output);
    EXPECT_NE(line.find("sqlite:PATH or postgresql://"), std::string::npos) << line;
    EXPECT_EQ(WaitExit(child.pid), 1);
    close(child.output);
}

TEST_F(ServeCommandTest, BadListenAddressIsRefusedWithExitCode1) {
    Child child = Spawn({"serve", "--listen", "127.0.0.1:99999"});
    const std::string line = ReadLine(child.output);
    EXPECT_NE(line.find("port must be a number"), std::string::npos) << line;
    EXPECT_EQ(WaitExit(child.pid), 1);
    close(child.output);
}

}  // namespace
}  // namespace steward::api::testing
