#!/usr/bin/env python3
"""The checker page of `gongkai serve` in a real headless Chromium (Debian's
chromium), driven over the DevTools protocol (cdp.py): the page loads from the
server and nothing else; a dev report with an arithmetic error is pasted and
checked; the wrong cells are marked red and the finding's message is shown
beside the table and in the list; a click on a marked cell shows its Chinese
labels, its findings and its place in the source; a click on the finding
marks its cells; the parts of 第五十条 are listed; the JSON download is the
API's answer; a dropped file is checked too. A screenshot of the page is
written for a person to look at.

Usage: check_serve_page.py /path/to/gongkai WORK_DIR
Exit status 77 (skipped) only when Chromium is missing or cannot start here.
"""
import http.client
import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "serve"))
from cdp import Browser, BrowserError, find_browser  # noqa: E402
from checklist import Checklist  # noqa: E402
from server_process import ServerProcess  # noqa: E402

SKIP = 77
SEED003 = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "dev", "seed003_shapotou_2018.txt"))
GK2021 = os.path.join(ROOT, "samples", "gk2021_tabs_2023.txt")
STAFF_CELLS = ["legacy.org.staff", "legacy.org.staff_full_time", "legacy.org.staff_part_time"]

check = Checklist("serve page")


def api_report(server, text):
    conn = http.client.HTTPConnection(server.host, server.port, timeout=60)
    conn.request("POST", "/api/parse", body=text.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    r = conn.getresponse()
    body = r.read()
    conn.close()
    return body


def js(value):
    return json.dumps(value, ensure_ascii=False)


def download(tab, button, target, timeout=20):
    """Clicks a download button; the bytes of the file it saves (b"" if none)."""
    tab.click(button)
    deadline = time.monotonic() + timeout
    while not os.path.isfile(target) and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(0.3)  # the file appears under its name once it is whole, but let it settle
    return open(target, "rb").read() if os.path.isfile(target) else b""


def check_seed003(tab, server, work):
    with open(SEED003, encoding="utf-8") as f:
        text = f.read()
    answer = api_report(server, text)
    report = json.loads(answer)
    staff = [d for d in report["diagnostics"] if d["rule"] == "L-STAFF-SUM"]
    check(len(staff) == 1, "the API finds seed003's L-STAFF-SUM error (the premise of this test)")
    if not staff:
        return
    finding = staff[0]
    index = report["diagnostics"].index(finding) + 1

    tab.click("#report-text")
    tab.insert_text(text)
    check(tab.evaluate("document.getElementById('report-text').value.length") == len(text),
          "the report is pasted into the text box")
    tab.click("#check-button")
    tab.wait_for("!document.getElementById('result').hidden && document.getElementById('status').className === 'done'",
                 60, "the check to finish")

    errors = sum(1 for d in report["diagnostics"] if d["severity"] == "error")
    warnings = sum(1 for d in report["diagnostics"] if d["severity"] == "warning")
    shown = tab.evaluate("['error','warning','info'].map(s => document.querySelector('#count-' + s + ' strong').textContent)")
    check(shown[0] == str(errors) and shown[1] == str(warnings), f"the counts at the top: {shown}, expected {errors}, {warnings}")
    check(tab.evaluate("document.querySelectorAll('#legend .swatch').length") >= 5, "the legend of the marks is shown")

    for key in STAFF_CELLS:
        cls = tab.evaluate(f"(document.getElementById('cell-' + {js(key)}) || {{}}).className || ''")
        check("gk-error" in cls.split(), f"the cell {key} is marked as an error: {cls!r}")
    red = tab.evaluate("getComputedStyle(document.getElementById('cell-legacy.org.staff')).backgroundColor")
    check(red == "rgb(253, 226, 225)", f"a cell in error is drawn red: {red}")
    cls = tab.evaluate("document.getElementById('cell-legacy.org.dedicated_units').className")
    check("gk-marked" not in cls.split(), f"a cell no finding names stays plain: {cls!r}")
    value = tab.evaluate("document.querySelector('#cell-legacy\\\\.org\\\\.staff_full_time .value').textContent")
    check(value == "1", f"the cell shows its value: {value!r}")

    beside = tab.evaluate("document.querySelector('#table-legacy .table-findings').textContent")
    check(finding["message"] in beside, f"the message is shown with the table: {beside[:200]!r}")
    item = tab.evaluate(f"document.getElementById('finding-{index}').textContent")
    check(finding["message"] in item and finding["message_en"] in item, "the finding lists its message in Chinese and English")
    names = tab.evaluate(f"[...document.querySelectorAll('#finding-{index} .cell-link')].map(a => a.textContent)")
    check(names and names[0] == "（三）从事政府信息公开工作人员数 · 人",
          f"the finding names its cells by their Chinese labels, not keys: {names}")

    # Cell → its findings and its source.
    tab.click("#cell-legacy\\.org\\.staff_full_time")
    detail = tab.evaluate("document.getElementById('detail').textContent")
    check("1.专职人员数" in detail and finding["message"] in detail, f"a click on the cell shows its labels and finding: {detail[:200]!r}")
    cell = next(c for t in report["tables"] for c in t["cells"] if c["key"] == "legacy.org.staff_full_time")
    line = tab.evaluate("(document.querySelector('#detail pre .line.current .number') || {}).textContent")
    marked = tab.evaluate("(document.querySelector('#detail pre mark') || {}).textContent")
    check(line is not None and line.strip() == str(cell["span"]["line"]) and marked == cell["raw"],
          f"the source shows line {cell['span']['line']} with {cell['raw']!r} marked: line {line!r}, mark {marked!r}")
    linked = tab.evaluate(f"document.getElementById('finding-{index}').classList.contains('gk-linked')")
    check(linked, "the cell's finding is highlighted in the list")

    # Finding → its cells.
    tab.click(f"#finding-{index} .message")
    linked = tab.evaluate("[...document.querySelectorAll('td.gk-linked')].map(td => td.dataset.key)")
    check(sorted(linked) == sorted(STAFF_CELLS), f"a click on the finding marks its cells: {linked}")

    parts = tab.evaluate("[...document.querySelectorAll('#sections li')].map(li => [li.dataset.kind, li.className])")
    check(len(parts) == 6, f"the six parts of 第五十条 are listed: {parts}")
    check(["other", "missing"] in parts and ["overview", "found"] in parts,
          f"seed003 lacks 其他需要报告的事项 and has 总体情况: {parts}")

    # The JSON download is the API's answer, byte for byte.
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads, exist_ok=True)
    tab.browser.call("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    got = download(tab, "#download-json", os.path.join(downloads, "report.json"))
    check(got == answer, f"the downloaded JSON is the API's answer ({len(got)} of {len(answer)} bytes)")
    csv = download(tab, "#download-csv", os.path.join(downloads, "report.csv"))
    check(csv.startswith(b"\xef\xbb\xbfreport,title,"), f"the CSV download: {csv[:40]!r}")
    tab.click("#cell-legacy\\.org\\.staff")


def check_file(tab):
    """A file chosen in the file field (as a drop gives it) is checked too."""
    doc = tab.call("DOM.getDocument")["root"]["nodeId"]
    node = tab.call("DOM.querySelector", {"nodeId": doc, "selector": "#report-file"})["nodeId"]
    tab.call("DOM.setFileInputFiles", {"nodeId": node, "files": [GK2021]})
    tab.wait_for("document.getElementById('report-meta').textContent.includes('gk2021_tabs_2023.txt')"
                 " && document.getElementById('status').className === 'done'", 60, "the file to be checked")
    tables = tab.evaluate("[...document.querySelectorAll('table.template')].map(t => t.dataset.table)")
    check(tables == ["active", "applications", "appeals"], f"a gk2021 file gives the three tables: {tables}")
    cells = tab.evaluate("document.querySelectorAll('td.cell').length")
    check(cells == 200, f"with every cell of the template: {cells}")
    head = tab.evaluate("[...document.querySelectorAll('#table-applications th')].some(th => th.textContent === '申请人情况' && th.colSpan === 7)")
    check(head, "table 三 has its merged header 申请人情况 over seven columns")
    # A file dropped on the page: the drop event a browser sends.
    with open(SEED003, encoding="utf-8") as f:
        text = f.read()
    tab.evaluate("(() => { const dt = new DataTransfer();"
                 f" dt.items.add(new File([{js(text)}], 'dropped.txt', {{type: 'text/plain'}}));"
                 " document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); })()")
    tab.wait_for("document.getElementById('report-meta').textContent.includes('dropped.txt')"
                 " && document.getElementById('status').className === 'done'", 60, "the dropped file to be checked")
    cls = tab.evaluate("document.getElementById('cell-legacy.org.staff').className")
    check("gk-error" in cls.split(), f"a dropped report is checked like a pasted one: {cls!r}")
    # A file that is no report: the page says why, in Chinese and English.
    tab.evaluate("(() => { const dt = new DataTransfer();"
                 " dt.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0])], 'photo.png'));"
                 " document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true})); })()")
    tab.wait_for("document.getElementById('status').className === 'failed'", 60, "the binary file to be refused")
    said = tab.evaluate("document.getElementById('status').textContent")
    check("binary_input" in said and "二进制" in said and "binary" in said, f"a binary file is refused with the reason: {said!r}")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gongkai, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    browser = find_browser()
    if not browser:
        print("SKIPPED: no chromium found; install it (apt-get install chromium) to run the page test")
        return SKIP
    if not os.path.isfile(SEED003):
        print(f"FAIL: the dev report {SEED003} is missing (the shared material belongs beside the project)")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    shot = os.path.join(work, "serve_page.png")
    with ServerProcess(gongkai) as server:
        try:
            b = Browser(browser, os.path.join(work, "profile"), os.path.join(work, "chromium.log"))
            b.__enter__()
        except (BrowserError, OSError) as e:
            log = open(os.path.join(work, "chromium.log"), errors="replace").read()[-800:] if os.path.exists(
                os.path.join(work, "chromium.log")) else ""
            print(f"SKIPPED: {browser} cannot start on this machine: {e} {log}")
            return SKIP
        try:
            tab = b.new_tab(1500, 1000)
            tab.navigate(server.url + "/")
            check("年度报告检查" in tab.evaluate("document.title"), "the page loads")
            check_seed003(tab, server, work)
            tab.evaluate("window.scrollTo(0, 0)")  # the side panel sticks to the top of the view
            tab.screenshot(shot)
            check_file(tab)
            urls = [e["params"]["request"]["url"] for e in b.events("Network.requestWillBeSent")]
            outside = [u for u in urls if not u.startswith(server.url + "/") and not u.startswith(("blob:", "data:"))]
            check(urls and not outside, f"the page asked nothing of another address: {outside}")
            errors = [e["params"]["exceptionDetails"].get("text") for e in b.events("Runtime.exceptionThrown")]
            check(not errors, f"no script error: {errors}")
        except BrowserError as e:
            check(False, f"the browser: {e}")
        finally:
            b.__exit__(None, None, None)
    check(os.path.isfile(shot) and os.path.getsize(shot) > 20000, "the screenshot was written")
    print(f"screenshot: {shot}")
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
