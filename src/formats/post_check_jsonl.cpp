// Serialisation through Boost.JSON so that captions' characters in messages are always escaped.
#include "formats/post_check_jsonl.hpp"

#include <boost/json.hpp>

namespace steward::formats {

std::string PostCheckLine(const domain::PostCheckResult& result) {
    boost::json::object line;
    line["id"] = result.post_id;
    line["decision"] = domain::PostDecisionName(result.decision);
    boost::json::array reasons;
    for (domain::PostReason reason : result.reasons) reasons.emplace_back(domain::PostReasonCode(reason));
    line["reasons"] = std::move(reasons);
    boost::json::array details;
    for (const domain::PostFinding& finding : result.findings) details.emplace_back(finding.message);
    line["details"] = std::move(details);
    return boost::json::serialize(line);
}

std::string PostErrorLine(int line_number, std::string_view post_id, const core::Error& error) {
    boost::json::object line;
    line["line"] = line_number;
    if (!post_id.empty()) line["id"] = post_id;
    line["error"] = {{"code", core::ErrorCodeName(error.code)},
                     {"message", error.message},
                     {"where", error.where}};
    return boost::json::serialize(line);
}

}  // namespace steward::formats
