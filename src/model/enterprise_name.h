#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// The core of an enterprise name, for matching a registry row with a record: brackets
/// and what they hold (（济源）, (集团)) removed, legal-form suffixes (有限公司, 股份有限公司,
/// 有限责任公司, 集团, 股份…) removed, then leading place names (河南省, 济源市, and any in
/// `places`) removed while at least four characters remain. "河南济源钢铁（集团）有限公司"
/// and "济源钢铁" both give "济源钢铁"; "富联科技（济源）有限公司" gives "富联科技".
std::string NormalizeEnterpriseName(std::string_view name, const std::vector<std::string>& places);

/// The province names planners write (河南, 河南省…), for `places`.
const std::vector<std::string>& ProvinceNames();

}  // namespace chainmap
