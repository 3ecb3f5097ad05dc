#include "src/model/enterprise_name.h"

#include <array>

namespace chainmap {
namespace {

/// Longest first, so that 股份有限公司 goes before 有限公司.
constexpr std::array<std::string_view, 11> kLegalForms = {"集团股份有限公司",
                                                          "股份有限公司",
                                                          "集团有限公司",
                                                          "有限责任公司",
                                                          "有限公司",
                                                          "集团公司",
                                                          "公司",
                                                          "集团",
                                                          "股份",
                                                          "控股",
                                                          "总公司"};

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::size_t Utf8Length(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

const std::vector<std::string>& ProvinceNames() {
  static const std::vector<std::string> kNames = [] {
    const char* shorts[] = {"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江",
                            "上海", "江苏", "浙江", "安徽", "福建",   "江西", "山东", "河南",
                            "湖北", "湖南", "广东", "广西", "海南",   "重庆", "四川", "贵州",
                            "云南", "西藏", "陕西", "甘肃", "青海",   "宁夏", "新疆", "中国"};
    std::vector<std::string> out;
    for (const char* s : shorts) {
      out.push_back(std::string(s) + "省");
      out.push_back(std::string(s) + "市");
      out.push_back(s);
    }
    return out;
  }();
  return kNames;
}

std::string NormalizeEnterpriseName(std::string_view name, const std::vector<std::string>& places) {
  // Drop brackets and their content, ASCII or full-width; drop spaces.
  std::string text;
  int depth = 0;
  for (std::size_t i = 0; i < name.size();) {
    const std::string_view rest = name.substr(i);
    if (rest.substr(0, 1) == "(" || rest.substr(0, 3) == "\xEF\xBC\x88") {
      ++depth;
      i += rest[0] == '(' ? 1 : 3;
    } else if (rest.substr(0, 1) == ")" || rest.substr(0, 3) == "\xEF\xBC\x89") {
      depth = depth > 0 ? depth - 1 : 0;
      i += rest[0] == ')' ? 1 : 3;
    } else {
      if (depth == 0 && name[i] != ' ' && rest.substr(0, 3) != "\xE3\x80\x80") text += name[i];
      i += rest.substr(0, 3) == "\xE3\x80\x80" && depth == 0 ? 3 : 1;
    }
  }
  for (bool again = true; again;) {
    again = false;
    for (const std::string_view form : kLegalForms)
      if (EndsWith(text, form) && text.size() > form.size()) {
        text.resize(text.size() - form.size());
        again = true;
      }
  }
  const auto strip = [&](const std::vector<std::string>& list) {
    for (bool again = true; again;) {
      again = false;
      for (const std::string& place : list)
        if (!place.empty() && text.rfind(place, 0) == 0 &&
            Utf8Length(std::string_view(text).substr(place.size())) >= 4) {
          text.erase(0, place.size());
          again = true;
        }
    }
  };
  strip(ProvinceNames());
  // A place is also written without its 省/市/区/县: 济源市 as 济源.
  std::vector<std::string> forms;
  for (const std::string& place : places) {
    forms.push_back(place);
    for (const std::string_view suffix : {"省", "市", "区", "县"})
      if (EndsWith(place, suffix) && Utf8Length(place) > 2)
        forms.push_back(place.substr(0, place.size() - suffix.size()));
  }
  strip(forms);
  return text;
}

}  // namespace chainmap
