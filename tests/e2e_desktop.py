"""A real desktop for end-to-end tests: a private X screen (Xvfb), key presses (xdotool), a private
Secret Service (GNOME Keyring on its own D-Bus session) and the app as a separate process.

Nothing here touches the user's screen, keyring or files: Xvfb picks a free display number, the D-Bus
session and the keyring live under the test's tmp folder, and every process started here is stopped
by its own process group when the test ends.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
TITLE = "KuPay POS"
KEYRING_PASSWORD = "kupay-test"  # unlocks the private keyring; not the API token

# What the support log says at the moments a test must wait for (the window itself offers no such signal
# to xdotool). If the wording changes in pos_app, change it here.
LOG_NO_TOKEN = "no API token in"  # credentials.py: the keyring was read and is empty -> set-up screen next
LOG_TILL_READY = "sale(s) to settle"  # resume_worker.py: started by attach_backend -> the till takes payments

T = TypeVar("T")


def missing_tools(*tools: str) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def wait_for(condition: Callable[[], T], timeout: float, what: str, interval: float = 0.1) -> T:
    """Poll `condition` until it returns something truthy; fail with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def stop_group(proc: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 5.0) -> None:
    """Stop a process started with start_new_session=True, and anything it started, by its group id."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(timeout)
    # Once the leader is reaped its id may be reused: never signal that group again.


@contextmanager
def xvfb_display(size: str = "1280x800x24", *extra: str) -> Iterator[str]:
    """A private X screen; yields its DISPLAY (":N"). Xvfb chooses a free number itself (-displayfd)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp", *extra],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    os.close(write_fd)
    try:
        number = b""
        deadline = time.monotonic() + 10
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise RuntimeError("Xvfb did not report a display within 10 s")
            chunk = os.read(read_fd, 16)  # Xvfb writes "N\n" once it accepts clients
            if not chunk:
                raise RuntimeError("Xvfb exited before it was ready")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_fd)
        stop_group(proc)


@dataclass
class Desktop:
    """Everything an app process needs to find the screen, the keyring and its own files."""

    display: str
    home: Path  # private HOME (XDG dirs inside): gnome-keyring's file, Qt caches, anything else
    pos_home: Path  # KUPAY_POS_HOME: the app's settings, journal and logs
    runtime_dir: Path
    bus_address: str = ""
    output_dir: Path = field(default_factory=Path)

    def env(self) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "WAYLAND_DISPLAY")
        }
        env.update(
            DISPLAY=self.display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_RUNTIME_DIR=str(self.runtime_dir),
            KUPAY_POS_HOME=str(self.pos_home),
            PYTHONPATH=str(ROOT),
        )
        if self.bus_address:
            env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        return env

    # --- the keyring -------------------------------------------------------------------------------
    def keyring_token(self) -> str | None:
        """What the Secret Service holds for kupay-pos/api-token (secret-tool, as an owner would check)."""
        result = subprocess.run(
            ["secret-tool", "lookup", "service", "kupay-pos", "username", "api-token"],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=10,
        )
        return result.stdout if result.returncode == 0 and result.stdout else None

    def store_token(self, token: str) -> None:
        subprocess.run(
            [
                "secret-tool",
                "store",
                "--label",
                "KuPay POS API token",
                "service",
                "kupay-pos",
                "username",
                "api-token",
            ],
            input=token,
            env=self.env(),
            check=True,
            capture_output=True,
            text=True,
            timeout=10,
        )

    # --- the app -----------------------------------------------------------------------------------
    @property
    def support_log(self) -> Path:
        return self.pos_home / "logs" / "kupay-pos.log"

    def start_app(self, *args: str, name: str = "app") -> App:
        log_path = self.output_dir / f"{name}.out"
        log_start = self.support_log.stat().st_size if self.support_log.exists() else 0
        with log_path.open("ab") as out:
            proc = subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), *args],
                env=self.env(),
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: cleanup never reaches the test runner
            )
        return App(proc, self, log_path, log_start)

    def run_cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *args],
            env=self.env(),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )

    def xdotool(self, *args: str, timeout: float = 10.0) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=timeout
        )
        if result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()


