"""A real headless Debian chromium, driven over the DevTools protocol through a pipe (stdlib only).

``--remote-debugging-pipe`` makes chromium read commands on fd 3 and write replies and events on fd 4,
NUL-separated JSON: no websocket client needed. Runs as root with the sandbox off (a container) and, when
``unshare`` can, in a network namespace of its own that has no network at all.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]


def available() -> bool:
    return Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)


def offline_prefix() -> list[str]:
    """``unshare --net`` when this process may make a network namespace (root), else nothing."""
    unshare = shutil.which("unshare")
    if (
        unshare
        and subprocess.run([unshare, "--net", "true"], capture_output=True, check=False).returncode == 0
    ):
        return [unshare, "--net"]
    return []


@dataclass
class Visit:
    """What the page did: its console and log errors, the requests it made, and what the script found."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    result: Any = None
    screenshot: bytes = b""


class Browser:
    def __init__(self, profile: Path) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        # chromium reads fd 3 and writes fd 4: map our pipe ends there in the child (through copies
        # above 4 first, so that neither end overwrites the other).
        def child_fds() -> None:
            high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self.proc = subprocess.Popen(
            [*offline_prefix(), CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=child_fds,  # fds 3 and 4 must be the pipes when chromium starts
            pass_fds=(3, 4),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def close(self) -> None:
        with contextlib.suppress(OSError, TimeoutError):
            self.send("Browser.close")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        if self.proc.stderr:
            self.proc.stderr.close()

    def send(self, method: str, session: str | None = None, timeout: float = 20, **params: Any) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 20) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._read(deadline)
            self.events.append(event)
            if event.get("method") == method:
                return event

    def _read(self, deadline: float) -> dict[str, Any]:
        import select

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError("chromium did not answer in time")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise OSError("chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        result: dict[str, Any] = json.loads(message)
        return result


def visit(page: Path, profile: Path, script: str, width: int = 1200, height: int | None = None) -> Visit:
    """Load ``page`` from its file:// URL with no network, run ``script``, take a screenshot of the
    page's top ``height`` pixels (default: the whole page)."""
    browser = Browser(profile)
    try:
        target = browser.send("Target.createTarget", url="about:blank")["targetId"]
        session = browser.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            browser.send(f"{domain}.enable", session)
        browser.send(
            "Network.emulateNetworkConditions", session,
            offline=True, latency=0, downloadThroughput=-1, uploadThroughput=-1,
        )  # fmt: skip
        browser.send("Emulation.setDeviceMetricsOverride", session, width=width, height=900,
                     deviceScaleFactor=1, mobile=False)  # fmt: skip
        browser.send("Page.navigate", session, url=page.resolve().as_uri())
        browser.wait_for("Page.loadEventFired")
        found = browser.send("Runtime.evaluate", session, expression=script, returnByValue=True)
        metrics = browser.send("Page.getLayoutMetrics", session)
        size = metrics["cssContentSize"]
        shot = browser.send(
            "Page.captureScreenshot", session, format="png", captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": width, "height": height or size["height"], "scale": 1},
        )  # fmt: skip
        browser.send("Runtime.evaluate", session, expression="0")  # drain events the page queued last
        visit_ = Visit(result=found.get("result", {}).get("value"), screenshot=base64.b64decode(shot["data"]))
        for event in browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                visit_.errors.append(json.dumps(params["exceptionDetails"])[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                visit_.errors.append(json.dumps(params.get("args"))[:300])
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                visit_.errors.append(params["entry"].get("text", "")[:300])
            elif method == "Network.requestWillBeSent":
                visit_.requests.append(params["request"]["url"])
        return visit_
    finally:
        browser.close()
