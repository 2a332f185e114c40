#!/usr/bin/env python3
"""The command line as new users type it (issue 13): --opt=value, `--`,
validate showing warnings and errors by default and infos with -v, findings
without a place printed without ":0:0:", Chinese CSV headers, and label_zh
beside each cell's key in the JSON. Usage: test_cli_options.py /path/to/gongkai"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cli_fixture  # noqa: E402

GONGKAI = None


def run(*args, stdin=None, cwd=None):
    proc = subprocess.run([GONGKAI, *args], input=stdin, capture_output=True, timeout=120, cwd=cwd)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8", "replace")


def severities(text_output):
    """The severity word of each finding line of `validate`'s text output."""
    return [m.group(1) for m in re.finditer(r"^\S+?: (info|warning|error) ", text_output, re.M)]


class OptionTest(cli_fixture.ReportFiles):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # A broken row total (an error) and a late signature (an info).
        text = cls.texts[0]
        row = "一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6"
        assert row in text
        broken = text.replace(row, row[:-1] + "9")
        # Signed in June of the next year: PUBLISHED-LATE, an info finding.
        assert "2022年1月20日" in broken
        broken = broken.replace("2022年1月20日", "2022年6月20日")
        # Section 五 left out: SECTION-MISSING, a finding about the whole report.
        section = "五、存在的主要问题及改进情况\n"
        start = broken.index(section)
        broken = broken[:start] + broken[broken.index("六、", start):]
        cls.broken = cls.write("broken.txt", broken.encode("utf-8"))
        cls.dash = cls.write("-dash.txt", text.encode("utf-8"))

    def test_option_values_after_an_equals_sign(self):
        _, spaced, _ = run("parse", "--format", "csv", self.files[0])
        code, joined, err = run("parse", "--format=csv", self.files[0])
        self.assertEqual(code, 0, err)
        self.assertEqual(joined, spaced)
        self.assertTrue(joined.startswith("report,title,"))
        code, out, err = run("parse", "--format=jsonl", "-j2", self.files[0], self.files[1])
        self.assertEqual(code, 0, err)
        self.assertEqual(len(out.splitlines()), 2)
        code, out, err = run("validate", "--format=json", "--lang=en", self.files[0])
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["schema"], "gongkai.report/1")

    def test_double_dash_ends_the_options(self):
        code, out, err = run("parse", "-dash.txt", cwd=self.dir)  # a name that starts with '-' reads as an option
        self.assertEqual(code, 2)
        self.assertIn("-dash.txt", err)
        code, out, err = run("parse", "--brief", "--", "-dash.txt", cwd=self.dir)
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["meta"]["year"], 2021)
        code, out, err = run("render", "--format", "md", "--", "-dash.txt", cwd=self.dir)
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith("# "))

    def test_bad_command_lines_say_why_in_both_languages(self):
        for args, words in ((["parse", "--format=xml", self.files[0]], "xml"),
                            (["parse", "--bogus", self.files[0]], "--bogus"),
                            (["parse", "-o"], "--output"),
                            (["validate", "--min-severity", "loud", self.files[0]], "loud"),
                            (["render", self.files[0], self.files[1]], "one input"),
                            (["serve", "--port", "70000"], "--port")):
            with self.subTest(args=args):
                code, out, err = run(*args)
                self.assertEqual(code, 2)
                self.assertEqual(out, "")
                self.assertIn(words, err)
                self.assertRegex(err, r"[\u4e00-\u9fff]")  # Chinese as well as English
                self.assertIn("--help", err)

    def test_validate_shows_warnings_and_errors_and_infos_with_v(self):
        code, quiet, err = run("validate", self.broken)
        self.assertEqual(code, 1, err)
        code, verbose, err = run("validate", "-v", self.broken)
        self.assertEqual(code, 1, err)
        shown, everything = severities(quiet), severities(verbose)
        self.assertIn("error", shown)
        self.assertNotIn("info", shown)
        self.assertIn("info", everything)  # PUBLISHED-LATE, on request
        self.assertEqual([s for s in everything if s != "info"], shown)
        _, long_form, _ = run("validate", "--verbose", self.broken)
        self.assertEqual(long_form, verbose)
        _, asked, _ = run("validate", "--min-severity", "info", self.broken)
        self.assertEqual(asked, verbose)
        _, errors_only, _ = run("validate", "--min-severity=error", self.broken)
        self.assertEqual(set(severities(errors_only)), {"error"})

    def test_findings_without_a_place_have_no_zero_place(self):
        code, out, err = run("validate", "-v", self.broken)
        self.assertNotIn(":0:0:", out)
        self.assertNotIn(":0:", out)
        lines = out.splitlines()
        self.assertTrue(lines)
        for line in lines:
            place = line.split(" ", 1)[0]
            self.assertRegex(place, r"^.+?(:\d+(:\d+)?)?:$", line)
            self.assertNotRegex(place, r":0(:|$)")
        placed = [line for line in lines if re.match(r"^.+?:\d+:\d+: ", line)]
        self.assertTrue(placed, out)  # the broken row total has its line
        whole = [line for line in lines if line.startswith(self.broken + ": ")]
        self.assertTrue(any(" SECTION-MISSING " in line for line in whole), out)

    def test_csv_with_chinese_headers(self):
        code, out, err = run("parse", "--format=csv", "--csv-header=zh", "--csv-template=gk2021", self.files[0])
        self.assertEqual(code, 0, err)
        rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual(rows[0][:5], ["报告", "标题", "机关", "年度", "模板"])
        self.assertIn("一、本年新收政府信息公开申请数量｜自然人", rows[0])
        _, keyed, _ = run("parse", "--format=csv", "--csv-template=gk2021", self.files[0])
        self.assertEqual(rows[1:], list(csv.reader(io.StringIO(keyed)))[1:])  # only the header differs
        code, out, err = run("render", "--format=csv-long", "--csv-header", "zh", self.files[0])
        self.assertEqual(code, 0, err)
        long_rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual(long_rows[0], ["报告", "字段键", "字段名称", "数值", "行"])
        by_key = {r[1]: r for r in long_rows[1:]}
        self.assertEqual(by_key["applications.received.natural"][2], "一、本年新收政府信息公开申请数量｜自然人")
        self.assertEqual(by_key["applications.received.natural"][3], "5")
        code, _, err = run("parse", "--format=csv", "--csv-header=fr", self.files[0])
        self.assertEqual(code, 2)

    def test_json_cells_carry_their_chinese_label(self):
        code, out, err = run("parse", self.broken)
        self.assertEqual(code, 0, err)
        report = json.loads(out)
        cells = [c for t in report["tables"] for c in t["cells"]]
        self.assertTrue(cells)
        by_key = {c["key"]: c for c in cells}
        self.assertEqual(by_key["applications.received.natural"]["label_zh"], "一、本年新收政府信息公开申请数量｜自然人")
        self.assertTrue(all(c["label_zh"] for c in cells))
        named = [c for d in report["diagnostics"] for c in d["cells"]]
        self.assertTrue(named)
        self.assertTrue(all(c["label_zh"] for c in named))
        # The contract's members are unchanged, and the JSON reads back the same.
        self.assertEqual(list(report)[:4], ["schema", "meta", "fields", "diagnostics"])
        path = self.write("broken.json", out.encode("utf-8"))
        code, again, err = run("render", path, "--format", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(again, out)


if __name__ == "__main__":
    GONGKAI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
