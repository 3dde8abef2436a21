// Hyperscan wrapper: compile once; scan with one scratch space per thread, grown to fit every
// database that thread scans (no lock on the scan path, so threads scale).
#include "screening/pattern_db.hpp"

#include <hs/hs.h>

#include <atomic>
#include <vector>

namespace steward::screening {
namespace {

std::atomic<std::uint64_t> next_serial{1};

// The calling thread's scratch, and a bitmap of the database serials it is known to fit (a
// screener holds hundreds of small databases: the check per scan must be O(1)). The scratch
// only grows, so a database it fitted once it fits for good.
struct ThreadScratch {
    hs_scratch_t* scratch = nullptr;
    std::vector<std::uint64_t> fits;  // bit s: fits database serial s
    ~ThreadScratch() {
        if (scratch != nullptr) hs_free_scratch(scratch);
    }

    hs_scratch_t* For(const hs_database_t* db, std::uint64_t serial) {
        std::size_t word = serial / 64;
        std::uint64_t bit = std::uint64_t{1} << (serial % 64);
        if (word < fits.size() && (fits[word] & bit) != 0) return scratch;
        if (hs_alloc_scratch(db, &scratch) != HS_SUCCESS) return nullptr;  // grows to fit
        if (word >= fits.size()) fits.resize(word + 1, 0);
        fits[word] |= bit;
        return scratch;
    }
};

}  // namespace

struct PatternDb::Impl {
    hs_database_t* db = nullptr;
    std::uint64_t serial = next_serial.fetch_add(1);

    ~Impl() {
        if (db != nullptr) hs_free_database(db);
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
        flags.push_back(spec.probe ? HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH | HS_FLAG_ALLOWEMPTY
                                   : HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST | HS_FLAG_ALLOWEMPTY);
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
    if (!db->CheckScratch()) {
        return core::Error{core::ErrorCode::kInternal, "Could not allocate Hyperscan scratch."};
    }
    return db;
}

// Fails early (at compile, not at scan) if a scratch space cannot be made for this database.
bool PatternDb::CheckScratch() const {
    hs_scratch_t* probe = nullptr;
    if (hs_alloc_scratch(impl_->db, &probe) != HS_SUCCESS) return false;
    hs_free_scratch(probe);
    return true;
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
    thread_local ThreadScratch mine;
    hs_scratch_t* scratch = mine.For(impl_->db, impl_->serial);
    if (scratch == nullptr) {
        return core::Error{core::ErrorCode::kInternal, "Could not allocate Hyperscan scratch."};
    }
    hs_error_t rc = hs_scan(impl_->db, text.data(), static_cast<unsigned>(text.size()), 0, scratch,
                            OnMatch, &out);
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
