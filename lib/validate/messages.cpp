// Every sentence a finding can say. Arguments in braces are filled by
// render_message(); {lhs}, {rhs} and {diff} are the two sides of a relation
// and their difference, {subject} what the relation instance is about.
#include "validate/messages.hpp"

#include <algorithm>

namespace gongkai::validation {
namespace {

struct Template {
  std::string_view id;
  std::string_view zh;
  std::string_view en;
};

constexpr Template kTemplates[] = {
    // Arithmetic of the national formats.
    {"T3-BALANCE",
     "表三“{subject}”列：一（本年新收）加二（上年结转）为 {lhs}，三（七）总计加四（结转下年度继续办理）为 {rhs}，相差 {diff}",
     "table 3, column '{subject}': new requests plus carried over = {lhs}, but total handled plus carried "
     "forward = {rhs} (difference {diff})"},
    {"T3-ROW-TOTAL",
     "表三“{subject}”行：总计 {lhs} 不等于六类申请人之和 {rhs}，相差 {diff}",
     "table 3, row {subject}: total {lhs} is not the sum of the six applicant columns, {rhs} (difference {diff})"},
    {"T3-ROW-TOTAL/derived",
     "表三“{subject}”行的总计栏为空，按六类申请人之和取为 {value}",
     "table 3, row {subject}: the total cell is blank; taken to be the sum of the applicant columns, {value}"},
    {"T3-OUTCOME-SUM",
     "表三“{subject}”列：（七）总计 {lhs} 不等于各项办理结果之和 {rhs}，相差 {diff}",
     "table 3, column '{subject}': total handled {lhs} is not the sum of the outcomes, {rhs} (difference {diff})"},
    {"T4-TOTAL",
     "表四“{subject}”：总计 {lhs} 不等于结果维持、结果纠正、其他结果、尚未审结之和 {rhs}，相差 {diff}",
     "table 4, {subject}: total {lhs} is not the sum of maintained, corrected, other and pending, {rhs} "
     "(difference {diff})"},
    {"T4-TOTAL/derived",
     "表四“{subject}”的总计栏为空，按结果维持、结果纠正、其他结果、尚未审结之和取为 {value}",
     "table 4, {subject}: the total cell is blank; taken to be the sum of its results, {value}"},
    {"T2-NEGATIVE",
     "表二“{label}”（{key}）为负数 {value}",
     "table 2: {key} is negative ({value})"},
    {"T3-NEGATIVE",
     "表三“{label}”（{key}）为负数 {value}",
     "table 3: {key} is negative ({value})"},
    {"T4-NEGATIVE",
     "表四“{label}”（{key}）为负数 {value}",
     "table 4: {key} is negative ({value})"},
    {"T2-PUBLISHED-TOTAL",
     "表二“{label}”：本年新公开数量 {rhs} 大于对外公开总数量 {lhs}，多 {excess}",
     "table 2, {key}: published this year ({rhs}) exceeds the total published ({lhs}) by {excess}"},
    // Arithmetic of the legacy 统计表.
    {"L-REQUESTS-CHANNELS",
     "统计表：收到申请数 {lhs} 不等于当面、传真、网络、信函申请数之和 {rhs}，相差 {diff}",
     "statistics table: requests received {lhs} is not the sum of in person, fax, online and letter, {rhs} "
     "(difference {diff})"},
    {"L-REQUESTS-COMPLETED",
     "统计表：申请办结数 {lhs} 不等于按时办结数与延期办结数之和 {rhs}，相差 {diff}",
     "statistics table: requests completed {lhs} is not on time plus extended, {rhs} (difference {diff})"},
    {"L-ANSWERS-SUM",
     "统计表：申请答复数 {lhs} 不等于八类答复数之和 {rhs}，相差 {diff}",
     "statistics table: requests answered {lhs} is not the sum of the eight kinds of answer, {rhs} "
     "(difference {diff})"},
    {"L-DENIED-PARTS",
     "统计表：不同意公开答复数 {lhs} 小于其中各项之和 {rhs}，少 {excess}",
     "statistics table: refusals {lhs} are fewer than the sum of their 其中 items, {rhs} (short by {excess})"},
    {"L-REVIEW-SUM",
     "统计表：行政复议数量 {lhs} 不等于维持、纠错、其他情形之和 {rhs}，相差 {diff}",
     "statistics table: administrative reviews {lhs} are not maintained plus corrected plus other, {rhs} "
     "(difference {diff})"},
    {"L-LITIGATION-SUM",
     "统计表：行政诉讼数量 {lhs} 不等于维持、纠错、其他情形之和 {rhs}，相差 {diff}",
     "statistics table: lawsuits {lhs} are not maintained plus corrected plus other, {rhs} (difference {diff})"},
    {"L-STAFF-SUM",
     "统计表：从事政府信息公开工作人员数 {lhs} 不等于专职人员数与兼职人员数之和 {rhs}，相差 {diff}",
     "statistics table: staff {lhs} is not full-time plus part-time staff, {rhs} (difference {diff})"},
    {"L-NEGATIVE",
     "统计表“{label}”（{key}）为负数 {value}",
     "statistics table: {key} is negative ({value})"},
    // Structure.
    {"SECTION-MISSING",
     "未找到《条例》第五十条要求的“{section}”部分",
     "the part '{section}' that Article 50 of the Regulations requires was not found"},
    {"SECTION-MISSING/heading",
     "未找到“{section}”部分的标题，但报告中有该部分的统计表",
     "no heading of the part '{section}' was found, though its statistics table is in the report"},
    {"SECTION-ORDER/number",
     "标题“{heading}”编号为“{number}”，按顺序应为“{expected}”",
     "the heading '{heading}' is numbered {number}; in sequence it should be {expected}"},
    {"SECTION-ORDER/kind",
     "“{section}”部分出现在“{previous}”部分之后，与《条例》第五十条的顺序不符",
     "the part '{section}' comes after '{previous}', against the order of Article 50 of the Regulations"},
    {"TABLE-MISSING",
     "未找到 {template} 格式的“{table}”表",
     "the {template} table '{table}' was not found"},
    {"FIELD-MISSING",
     "“{table}”表中有 {count} 项未能读取：{keys}",
     "{count} cells of the table '{table}' could not be read: {keys}"},
    // A row printed twice with different values: which is the row's cannot be told.
    {"FIELD-MISSING/repeated-row",
     "{table}“{label}”一行印了两次，数值不同（第 {line1} 行：{values1}；第 {line2} 行：{values2}），无法确定该行的数值，"
     "据这两行读出的单元格未必可靠：{keys}",
     "{table}: the row '{label}' is printed twice with different values (line {line1}: {values1}; line {line2}: "
     "{values2}); which is the row's cannot be told, and the cells read from these lines may be wrong: {keys}"},
    {"CELL-NOT-NUMBER",
     "“{label}”（{key}）的内容“{raw}”不是数字，也不是表示空白的符号",
     "{key} holds '{raw}', which is neither a number nor a blank mark"},
    {"CELL-NOT-NUMBER/out-of-range",
     "“{label}”（{key}）的数字“{raw}”超出可准确处理的范围（绝对值约 9.2×10¹⁸ 以内、最多 9 位小数），未计入核对",
     "{key} holds the number '{raw}', beyond what can be held exactly (about ±9.2×10^18, 9 decimals at most); "
     "it is left out of the checks"},
    // A relation whose sides are too large to add up exactly.
    {"RELATION/overflow",
     "{subject}：数字过大，两边之和超出可准确计算的范围，无法核对此项勾稽关系；所读单元格：{keys}",
     "{subject}: the numbers are too large to add up exactly; this relation cannot be checked; the cells read: {keys}"},
    // Metadata.
    {"META-YEAR/missing",
     "未能确定报告所属年度",
     "the year the report covers could not be found"},
    {"META-YEAR/period",
     "标题中的年度 {title_year} 与统计期限 {period} 不一致",
     "the title's year {title_year} disagrees with the statistics period {period}"},
    {"META-TITLE",
     "未找到报告标题",
     "no title line was found"},
    {"TEMPLATE-ERA",
     "{year} 年度报告使用了 {template} 格式的表格：{reason}",
     "a report for {year} uses {template} tables: {reason}"},
    {"PUBLISHED-LATE",
     "落款日期 {published} 晚于 {deadline}（《条例》第四十九条规定的公布期限）",
     "the signature date {published} is after {deadline}, the deadline of Article 49 of the Regulations"},
    // Text against tables.
    {"TEXT-TABLE-MISMATCH",
     "正文称“{quote}”，但{what}为 {value}",
     "the text says '{quote}', but {what} is {value}"},
    // Across reports.
    {"PREV-CARRIED-OVER",
     "表三“{subject}”列：上年结转 {lhs} 不等于上年报告的结转下年度继续办理 {rhs}，相差 {diff}",
     "table 3, column '{subject}': carried over {lhs} differs from last year's report, which carried forward "
     "{rhs} (difference {diff})"},
    {"PREV-YEAR",
     "作为上年报告比较的报告年度为 {previous_year}，而本报告年度为 {year}",
     "the report given as last year's covers {previous_year}, but this report covers {year}"},
    {"PREV-FORMAT",
     "上年报告（{previous_template}）没有表三，无法比较结转数",
     "last year's report ({previous_template}) has no table 3 to compare the carried-over requests with"},
    {"CHILDREN-SUM",
     "“{label}”（{key}）：本级报告为 {lhs}，{count} 份下级报告之和为 {rhs}，相差 {diff}",
     "{key}: the parent report prints {lhs}, its {count} organs' reports add up to {rhs} (difference {diff})"},
    {"CHILDREN-FORMAT",
     "下级报告 {child} 的表格格式 {child_template} 与本级报告 {template} 不同，未参与求和",
     "the organ report {child} uses {child_template} tables, not {template} like the parent; it was left out of "
     "the sums"},
};

std::string fill(std::string_view tmpl, const std::vector<MessageArg>& args, bool english) {
  std::string out;
  out.reserve(tmpl.size() + 32);
  std::size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] == '{') {
      auto close = tmpl.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = tmpl.substr(i + 1, close - i - 1);
        auto it = std::find_if(args.begin(), args.end(), [&](const MessageArg& a) { return a.name == name; });
        if (it != args.end()) {
          out += english && !it->en.empty() ? it->en : it->zh;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

}  // namespace

Message render_message(std::string_view id, const std::vector<MessageArg>& args) {
  for (const auto& t : kTemplates)
    if (t.id == id) return {fill(t.zh, args, false), fill(t.en, args, true)};
  return {std::string(id), std::string(id)};
}

Diagnostic make_finding(std::string rule, Severity severity, std::string_view message_id,
                        const std::vector<MessageArg>& args, std::uint32_t line, std::uint32_t column) {
  Diagnostic d;
  d.rule = std::move(rule);
  d.severity = severity;
  auto msg = render_message(message_id, args);
  d.message_zh = std::move(msg.zh);
  d.message_en = std::move(msg.en);
  d.line = line;
  d.column = column;
  return d;
}

std::vector<std::string_view> message_ids() {
  std::vector<std::string_view> ids;
  for (const auto& t : kTemplates) ids.push_back(t.id);
  return ids;
}

}  // namespace gongkai::validation
