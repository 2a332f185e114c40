#!/usr/bin/env python3
"""Requests per second of `gongkai serve` for a typical report: the server on
a free loopback port with N worker threads (default 2), as many client
threads on kept-alive connections, each posting the report to /api/parse.
Bounded in count and in time; loopback only; prints the figure and never
fails on a slow machine.

Usage: serve_rps.py /path/to/gongkai [--threads 2] [--requests 4000] [--seconds 20] [--report FILE]
"""
import argparse
import http.client
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "serve"))
from server_process import ServerProcess  # noqa: E402

# A real gk2023 report of median size in the dev corpus (8.6 KB, tables 二 三 四).
TYPICAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "dev", "w02_hongze_district_2023_pdflayout.txt"))
FALLBACK = os.path.join(ROOT, "samples", "gk2021_tabs_2023.txt")


def client(server, body, stop_at, budget, counts, lock):
    conn = http.client.HTTPConnection(server.host, server.port, timeout=30)
    done = failed = 0
    while time.monotonic() < stop_at:
        with lock:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        try:
            conn.request("POST", "/api/parse", body=body, headers={"Content-Type": "text/plain; charset=utf-8"})
            r = conn.getresponse()
            r.read()
            if r.status == 200:
                done += 1
            else:
                failed += 1
        except (OSError, http.client.HTTPException):
            failed += 1
            conn.close()
            conn = http.client.HTTPConnection(server.host, server.port, timeout=30)
    conn.close()
    with lock:
        counts[0] += done
        counts[1] += failed


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("gongkai")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--requests", type=int, default=4000)
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--report", default=TYPICAL if os.path.isfile(TYPICAL) else FALLBACK)
    a = p.parse_args()
    with open(a.report, "rb") as f:
        body = f.read()
    with ServerProcess(os.path.abspath(a.gongkai), "--threads", str(a.threads)) as server:
        # Warm-up: the first parse builds the parser's tables.
        warm = http.client.HTTPConnection(server.host, server.port, timeout=30)
        warm.request("POST", "/api/parse", body=body, headers={"Content-Type": "text/plain"})
        answer = warm.getresponse().read()
        warm.close()
        counts, budget, lock = [0, 0], [a.requests], threading.Lock()
        started = time.monotonic()
        stop_at = started + a.seconds
        clients = [threading.Thread(target=client, args=(server, body, stop_at, budget, counts, lock))
                   for _ in range(a.threads)]
        for c in clients:
            c.start()
        for c in clients:
            c.join()
        took = time.monotonic() - started
    print(f"report: {os.path.basename(a.report)} ({len(body)} bytes in, {len(answer)} bytes of JSON out)")
    print(f"server threads: {a.threads}, client connections: {a.threads}")
    print(f"{counts[0]} requests answered ({counts[1]} failed) in {took:.2f} s: {counts[0] / took:.0f} requests/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
