#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "src/model/enums.h"
#include "src/model/record.h"

namespace chainmap {

/// The language of the leader-facing outputs: Chinese (the default), or English for
/// foreign investors (`--lang en`).
enum class Language { kZh, kEn };

/// "zh" or "en"; nullopt for anything else.
std::optional<Language> ParseLanguage(std::string_view text);

/// The accepted spellings, for error messages: "zh, en".
std::string_view LanguageChoices();

/// The name as the language shows it: the English name when asked for and known, the
/// Chinese otherwise (enterprises and projects have no English in the data).
const std::string& NameIn(const Names& names, Language language);

/// Every fixed wording of the maps and the 领导一页纸 in one language: one catalogue per
/// language (wording_zh.cc, wording_en.cc), so that a wording exists once per language.
/// A pattern's "{}" are filled in order by Fill.
struct Wording {
  Language language = Language::kZh;
  /// A name's cut in characters is multiplied by this: Latin letters are about half as
  /// wide as Chinese characters.
  std::size_t name_chars = 1;

  // Statuses (strong, weak, filling, missing, then not analysed) and the legend.
  std::array<std::string_view, 5> status_badge;
  std::array<std::string_view, 5> status_meaning;
  std::string_view legend_note;                    ///< "★ 链主    → 供给关系"
  std::array<std::string_view, 3> stage;           ///< 上游, 中游, 下游
  std::array<std::string_view, 5> project_stage;   ///< 谋划 … 投产
  std::array<std::string_view, 5> contact_status;  ///< 未对接 … 签约

  // A chain map.
  std::string_view chain_title;       ///< "{}产业链图谱"
  std::string_view index_title;       ///< "{}产业链图谱 · 索引图"
  std::string_view stage_detail;      ///< " · {}详图"
  std::string_view as_of;             ///< "{} · 截至 {}"
  std::string_view index_subtitle;    ///< " · {} 个环节，分 {} 张详图"
  std::string_view change;            ///< "变化：{}"
  std::string_view enterprise_count;  ///< "企业 {} 家"
  std::string_view leader;            ///< "★ {} · 链主"
  std::string_view more_enterprises;  ///< "等 {} 家"
  std::string_view project;           ///< "▸ {}（{}）"
  std::string_view more_projects;     ///< "等 {} 个项目"
  std::string_view targets_heading;   ///< "招引目标"
  std::string_view target_score;      ///< "（{}）"
  std::string_view compact_note;  ///< "本链环节较多（{} 个），此图只列企业数；…"
  std::string_view hidden_note;   ///< "另有 {} 个相邻环节未画出（见其所在详图）"
  std::string_view part_title;    ///< "{}第 {} 部分"
  std::string_view part_note;     ///< "本链环节较多（{} 个），分 {} 张详图；…"
  std::string_view index_note;    ///< "每张卡片为一张详图：…"
  std::string_view card_part;     ///< "详图 {} · {}"
  std::string_view card_first_link;  ///< "{} 等 {} 个环节"
  std::string_view card_local;       ///< "本地企业 {} 家"
  std::string_view detail_command;  ///< "详图：chainmap render --chain {} --part N（N 为 1–{}）"
  std::string_view vision_title;   ///< "（远景）"
  std::string_view overview_name;  ///< "总览"
  std::string_view name_status;    ///< "{}（{}）": a node's tooltip, name and status

  // The overview.
  std::string_view overview_title;  ///< "{}重点产业链总览"
  std::string_view overview_subtitle;  ///< "截至 {} · {} 条产业链 · {} 个环节 · {} 条跨链关联"
  std::string_view overview_sources;  ///< "；各链来源见各链图谱"
  std::string_view overview_note;  ///< "各链下方为参与跨链关联的环节；箭头：跨链供给关系"
  std::string_view card_links;        ///< "环节 {}：上游 {} · 中游 {} · 下游 {}"
  std::string_view completeness;      ///< " 完整度" after a card's figure
  std::string_view unassessed_count;  ///< "  未评 {}"

  // The rules behind the colours.
  std::string_view status_rule;  ///< "状态判定：本地链主或 ≥{} 家本地规上企业→强；…"
  std::string_view vision_rule;  ///< "；远景：{}"
  std::string_view scenario;     ///< "视{}及以后阶段的项目为已建成"

