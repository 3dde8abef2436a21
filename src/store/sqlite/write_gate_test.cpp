#include "store/sqlite/write_gate.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

namespace steward::store::sqlite {
namespace {

using std::chrono::milliseconds;

TEST(WriteGateTest, AFreeGateIsEnteredAtOnce) {
    WriteGate gate;
    ASSERT_TRUE(gate.Enter(milliseconds(0)));
    gate.Leave();
    ASSERT_TRUE(gate.Enter(milliseconds(0)));
    gate.Leave();
}

TEST(WriteGateTest, ASecondWriterGivesUpAfterItsPatience) {
    WriteGate gate;
    ASSERT_TRUE(gate.Enter(milliseconds(0)));
    bool entered = true;
    std::thread other([&] { entered = gate.Enter(milliseconds(20)); });
    other.join();
    EXPECT_FALSE(entered);
    gate.Leave();
    // The one that gave up left no ticket behind: the gate is free again.
    EXPECT_TRUE(gate.Enter(milliseconds(0)));
    gate.Leave();
}

TEST(WriteGateTest, WritersAreServedInTheOrderTheyArrived) {
    WriteGate gate;
    ASSERT_TRUE(gate.Enter(milliseconds(0)));
    std::vector<int> order;  // written only by the holder of the turn
    std::vector<std::thread> writers;
    for (size_t writer = 0; writer < 5; ++writer) {
        writers.emplace_back([&, writer] {
            ASSERT_TRUE(gate.Enter(milliseconds(10000)));
            order.push_back(static_cast<int>(writer));
            gate.Leave();
        });
        // Each writer queues before the next one starts.
        while (gate.Waiting() <= writer) std::this_thread::yield();
    }
    gate.Leave();
    for (auto& writer : writers) writer.join();
    EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(WriteGateTest, OnlyOneWriterHoldsTheTurnAtATime) {
    WriteGate gate;
    std::atomic<int> inside{0};
    std::atomic<int> most{0};
    std::vector<std::thread> writers;
    for (int writer = 0; writer < 8; ++writer) {
        writers.emplace_back([&] {
            for (int round = 0; round < 200; ++round) {
                ASSERT_TRUE(gate.Enter(milliseconds(10000)));
                int now = ++inside;
                int seen = most.load();
                while (now > seen && !most.compare_exchange_weak(seen, now)) {
                }
                --inside;
                gate.Leave();
            }
        });
    }
    for (auto& writer : writers) writer.join();
    EXPECT_EQ(most.load(), 1);
}

}  // namespace
}  // namespace steward::store::sqlite
