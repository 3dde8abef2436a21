// CasesStore: the port through which the cases room reads and writes cases, their notes, members,
// evidence and referrals, and follower requests, inside a transaction (tx.Cases()).
// Implemented once for both engines in store/sql/cases_store*.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "domain/cases/case_records.hpp"
#include "domain/cases/case_types.hpp"
#include "domain/cases/follower_types.hpp"

namespace steward::domain {

// Every method returns kUnavailable when the database fails. Inserts return kAlreadyExists on a
// duplicate id and kFailedPrecondition when the school or case is missing. The store does not
// filter by confidentiality: case_visibility.hpp decides who sees what.
class CasesStore {
  public:
    virtual ~CasesStore() = default;

    // Inserts the case with its fields, referrals and pupil links.
    virtual core::Status InsertCase(const Case& record) = 0;
    // Replaces state, urgent, owner, outcome, outcome note and updated_at. kNotFound if absent.
    virtual core::Status UpdateCase(const Case& record) = 0;
    virtual core::Result<std::optional<Case>> FindCase(std::string_view school_id,
                                                       std::string_view case_id) = 0;
    // Returns the school's cases, newest first (created_at, then id).
    virtual core::Result<std::vector<Case>> ListCases(std::string_view school_id) = 0;
    virtual core::Status InsertReferral(std::string_view case_id, const CaseReferral& referral) = 0;

    virtual core::Status InsertNote(const CaseNote& note) = 0;
    // Oldest first.
    virtual core::Result<std::vector<CaseNote>> ListNotes(std::string_view case_id) = 0;

    virtual core::Status InsertMember(const CaseMember& member) = 0;
    virtual core::Result<std::vector<CaseMember>> ListMembers(std::string_view case_id) = 0;
    // Every membership of every case of the school (for filtering a list in one query).
    virtual core::Result<std::vector<CaseMember>> ListSchoolMembers(std::string_view school_id) = 0;

    virtual core::Status InsertEvidence(const CaseEvidence& evidence) = 0;
    // Oldest first, without content bytes.
    virtual core::Result<std::vector<CaseEvidence>> ListEvidence(std::string_view case_id) = 0;
    // With content bytes.
    virtual core::Result<std::optional<CaseEvidence>> FindEvidence(
        std::string_view case_id, std::string_view evidence_id) = 0;

    // Decisions (initial assessment, police decision, media approval and reply), oldest first.
    virtual core::Status InsertDecision(const CaseDecision& decision) = 0;
    virtual core::Result<std::vector<CaseDecision>> ListDecisions(std::string_view case_id) = 0;

    virtual core::Status InsertBlockTask(const BlockTask& task) = 0;
    // Replaces state, done_by, done_at and note. kNotFound if absent.
    virtual core::Status UpdateBlockTask(const BlockTask& task) = 0;
    // The school's block tasks, newest first.
    virtual core::Result<std::vector<BlockTask>> ListBlockTasks(std::string_view school_id) = 0;

    virtual core::Status InsertFollowerRequest(const FollowerRequest& request) = 0;
    // Replaces decision, decided_by, decided_at and decision_reason. kNotFound if absent.
    virtual core::Status UpdateFollowerRequest(const FollowerRequest& request) = 0;
    virtual core::Result<std::optional<FollowerRequest>> FindFollowerRequest(
        std::string_view school_id, std::string_view request_id) = 0;
    // Newest first.
    virtual core::Result<std::vector<FollowerRequest>> ListFollowerRequests(
        std::string_view school_id) = 0;
};

}  // namespace steward::domain
