#!/usr/bin/env python3
"""The HTTP API of `gongkai serve`, against the running server: started on a
free loopback port, stopped after. Standard library only.

Usage: test_api.py /path/to/gongkai
"""
import concurrent.futures
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
from checklist import Checklist  # noqa: E402
from server_process import ServerProcess  # noqa: E402

SAMPLES = os.path.join(ROOT, "samples")
SEED003 = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "dev", "seed003_shapotou_2018.txt"))
MAX_MB = 4  # the test server's upload limit, small so that the limit is cheap to pass

check = Checklist("serve API")


def request(server, method, path, body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection(server.host, server.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read()
    finally:
        conn.close()


def error_status(body):
    try:
        return json.loads(body)["error"]["status"]
    except (ValueError, KeyError, TypeError):
        return None


def multipart(parts):
    """parts: (name, filename or None, bytes) → (body, content type)."""
    boundary = "gongkai-test-boundary-7d1a"
    out = b""
    for name, filename, data in parts:
        out += f"--{boundary}\r\n".encode()
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        out += f"Content-Disposition: {disposition}\r\n".encode()
        if filename:
            out += b"Content-Type: application/octet-stream\r\n"
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, f"multipart/form-data; boundary={boundary}"


def cli_json(gongkai, path):
    return subprocess.run([gongkai, "parse", path], capture_output=True, check=True).stdout


def reports():
    names = sorted(n for n in os.listdir(SAMPLES) if n.endswith(".txt"))
    paths = [os.path.join(SAMPLES, n) for n in names]
    if os.path.isfile(SEED003):
        paths.append(SEED003)
    return paths


def test_page_and_version(gongkai, server):
    status, headers, body = request(server, "GET", "/")
    check(status == 200 and headers.get("content-type", "").startswith("text/html"), f"GET / answers the page ({status})")
    check("default-src 'none'" in headers.get("content-security-policy", ""), "the page forbids loading from elsewhere (CSP)")
    check(headers.get("cache-control") == "no-store", "answers are not cached")
    for path, kind in (("/app.js", "text/javascript"), ("/style.css", "text/css")):
        s, h, b = request(server, "GET", path)
        check(s == 200 and h.get("content-type", "").startswith(kind) and len(b) > 1000, f"GET {path} ({s})")
        body += b
    # Offline: no script, style or font from another address.
    for marker in (b"src=\"http", b"href=\"http", b"url(http", b"@import", b"//cdn", b"fonts.g"):
        check(marker not in body, f"the page loads nothing from outside ({marker!r} found)")
    status, _, body = request(server, "GET", "/api/version")
    version = subprocess.run([gongkai, "version"], capture_output=True, text=True).stdout.split()[-1]
    v = json.loads(body)
    check(status == 200 and v["version"] == version and v["max_bytes"] == MAX_MB << 20, f"GET /api/version: {v}")
    status, _, body = request(server, "GET", "/api/template/gk2021")
    t = json.loads(body)
    check(status == 200 and [x["id"] for x in t["tables"]] == ["active", "applications", "appeals"],
          "GET /api/template/gk2021 gives the three tables")
    check(t["fields"]["applications.received.natural"]["column"] == "自然人", "the template names cells by their labels")
    check([s["id"] for s in t["sections"]] == ["overview", "active", "applications", "appeals", "problems", "other"],
          "the template lists the six parts of 第五十条")
    for name in ("gk2021", "gk2019", "legacy", "narrative"):
        status, _, body = request(server, "GET", f"/api/template/{name}")
        t = json.loads(body)
        laid_out = [k for table in t["tables"] for block in table["blocks"] for row in block["rows"]
                    for k in row["keys"] if k is not None]
        check(status == 200 and sorted(laid_out) == sorted(t["fields"]) and len(set(laid_out)) == len(laid_out),
              f"{name}: every field of the template is laid out in exactly one cell ({len(laid_out)} of {len(t['fields'])})")
    status, _, body = request(server, "GET", "/api/template/gk2021")
    head = json.loads(body)["tables"][1]["blocks"][0]["header_rows"][0]
    check({"text": "申请人情况", "rowspan": 1, "colspan": 7} in head, f"table 三's merged header: {head}")
    status, _, body = request(server, "GET", "/api/template/gk1999")
    check(status == 404 and error_status(body) == "not_found", f"an unknown template: {status} {body[:120]!r}")
    status, _, body = request(server, "GET", "/no/such/page")
    check(status == 404 and error_status(body) == "not_found", f"an unknown address: {status} {body[:120]!r}")


def test_parse_forms(gongkai, server):
    path = os.path.join(SAMPLES, "gk2021_tabs_2023.txt")
    with open(path, "rb") as f:
        text = f.read()
    expected = cli_json(gongkai, path)
    s, h, b = request(server, "POST", "/api/parse", text, {"Content-Type": "text/plain; charset=utf-8"})
    check(s == 200 and h.get("content-type", "").startswith("application/json"), f"raw text: {s}")
    check(b == expected, "raw text: the answer is byte for byte what `gongkai parse` prints")
    s, _, b = request(server, "POST", "/api/parse", text, {"Content-Type": "application/octet-stream"})
    check(s == 200 and b == expected, f"octet-stream: {s}")
    body, ctype = multipart([("file", "报告.txt", text)])
    s, _, b = request(server, "POST", "/api/parse", body, {"Content-Type": ctype})
    check(s == 200 and b == expected, f"multipart file: {s} {b[:120]!r}")
    body, ctype = multipart([("text", None, text)])
    s, _, b = request(server, "POST", "/api/parse", body, {"Content-Type": ctype})
    check(s == 200 and b == expected, f"multipart text field: {s}")
    s, h, b = request(server, "POST", "/api/parse?format=csv", text, {"Content-Type": "text/plain"})
    check(s == 200 and h.get("content-type", "").startswith("text/csv") and b.startswith(b"\xef\xbb\xbfreport,title,"),
          f"format=csv gives the wide CSV with a BOM: {s} {b[:40]!r}")
    s, _, b = request(server, "POST", "/api/parse?format=xml", text, {"Content-Type": "text/plain"})
    check(s == 400 and error_status(b) == "invalid_argument", f"an unknown format: {s}")


def test_bad_requests(server):
    s, _, b = request(server, "POST", "/api/parse", b"", {"Content-Type": "text/plain"})
    check(s == 400 and error_status(b) == "empty_input", f"no body: {s} {b[:160]!r}")
    msg = json.loads(b)["error"]["message"] if s == 400 else ""
    check("/" in msg and any("\u4e00" <= c <= "\u9fff" for c in msg), f"the message is in Chinese and English: {msg!r}")
    s, _, b = request(server, "POST", "/api/parse", b"   \n\n  ", {"Content-Type": "text/plain"})
    check(s == 400 and error_status(b) == "empty_input", f"a body of blanks: {s}")
    png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 64
    body, ctype = multipart([("file", "photo.png", png)])
    s, _, b = request(server, "POST", "/api/parse", body, {"Content-Type": ctype})
    # An image: refused as needing OCR, with the file front ends' reason.
    check(s == 422 and error_status(b) in ("needs_ocr", "binary_input"), f"a binary file: {s} {b[:160]!r}")
    junk = bytes(range(256)) * 64
    s, _, b = request(server, "POST", "/api/parse", junk, {"Content-Type": "application/octet-stream"})
    check(s == 422 and error_status(b) == "binary_input", f"binary junk: {s} {b[:160]!r}")
    not_utf8 = "第一行\n第二行 ".encode() + b"\xff\xfe\n"
    s, _, b = request(server, "POST", "/api/parse", not_utf8, {"Content-Type": "text/plain"})
    e = json.loads(b).get("error", {}) if s == 422 else {}
    check(s == 422 and e.get("status") == "invalid_utf8" and e.get("line") == 2, f"invalid UTF-8 says where: {s} {e}")
    for ctype in ("application/json", "image/png", "application/x-www-form-urlencoded"):
        s, _, b = request(server, "POST", "/api/parse", b'{"text": "report"}', {"Content-Type": ctype})
        check(s == 415 and error_status(b) == "invalid_argument", f"wrong content type {ctype}: {s}")
    s, _, b = request(server, "POST", "/api/parse", b"report", {})
    check(s == 415, f"no content type: {s}")
    body, ctype = multipart([("other", None, b"x")])
    s, _, b = request(server, "POST", "/api/parse", body, {"Content-Type": ctype})
    check(s == 400 and error_status(b) == "invalid_argument", f"multipart without file or text: {s}")
    # A chunked body has no size to check before reading: refused.
    conn = http.client.HTTPConnection(server.host, server.port, timeout=20)
    conn.request("POST", "/api/parse", body=iter([b"abc"] * 3), headers={"Content-Type": "text/plain"},
                 encode_chunked=True)
    r = conn.getresponse()
    b = r.read()
    conn.close()
    check(r.status == 411 and error_status(b) == "invalid_argument", f"a chunked body: {r.status}")


def test_foreign_requests(server):
    """Another web site's page, through the user's browser, gets nothing."""
    own = f"http://{server.host}:{server.port}"
    s, _, _ = request(server, "POST", "/api/parse", b"x", {"Content-Type": "text/plain", "Origin": own})
    check(s == 200, f"the page's own origin is served: {s}")
    s, _, b = request(server, "POST", "/api/parse", b"x", {"Content-Type": "text/plain", "Origin": "http://evil.example"})
    check(s == 403 and error_status(b) == "invalid_argument", f"a post from another site is refused: {s}")
    s, _, b = request(server, "GET", "/api/version", headers={"Host": f"evil.example:{server.port}"})
    check(s == 403, f"a request for another host name (DNS rebinding) is refused: {s}")
    s, _, _ = request(server, "GET", "/api/version", headers={"Host": f"localhost:{server.port}"})
    check(s == 200, f"localhost is this machine: {s}")


def test_huge_body(server):
    """100 MB, over the limit: refused as too_large, quickly, and the server
    still answers."""
    huge = b"0" * (100 * 1024 * 1024)
    answer = {}

    def send_huge():
        started = time.monotonic()
        try:
            answer["status"], _, answer["body"] = request(server, "POST", "/api/parse", huge,
                                                          {"Content-Type": "text/plain"}, timeout=120)
        except (BrokenPipeError, ConnectionResetError) as e:
            answer["status"], answer["body"] = None, str(e).encode()
        answer["took"] = time.monotonic() - started

    sender = threading.Thread(target=send_huge)
    sender.start()
    time.sleep(0.05)
    started = time.monotonic()
    with open(os.path.join(SAMPLES, "legacy_2016.txt"), "rb") as f:
        s, _, _ = request(server, "POST", "/api/parse", f.read(), {"Content-Type": "text/plain"}, timeout=10)
    took = time.monotonic() - started
    check(s == 200 and took < 2.5, f"a request while a 100 MB body arrives: {s} in {took:.2f} s")
    sender.join(130)
    s, b = answer.get("status"), answer.get("body", b"")
    check(s == 413 and error_status(b) == "too_large", f"a 100 MB body: {s} {b[:160]!r}")
    # Refused by the HTTP layer from its Content-Length, never held in memory
    # (the parser's own limit would say "input of N bytes").
    check("请求超过大小上限" in b.decode("utf-8", "replace"), f"the 100 MB body is refused before it is read: {b[:200]!r}")
    check(answer.get("took", 999) < 60, f"the 100 MB body was answered in {answer.get('took', 0):.1f} s")
    # Just over the limit, as the only part of a multipart body.
    body, ctype = multipart([("file", "big.txt", b"x" * (MAX_MB * 1024 * 1024 + 1))])
    s, _, b = request(server, "POST", "/api/parse", body, {"Content-Type": ctype})
    check(s == 413 and error_status(b) == "too_large", f"a file one byte over the limit: {s} {b[:160]!r}")
    s, _, _ = request(server, "GET", "/api/version")
    check(s == 200, "the server answers after a huge body")


def test_concurrent(gongkai, server):
    paths = reports()
    expected = {p: cli_json(gongkai, p) for p in paths}

    def one(path):
        with open(path, "rb") as f:
            return path, request(server, "POST", "/api/parse", f.read(), {"Content-Type": "text/plain"})

    jobs = paths * 4
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(one, jobs))
    good = sum(1 for p, (s, _, b) in results if s == 200 and b == expected[p])
    check(good == len(jobs), f"{len(jobs)} requests from 8 threads at once: {good} answered as the CLI does")


def test_slow_client(server):
    """Clients that send part of a body and then nothing hold a worker each
    until the read timeout: the others are answered meanwhile, and the slow
    ones are dropped."""
    slow = []
    for _ in range(3):
        s = socket.create_connection((server.host, server.port), timeout=30)
        s.sendall(b"POST /api/parse HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                  b"Content-Length: 100000\r\n\r\n" + "一、总体情况\n".encode())
        slow.append(s)
    time.sleep(0.3)
    waiting = 0
    for sock in slow:  # the server has not answered them: it waits for the rest of their bodies
        sock.settimeout(0.2)
        try:
            sock.recv(1)
        except socket.timeout:
            waiting += 1
    check(waiting == 3, f"the stalled uploads are waited for, not answered ({waiting} of 3)")
    started = time.monotonic()
    with open(os.path.join(SAMPLES, "legacy_2016.txt"), "rb") as f:
        s, _, _ = request(server, "POST", "/api/parse", f.read(), {"Content-Type": "text/plain"}, timeout=10)
    took = time.monotonic() - started
    check(s == 200 and took < 2.5, f"a request beside three stalled uploads: {s} in {took:.2f} s")
    # The server's read timeout is 4 s (a stalled worker would hold the request
    # above that long): by 9 s every stalled upload is closed.
    deadline = time.monotonic() + 9
    closed = 0
    for sock in slow:
        sock.settimeout(max(0.1, deadline - time.monotonic()))
        try:
            data = sock.recv(4096)
            while data:
                data = sock.recv(4096)
            closed += 1
        except ConnectionResetError:
            closed += 1
        except socket.timeout:
            pass
        sock.close()
    check(closed == 3, f"the stalled uploads were dropped after the read timeout ({closed} of 3)")


def test_stays_on_loopback(gongkai):
    """By default the server listens on 127.0.0.1 only."""
    proc = subprocess.Popen([gongkai, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        check(line.startswith("http://127.0.0.1:"), f"the default address is loopback: {line!r}")
    finally:
        proc.terminate()
        proc.wait(10)
    s = subprocess.run([gongkai, "serve", "--port", "70000"], capture_output=True, text=True)
    check(s.returncode == 2 and "--port" in s.stderr, f"a port out of range is refused: {s.returncode} {s.stderr!r}")


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    gongkai = os.path.abspath(sys.argv[1])
    test_stays_on_loopback(gongkai)
    # The server runs in an empty folder with its own temporary folder: after
    # every request, both are still empty (nothing sent was written).
    with tempfile.TemporaryDirectory() as scratch:
        cwd, tmp = os.path.join(scratch, "cwd"), os.path.join(scratch, "tmp")
        os.makedirs(cwd)
        os.makedirs(tmp)
        old_cwd, old_tmp = os.getcwd(), os.environ.get("TMPDIR")
        os.chdir(cwd)
        os.environ["TMPDIR"] = tmp
        try:
            server = ServerProcess(gongkai, "--threads", "6", "--max-mb", str(MAX_MB), "--read-timeout", "4")
            with server:
                os.chdir(old_cwd)
                test_page_and_version(gongkai, server)
                test_parse_forms(gongkai, server)
                test_bad_requests(server)
                test_foreign_requests(server)
                test_huge_body(server)
                test_concurrent(gongkai, server)
                test_slow_client(server)
            check(server.exit_status() == 0, f"SIGTERM stops the server cleanly (exit {server.exit_status()})")
        finally:
            os.chdir(old_cwd)
            if old_tmp is None:
                os.environ.pop("TMPDIR", None)
            else:
                os.environ["TMPDIR"] = old_tmp
        check(os.listdir(cwd) == [] and os.listdir(tmp) == [], "the server wrote no file")
    return check.finish()


if __name__ == "__main__":
    sys.exit(main())
