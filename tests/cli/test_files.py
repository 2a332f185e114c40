#!/usr/bin/env python3
"""The command line on the files people have: Word files made here (zipfile),
a GB18030 copy of a dev text, and files that must be refused cleanly (a zip
that is not Word, a zip bomb, a cut PDF). Usage: test_files.py /path/to/gongkai [corpus dir]"""
import json
import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

GONGKAI = None
CORPUS = None

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(*args):
    proc = subprocess.run([GONGKAI, *args], capture_output=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def cell(text, props=""):
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{para(text)}</w:tc>"


def docx(path, body, extra=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        for name, data in (extra or {}).items():
            z.writestr(name, data)


class FilesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_word_table_spans_and_merges(self):
        merge_start = '<w:vMerge w:val="restart"/>'
        merge_go_on = "<w:vMerge/>"
        rows = [
            cell("行政复议", merge_start) + cell("结果", '<w:gridSpan w:val="2"/>'),
            cell("", merge_go_on) + cell("维持") + cell("纠正"),
            cell("合计") + cell("") + cell("7"),
        ]
        table = "<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"
        body = para("某县2021年政府信息公开工作年度报告") + table + para("以上")
        docx(self.path("t.docx"), body)
        code, out, err = run("text", self.path("t.docx"))
        self.assertEqual(code, 0, err)
        self.assertEqual(out.decode("utf-8"),
                         "某县2021年政府信息公开工作年度报告\n行政复议\t结果\t\n\t维持\t纠正\n合计\t\t7\n\n以上\n")

    def test_word_numbering_is_put_back(self):
        numbering = (f"<w:numbering {W}>"
                     '<w:abstractNum w:abstractNumId="7">'
                     '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
                     '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
                     '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>')
        styles = (f'<w:styles {W}><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr>'
                  "</w:pPr></w:style></w:styles>")

        def numbered(text, level):
            return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr></w:pPr>'
                    f'<w:r><w:t>{text}</w:t></w:r></w:p>')
        heading = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>主动公开政府信息情况</w:t></w:r></w:p>'
        body = (para("某县2021年政府信息公开工作年度报告") + numbered("总体情况", 0) + numbered("主动公开", 1)
                + numbered("依申请公开", 1) + heading + numbered("平台建设", 1))
        docx(self.path("n.docx"), body, {"word/numbering.xml": numbering, "word/styles.xml": styles})
        code, out, err = run("text", self.path("n.docx"))
        self.assertEqual(code, 0, err)
        self.assertEqual(out.decode("utf-8").splitlines()[1:],
                         ["一、总体情况", "（一）主动公开", "（二）依申请公开", "二、主动公开政府信息情况", "（一）平台建设"])

    def test_word_file_parses_with_places(self):
        header = cell("信息内容") + cell("本年制发件数") + cell("本年废止件数") + cell("现行有效件数")
        rows = [header, cell("规章") + cell("1") + cell("0") + cell("11"),
                cell("行政规范性文件") + cell("8") + cell("26") + cell("66")]
        table = "<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"
        docx(self.path("r.docx"), para("某县人民政府2021年政府信息公开工作年度报告") + para("二、主动公开政府信息情况") + table)
        # No extension, so the kind can only come from the content.
        os.replace(self.path("r.docx"), self.path("download"))
        code, out, err = run("parse", self.path("download"))
        self.assertEqual(code, 0, err)
        report = json.loads(out)
        self.assertEqual(report["fields"]["active.normative.in_force"], 66)
        cells = {c["key"]: c for t in report["tables"] for c in t["cells"]}
        self.assertEqual(cells["active.normative.in_force"]["place"], {"table": 1, "row": 3, "column": 4})

    def test_bad_files_fail_with_status_2_and_a_bilingual_message(self):
        with zipfile.ZipFile(self.path("photos.zip"), "w") as z:
            z.writestr("a.jpg", b"\xff\xd8")
        # A bomb: 80 MB of one byte, a few hundred KB packed, past the 64 MiB limit.
        with zipfile.ZipFile(self.path("bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b" " * (80 << 20))
        with open(self.path("cut.pdf"), "wb") as f:
            f.write(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
        for name, status, word in (("photos.zip", "bad_file", "Word"), ("bomb.docx", "bad_file", "zip bomb"),
                                   ("cut.pdf", "bad_file", "incomplete")):
            code, out, err = run("parse", self.path(name))
            self.assertEqual(code, 2, name)
            self.assertEqual(out, b"", name)
            self.assertIn(f"[{status}]", err, name)
            self.assertIn(word, err, name)
            self.assertIn(" / ", err, name)

    def test_gb18030_copy_of_a_dev_text_parses_to_the_same_json(self):
        source = os.path.join(CORPUS, "seed004_xigong_2020.txt") if CORPUS else ""
        if not os.path.isfile(source):
            self.skipTest("no corpus")
        with open(source, encoding="utf-8") as f:
            text = f.read()
        with open(self.path("gb.txt"), "wb") as f:
            f.write(text.encode("gb18030"))
        code, want, err = run("parse", source)
        self.assertEqual(code, 0, err)
        for args in ((self.path("gb.txt"),), ("--encoding", "gbk", self.path("gb.txt"))):
            code, got, err = run("parse", *args)
            self.assertEqual(code, 0, err)
            self.assertEqual(got, want, args)

    def test_unknown_kind_and_encoding_are_refused(self):
        code, _, err = run("parse", "--kind", "odt", "x")
        self.assertEqual(code, 2)
        self.assertIn("unknown kind", err)
        with open(self.path("a.txt"), "w", encoding="utf-8") as f:
            f.write("某县2021年政府信息公开工作年度报告\n")
        code, _, err = run("parse", "--encoding", "no-such", self.path("a.txt"))
        self.assertEqual(code, 2)
        self.assertIn("invalid_argument", err)


if __name__ == "__main__":
    GONGKAI = sys.argv.pop(1)
    CORPUS = sys.argv.pop(1) if len(sys.argv) > 1 else None
    unittest.main(verbosity=1)
