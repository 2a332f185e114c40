#!/usr/bin/env python3
"""The command line against the defects of issue 9: an output file is never
destroyed, JSON given to render and validate is read as JSON, sizes and binary
data are refused before reading, an unreadable folder is an error, write
errors are not ignored, and report text never reaches the terminal as escape
sequences. Usage: test_cli_reliability.py /path/to/gongkai"""
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cli_fixture  # noqa: E402
import make_reports  # noqa: E402

GONGKAI = None


def run(*args, stdin=None, prefix=()):
    proc = subprocess.run([*prefix, GONGKAI, *args], input=stdin, capture_output=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


class CliReliabilityTest(cli_fixture.ReportFiles):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.text = cls.texts[0]
        cls.report, cls.report1 = cls.files[0], cls.files[1]

    # ---- -o never destroys a file (item 2) ------------------------------------

    def test_output_that_is_an_input_is_refused_and_the_input_kept(self):
        copy = self.write("self.txt", self.text.encode("utf-8"))
        code, out, err = run("parse", copy, "-o", copy)
        self.assertEqual(code, 2)
        self.assertIn("invalid_argument", err)
        self.assertIn("输出文件就是输入文件", err)
        with open(copy, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.text)

    def test_output_is_untouched_when_every_input_fails(self):
        keep = self.write("keep.json", b"precious\n")
        code, _, err = run("parse", self.binary, "-o", keep)
        self.assertEqual(code, 2)
        self.assertIn("left unchanged", err)
        with open(keep, "rb") as f:
            self.assertEqual(f.read(), b"precious\n")
        self.assertEqual([n for n in os.listdir(self.dir) if ".gongkai-" in n], [])  # no temporary left

    def test_output_replaced_whole_with_its_permissions_kept(self):
        out = self.write("out.json", b"old\n")
        os.chmod(out, 0o640)
        code, _, err = run("parse", self.report, "-o", out)
        self.assertEqual(code, 0, err)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["meta"]["organ"], make_reports.ORGANS[0])
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode), 0o640)

    def test_output_that_is_not_a_file_is_written_where_it_is(self):
        # A FIFO (as /dev/null or a terminal): written to, never replaced by
        # a renamed file (which, run as root on /dev/null, destroys the device).
        fifo = os.path.join(self.dir, "out.fifo")
        os.mkfifo(fifo)
        got = []
        self.addCleanup(os.remove, fifo)
        reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
        reader.start()
        code, _, err = run("parse", self.report, "-o", fifo)
        reader.join(timeout=60)
        self.assertEqual(code, 0, err)
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))
        self.assertEqual(json.loads(got[0])["meta"]["organ"], make_reports.ORGANS[0])
        self.assertEqual([n for n in os.listdir(self.dir) if "gongkai-" in n], [])

    # ---- JSON into render and validate (item 3) --------------------------------

    def test_render_and_validate_read_a_report_json_as_json(self):
        _, one, _ = run("parse", self.report)
        path = self.write("one.json", one)
        code, out, err = run("render", path, "--format", "json")
        self.assertEqual(code, 0, err)
        self.assertEqual(out, one)
        broken = json.loads(one)
        broken["fields"]["applications.received.natural"] += 1  # edited after it was written
        broken.pop("tables")
        edited = self.write("edited.json", json.dumps(broken, ensure_ascii=False).encode("utf-8"))
        code, out, err = run("validate", edited)
        self.assertEqual(code, 1, err)  # validated again: the edit breaks the row total
        self.assertIn("T3-ROW-TOTAL", out.decode("utf-8"))
        self.assertNotIn("narrative", out.decode("utf-8"))

    def test_a_batch_array_is_a_batch(self):
        _, batch, _ = run("parse", "--quiet", self.report, self.report1)
        path = self.write("batch.json", batch)
        code, out, err = run("validate", "--format", "json", path)
        self.assertEqual(code, 0, err)
        reports = json.loads(out)
        self.assertEqual([r["meta"]["organ"] for r in reports], make_reports.ORGANS[:2])
        code, out, err = run("render", path, "--format", "md")
        self.assertEqual(code, 2)
        self.assertIn("batch JSON of 2 reports", err)
        self.assertEqual(out, b"")

    # ---- sizes and binary data first (item 6) ----------------------------------

    def test_a_file_over_the_limit_is_refused_before_reading(self):
        huge = os.path.join(self.dir, "huge.txt")
        with open(huge, "wb") as f:
            f.truncate(1 << 30)  # sparse: reading it would take seconds and 256 MiB
        started = time.monotonic()
        code, _, err = run("parse", huge)
        self.assertEqual(code, 2)
        self.assertIn("too_large", err)
        self.assertIn(str(1 << 30), err)
        self.assertLess(time.monotonic() - started, 2)
        os.unlink(huge)

    def test_an_endless_binary_stream_is_refused_on_its_first_block(self):
        started = time.monotonic()
        code, _, err = run("parse", "/dev/zero")
        self.assertEqual(code, 2)
        self.assertIn("binary_input", err)
        self.assertLess(time.monotonic() - started, 2)

    # ---- a folder that cannot be read (item 7) ----------------------------------

    def test_an_unreadable_folder_is_an_error(self):
        prefix = ()
        if os.geteuid() == 0:  # root reads anything: run as nobody
            if not shutil.which("setpriv"):
                self.skipTest("running as root without setpriv")
            prefix = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
        top = os.path.join(self.dir, "tree")
        locked = os.path.join(top, "locked")
        os.makedirs(locked)
        shutil.copy(self.report, os.path.join(top, "a.txt"))
        shutil.copy(self.report, os.path.join(locked, "b.txt"))
        os.chmod(self.dir, 0o755)
        os.chmod(top, 0o755)
        os.chmod(locked, 0)
        try:
            code, out, err = run("parse", "--quiet", top, prefix=prefix)
            self.assertEqual(code, 2, err)
            self.assertIn("cannot read folder", err)
            self.assertIn(locked, err)
            self.assertEqual(len(json.loads(out)), 1)  # the readable report still comes out
            code, out, err = run("parse", "--quiet", locked, prefix=prefix)
            self.assertEqual(code, 2)
            self.assertIn("cannot read folder", err)
        finally:
            os.chmod(locked, 0o755)

    # ---- write errors (item 11) ---------------------------------------------------

    def test_validate_fails_when_standard_output_cannot_be_written(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        with open("/dev/full", "wb") as full:
            proc = subprocess.run([GONGKAI, "validate", "--format", "json", self.report], stdout=full,
                                  stderr=subprocess.PIPE, timeout=60)
        self.assertEqual(proc.returncode, 2)
        self.assertIn("error writing standard output", proc.stderr.decode("utf-8"))

    # ---- terminal escapes (item 21) ---------------------------------------------------

    def test_validate_shows_control_characters_instead_of_sending_them(self):
        # A prose figure that disagrees with table 三, with a terminal title
        # escape, a screen clear and a bell inside the quoted clause.
        text = self.text.replace("一、总体情况\n", "一、总体情况\n\x1b]0;owned\x07\x1b[2J本年新收政府信息公开申请999件。\n", 1)
        self.assertNotEqual(text, self.text)
        path = self.write("escape.txt", text.encode("utf-8"))
        code, out, err = run("validate", path)
        self.assertIn(b"TEXT-TABLE-MISMATCH", out)
        self.assertNotIn(b"\x1b", out)
        self.assertNotIn(b"\x07", out)
        self.assertIn(b"\\x1B[2J", out)


if __name__ == "__main__":
    GONGKAI = sys.argv.pop(1)
    unittest.main(verbosity=1)
