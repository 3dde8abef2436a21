// Test fixture for the cases room: one school in in-memory SQLite with a holder of each role the
// tests need ("<role>.<school>" person ids), its policy pack loaded from policies/.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "domain/access/organisation.hpp"
#include "domain/access/people_register.hpp"
#include "domain/ports/store.hpp"
#include "policy/policy_loader.hpp"

namespace steward::domain::testing {

// Opens an empty in-memory SQLite store (defined in case_test_store_test.cpp, which alone may
// reach the store layer).
std::unique_ptr<Store> OpenCaseTestStore();

inline const core::FixedClock kCaseClock(core::TimePoint(std::chrono::seconds(1'790'000'000)));

class CaseSchool {
  public:
    // `pack_file` is a policies/ file name, e.g. "clarendon.toml"; "" for no pack.
    CaseSchool(std::string school_id, const std::string& pack_file)
        : school_(std::move(school_id)) {
        store_ = OpenCaseTestStore();
        if (!pack_file.empty()) {
            auto pack = policy::LoadPolicyPackFile(std::string(STEWARD_SOURCE_DIR) + "/policies/" +
                                                   pack_file);
            EXPECT_TRUE(pack) << (pack ? "" : pack.error().ToString());
            if (pack) pack_ = std::make_unique<policy::PolicyPack>(std::move(*pack));
        }
        Organisation organisation(*store_, kCaseClock);
        EXPECT_TRUE(organisation.AddSchool(Actor::System(), {school_, "School", ""}));
        for (Role role : {Role::kHeadteacher, Role::kChairOfGovernors, Role::kDsl, Role::kDpo,
                          Role::kSeniorLeadershipTeam, Role::kLineManager,
                          Role::kCommunicationsLead, Role::kOnlineSafetyOfficer,
                          Role::kAccountAdministrator, Role::kAccountModerator, Role::kTeacher}) {
            AddHolder(role);
        }
        AddPerson("staff2");  // a colleague with no role: a possible subject
    }

    void AddPerson(const std::string& id) {
        PeopleRegister people(*store_, kCaseClock);
        Person person;
        person.id = id;
        person.school_id = school_;
        person.display_name = "Demo " + id;
        person.start_date = "2020-09-01";
        EXPECT_TRUE(people.AddPerson(Actor::System(school_), person));
    }

    void AddHolder(Role role) {
        const std::string id = PersonFor(role);
        AddPerson(id);
        PeopleRegister people(*store_, kCaseClock);
        EXPECT_TRUE(people.AssignRole(Actor::System(school_), {id, role, school_, ""}));
    }

    std::string PersonFor(Role role) const { return std::string(RoleKey(role)) + "." + school_; }
    Actor ActorFor(Role role) const { return Actor{PersonFor(role), role, school_}; }

    Store& store() { return *store_; }
    const policy::PolicyPack* pack() const { return pack_.get(); }
    const std::string& id() const { return school_; }

  private:
    std::string school_;
    std::unique_ptr<Store> store_;
    std::unique_ptr<policy::PolicyPack> pack_;
};

}  // namespace steward::domain::testing
