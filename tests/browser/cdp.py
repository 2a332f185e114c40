"""A small driver for headless Chromium over the DevTools protocol, through
--remote-debugging-pipe (file descriptors 3 and 4, messages ending in NUL):
no websocket, no package to install, nothing but the browser and the
standard library.

    with Browser("/usr/bin/chromium", profile_dir) as b:
        tab = b.new_tab(1400, 1000)
        tab.navigate("http://127.0.0.1:8080/")
        tab.evaluate("document.title")
"""
import base64
import fcntl
import json
import os
import shutil
import subprocess
import threading
import time

# The flags every test starts Chromium with: headless, no sandbox (a
# container has none), no GPU, and nothing that would call out of the machine.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--disable-extensions", "--disable-default-apps",
         "--no-default-browser-check", "--metrics-recording-only", "--password-store=basic"]


def find_browser():
    """The Chromium on PATH (Debian's chromium, or a Chrome), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


class BrowserError(RuntimeError):
    pass


class Browser:
    def __init__(self, executable, profile_dir, log_path=None, timeout=60):
        self.executable = executable
        self.profile_dir = profile_dir
        self.log_path = log_path or os.devnull
        self.timeout = timeout
        self._next_id = 0
        self._answers = {}
        self._events = []
        self._cond = threading.Condition()
        self._closed = False

    def __enter__(self):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def place_pipes():  # in the child: the protocol's fds 3 (commands in) and 4 (answers out)
            r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(r, 3)
            os.dup2(w, 4)

        self._log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self.profile_dir}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log, close_fds=False, preexec_fn=place_pipes)
        os.close(to_browser_r)
        os.close(from_browser_w)
        threading.Thread(target=self._read, daemon=True).start()
        self.version = self.call("Browser.getVersion", timeout=self.timeout)
        return self

    def __exit__(self, *exc):
        try:
            if self.process.poll() is None:
                self.call("Browser.close", timeout=10)
        except BrowserError:
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log.close()
        return False

    def _read(self):
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._closed = True
                    self._cond.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                message, buffer = buffer.split(b"\0", 1)
                m = json.loads(message)
                with self._cond:
                    if "id" in m:
                        self._answers[m["id"]] = m
                    else:
                        self._events.append(m)
                    self._cond.notify_all()

    def call(self, method, params=None, session=None, timeout=30):
        with self._cond:
            self._next_id += 1
            mid = self._next_id
        message = {"id": mid, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        except OSError as e:
            raise BrowserError(f"{method}: the browser is gone ({e})")
        deadline = time.monotonic() + timeout
        with self._cond:
            while mid not in self._answers:
                left = deadline - time.monotonic()
                if self._closed or left <= 0:
                    raise BrowserError(f"{method}: no answer ({'browser closed' if self._closed else 'timed out'})")
                self._cond.wait(left)
            answer = self._answers.pop(mid)
        if "error" in answer:
            raise BrowserError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    def events(self, method):
        with self._cond:
            return [e for e in self._events if e.get("method") == method]

    def new_tab(self, width, height):
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        tab = Tab(self, session)
        tab.call("Page.enable")
        tab.call("Runtime.enable")
        tab.call("Network.enable")
        tab.call("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return tab


class Tab:
    def __init__(self, browser, session):
        self.browser = browser
        self.session = session

    def call(self, method, params=None, timeout=30):
        return self.browser.call(method, params, session=self.session, timeout=timeout)

    def evaluate(self, expression, timeout=30):
        """The value of a JavaScript expression (awaited when it is a promise)."""
        r = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                      timeout=timeout)
        if "exceptionDetails" in r:
            raise BrowserError(f"{expression[:80]}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait_for(self, expression, timeout=30, what=None):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(expression):
                return True
            time.sleep(0.1)
        raise BrowserError(f"timed out waiting for {what or expression}")

    def navigate(self, url, timeout=30):
        self.call("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete'", timeout, f"{url} to load")

    def click(self, selector):
        """A real mouse click at the middle of the element, as a person makes it."""
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
            " e.scrollIntoView({block: 'center', inline: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        if not box:
            raise BrowserError(f"no element {selector}")
        x, y = box
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 if kind != "mouseMoved" else 0})

    def insert_text(self, text):
        """Text arriving in the focused element as a paste does."""
        self.call("Input.insertText", {"text": text}, timeout=60)

    def screenshot(self, path):
        """The whole page, not just the window."""
        width, height = self.evaluate("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        shot = self.call("Page.captureScreenshot",
                         {"format": "png", "captureBeyondViewport": True,
                          "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 12000), "scale": 1}},
                         timeout=60)
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
