#pragma once

#include <string>
#include <string_view>

namespace chainmap {

/// Drops the verbs and adverbs a clause opens with before it names a project
/// ("加快推动", "专人跟踪", "在济设立", "谋划实施"), repeatedly.
std::string_view StripLeadWords(std::string_view text);

/// A name that says only what kind of project it is ("重点项目", "签约项目", "亿元以上
/// 项目", "一批优质项目"), a count ("7 个项目") or a chain ("棒线材—…—成套机械"), not
/// which project: never proposed as a project.
bool IsGenericName(std::string_view name);

/// A name read up to a delimiter loses what follows it: after "项目" (kept), or at the
/// first stage word ("氢能综合利用产业园谋划建设" → "氢能综合利用产业园").
std::string_view CutNameTail(std::string_view candidate);

/// Whether `name` starts with a count ("7 个", "一批", "多个"): an aggregate of projects.
bool StartsWithCount(std::string_view name);

}  // namespace chainmap
