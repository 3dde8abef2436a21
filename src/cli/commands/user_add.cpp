// `steward user add --database URL --school ID --username U --role R [--display-name N]`:
// creates a person of the school with the role and a sign-in, in one audited transaction. The
// password is read from stdin (first line) when it is not a terminal; otherwise a random one is
// generated and printed once.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.hpp"
#include "cli/commands/commands.hpp"
#include "cli/wiring.hpp"
#include "domain/access/user_enrolment.hpp"
#include "security/password_hash.hpp"
#include "security/password_rules.hpp"
#include "security/tokens.hpp"

namespace steward::cli {
namespace {

struct UserFlags {
    std::string database;
    std::string school_id;
    std::string username;
    std::string role;
    std::string display_name;
    bool across_trust = false;
};

core::Error Invalid(std::string message, std::string where) {
    return core::Error{core::ErrorCode::kInvalidInput, std::move(message), std::move(where)};
}

core::Status AddUser(const UserFlags& flags) {
    domain::Enrolment enrolment;
    enrolment.school_id = flags.school_id;
    enrolment.username = flags.username;
    enrolment.display_name = flags.display_name.empty() ? flags.username : flags.display_name;
    enrolment.role = domain::ParseRole(flags.role);
    enrolment.role_across_trust = flags.across_trust;
    if (!enrolment.role) {
        return Invalid("The role must be a canonical role key, e.g. headteacher or dsl.", "--role");
    }
    const bool generated = isatty(STDIN_FILENO) != 0;
    std::string password;
    if (generated) {
        password = security::GenerateToken();
    } else {
        std::getline(std::cin, password);
        if (!password.empty() && password.back() == '\r') password.pop_back();
    }
    auto store = OpenDatabase(flags.database);
    if (!store) return store.error();
    auto school = (*store)->Read(
        [&](domain::Tx& tx) { return tx.Access().FindSchool(flags.school_id); });
    if (!school) return school.error();
    if (!*school) return core::Error{core::ErrorCode::kNotFound, "No school has this id.", "--school"};
    if (auto ok = security::CheckPassword(password, {flags.username, (*school)->name}); !ok) {
        return ok.error();
    }
    auto hash = security::HashPassword(password);
    if (!hash) return hash.error();
    enrolment.password_hash = std::move(*hash);
    core::SystemClock clock;
    auto enrolled =
        domain::EnrolUser(**store, clock, domain::Actor::System(flags.school_id), enrolment);
    if (!enrolled) return enrolled.error();
    std::printf("user %s added (person %s, %s at %s)\n", enrolled->user.username.c_str(),
                enrolled->person.id.c_str(), flags.role.c_str(),
                flags.across_trust ? "the whole trust" : flags.school_id.c_str());
    if (generated) {
        std::printf("password (shown once; give it to the user and ask them to keep it safe): %s\n",
                    password.c_str());
    }
    return core::OkStatus();
}

}  // namespace

void RegisterUserAddCommand(CLI::App& app) {
    CLI::App* user = app.add_subcommand("user", "Sign-in accounts: add");
    user->require_subcommand(1);
    CLI::App* add = user->add_subcommand(
        "add", "Add a person with a role and a sign-in (password from stdin, or generated)");
    auto flags = std::make_shared<UserFlags>();
    add->add_option("--database", flags->database, "sqlite:PATH or postgresql://…")
        ->required()
        ->envname("STEWARD_DATABASE");
    add->add_option("--school", flags->school_id, "The school's id, e.g. belgrave")->required();
    add->add_option("--username", flags->username, "Sign-in name, e.g. dsl@belgrave")->required();
    add->add_option("--role", flags->role, "Canonical role key, e.g. dsl")->required();
    add->add_option("--display-name", flags->display_name, "The person's name");
    add->add_flag("--across-trust", flags->across_trust, "Hold the role across the school's trust");
    SetCommand(add, [flags]() -> core::Status { return AddUser(*flags); });
}

}  // namespace steward::cli
