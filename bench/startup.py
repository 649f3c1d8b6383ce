"""Start-up time: process start to a usable keypad on screen, against a bare PySide6 window in the same run.

    .venv/bin/python bench/startup.py [--runs 7] [--no-token-run]

Runs a private Xvfb screen, then alternates: a bare PySide6 window (a QMainWindow of the till's size), `main.py
--demo`, the same with `--customer-display window`, and (unless --no-token-run) a normal start with a
token, against a sandbox in another process and a benchmark keyring backend (bench/_env_keyring.py), so the
real keyring is never touched. Each start is timed from just before the process is spawned to the moment the
cashier's keypad (the bare window's body) has been painted and flushed to the screen, read inside the
process by bench/_first_paint.py: a window found "visible" by xdotool may still be blank or say "Starting…".
The first frame of any kind, and the customer display's first paint, are printed too. One warm-up round is
not counted; it also writes the bytecode caches, as an installed app has them (so the session's
PYTHONDONTWRITEBYTECODE is dropped for the starts). Prints medians and the ratio to the bare window; the
goal is at most 1.5x.
"""

from __future__ import annotations

import argparse
import os
import secrets
import select
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
PROBE = BENCH / "_first_paint.py"
KEYPAD = "keypad"  # the sale screen's keypad (objectName): the till is usable once it is on screen
CUSTOMER_TITLE = "Customer display"
SETTLE_SECONDS = 0.3

# The fairest baseline: the same interpreter importing PySide6 and showing one main window of the till's
# size, with a body (its central widget) that the probe waits for like the till's keypad.
BARE_CODE = f"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
app = QApplication(sys.argv)
w = QMainWindow()
w.setWindowTitle("Bare PySide6 window")
body = QWidget()
body.setObjectName({KEYPAD!r})
w.setCentralWidget(body)
w.resize(1280, 800)
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


def time_start(
    cmd: list[str], env: dict[str, str], display: str, other: str = "", timeout: float = 30.0
) -> dict[str, float]:
    """Seconds from spawning `cmd` (under the probe) to its first frame, its keypad and (with `other`) the
    window titled so."""
    env = {**env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    read_fd, write_fd = os.pipe()
    probe = [sys.executable, str(PROBE), str(write_fd), KEYPAD, *([other] if other else []), "--", *cmd]
    log = tempfile.TemporaryFile()  # noqa: SIM115 - the child writes to it until stopped; closed in `finally`
    wanted = {"frame", KEYPAD, *(["other"] if other else [])}
    seen: dict[str, float] = {}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        probe, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, pass_fds=(write_fd,)
    )
    os.close(write_fd)
    pending = b""
    try:
        while not wanted <= seen.keys():
            ready, _, _ = select.select([read_fd], [], [], 0.5)
            chunk = os.read(read_fd, 4096) if ready else b""
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                what, at = line.decode().split()
                seen[what] = float(at) - t0
            if not chunk and (proc.poll() is not None or time.monotonic() - t0 > timeout):
                log.seek(0)
                raise RuntimeError(
                    f"{cmd} showed {sorted(seen)} of {sorted(wanted)}:\n{log.read().decode()[-2000:]}"
                )
        return seen
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        os.close(read_fd)
        log.close()
        # Whatever start comes next should not pay for this one's exit (the X server freeing its windows,
        # the journal reaching the disk): every kind gets the same pause before it.
        time.sleep(SETTLE_SECONDS)


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
    args = parser.parse_args()
    if not shutil.which("Xvfb"):
        raise SystemExit("Xvfb is needed (apt-get install xvfb)")

    python = sys.executable
    home = tempfile.mkdtemp(prefix="kupay-bench-startup-")
    dropped = ("QT_QPA_PLATFORM", "DISPLAY", "PYTHONDONTWRITEBYTECODE")
    base_env = {k: v for k, v in os.environ.items() if k not in dropped}
    base_env["KUPAY_POS_HOME"] = home
    kinds: dict[str, tuple[list[str], dict[str, str], str]] = {
        "bare PySide6": (["-c", BARE_CODE], base_env, ""),
        "app --demo": (["main.py", "--demo"], base_env, ""),
        # The customer display is built after the cashier's keypad is on screen: it must not delay it.
        "demo + customer": (["main.py", "--demo", "--customer-display", "window"], base_env, CUSTOMER_TITLE),
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
                ["main.py", "--api-url", f"http://127.0.0.1:{port}/v1/"],
                token_env,
                "",
            )

        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        frames: dict[str, list[float]] = {kind: [] for kind in kinds}
        customer: list[float] = []
        for round_no in range(args.runs + 1):  # round 0 warms the caches and is not counted
            for kind, (cmd, env, other) in kinds.items():
                seen = time_start(cmd, env, display, other)
                if round_no:
                    times[kind].append(seen[KEYPAD])
                    frames[kind].append(seen["frame"])
                    if other:
                        customer.append(seen["other"])
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
    print(f"\nstart to keypad on screen, median of {args.runs} (min-max), Xvfb, {sys.platform}:")
    for kind, values in times.items():
        median = statistics.median(values)
        print(
            f"  {kind:15s} {median * 1000:6.0f} ms  ({min(values) * 1000:.0f}-{max(values) * 1000:.0f})"
            f"  ratio {median / bare:4.2f}x   first frame {statistics.median(frames[kind]) * 1000:4.0f} ms"
        )
    if customer:
        print(f"  the customer display painted at {statistics.median(customer) * 1000:.0f} ms (median)")
    worst = max(statistics.median(v) for v in times.values()) / bare
    print(f"goal: at most 1.50x the bare window -> {'met' if worst <= 1.5 else 'MISSED'} ({worst:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
