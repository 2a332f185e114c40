"""What the CLI test files share: a temporary folder holding generated gk2021
reports (r0.txt, r1.txt, r2.txt) and a way to write more files into it."""
import os
import tempfile
import unittest

import make_reports

HERE = os.path.dirname(os.path.abspath(__file__))


class ReportFiles(unittest.TestCase):
    """cls.dir, cls.texts and cls.files (their paths), cls.write()."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        with open(os.path.join(HERE, "data", "report_gk2021.txt.in"), encoding="utf-8") as f:
            template = f.read()
        cls.texts = [make_reports.report(n, template) for n in range(3)]
        cls.files = [cls.write(f"r{n}.txt", text.encode("utf-8")) for n, text in enumerate(cls.texts)]
        cls.binary = cls.write("binary.txt", b"\x00\x01\x02PK\x03\x04" * 200)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    @classmethod
    def write(cls, name, data):
        path = os.path.join(cls.dir, name)
        with open(path, "wb") as f:
            f.write(data)
        return path
