// The store the cases room's tests run on: real SQLite in memory (see case_test_school.hpp).
#include <gtest/gtest.h>

#include "domain/cases/case_test_school.hpp"
#include "store/open_store.hpp"

namespace steward::domain::testing {

std::unique_ptr<Store> OpenCaseTestStore() {
    auto store = store::OpenStore("sqlite::memory:");
    EXPECT_TRUE(store);
    return store ? std::move(*store) : nullptr;
}

}  // namespace steward::domain::testing
