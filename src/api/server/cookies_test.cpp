#include "api/server/cookies.hpp"

#include <gtest/gtest.h>

namespace steward::api {
namespace {

TEST(CookiesTest, SessionCookieHasEveryProtectiveAttribute) {
    const std::string cookie = SessionCookie("tok", std::chrono::hours(8));
    EXPECT_EQ(cookie,
              "steward_session=tok; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=28800");
}

TEST(CookiesTest, ClearingCookieExpiresAtOnce) {
    EXPECT_NE(ClearSessionCookie().find("Max-Age=0"), std::string::npos);
}

TEST(CookiesTest, FindsOneCookieAmongSeveral) {
    EXPECT_EQ(FindCookie("a=1; steward_session=xyz; b=2", "steward_session"), "xyz");
    EXPECT_EQ(FindCookie("steward_session=\"q\"", "steward_session"), "q");
    EXPECT_EQ(FindCookie("xsteward_session=no", "steward_session"), std::nullopt);
    EXPECT_EQ(FindCookie("", "steward_session"), std::nullopt);
    EXPECT_EQ(FindCookie(";;; =; a", "steward_session"), std::nullopt);
}

}  // namespace
}  // namespace steward::api
