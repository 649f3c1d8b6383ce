"""The command line writing into a pipe whose encoding has no ￥ or ₹, as on Windows.

A Windows pipe or file gets the ANSI code page (cp1252): `kupay-pos-cli.exe self-test | more`, the release
workflow's `$out = & kupay-pos-cli.exe self-test --strict`, `report > day.txt` and `export --csv - > x.csv`
crashed on the first character cp1252 lacks. PYTHONIOENCODING=cp1252 gives Linux the same pipe. Run as a
real process: the encoding of a pipe is decided when Python starts.
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

from test_reports import add_sale

from pos_app.kupay.models import PaymentState

ROOT = Path(__file__).resolve().parents[1]


def run_into_a_cp1252_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the developer's own keyring
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, timeout=120
    )


def utf8(data: bytes) -> str:
    return data.decode("utf-8")  # strict: cp1252 bytes or a crash's half line fail here


def test_self_test_into_a_pipe_prints_the_yen_sign_in_utf8(pos_home):
    result = run_into_a_cp1252_pipe("self-test")

    assert result.returncode == 0, utf8(result.stdout) + utf8(result.stderr)
    out = utf8(result.stdout)
    assert "PASS babel" in out and "￥1,200" in out
    assert re.match(r"OK: (\d+) of \1 checks passed", out.splitlines()[-1])  # every check ran and passed


def test_report_into_a_pipe_prints_the_rupee_sign_in_utf8(journal, pos_home):
    add_sale(journal, "1200", "INR", PaymentState.PAID)

    result = run_into_a_cp1252_pipe("report")

    assert result.returncode == 0, utf8(result.stderr)
    assert "₹1,200.00" in utf8(result.stdout)


def test_csv_export_into_a_pipe_is_utf8_like_a_file_export(journal, pos_home, tmp_path):
    sale = add_sale(journal, "1200", "KRW", PaymentState.PAID, email="顧客@例え.jp")
    target = tmp_path / "sales.csv"

    piped = run_into_a_cp1252_pipe("export", "--csv", "-")
    written = run_into_a_cp1252_pipe("export", "--csv", str(target))

    assert piped.returncode == written.returncode == 0, utf8(piped.stderr) + utf8(written.stderr)
    assert piped.stdout == target.read_bytes()  # the same bytes, line ends included
    rows = list(csv.DictReader(io.StringIO(utf8(piped.stdout), newline="")))
    assert [(r["order_number"], r["amount"], r["currency"], r["email"]) for r in rows] == [
        (sale.order_number, "1200", "KRW", "顧客@例え.jp")
    ]