@dataclass
class App:
    """One running `main.py` process with a window on the private screen."""

    proc: subprocess.Popen
    desktop: Desktop
    log_path: Path
    support_log_start: int  # where this run's lines begin in the support log (it is appended to)
    window: str = ""

    @property
    def pid(self) -> int:
        return self.proc.pid

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-3000:]

    def wait_window(self, timeout: float = 20.0) -> str:
        """Wait until this process's window is on screen, then give it the keyboard.

        There is no window manager under bare Xvfb: windowactivate would fail, windowfocus sets the X
        input focus directly. --pid keeps a window of an earlier (killed) run from being picked.
        """

        def find() -> str:
            if self.proc.poll() is not None:
                raise AssertionError(f"the app exited with {self.proc.returncode}:\n{self.output()}")
            result = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid), "--name", TITLE],
                env=self.desktop.env(),
                capture_output=True,
                text=True,
                timeout=10,
            )
            return result.stdout.split()[0] if result.stdout.split() else ""

        self.window = wait_for(find, timeout, f"a visible window titled {TITLE!r} of pid {self.pid}", 0.1)
        self.desktop.xdotool("windowfocus", "--sync", self.window)
        return self.window

    def wait_for_log(self, phrase: str, timeout: float = 15.0) -> None:
        """Wait until this run of the app has written `phrase` to its support log."""

        def written() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"the app exited with {self.proc.returncode}:\n{self.output()}")
            path = self.desktop.support_log
            if not path.exists():
                return False
            with path.open("rb") as log:
                log.seek(self.support_log_start)
                return phrase.encode() in log.read()

        wait_for(written, timeout, f"the support log to say {phrase!r}")

    def title(self) -> str:
        return self.desktop.xdotool("getwindowname", self.window)

    def key(self, *keys: str) -> None:
        """Real key presses (XTEST) into the focused window, like a USB keyboard."""
        self.desktop.xdotool("windowfocus", "--sync", self.window)
        self.desktop.xdotool("key", "--delay", "30", *keys)

    def type(self, text: str) -> None:
        self.desktop.xdotool("windowfocus", "--sync", self.window)
        self.desktop.xdotool("type", "--delay", "30", text)

    def kill_hard(self) -> None:
        """Like a power cut for the app: SIGKILL, no clean-up code runs."""
        os.kill(self.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        stop_group(self.proc)


@contextmanager
def keyring_session(desktop: Desktop) -> Iterator[Desktop]:
    """A private D-Bus session with an unlocked, empty GNOME Keyring; app processes join it by address.

    dbus-run-session keeps the bus up while its child (`cat`, waiting on our pipe) runs; closing the pipe
    ends the bus, and gnome-keyring-daemon leaves with it.
    """
    # A non-empty unlock password: with an empty one gnome-keyring creates no login collection and asks a
    # graphical prompter instead (see tests/test_keyring_integration.py).
    shell = (
        f'printf %s "{KEYRING_PASSWORD}" | gnome-keyring-daemon --unlock --components=secrets >/dev/null'
        ' && echo "BUS=$DBUS_SESSION_BUS_ADDRESS" && exec cat'
    )
    env = desktop.env()
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    proc = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select(
            [proc.stdout], [], [], 20
        )  # the keyring is unlocked (or the shell failed)
        line = proc.stdout.readline() if ready else ""
        if not line.startswith("BUS="):
            raise RuntimeError(f"dbus-run-session with gnome-keyring did not start (exit {proc.poll()})")
        desktop.bus_address = line.removeprefix("BUS=").strip()
        yield desktop
    finally:
        desktop.bus_address = ""
        if proc.stdin:
            proc.stdin.close()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            pass
        stop_group(proc)


def files_containing(needle: str, *roots: Path) -> list[Path]:
    """Every regular file under `roots` whose bytes contain `needle` (sockets and FIFOs are skipped)."""
    found = []
    data = needle.encode()
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink() and data in path.read_bytes():
                found.append(path)
    return found
