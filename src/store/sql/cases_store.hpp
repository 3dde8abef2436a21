// SqlCasesStore: the cases room's store port in SQL shared by SQLite and PostgreSQL. Split over
// cases_store.cpp (cases, referrals, pupil links), cases_store_parts.cpp (notes, members,
// evidence, follower requests), cases_store_decisions.cpp (decisions, block tasks) and
// cases_store_codec.cpp (form fields as JSON, evidence bytes as base64).
#pragma once

#include <map>
#include <string>

#include "domain/cases/case_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

// Encodes a flat string map as a JSON object, and decodes what EncodeFields wrote (nullopt for
// anything else).
std::string EncodeFields(const std::map<std::string, std::string>& fields);
std::optional<std::map<std::string, std::string>> DecodeFields(std::string_view json);
// Standard base64 with padding; DecodeBase64 returns nullopt on bad input.
std::string EncodeBase64(std::string_view bytes);
std::optional<std::string> DecodeBase64(std::string_view text);

class SqlCasesStore final : public domain::CasesStore {
  public:
    explicit SqlCasesStore(Connection& connection) : connection_(connection) {}

    core::Status InsertCase(const domain::Case& record) override;
    core::Status UpdateCase(const domain::Case& record) override;
    core::Result<std::optional<domain::Case>> FindCase(std::string_view school_id,
                                                       std::string_view case_id) override;
    core::Result<std::vector<domain::Case>> ListCases(std::string_view school_id) override;
    core::Status InsertReferral(std::string_view case_id,
                                const domain::CaseReferral& referral) override;

    core::Status InsertNote(const domain::CaseNote& note) override;
    core::Result<std::vector<domain::CaseNote>> ListNotes(std::string_view case_id) override;

    core::Status InsertMember(const domain::CaseMember& member) override;
    core::Result<std::vector<domain::CaseMember>> ListMembers(std::string_view case_id) override;
    core::Result<std::vector<domain::CaseMember>> ListSchoolMembers(
        std::string_view school_id) override;

    core::Status InsertEvidence(const domain::CaseEvidence& evidence) override;
    core::Result<std::vector<domain::CaseEvidence>> ListEvidence(std::string_view case_id) override;
    core::Result<std::optional<domain::CaseEvidence>> FindEvidence(
        std::string_view case_id, std::string_view evidence_id) override;

    core::Status InsertDecision(const domain::CaseDecision& decision) override;
    core::Result<std::vector<domain::CaseDecision>> ListDecisions(
        std::string_view case_id) override;
    core::Status InsertBlockTask(const domain::BlockTask& task) override;
    core::Status UpdateBlockTask(const domain::BlockTask& task) override;
    core::Result<std::vector<domain::BlockTask>> ListBlockTasks(
        std::string_view school_id) override;

    core::Status InsertFollowerRequest(const domain::FollowerRequest& request) override;
    core::Status UpdateFollowerRequest(const domain::FollowerRequest& request) override;
    core::Result<std::optional<domain::FollowerRequest>> FindFollowerRequest(
        std::string_view school_id, std::string_view request_id) override;
    core::Result<std::vector<domain::FollowerRequest>> ListFollowerRequests(
        std::string_view school_id) override;

  private:
    core::Status Run(std::string_view sql, const std::vector<Value>& params);
    core::Status RunOne(std::string_view sql, const std::vector<Value>& params,
                        std::string_view what);
    core::Result<std::vector<domain::CaseReferral>> ReferralsOf(std::string_view case_id);

    Connection& connection_;
};

}  // namespace steward::store::sql
