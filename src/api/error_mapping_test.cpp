#include "api/error_mapping.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace steward::api {
namespace {

TEST(ErrorMappingTest, EveryErrorCodeHasItsStatus) {
    using core::ErrorCode;
    EXPECT_EQ(HttpStatusFor(ErrorCode::kInvalidInput), 400);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kUnauthenticated), 401);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kPermissionDenied), 403);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kAlreadyExists), 409);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kConflict), 409);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kFailedPrecondition), 422);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kUnsupportedMediaType), 415);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kUnavailable), 503);
    EXPECT_EQ(HttpStatusFor(ErrorCode::kInternal), 500);
}

TEST(ErrorMappingTest, BodyCarriesCodeMessageAndWhere) {
    const Response response = ErrorResponse(
        {core::ErrorCode::kInvalidInput, "Date of birth is not a date.", "roster.csv line 14"});
    EXPECT_EQ(response.status, 400);
    EXPECT_EQ(response.content_type, "application/json");
    const auto body = boost::json::parse(response.body);
    const auto& error = body.at("error");
    EXPECT_EQ(error.at("code").as_string(), "invalid_input");
    EXPECT_EQ(error.at("message").as_string(), "Date of birth is not a date.");
    EXPECT_EQ(error.at("where").as_string(), "roster.csv line 14");
}

TEST(ErrorMappingTest, EmptyWhereIsLeftOut) {
    const auto body =
        boost::json::parse(ErrorResponse({core::ErrorCode::kNotFound, "No.", ""}).body);
    EXPECT_FALSE(body.at("error").as_object().contains("where"));
}

}  // namespace
}  // namespace steward::api
