"""Start-up time: process start to a visible window, against a bare PySide6 window in the same run.

    .venv/bin/python bench/startup.py [--runs 7] [--no-token-run]

Runs a private Xvfb screen, then alternates: a bare PySide6 window, `main.py --demo`, the same with
`--customer-display window`, and (unless
--no-token-run) a normal start with a token, against a sandbox in another process and a benchmark keyring
backend (bench/_env_keyring.py), so the real keyring is never touched. Each start is timed from just
before the process is spawned to the first moment `xdotool search --onlyvisible --name TITLE` finds the
window (polled every few ms). One warm-up round is not counted. Prints medians and the ratio to the bare
window; the goal is at most 1.5x.
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
APP_TITLE = "KuPay POS"
BARE_TITLE = "Bare PySide6 window"

# The fairest baseline: the same interpreter importing PySide6 and showing one titled top-level window.
BARE_CODE = f"""
import sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget()
w.setWindowTitle({BARE_TITLE!r})
w.resize(1024, 700)
w.show()
sys.exit(app.exec())
"""


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb picks a free display itself and writes its number to a pipe (-displayfd)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        raise SystemExit("Xvfb did not start")
    return proc, f":{number}"


def find_window(display: str, title: str) -> bool:
    env = {**os.environ, "DISPLAY": display}
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", title],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return bool(result.stdout.strip())


def time_start(cmd: list[str], env: dict[str, str], display: str, title: str, timeout: float = 30.0) -> float:
    """Seconds from spawning `cmd` to its window being mapped and viewable."""
    env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    log = tempfile.TemporaryFile()  # noqa: SIM115 - the child writes to it until stopped; closed in `finally`
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            if find_window(display, title):
                return time.perf_counter() - t0
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"{cmd} exited with {proc.returncode}:\n{log.read().decode()[-2000:]}")
            if time.perf_counter() - t0 > timeout:
                raise RuntimeError(f"no window titled {title!r} within {timeout:.0f} s")
            time.sleep(0.002)
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        # Make sure the window is gone before the next start, so it cannot be found by mistake.
        deadline = time.perf_counter() + 5
        while find_window(display, title) and time.perf_counter() < deadline:
            time.sleep(0.01)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"sandbox did not listen on port {port}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="counted starts of each kind (default 7)")
    parser.add_argument("--no-token-run", action="store_true", help="skip the non-demo start with a token")
    parser.add_argument("--title", default=APP_TITLE, help="the app window's title to wait for")
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is needed (apt-get install xvfb xdotool)")

    python = sys.executable
    home = tempfile.mkdtemp(prefix="kupay-bench-startup-")
    base_env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    base_env["KUPAY_POS_HOME"] = home
    kinds: dict[str, tuple[list[str], dict[str, str], str]] = {
        "bare PySide6": ([python, "-c", BARE_CODE], base_env, BARE_TITLE),
        "app --demo": ([python, "main.py", "--demo"], base_env, args.title),
        # The customer display is built after the cashier's window is visible: it must not delay it.
        "demo + customer": (
            [python, "main.py", "--demo", "--customer-display", "window"],
            base_env,
            args.title,
        ),
    }

    xvfb, display = start_xvfb()
    sandbox = None
    try:
        if not args.no_token_run:
            port = free_port()
            token = secrets.token_hex(16)
            sandbox = subprocess.Popen(
                [python, "main.py", "sandbox", "--port", str(port), "--token", token],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wait_for_port(port)
            token_env = {
                **base_env,
                "KUPAY_POS_HOME": tempfile.mkdtemp(prefix="kupay-bench-token-"),
                "PYTHON_KEYRING_BACKEND": "_env_keyring.EnvKeyring",
                "PYTHONPATH": os.pathsep.join(filter(None, [str(BENCH), base_env.get("PYTHONPATH", "")])),
                "KUPAY_BENCH_TOKEN": token,
            }
            kinds["app with token"] = (
                [python, "main.py", "--api-url", f"http://127.0.0.1:{port}/v1/"],
                token_env,
                args.title,
            )

        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        for round_no in range(args.runs + 1):  # round 0 warms the file cache and is not counted
            for kind, (cmd, env, title) in kinds.items():
                seconds = time_start(cmd, env, display, title)
                if round_no:
                    times[kind].append(seconds)
            if round_no:
                row = "  ".join(f"{k}={times[k][-1] * 1000:6.0f} ms" for k in kinds)
                print(f"round {round_no}: {row}", flush=True)
    finally:
        if sandbox:
            sandbox.terminate()
            sandbox.wait(5)
        xvfb.terminate()
        xvfb.wait(5)
        shutil.rmtree(home, ignore_errors=True)

    bare = statistics.median(times["bare PySide6"])
    print(f"\nstart to visible window, median of {args.runs} (min-max), Xvfb, {sys.platform}:")
    for kind, values in times.items():
        median = statistics.median(values)
        print(
            f"  {kind:15s} {median * 1000:6.0f} ms  ({min(values) * 1000:.0f}-{max(values) * 1000:.0f})"
            f"  ratio {median / bare:4.2f}x"
        )
    worst = max(statistics.median(v) for v in times.values()) / bare
    print(f"goal: at most 1.50x the bare window -> {'met' if worst <= 1.5 else 'MISSED'} ({worst:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
