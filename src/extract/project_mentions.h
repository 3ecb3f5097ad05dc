#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// How a project is named in a clause.
enum class MentionForm {
  kFigure,  ///< "总投资 5 亿元的 X" — an amount and the project it is for.
  kList,    ///< "A、B 等 N 个项目" — named in a list.
  kQuoted,  ///< "“X”项目".
  kSingle,  ///< "谋划实施 X 项目".
};

/// One project named in a clause: its name, where it stands and the amount given for it.
struct ProjectMention {
  std::string name;
  MentionForm form = MentionForm::kSingle;
  std::size_t span_begin = 0;  ///< Start of the whole phrase, amount included.
  std::size_t name_begin = 0;
  std::size_t name_end = 0;
  std::optional<double> investment_yi;
  bool investment_word = false;  ///< "投资" / "总投资" stands before the amount.
  bool aggregate = false;        ///< A count of projects ("7 个重点项目"), not one.
};

/// The projects a clause names, by position. A clause is a stretch of a sentence
/// between commas (，) or semicolons.
std::vector<ProjectMention> FindProjectMentions(std::string_view clause);

}  // namespace chainmap
