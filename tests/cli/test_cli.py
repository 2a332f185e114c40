#!/usr/bin/env python3
"""Tests of the gongkai command line: parse and render, their outputs and
their failures. Usage: test_cli.py /path/to/gongkai"""
import csv
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cli_fixture  # noqa: E402
import make_reports  # noqa: E402

GONGKAI = None


def run(*args, stdin=None):
    proc = subprocess.run([GONGKAI, *args], input=stdin, capture_output=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


class CliTest(cli_fixture.ReportFiles):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A report whose table 三 breaks a row total: an error finding.
        broken = cls.texts[0].replace("一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6",
                                      "一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t9")
        assert broken != cls.texts[0]
        cls.broken = cls.write("broken.txt", broken.encode("utf-8"))
        cls.empty = cls.write("empty.txt", b"")
        # Neither UTF-8 nor GB18030 (0x80 leads no GB18030 character); a GB18030
        # text itself is read (tests/cli/test_files.py).
        cls.not_utf8 = cls.write("latin1.txt", "政府信息公开工作年度报告".encode("utf-8") * 20 + b"\x80\x80 caf\xe9\n")
        cls.missing = os.path.join(cls.dir, "no_such_file.txt")

    # ---- parse ---------------------------------------------------------------

    def test_single_file_prints_one_contract_object(self):
        code, out, err = run("parse", "--format", "json", self.files[0])
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "")
        report = json.loads(out)
        self.assertEqual(list(report)[:4], ["schema", "meta", "fields", "diagnostics"])
        self.assertEqual(report["schema"], "gongkai.report/1")
        self.assertEqual(list(report["meta"])[:5], ["title", "organ", "year", "template", "published"])
        self.assertEqual(report["meta"]["template"], "gk2021")
        self.assertEqual(report["meta"]["organ"], make_reports.ORGANS[0])
        self.assertEqual(report["fields"]["applications.received.natural"], 5)
        self.assertEqual(report["fields"]["active.fees.amount_wan"], 12.5)
        self.assertIn(b'"active.fees.amount_wan":12.5,', out)  # the printed decimals, no float noise

    def test_stdin_gives_the_same_bytes_as_the_file(self):
        _, from_file, _ = run("parse", self.files[1])
        code, from_stdin, err = run("parse", "-", stdin=self.texts[1].encode("utf-8"))
        self.assertEqual(code, 0, err)
        self.assertEqual(from_stdin, from_file)

    def test_jsonl_is_one_object_a_line_in_input_order(self):
        order = [self.files[2], self.files[0], self.files[1]]
        code, out, err = run("parse", "--format", "jsonl", "--jobs", "2", *order)
        self.assertEqual(code, 0, err)
        lines = out.decode("utf-8").splitlines()
        self.assertEqual(len(lines), 3)
        organs = [json.loads(line)["meta"]["organ"] for line in lines]
        self.assertEqual(organs, [make_reports.ORGANS[2], make_reports.ORGANS[0], make_reports.ORGANS[1]])

    def test_several_files_with_json_make_an_array(self):
        code, out, err = run("parse", "--quiet", *self.files)
        self.assertEqual(code, 0, err)
        reports = json.loads(out)
        self.assertEqual([r["fields"]["active.licensing.decisions"] for r in reports], [100, 101, 102])

    def test_pretty_is_the_same_document(self):
        _, compact, _ = run("parse", self.files[0])
        _, pretty, _ = run("parse", "--pretty", self.files[0])
        self.assertIn(b'\n  "meta": {\n    "title": ', pretty)
        self.assertEqual(json.loads(pretty), json.loads(compact))

    def test_brief_keeps_only_the_contract_members(self):
        _, out, _ = run("parse", "--brief", self.files[0])
        self.assertEqual(list(json.loads(out)), ["schema", "meta", "fields", "diagnostics"])

    def test_unreadable_inputs_fail_with_status_2_and_a_clear_message(self):
        cases = [(self.empty, "empty_input"), (self.binary, "binary_input"), (self.not_utf8, "invalid_utf8"),
                 (self.missing, "io_error")]
        for path, status in cases:
            with self.subTest(status=status, path=path):
                code, out, err = run("parse", path)
                self.assertEqual(code, 2)
                self.assertEqual(out, b"")
                self.assertIn(path, err)
                self.assertIn(status, err)
                self.assertIn(" / ", err)  # Chinese / English
                self.assertRegex(err, r"[\u4e00-\u9fff]")
                self.assertRegex(err, r"[a-z]{4,}")

    def test_a_bad_file_never_stops_the_batch(self):
        code, out, err = run("parse", "--format", "jsonl", self.files[0], self.empty, self.binary, self.files[1],
                             self.missing)
        self.assertEqual(code, 2)
        lines = out.decode("utf-8").splitlines()
        self.assertEqual([json.loads(line)["fields"]["active.licensing.decisions"] for line in lines], [100, 101])
        for path in (self.empty, self.binary, self.missing):
            self.assertIn(path, err)
        self.assertIn("5 个文件 / files, 2 份报告 / reports parsed, 3 个失败 / failed", err)

    def test_batch_summary_counts_formats_and_error_findings(self):
        code, _, err = run("parse", "--format", "jsonl", "-o", os.path.join(self.dir, "o.jsonl"),
                           self.files[0], self.broken)
        self.assertEqual(code, 0, err)
        self.assertIn("gk2021 2 gk2019 0 legacy 0 narrative 0", err)
        self.assertIn("reports with error findings: 1", err)
        self.assertNotIn("\r", err)  # no progress bar when standard error is not a terminal

    @unittest.skipUnless(shutil.which("script"), "util-linux script (a pseudo terminal) is not installed")
    def test_progress_bar_on_a_terminal(self):
        log = os.path.join(self.dir, "typescript")
        cmd = " ".join(shlex.quote(a) for a in [GONGKAI, "parse", "--jobs", "2", *self.files, *self.files,
                                                  "-o", os.path.join(self.dir, "tty.jsonl")])
        subprocess.run(["script", "-qec", cmd, log], capture_output=True, timeout=120)
        with open(log, encoding="utf-8", errors="replace", newline="") as f:
            seen = f.read()
        self.assertIn("\r[", seen)
        self.assertIn("6/6", seen)
        self.assertIn("\r\x1b[K", seen)  # the bar is erased before the summary
        self.assertIn("reports parsed", seen)

    def test_folders_are_walked_in_sorted_order(self):
        sub = os.path.join(self.dir, "walk")
        os.makedirs(os.path.join(sub, "b"), exist_ok=True)
        os.makedirs(os.path.join(sub, "a"), exist_ok=True)
        for name, n in (("b/x.txt", 0), ("a/z.md", 1), ("a/y.text", 2), ("c.txt", 0)):
            with open(os.path.join(sub, name), "w", encoding="utf-8") as f:
                f.write(self.texts[n])
        with open(os.path.join(sub, "ignored.png"), "wb") as f:
            f.write(b"\x89PNG\r\n")
        code, out, err = run("parse", "--format", "csv", sub)
        self.assertEqual(code, 0, err)
        rows = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
        self.assertEqual([r[0] for r in rows[1:]],
                         [os.path.join(sub, p) for p in ("a/y.text", "a/z.md", "b/x.txt", "c.txt")])

    def test_csv_wide_and_long(self):
        code, out, err = run("parse", "--format", "csv", "--bom", *self.files)
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith(b"\xef\xbb\xbfreport,title,organ,year,template,"))
        self.assertIn(b"\r\n", out)
        rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"), newline="")))
        self.assertEqual(len(rows), 3)
        self.assertEqual(rows[1]["report"], self.files[1])
        self.assertEqual(rows[1]["applications.received.total"], "7")
        self.assertEqual(rows[1]["active.fees.amount_wan"], "12.5")
        self.assertEqual(rows[1]["legacy.org.staff"], "")  # a column of another format: empty
        code, out, err = run("parse", "--format", "csv", "--csv-template", "gk2021", self.files[0])
        header = out.decode("utf-8").splitlines()[0].split(",")
        self.assertEqual(len(header), 10 + 200)
        code, out, err = run("parse", "--format", "csv-long", *self.files)
        self.assertEqual(code, 0, err)
        rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"), newline="")))
        self.assertEqual(len(rows), 3 * 200)
        first = rows[0]
        self.assertEqual((first["report"], first["key"], first["value"]), (self.files[0], "active.rules.issued", "0"))
        self.assertTrue(first["line"].isdigit() and int(first["line"]) > 10)

    def test_output_file(self):
        target = os.path.join(self.dir, "out.json")
        code, out, err = run("parse", self.files[0], "-o", target)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, b"")
        with open(target, "rb") as f:
            self.assertEqual(json.loads(f.read())["meta"]["organ"], make_reports.ORGANS[0])
        code, _, err = run("parse", self.files[0], "-o", os.path.join(self.dir, "no_dir", "x.json"))
        self.assertEqual(code, 2)
        self.assertIn("io_error", err)

    def test_the_output_name_chooses_the_format(self):
        jsonl = os.path.join(self.dir, "batch.jsonl")
        code, _, err = run("parse", "--jobs", "2", "-q", *self.files, "-o", jsonl)
        self.assertEqual(code, 0, err)
        with open(jsonl, encoding="utf-8") as f:
            self.assertEqual(len([json.loads(line) for line in f]), 3)
        table = os.path.join(self.dir, "batch.csv")
        run("parse", "-q", *self.files, "-o", table)
        with open(table, encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("report,title,"))
        page = os.path.join(self.dir, "page.html")
        code, _, err = run("render", self.files[0], "-o", page)
        self.assertEqual(code, 0, err)
        with open(page, encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("<!DOCTYPE html>"))
        code, out, _ = run("render", self.files[0], "--format", "md", "-o", "-")
        self.assertTrue(out.startswith(b"# "))

    def test_jobs_do_not_change_the_output(self):
        _, one, _ = run("parse", "--format", "jsonl", "--jobs", "1", *self.files, *self.files)
        _, two, _ = run("parse", "--format", "jsonl", "--jobs", "2", *self.files, *self.files)
        self.assertEqual(one, two)

    def test_bad_command_lines(self):
        for args in (["parse"], ["parse", "--format", "xml", self.files[0]], ["parse", "--jobs", "x", self.files[0]],
                     ["parse", "--bogus", self.files[0]], ["render"], ["render", self.files[0], "--format", "pdf"]):
            with self.subTest(args=args):
                code, out, err = run(*args)
                self.assertEqual(code, 2)
                self.assertEqual(out, b"")
                self.assertTrue(err)
        self.assertEqual(run("parse", "--help")[0], 0)
        self.assertEqual(run("render", "--help")[0], 0)

    # ---- render --------------------------------------------------------------

    def test_render_json_round_trips_through_the_cli(self):
        _, parsed, _ = run("parse", self.files[0])
        json_path = self.write("r0.json", parsed)
        code, from_text, err = run("render", self.files[0], "--format", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(from_text, parsed)
        code, from_json, err = run("render", json_path, "--format", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(from_json, parsed)  # byte-identical

    def test_render_html_and_md_from_text_and_from_json_agree(self):
        _, parsed, _ = run("parse", self.broken)
        json_path = self.write("broken.json", parsed)
        with open(self.broken, "rb") as f:
            text = f.read()
        for fmt in ("html", "md"):
            with self.subTest(fmt=fmt):
                # From standard input, so that no file name appears on the page.
                code, a, err = run("render", "-", "--format", fmt, stdin=text)
                self.assertEqual(code, 0, err)
                code, b, err = run("render", "-", "--format", fmt, stdin=parsed)
                self.assertEqual(code, 0, err)
                self.assertEqual(a, b)
        _, html, _ = run("render", json_path, "--format", "html")
        html = html.decode("utf-8")
        self.assertIn('data-key="applications.received.total"', html)
        self.assertIn("gk-finding gk-error", html)
        self.assertIn('data-rules="T3-ROW-TOTAL', html)

    def test_render_csv_from_json(self):
        _, parsed, _ = run("parse", "--brief", self.files[2])
        json_path = self.write("r2.json", parsed)
        code, out, err = run("render", json_path, "--format", "csv")
        self.assertEqual(code, 0, err)
        rows = list(csv.DictReader(io.StringIO(out.decode("utf-8"), newline="")))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]["applications.received.natural"], "7")
        self.assertEqual(len(rows[0]), 10 + 200)  # one column per key of gk2021

    def test_render_refuses_hostile_json_with_its_status(self):
        deep = self.write("deep.json", b'{"schema":"gongkai.report/1","x":' + b"[" * 10000 + b"]" * 10000 + b"}")
        wrong = self.write("wrong.json", b'{"schema":"gongkai.report/9","meta":{}}')
        typed = self.write("typed.json", b'{"schema":"gongkai.report/1","meta":{"year":"2020"}}')
        broken = self.write("syntax.json", b'{"schema":"gongkai.report/1","meta":{"year":2020,}}')
        for path, status in ((deep, "too_deep"), (wrong, "json_schema"), (typed, "json_schema"),
                             (broken, "json_syntax")):
            with self.subTest(status=status):
                code, out, err = run("render", path, "--format", "html")
                self.assertEqual(code, 2)
                self.assertEqual(out, b"")
                self.assertIn(status, err)
                self.assertIn("at byte", err)
                self.assertIn(path, err)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    GONGKAI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
