"""`kupay-pos --version --verbose`: the answer to a support call's "which Qt is this?"."""

from __future__ import annotations

import sys
from importlib import metadata

from PySide6.QtCore import qVersion

from pos_app import __version__
from pos_app.app import main
from pos_app.versions import RUNTIME_DISTRIBUTIONS, VERSIONS_FILE, versions_file_text


def test_plain_version_is_one_line(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"KuPay POS {__version__}\n"


def test_verbose_version_lists_the_loaded_qt_and_every_runtime_package(capsys):
    assert main(["--version", "--verbose"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"KuPay POS {__version__}"
    assert f"Qt {qVersion()} (loaded)" in lines
    for name in RUNTIME_DISTRIBUTIONS:
        assert f"{name} {metadata.version(name)}" in lines


def test_a_bundle_reports_what_it_was_built_with_not_this_environment(tmp_path, monkeypatch, capsys):
    recorded = "KuPay POS 9.9.9\nPython 3.11.0 (win32, AMD64)\nbabel 2.14.0\n"
    (tmp_path / VERSIONS_FILE).write_text(recorded, encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert main(["--version", "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == recorded.splitlines()
    assert out[3] == f"Qt {qVersion()} (loaded)"


def test_the_build_record_names_this_version_first():
    assert versions_file_text().splitlines()[0] == f"KuPay POS {__version__}"
