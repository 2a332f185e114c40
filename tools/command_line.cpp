#include "command_line.hpp"

namespace gongkai::cli {
namespace {

// CLI11 says what went wrong in English; this puts the Chinese before it.
const char* chinese_for(const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return "未知选项或多余的参数";
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "选项缺少值或值的个数不对";
  if (dynamic_cast<const CLI::ValidationError*>(&e) || dynamic_cast<const CLI::ConversionError*>(&e))
    return "选项的值无效";
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return "缺少必需的选项";
  return "命令行有误";
}

void print_hint(const CLI::App& app) {
  const std::string& name = app.get_name();
  std::fprintf(stderr, "Run 'gongkai %s --help' for the options. / 运行 gongkai %s --help 查看选项。\n", name.c_str(),
               name.c_str());
}

}  // namespace

void configure_command(CLI::App& app, bool& help) {
  app.set_help_flag();  // the commands print their own usage, in both languages
  app.add_flag("-h,--help", help);
  // The hand-written reader let a later option win; scripts rely on it.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

std::optional<int> read_command_line(CLI::App& app, const bool& help, int argc, char** argv,
                                     void (*usage)(std::FILE*)) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (help) {  // `gongkai parse --bogus --help` still shows the options
      usage(stdout);
      return 0;
    }
    std::fprintf(stderr, "gongkai %s: %s / %s\n", app.get_name().c_str(), chinese_for(e), e.what());
    print_hint(app);
    return 2;
  }
  if (help) {
    usage(stdout);
    return 0;
  }
  return std::nullopt;
}

int bad_command_line(const CLI::App& app, const std::string& zh_and_en) {
  std::fprintf(stderr, "gongkai %s: %s\n", app.get_name().c_str(), zh_and_en.c_str());
  print_hint(app);
  return 2;
}

std::optional<int> require_one_input(const CLI::App& app, const std::vector<std::string>& inputs) {
  if (inputs.empty()) return bad_command_line(app, "没有输入文件 / no input file (use '-' for standard input)");
  if (inputs.size() > 1) return bad_command_line(app, "只接受一个输入文件 / takes one input file");
  return std::nullopt;
}

}  // namespace gongkai::cli
