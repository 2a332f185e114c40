#!/usr/bin/env python3
"""Checks the HTML page of `gongkai render --format html` in a real headless
browser (Debian's chromium): the page loads, the browser's DOM holds the
template's tables with their merged headers and one cell per field key, and
the cells a finding names carry the mark and the finding's text for hover.

Usage: check_html.py /path/to/gongkai WORK_DIR
Exit status 77 (skipped) when no chromium is installed; install it with
`apt-get install chromium` (scripts/deps.sh does so unless GONGKAI_NO_BROWSER=1).
"""
import html.parser
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "cli"))
import make_reports  # noqa: E402
from cdp import find_browser  # noqa: E402

SKIP = 77


class Dom(html.parser.HTMLParser):
    """Collects the tables, their header cells and data cells of a DOM dump."""

    def __init__(self):
        super().__init__()
        self.tables = []      # data-table ids
        self.cells = {}       # data-key -> (attributes, text)
        self.headers = []     # (text, rowspan, colspan)
        self._cell = None
        self._header = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "data-table" in a:
            self.tables.append(a["data-table"])
        elif tag == "td" and "data-key" in a:
            self._cell = (a, [])
        elif tag == "th":
            self._header = (a, [])

    def handle_endtag(self, tag):
        if tag == "td" and self._cell:
            self.cells[self._cell[0]["data-key"]] = (self._cell[0], "".join(self._cell[1]).strip())
            self._cell = None
        elif tag == "th" and self._header:
            a = self._header[0]
            self.headers.append(("".join(self._header[1]).strip(), a.get("rowspan", "1"), a.get("colspan", "1")))
            self._header = None

    def handle_data(self, data):
        if self._cell:
            self._cell[1].append(data)
        if self._header:
            self._header[1].append(data)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gongkai, work = sys.argv[1], os.path.abspath(sys.argv[2])
    browser = find_browser()
    if not browser:
        print("SKIPPED: no chromium found; install it (apt-get install chromium) to run the browser check")
        return SKIP
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    # A report whose table 三 breaks a row total, so that a finding marks cells.
    with open(os.path.join(HERE, "..", "cli", "data", "report_gk2021.txt.in"), encoding="utf-8") as f:
        text = make_reports.report(0, f.read())
    text = text.replace("一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6", "一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t9")
    report = os.path.join(work, "report.txt")
    with open(report, "w", encoding="utf-8") as f:
        f.write(text)
    page = os.path.join(work, "report.html")
    proc = subprocess.run([gongkai, "render", report, "--format", "html", "-o", page], capture_output=True)
    if proc.returncode != 0:
        print("FAIL: gongkai render:", proc.stderr.decode("utf-8", "replace"))
        return 1

    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             f"--user-data-dir={os.path.join(work, 'profile')}"]
    # A browser that cannot even open an empty page cannot run here (no
    # shared memory, no sandbox support...): that is the machine, not the page.
    try:
        blank = subprocess.run([browser, *flags, "--dump-dom", "about:blank"], capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        blank = None
    if blank is None or blank.returncode != 0 or b"<html" not in blank.stdout:
        why = "timed out" if blank is None else blank.stderr.decode("utf-8", "replace")[-500:]
        print(f"SKIPPED: {browser} cannot open about:blank on this machine: {why}")
        return SKIP
    url = "file://" + page
    try:
        dom = subprocess.run([browser, *flags, "--dump-dom", url], capture_output=True, timeout=120)
        shot = os.path.join(work, "report.png")
        subprocess.run([browser, *flags, f"--screenshot={shot}", "--window-size=1400,2400", url],
                       capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        print("FAIL: chromium did not finish within 120 s")
        return 1
    if dom.returncode != 0 or not dom.stdout:
        print("FAIL: chromium could not load the page:", dom.stderr.decode("utf-8", "replace")[-2000:])
        return 1

    parsed = Dom()
    parsed.feed(dom.stdout.decode("utf-8"))
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    check(parsed.tables == ["active", "applications", "appeals"], f"tables in the DOM: {parsed.tables}")
    check(len(parsed.cells) == 200, f"{len(parsed.cells)} field cells, expected the 200 of gk2021")
    check(("申请人情况", "1", "7") in parsed.headers, "merged header 申请人情况 (colspan 7)")
    check(("法人或其他组织", "1", "5") in parsed.headers, "merged header 法人或其他组织 (colspan 5)")
    check(("三、本年度办理结果", "22", "1") in parsed.headers, "row label 三、本年度办理结果 spanning 22 rows")
    check(("行政诉讼", "1", "10") in parsed.headers, "merged header 行政诉讼 (colspan 10)")
    attrs, value = parsed.cells.get("applications.received.total", ({}, None))
    check(value == "9", f"applications.received.total shows {value!r}, expected 9")
    check("gk-finding" in attrs.get("class", "") and "gk-error" in attrs.get("class", ""),
          f"the cell of the broken total is marked: class={attrs.get('class')!r}")
    check("T3-ROW-TOTAL" in attrs.get("title", ""), f"its hover text names the finding: {attrs.get('title')!r}")
    attrs, value = parsed.cells.get("applications.received.natural", ({}, None))
    check(value == "5" and "T3-ROW-TOTAL" in attrs.get("title", ""), "the parts of the broken row are marked too")
    attrs, value = parsed.cells.get("active.fees.amount_wan", ({}, None))
    check(value == "12.5" and "gk-finding" not in attrs.get("class", ""), "an unmarked cell stays plain")
    check(os.path.isfile(shot) and os.path.getsize(shot) > 10000, "chromium drew a screenshot of the page")

    if failures:
        for f in failures:
            print("FAIL:", f)
        return 1
    print(f"ok: {browser} loaded the page; {len(parsed.tables)} tables, {len(parsed.cells)} cells, marks present")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