  // Sources.
  std::string_view sources_label;      ///< "资料来源："
  std::string_view sources_none;       ///< "未注明"
  std::string_view sources_more;       ///< " 等 {} 处"
  std::string_view sources_separator;  ///< "；"
  std::string_view public_source;      ///< "公开资料"
  std::string_view general_knowledge;  ///< "公开常识"
  std::string_view inference;          ///< "分析推断"
  std::string_view registry;           ///< "工商登记数据"
  std::string_view registry_dated;     ///< "工商登记数据（导出于 {}）"
  std::string_view zone_document;      ///< "本区文件"
  std::string_view document_date;      ///< "（{}）" after a document's title
  std::string_view section_separator;  ///< "、" between a document's sections

  // The report page's title and its file bar.
  std::string_view page_title;                    ///< "{} 产业链图谱与招商报告"
  std::string_view html_lang;                     ///< "zh-CN": the page's html lang
  std::string_view summary_file;                  ///< "领导一页纸"
  std::string_view deck_file;                     ///< "汇报演示文稿"
  std::string_view workbook_file;                 ///< "清单（表格）"
  std::array<std::string_view, 3> map_file_kind;  ///< "（打印版）", "（矢量图）", "（图片）"
  std::string_view now_maps;                      ///< "现状图谱"
  std::string_view vision_maps;                   ///< "远景图谱"

  // 领导一页纸 (summary.pdf and the top of the report page).
  std::string_view summary_title;         ///< "{} 产业链招商 · 领导一页纸"
  std::string_view summary_subtitle;      ///< "截至 {} · {} 条产业链 · {} 个项目记录"
  std::string_view not_stated;            ///< "文件未载明"
  std::string_view list_separator;        ///< "、" in running text
  std::string_view cell_separator;        ///< "；" between a cell's items
  std::string_view more_rows;             ///< "……另有 {} 行，见报告"
  std::string_view completeness_heading;  ///< "全区产业链完整度"
  std::array<std::string_view, 4> completeness_header;  ///< 口径, 现状, 远景, 现状环节（个）
  std::string_view all_links;                           ///< "全链（{} 个环节）"
  std::string_view localizable_links;                   ///< "可本地化（{} 个环节）"
  std::string_view status_counts;                       ///< "强 {}、弱 {}、缺 {}、在补 {}"
  std::string_view completeness_note;  ///< "现状：已投产的企业与项目；远景：…"
  std::string_view chains_heading;     ///< "各产业链（现状）"
  std::array<std::string_view, 9> chains_header;  ///< 产业链, 链长, 责任单位, 强, 弱, 缺, 在补, …
  std::string_view chains_note;  ///< Under the chains' table; empty in Chinese (the header says it)
  std::array<std::string_view, 4> measure_header;  ///< 指标, 目标, 实际, 预计
  std::string_view measure_heading;                ///< "目标与进度"
  std::string_view no_targets;                     ///< "文件未载明目标"
  std::string_view sources_note;                   ///< "来源：{}"
  std::string_view check_heading;                  ///< "项目数与投资核对"
  std::array<std::string_view, 4> check_header;  ///< 年份, 文件所述, 项目记录, 说明 (the page: 3)
  std::string_view check_more;  ///< "另有 {} 项，及各项差异的说明与来源，见分析报告。"
  std::string_view check_sources;   ///< "各项差异的说明与来源见分析报告。"
  std::string_view issues_heading;  ///< "问题清单"
  std::array<std::string_view, 3> issues_header;  ///< 产业链, 问题, 记录于
  std::string_view all_chains;                    ///< "各产业链"
  std::string_view targets_top;                   ///< "招引目标前十（现状）"
  std::array<std::string_view, 6> targets_header;  ///< 序, 产业链 · 环节, 企业, 得分, 对接, 理由
  std::string_view contact_date;                   ///< "{}（{}）": a contact status and its date
  std::string_view targets_note;                   ///< "对接状态以文件所载为准；…"
  std::string_view projects_heading;               ///< "重点项目（按阶段）"
  std::array<std::string_view, 4> projects_header;  ///< 阶段, 项目, 投资, 主要项目
  std::string_view project_count;                   ///< "{} 个"
  std::string_view amount;                          ///< "{} 亿元"
  double amount_per_yi = 1;        ///< An amount in 亿元 times this is shown by `amount`.
  std::string_view projects_note;  ///< "投资为项目记录所列之和，…"
  std::string_view summary_footer;  ///< "资料来源：{}及公开资料。链长、责任单位、…"
};

/// The catalogue of `language`.
const Wording& WordingFor(Language language);

/// `pattern` with each "{}" replaced by the next of `values`, in order.
std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values);

}  // namespace chainmap
