// Hyperscan wrapper: compile once, scan with a scratch taken from a mutex-guarded pool.
#include "screening/pattern_db.hpp"

#include <hs/hs.h>

#include <mutex>

namespace steward::screening {

struct PatternDb::Impl {
    hs_database_t* db = nullptr;
    hs_scratch_t* prototype = nullptr;
    mutable std::mutex mutex;                     // guards `free_scratch`
    mutable std::vector<hs_scratch_t*> free_scratch;

    ~Impl() {
        for (hs_scratch_t* s : free_scratch) hs_free_scratch(s);
        if (prototype != nullptr) hs_free_scratch(prototype);
        if (db != nullptr) hs_free_database(db);
    }

    hs_scratch_t* Take() const {
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (!free_scratch.empty()) {
                hs_scratch_t* s = free_scratch.back();
                free_scratch.pop_back();
                return s;
            }
        }
        hs_scratch_t* s = nullptr;
        if (hs_clone_scratch(prototype, &s) != HS_SUCCESS) return nullptr;
        return s;
    }

    void Give(hs_scratch_t* s) const {
        std::lock_guard<std::mutex> lock(mutex);
        free_scratch.push_back(s);
    }
};

PatternDb::PatternDb() : impl_(std::make_unique<Impl>()) {}
PatternDb::~PatternDb() = default;

core::Result<std::unique_ptr<PatternDb>> PatternDb::Compile(const std::vector<PatternSpec>& specs) {
    if (specs.empty()) {
        return core::Error{core::ErrorCode::kInvalidInput, "No screening patterns to compile."};
    }
    std::vector<const char*> expressions;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;
    for (const PatternSpec& spec : specs) {
        expressions.push_back(spec.expression.c_str());
        flags.push_back(HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST | HS_FLAG_ALLOWEMPTY);
        ids.push_back(spec.id);
    }
    auto db = std::unique_ptr<PatternDb>(new PatternDb());
    hs_compile_error_t* error = nullptr;
    hs_error_t rc = hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                                     static_cast<unsigned>(expressions.size()), HS_MODE_BLOCK,
                                     nullptr, &db->impl_->db, &error);
    if (rc != HS_SUCCESS) {
        std::string where = "pattern";
        std::string message = error != nullptr && error->message != nullptr
                                  ? error->message
                                  : "unknown compile error";
        if (error != nullptr && error->expression >= 0 &&
            static_cast<std::size_t>(error->expression) < specs.size()) {
            where = "pattern \"" + specs[static_cast<std::size_t>(error->expression)].expression + "\"";
        }
        hs_free_compile_error(error);
        return core::Error{core::ErrorCode::kInvalidInput,
                           "A screening pattern does not compile: " + message, where};
    }
    if (hs_alloc_scratch(db->impl_->db, &db->impl_->prototype) != HS_SUCCESS) {
        return core::Error{core::ErrorCode::kInternal, "Could not allocate Hyperscan scratch."};
    }
    return db;
}

namespace {
int OnMatch(unsigned id, unsigned long long from, unsigned long long to, unsigned /*flags*/,
            void* context) {
    auto* out = static_cast<std::vector<Match>*>(context);
    out->push_back(Match{id, static_cast<std::size_t>(from), static_cast<std::size_t>(to)});
    return 0;
}
}  // namespace

core::Status PatternDb::Scan(std::string_view text, std::vector<Match>& out) const {
    hs_scratch_t* scratch = impl_->Take();
    if (scratch == nullptr) {
        return core::Error{core::ErrorCode::kInternal, "Could not allocate Hyperscan scratch."};
    }
    hs_error_t rc = hs_scan(impl_->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
                            OnMatch, &out);
    impl_->Give(scratch);
    if (rc != HS_SUCCESS) {
        return core::Error{core::ErrorCode::kInternal, "Hyperscan scan failed."};
    }
    return core::OkStatus();
}

std::size_t PatternDb::DatabaseBytes() const {
    std::size_t size = 0;
    hs_database_size(impl_->db, &size);
    return size;
}

}  // namespace steward::screening
