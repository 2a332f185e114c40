// The command line of every subcommand, read by CLI11 (a well-kept parser,
// Debian's libcli11-dev) with gongkai's conventions: `--opt value` and
// `--opt=value`, short options that take their value attached (-j2), `--`
// ending the options (a file named -x.txt), an option given twice keeps its
// last value, and -h/--help prints the command's own bilingual usage. A bad
// command line is said in Chinese and English and exits with status 2.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace gongkai::cli {

/// An app for `gongkai NAME`, its -h/--help flag bound to `help`.
void configure_command(CLI::App& app, bool& help);

/// Parses `argv` (argv[0] is the subcommand's name). nullopt: go on and run
/// the command. Otherwise the exit status to return at once: 0 after printing
/// `usage` for --help, 2 after saying what is wrong with the command line
/// ("gongkai NAME: <why, zh> / <why, en>" and the hint to run --help).
std::optional<int> read_command_line(CLI::App& app, const bool& help, int argc, char** argv,
                                     void (*usage)(std::FILE*));

/// Says, as read_command_line does for CLI11's own errors, a problem found
/// after parsing (no input file); returns the exit status 2.
int bad_command_line(const CLI::App& app, const std::string& zh_and_en);

/// For commands that read one input: nullopt when `inputs` holds exactly
/// one, otherwise 2 after saying there is none or more than one.
std::optional<int> require_one_input(const CLI::App& app, const std::vector<std::string>& inputs);

}  // namespace gongkai::cli
