"""The command line without a console: the windowed Windows exe starts with sys.stdout and sys.stderr None.

Windows ships kupay-pos-cli.exe for the command line (checked in the release workflow); these tests make
sure a shop that types `kupay-pos.exe report` anyway gets an exit code, not PyInstaller's crash dialog, and
that the commands writing files still work. Run as a real process with both streams None, as on Windows.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# What Python does for a program started without a console, then the app's own entry point.
NO_CONSOLE = (
    "import sys, runpy; sys.stdout = sys.stderr = None; sys.argv = ['kupay-pos', *sys.argv[1:]]; "
    "runpy.run_path('main.py', run_name='__main__')"
)


def run_without_console(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KUPAY_POS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the developer's own keyring
    return subprocess.run(
        [sys.executable, "-c", NO_CONSOLE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("args", [["report"], ["export", "--csv", "-"]])
def test_commands_that_print_say_there_is_no_console_instead_of_crashing(args, pos_home):
    result = run_without_console(*args, home=pos_home)

    # 2 is "asked for something this program cannot do"; a crash would be 1 (an unhandled exception).
    assert result.returncode == 2
    assert result.stdout == result.stderr == ""  # nothing leaked past the None streams


def test_commands_that_write_files_work_without_a_console(tmp_path, pos_home):
    target = tmp_path / "sales.csv"
    report = tmp_path / "self-test.txt"

    exported = run_without_console("export", "--csv", str(target), home=pos_home)
    tested = run_without_console("self-test", "--report", str(report), home=pos_home)

    assert exported.returncode == 0
    with target.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh))[:3] == ["created_at", "order_number", "id"]
    assert tested.returncode == 0, report.read_text(encoding="utf-8") if report.exists() else tested
    assert report.read_text(encoding="utf-8").splitlines()[-1].startswith("OK: 10 of 10 checks passed")


@pytest.mark.parametrize(
    ("args", "code"),
    [(["--version"], 0), (["--help"], 0), (["report", "--date", "yesterday"], 2), (["nosuch"], 2)],
)
def test_version_help_and_mistakes_exit_cleanly_without_a_console(args, code, pos_home):
    assert run_without_console(*args, home=pos_home).returncode == code
