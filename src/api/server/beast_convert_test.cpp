#include "api/server/beast_convert.hpp"

#include <gtest/gtest.h>

#include <boost/url/parse_query.hpp>

namespace steward::api {
namespace {

// What every handler does with a query parameter: Boost.URL's parse and decode.
std::string Decoded(const Request& request, std::string_view name) {
    auto params = boost::urls::parse_query(request.query);
    if (!params) return "(unparsable)";
    for (const auto& param : *params) {
        if (param.key == name && param.has_value) return param.value.decode();
    }
    return "(missing)";
}

Request Convert(std::string target) {
    BeastRequest message{boost::beast::http::verb::get, target, 11};
    auto request = FromBeast(std::move(message));
    EXPECT_TRUE(request);
    return request ? *request : Request{};
}

// A form or URLSearchParams writes a space as "+": a search for "Ada Lovelace" must not look for
// "Ada+Lovelace".
TEST(BeastConvertTest, APlusInTheQueryIsASpace) {
    const Request request = Convert("/api/schools/kk/pupils?q=Ada+Lovelace&state=draft");
    EXPECT_EQ(Decoded(request, "q"), "Ada Lovelace");
    EXPECT_EQ(Decoded(request, "state"), "draft");
}

TEST(BeastConvertTest, AnEncodedPlusStaysAPlusAndPercentSpacesStaySpaces) {
    const Request request = Convert("/api/x?phone=%2B44+117&name=Ada%20Lovelace&c=C%2B%2B");
    EXPECT_EQ(Decoded(request, "phone"), "+44 117");
    EXPECT_EQ(Decoded(request, "name"), "Ada Lovelace");
    EXPECT_EQ(Decoded(request, "c"), "C++");
}

TEST(BeastConvertTest, PlusesRunTogetherAndInThePathAreKept) {
    const Request request = Convert("/api/a+b?q=++x+");
    EXPECT_EQ(request.path, "/api/a+b") << "only the query is form-encoded";
    EXPECT_EQ(Decoded(request, "q"), "  x ");
}

}  // namespace
}  // namespace steward::api
