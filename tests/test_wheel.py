"""The wheel: an installed KuPay POS has its theme, icons, sounds and translations (#11 bug 4).

resources/ stays at the top of the repository and ships as the package `pos_app.assets` (pyproject.toml);
pos_app/resources.py finds it with importlib.resources. The wheel is built offline from a copy of the
checkout (nothing fetched) and installed with pip into a folder of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle_rules as rules  # noqa: E402 - packaging/ is put on the path just above


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    for folder in ("pos_app", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "-w", str(out), str(source)],
        check=True, timeout=300, cwd=out,
    )  # fmt: skip
    (built,) = out.glob("kupay_pos-*.whl")
    return built


def test_the_wheel_carries_what_the_app_reads_as_the_bundle_does(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assets = {
        PurePosixPath(n).relative_to("pos_app/assets").as_posix()
        for n in names
        if n.startswith("pos_app/assets/")
    }
    for wanted in ("theme.qss", "icons/kupay-pos-256.png", "icons/chevron-down.svg", "sounds/paid.wav",
                   "sounds/not-paid.wav", "translations/kupay_de.qm", "translations/kupay_ja.qm"):  # fmt: skip
        assert wanted in assets
    # Exactly the files the PyInstaller bundle carries (one rule for what the app reads), and no screenshots
    # or translators' sources.
    bundled = {Path(src).relative_to(ROOT / "resources").as_posix() for src, _dest in rules.resource_datas()}
    assert assets - {"__init__.py"} == bundled
    # Every module of the package, so a subpackage missing from pyproject's list cannot go unnoticed.
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "pos_app").rglob("*.py")}
    assert modules <= names, sorted(modules - names)


def test_a_till_installed_from_the_wheel_has_its_theme_icons_sounds_and_words(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(site),
         str(wheel)],
        check=True, timeout=300,
    )  # fmt: skip
    probe = textwrap.dedent(
        """
        from PySide6.QtCore import QTranslator
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        import pos_app
        from pos_app.resources import resources_root
        from pos_app.selftest import check_resources
        from pos_app.ui.i18n import translations_dir
        from pos_app.ui.launch import load_theme
        from pos_app.ui.result_screen import ResultScreen

        app.setStyleSheet(load_theme())
        screen = ResultScreen()
        screen.resize(400, 300)
        screen.show_paid("$12.50", "T1-0001")
        screen.show()
        app.processEvents()
        print(pos_app.__file__)
        print(resources_root())
        print(screen.grab().toImage().pixelColor(5, 5).name())
        print(QTranslator().load("kupay_de", translations_dir()))
        print(check_resources())
        """
    )
    # The installed copy, not this checkout: the folder is first on the path and the checkout is not on it.
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    module, root, colour, translated, resources = result.stdout.splitlines()[-5:]
    assert Path(module).is_relative_to(site) and Path(root) == site / "pos_app" / "assets"
    assert colour == "#11703d"  # the paid screen is green (the theme's @paid)
    assert translated == "True"
    assert "theme.qss" in resources and "2 sounds" in resources


def test_a_checkout_run_without_any_install_finds_the_resources_folder():
    # -S: no site-packages, so no installed or editable pos_app.assets; the checkout's own folder is used.
    result = subprocess.run(
        [sys.executable, "-S", "-c", "from pos_app.resources import resource_path; print(resource_path('theme.qss'))"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert Path(result.stdout.strip()) == ROOT / "resources" / "theme.qss"


def test_the_editable_install_reads_the_checkouts_resources_through_importlib():
    from importlib.resources import files

    from pos_app.resources import resource_path

    stamp = Path(sys.prefix) / ".installed"  # what `make setup` touches after `pip install -e .`
    if not stamp.exists() or stamp.stat().st_mtime < (ROOT / "pyproject.toml").stat().st_mtime:
        pytest.skip("not a venv `make setup` installed from this pyproject.toml (run make setup)")
    assert Path(str(files("pos_app.assets"))) == ROOT / "resources"
    assert resource_path("theme.qss") == ROOT / "resources" / "theme.qss"
