// SQL of a school's contacts: one school_contacts row per value, kind and position.
#include "store/sql/schools_store.hpp"

#include <string>

namespace steward::store::sql {
namespace {

// One row to insert: kind, value, and a venue's address and postcode.
struct ContactRow {
    std::string_view kind;
    std::string_view value;
    std::string_view address;
    std::string_view postcode;
};

std::vector<ContactRow> RowsOf(const domain::SchoolContacts& contacts) {
    std::vector<ContactRow> rows;
    const auto one = [&](std::string_view kind, const std::string& value) {
        if (!value.empty()) rows.push_back({kind, value, {}, {}});
    };
    const auto many = [&](std::string_view kind, const std::vector<std::string>& values) {
        for (const std::string& value : values) rows.push_back({kind, value, {}, {}});
    };
    one("address", contacts.address);
    one("postcode", contacts.postcode);
    many("phone", contacts.phones);
    many("email", contacts.emails);
    one("website", contacts.website);
    many("handle", contacts.handles);
    many("hashtag", contacts.motto_hashtags);
    for (const domain::PublicVenue& venue : contacts.public_venues) {
        rows.push_back({"venue", venue.name, venue.address, venue.postcode});
    }
    return rows;
}

}  // namespace

core::Result<domain::SchoolContacts> SqlSchoolStore::ReadContacts(std::string_view school_id) {
    auto rows = connection_.Exec(
        "SELECT kind, value, address, postcode FROM school_contacts WHERE school_id = $1"
        " ORDER BY kind, position",
        {Text(school_id)});
    if (!rows) return rows.error();
    domain::SchoolContacts contacts;
    for (const Row& row : *rows) {
        const std::string kind = row.Text(0);
        std::string value = row.Text(1);
        if (kind == "address") {
            contacts.address = std::move(value);
        } else if (kind == "postcode") {
            contacts.postcode = std::move(value);
        } else if (kind == "phone") {
            contacts.phones.push_back(std::move(value));
        } else if (kind == "email") {
            contacts.emails.push_back(std::move(value));
        } else if (kind == "website") {
            contacts.website = std::move(value);
        } else if (kind == "handle") {
            contacts.handles.push_back(std::move(value));
        } else if (kind == "hashtag") {
            contacts.motto_hashtags.push_back(std::move(value));
        } else if (kind == "venue") {
            contacts.public_venues.push_back({std::move(value), row.Text(2), row.Text(3)});
        }
    }
    return contacts;
}

core::Status SqlSchoolStore::ReplaceContacts(std::string_view school_id,
                                             const domain::SchoolContacts& contacts) {
    auto cleared =
        connection_.Exec("DELETE FROM school_contacts WHERE school_id = $1", {Text(school_id)});
    if (!cleared) return cleared.error();
    std::string_view kind;
    int64_t position = 0;
    for (const ContactRow& row : RowsOf(contacts)) {
        position = row.kind == kind ? position + 1 : 0;
        kind = row.kind;
        auto inserted = connection_.Exec(
            "INSERT INTO school_contacts (school_id, kind, position, value, address, postcode)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            {Text(school_id), Text(row.kind), Int(position), Text(row.value), Text(row.address),
             Text(row.postcode)});
        if (!inserted) return inserted.error();
    }
    return core::OkStatus();
}

}  // namespace steward::store::sql
