// WriteGate: the writers of one SQLite database in this process take turns, first come first
// served, before they ask SQLite for its write lock. Without it, writers that find the lock taken
// sleep in SQLite's busy handler (1, 2, 5 ... 100 ms steps) and a late sleeper can lose to every
// newcomer: p99 of about 1 s under 8 concurrent writers. With it, a writer waits on a condition
// variable and is handed the turn the moment the previous one commits. Writers in other
// processes (a CLI command beside the server) still meet SQLite's busy_timeout.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <list>
#include <mutex>

namespace steward::store::sqlite {

class WriteGate {
  public:
    // Waits until every writer that entered earlier has left, then holds the turn and returns
    // true; returns false, holding nothing, if that takes longer than `patience`. Thread-safe.
    bool Enter(std::chrono::milliseconds patience);
    // Gives the turn to the writer that has waited longest. Call once per successful Enter.
    void Leave();
    // How many writers are waiting for their turn now (tests and diagnostics).
    size_t Waiting();

  private:
    struct Waiter {
        bool granted = false;
    };
    std::mutex mutex_;  // guards held_ and waiting_
    std::condition_variable handed_over_;
    bool held_ = false;
    std::list<Waiter> waiting_;  // oldest first
};

}  // namespace steward::store::sqlite
