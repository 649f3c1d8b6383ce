"""Memory of an idle terminal: resident set size (VmRSS) of the real process, next to a bare PySide6 window.

    .venv/bin/python bench/memory.py [--settle 3]

Starts `main.py --demo` (and a bare PySide6 window for scale) on a private Xvfb screen, waits for the
window to be visible plus `--settle` seconds, and reads /proc/<pid>/status. RSS after 1,000 sales comes
from bench/soak.py, which rings them up in one process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import APP_TITLE, BARE_CODE, BARE_TITLE, ROOT, find_window, start_xvfb


def rss_of(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) in KiB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            values[line.split(":")[0]] = int(line.split()[1])
    return values["VmRSS"], values["VmHWM"]


def measure(cmd: list[str], title: str, display: str, settle: float) -> tuple[int, int]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", KUPAY_POS_HOME=tempfile.mkdtemp(prefix="kupay-mem-"))
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not find_window(display, title):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{cmd} showed no window titled {title!r}")
            time.sleep(0.01)
        time.sleep(settle)
        return rss_of(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--settle", type=float, default=3.0, help="seconds to wait after the window appears")
    args = parser.parse_args()
    xvfb, display = start_xvfb()
    try:
        bare = measure([sys.executable, "-c", BARE_CODE], BARE_TITLE, display, args.settle)
        app = measure([sys.executable, "main.py", "--demo"], APP_TITLE, display, args.settle)
    finally:
        xvfb.terminate()
        xvfb.wait(5)
    print(f"idle RSS {args.settle:.0f} s after the window appeared (Xvfb, xcb):")
    print(f"  bare PySide6 window   {bare[0] / 1024:6.1f} MiB  (peak {bare[1] / 1024:.1f})")
    print(f"  main.py --demo        {app[0] / 1024:6.1f} MiB  (peak {app[1] / 1024:.1f})")
    print("  (the demo includes its in-process sandbox; RSS after 1,000 sales: bench/soak.py)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
