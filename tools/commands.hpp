// The subcommands of the gongkai tool. Each returns the process exit status:
// 0 success, 1 findings of error severity (validate), 2 could not run.
#pragma once

namespace gongkai::cli {

int run_parse(int argc, char** argv);     // gongkai parse FILE... [--format json|jsonl]
int run_validate(int argc, char** argv);  // gongkai validate FILE... [--previous FILE]
int run_render(int argc, char** argv);    // gongkai render FILE --format json|csv|md|html
int run_serve(int argc, char** argv);     // gongkai serve [--port N] [--host ADDR]: the checker page
int run_text(int argc, char** argv);      // gongkai text FILE: the text read from a PDF, HTML, DOCX

}  // namespace gongkai::cli
