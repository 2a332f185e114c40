// The command line of every subcommand, read by CLI11 (a well-kept parser,
// Debian's libcli11-dev) with gongkai's conventions: `--opt value` and
// `--opt=value`, short options that take their value attached (-j2), `--`
// ending the options (a file named -x.txt), an option given twice keeps its
// last value, and -h/--help prints the command's own bilingual usage. A bad
// command line is said in Chinese and English and exits with status 2.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

namespace gongkai::cli {

/// An app for `gongkai NAME`, its -h/--help flag bound to `help`.
void configure_command(CLI::App& app, bool& help);

/// What reading the command line came to.
enum class CommandLine { run, help_printed, bad };

/// Parses `argv` (argv[0] is the subcommand's name). On --help prints
/// `usage` to standard output; on a bad command line prints
/// "gongkai NAME: <why, zh> / <why, en>" and the hint to run --help.
CommandLine read_command_line(CLI::App& app, const bool& help, int argc, char** argv,
                              void (*usage)(std::FILE*));

/// Says, as read_command_line does for CLI11's own errors, a problem found
/// after parsing (no input file, two inputs where one is taken); returns bad.
CommandLine bad_command_line(const CLI::App& app, const std::string& zh_and_en);

}  // namespace gongkai::cli
