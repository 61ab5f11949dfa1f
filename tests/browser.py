"""Drive headless Chromium over the DevTools protocol on a pipe (standard library only).

``--remote-debugging-pipe`` makes Chromium read commands from fd 3 and write
replies and events to fd 4, as NUL-terminated JSON.  That is enough to load a
page, record console errors, exceptions and every network request, evaluate
JavaScript in the page and take a screenshot — without selenium or a driver.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-quic", "--remote-debugging-pipe"]


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    console_errors: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    values: dict = field(default_factory=dict)


class Chrome:
    def __init__(self, binary: str, width: int = 1280, height: int = 1000):
        self.profile = tempfile.mkdtemp(prefix="figaudit-chrome-")
        import fcntl

        def high(fd: int) -> int:  # move a pipe end above fd 10 so that the dup2 to 3 and 4 cannot clobber it
            new = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
            os.close(fd)
            return new

        to_chrome_r, self._w = (high(fd) for fd in os.pipe())
        self._r, from_chrome_w = (high(fd) for fd in os.pipe())

        def setup():  # runs in the child: our pipe ends become fds 3 and 4
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        # close_fds=False: subprocess would otherwise close fds 3 and 4 after preexec_fn made them
        self.proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}",
                                      "about:blank"], close_fds=False, preexec_fn=setup,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []

    def _send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        return self._id

    def _read(self, timeout: float) -> dict | None:
        import select

        deadline = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._r], [], [], left)[0]:
                return None
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30) -> dict:
        want = self._send(method, params, session)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self._read(deadline - time.monotonic())
            if msg is None:
                break
            if msg.get("id") == want:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)
        raise TimeoutError(method)

    def wait_event(self, method: str, timeout: float = 30) -> dict:
        for i, e in enumerate(self.events):
            if e.get("method") == method:
                return self.events.pop(i)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self._read(deadline - time.monotonic())
            if msg is None:
                break
            if msg.get("method") == method:
                return msg
            self.events.append(msg)
        raise TimeoutError(method)

    def close(self):
        try:
            self._send("Browser.close")
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
        finally:
            os.close(self._w)
            os.close(self._r)
            shutil.rmtree(self.profile, ignore_errors=True)


def inspect(html: Path, screenshot: Path, expressions: dict[str, str], width: int = 1280) -> PageReport:
    """Load a page, let it settle, evaluate expressions, take a full-page screenshot."""
    binary = chromium()
    if binary is None:
        raise FileNotFoundError("chromium")
    chrome = Chrome(binary, width=width)
    report = PageReport()
    try:
        target = chrome.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = chrome.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            chrome.call(f"{domain}.enable", session=session)
        chrome.call("Page.navigate", {"url": html.resolve().as_uri()}, session=session)
        chrome.wait_event("Page.loadEventFired")
        time.sleep(0.5)  # let late errors or requests arrive
        for name, expr in expressions.items():
            res = chrome.call("Runtime.evaluate", {"expression": expr, "returnByValue": True}, session=session)
            report.values[name] = res.get("result", {}).get("value")
        metrics = chrome.call("Page.getLayoutMetrics", session=session)
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        shot = chrome.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                      "clip": {"x": 0, "y": 0, "width": width, "height": min(size["height"], 12000), "scale": 1}},
                           session=session)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        for e in chrome.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                report.console_errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                report.console_errors.append(p["entry"].get("text", ""))
            elif m == "Runtime.exceptionThrown":
                report.exceptions.append(p.get("exceptionDetails", {}).get("text", ""))
            elif m == "Network.requestWillBeSent":
                report.requests.append(p.get("request", {}).get("url", ""))
    finally:
        chrome.close()
    return report
