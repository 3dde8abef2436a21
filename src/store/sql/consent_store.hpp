// SqlConsentStore: the consent room's store port in SQL shared by SQLite and PostgreSQL
// (consent_records, do_not_publish_details and the pupils.do_not_publish flag).
#pragma once

#include "domain/consent/consent_store.hpp"
#include "store/sql/connection.hpp"

namespace steward::store::sql {

class SqlConsentStore final : public domain::ConsentStore {
  public:
    explicit SqlConsentStore(Connection& connection) : connection_(connection) {}

    core::Result<std::vector<domain::ConsentRecord>> ListForSchool(
        std::string_view school_id) override;
    core::Result<std::vector<domain::ConsentRecord>> ListForPupil(
        std::string_view school_id, std::string_view pupil_id) override;
    core::Result<std::vector<domain::ConsentRecord>> ListForPupils(
        std::string_view school_id, const std::vector<std::string>& pupil_ids) override;
    core::Result<std::optional<domain::ConsentRecord>> FindRecord(
        std::string_view school_id, std::string_view record_id) override;
    core::Status Add(const domain::ConsentRecord& record) override;
    core::Status Withdraw(std::string_view school_id, std::string_view record_id,
                          domain::Date withdrawn_on, std::string_view note,
                          std::string_view withdrawn_by) override;

    core::Result<std::vector<domain::DoNotPublishEntry>> ListDoNotPublish(
        std::string_view school_id) override;
    core::Result<std::optional<domain::DoNotPublishEntry>> FindDoNotPublish(
        std::string_view school_id, std::string_view pupil_id) override;
    core::Status SetDoNotPublish(std::string_view school_id,
                                 const domain::DoNotPublishEntry& entry) override;
    core::Status ClearDoNotPublish(std::string_view school_id, std::string_view pupil_id) override;

  private:
    core::Result<std::vector<domain::ConsentRecord>> Select(std::string_view where_and_order,
                                                            const std::vector<Value>& params);
    core::Result<std::vector<domain::DoNotPublishEntry>> SelectDoNotPublish(
        std::string_view school_id, std::string_view pupil_id);

    Connection& connection_;
};

}  // namespace steward::store::sql
