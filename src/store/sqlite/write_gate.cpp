// WriteGate: a FIFO of waiters under one mutex; Leave hands the turn straight to the oldest.
#include "store/sqlite/write_gate.hpp"

namespace steward::store::sqlite {

bool WriteGate::Enter(std::chrono::milliseconds patience) {
    std::unique_lock lock(mutex_);
    if (!held_ && waiting_.empty()) {
        held_ = true;
        return true;
    }
    auto me = waiting_.emplace(waiting_.end());
    if (handed_over_.wait_for(lock, patience, [&] { return me->granted; })) {
        waiting_.erase(me);
        return true;
    }
    waiting_.erase(me);  // gave up before its turn came
    return false;
}

void WriteGate::Leave() {
    {
        std::lock_guard lock(mutex_);
        for (Waiter& waiter : waiting_) {
            if (waiter.granted) continue;  // handed the turn already, not yet woken
            waiter.granted = true;         // held_ stays true: the turn passes straight on
            handed_over_.notify_all();
            return;
        }
        held_ = false;
    }
}

size_t WriteGate::Waiting() {
    std::lock_guard lock(mutex_);
    size_t count = 0;
    for (const Waiter& waiter : waiting_) count += waiter.granted ? 0 : 1;
    return count;
}

}  // namespace steward::store::sqlite
