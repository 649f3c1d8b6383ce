"""Packaging, checked without building: what the bundle keeps, the version flowing from pyproject.toml into
every installer, and the files the installers and the release workflow rely on agreeing with each other.

The full build and the frozen self-test run in CI through packaging/ci_bundle_check.sh.
"""

from __future__ import annotations

import configparser
import fnmatch
import importlib.util
import os
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

import babel.localedata
import babel.numbers
import pytest
from PIL import Image, ImageChops, ImageStat

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import bundle_rules as rules  # noqa: E402


def _load(name: str, path: Path):
    # Not `import build`: that name belongs to PyPA's build tool if it is installed.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


build = _load("kupay_packaging_build", PACKAGING / "build.py")

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# --- what goes into the bundle ------------------------------------------------------------------------------


def test_the_bundle_has_every_module_the_app_imports():
    # Qt modules outside QT_MODULES, excluded packages (PIL) or babel data the slim pack drops would
    # only fail in the installed app; the build refuses, and so does this test, with the file names.
    assert rules.bundle_gaps() == []
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(rules.qt_modules_used())


def test_a_new_qt_import_is_caught(tmp_path):
    package = tmp_path / "pos_app"
    package.mkdir()
    (package / "web.py").write_text("from PySide6.QtNetwork import QNetworkAccessManager\n", encoding="utf-8")
    (package / "img.py").write_text("from PIL import Image\n", encoding="utf-8")

    gaps = rules.bundle_gaps(package)

    assert any("QtNetwork" in gap and "web.py" in gap for gap in gaps), gaps
    assert any("PIL" in gap and "img.py" in gap for gap in gaps), gaps


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),  # would pull in GTK
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
    ],
)
def test_qt_plugin_rules(dest, kept):
    assert rules.keep_qt_file(dest) is kept


@pytest.mark.parametrize(
    ("dest", "system", "kept"),
    [
        ("libcups.so.2", "linux", False),  # the host's CUPS reads the host's printers
        ("libssl.so.3", "linux", False),
        ("libxcb-cursor.so.0", "linux", True),  # often missing on hosts: stays bundled
        ("libsqlite3.so.0", "linux", True),
        ("libcups.so.2", "darwin", True),
        ("PySide6\\opengl32sw.dll", "win32", False),
        ("PySide6\\Qt6Widgets.dll", "win32", True),
        ("PySide6\\translations\\qtbase_de.qm", "win32", False),
    ],
)
def test_binary_rules_per_os(dest, system, kept):
    assert rules.keep_binary(dest, system) is kept


def test_unused_qt_modules_are_excluded_and_used_ones_kept():
    excluded = set(rules.excluded_qt_modules())
    assert "PySide6.QtNetwork" in excluded and "PySide6.QtQml" in excluded
    assert not {f"PySide6.{name}" for name in rules.QT_MODULES} & excluded


def _load_babel_hook():
    spec = importlib.util.spec_from_file_location(
        "rthook", PACKAGING / "pyinstaller_hooks" / "rthook_babel_pack.py"
    )
    assert spec and spec.loader
    return spec, spec.loader


def test_packed_babel_data_formats_money_like_the_original(tmp_path, monkeypatch):
    """Pack three locales the way the spec does, then let babel read them through the runtime hook."""
    source = Path(babel.localedata._dirname)
    names = ["root", "de", "de_CH", "en", "en_001", "en_150"]
    datas = [(f"{rules.BABEL_LOCALE_DIR}/{n}.dat", str(source / f"{n}.dat"), "DATA") for n in names]
    datas.append(("babel/global.dat", str(source.parent / "global.dat"), "DATA"))

    packed = rules.slim_babel_locale_data(datas, tmp_path / "work")

    # Lay the result out like the bundle does, under a fake _internal/.
    internal = tmp_path / "_internal"
    for dest, src, _ in packed:
        target = internal / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
    assert (internal / rules.BABEL_PACK).stat().st_size < 200_000
    assert all((internal / rules.BABEL_LOCALE_DIR / f"{n}.dat").stat().st_size == 0 for n in names)

    # What the same Babel says from its own, unpacked data: the packed copy must say exactly the same.
    samples = [
        (Decimal("1234.5"), "CHF", "de_CH"),
        (Decimal("-0.07"), "EUR", "de"),
        (Decimal(1200), "JPY", "en"),
    ]
    samples += [(Decimal("98765.43"), "GBP", "en_150"), (Decimal("5"), "USD", "en_001")]
    expected = [babel.numbers.format_currency(a, c, locale=loc) for a, c, loc in samples]
    expected_names = babel.numbers.get_currency_name("CHF", locale="de_CH")

    monkeypatch.setattr(babel.localedata, "_dirname", str(internal / rules.BABEL_LOCALE_DIR))
    monkeypatch.setattr(babel.localedata, "_cache", {})
    monkeypatch.setattr(babel.localedata, "_dict_cache", {}, raising=False)  # Babel 2.18+ caches here too
    babel.localedata.locale_identifiers.cache_clear()  # cached per process: cleared again after the test
    monkeypatch.setattr(babel.localedata, "open", open, raising=False)  # restored after the test
    spec, loader = _load_babel_hook()
    loader.exec_module(importlib.util.module_from_spec(spec))
    try:
        assert sorted(babel.localedata.locale_identifiers()) == sorted(n for n in names if n != "root")
        assert [babel.numbers.format_currency(a, c, locale=loc) for a, c, loc in samples] == expected
        assert babel.numbers.get_currency_name("CHF", locale="de_CH") == expected_names
        assert "languages" not in babel.localedata.load("de")  # a dropped section really is gone
    finally:
        babel.localedata.locale_identifiers.cache_clear()


def test_qt_platform_fallback_hook_matches_the_bundled_plugins(monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "rthook_qt", PACKAGING / "pyinstaller_hooks" / "rthook_qt_platform.py"
    )
    assert spec and spec.loader
    hook = importlib.util.module_from_spec(spec)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    spec.loader.exec_module(hook)
    assert {f"q{name}" for name in hook.SHIPPED_LINUX_PLATFORMS} == rules.QT_PLUGINS["platforms"] & {
        "qxcb",
        "qoffscreen",
    }

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")  # what some desktops set: Qt would abort
    hook._add_xcb_fallback()
    assert os.environ["QT_QPA_PLATFORM"] == "wayland;xcb"
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    hook._add_xcb_fallback()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


# --- the version, from pyproject.toml only ------------------------------------------------------------------


def test_the_version_is_read_from_pyproject():
    assert rules.project_version() == VERSION


def test_windows_exe_version_info_carries_the_pyproject_version():
    text = rules.render_version_info("2.13.4")
    assert "filevers=(2, 13, 4, 0)" in text and "prodvers=(2, 13, 4, 0)" in text
    assert 'StringStruct("ProductVersion", "2.13.4")' in text
    assert 'StringStruct("OriginalFilename", "kupay-pos.exe")' in text
    assert not re.search(r"@[A-Z_]+@", text)  # every placeholder filled
    # The template itself holds no version that could go stale.
    template = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    assert not re.search(r"\d+\.\d+\.\d+", template)


@pytest.mark.parametrize(
    ("version", "numbers"), [("1.2.3", (1, 2, 3, 0)), ("0.10.0rc1", (0, 10, 0, 1)), ("4", (4, 0, 0, 0))]
)
def test_windows_version_numbers(version, numbers):
    assert rules.version_tuple(version) == numbers


def test_macos_info_plist_gets_the_version_and_launches_our_executable():
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        template = plistlib.load(fh)
    plist = rules.info_plist(VERSION)

    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == VERSION
    assert plist["CFBundleIdentifier"] == rules.BUNDLE_ID == "finance.kupay.pos"
    # A wrong CFBundleExecutable or icon name gives an app that does not start or has no icon.
    assert plist["CFBundleExecutable"] == rules.EXE_NAME
    assert (ROOT / "resources" / "icons" / plist["CFBundleIconFile"]).is_file()
    assert plist["LSMinimumSystemVersion"] == "12.0"
    assert plist["NSHighResolutionCapable"] is True
    assert "MIT" in plist["NSHumanReadableCopyright"]
    assert template["CFBundleShortVersionString"] == "0.0.0"  # placeholder, filled at build time


def test_macos_entitlements_allow_what_python_needs_under_the_hardened_runtime():
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    assert entitlements["com.apple.security.cs.allow-unsigned-executable-memory"] is True
    assert "com.apple.security.app-sandbox" not in entitlements


# --- Windows installer ------------------------------------------------------------------------------------


def _iss() -> str:
    return (PACKAGING / "windows" / "kupay-pos.iss").read_text(encoding="utf-8")


def _iss_setup() -> dict[str, str]:
    section = _iss().split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = (line.split("=", 1) for line in section.splitlines() if "=" in line and not line.startswith(";"))
    return {key.strip(): value.strip() for key, value in pairs}


def test_inno_setup_gets_its_version_from_the_build_and_names_the_file_the_build_expects():
    setup = _iss_setup()
    cmd = build.iscc_command("iscc", VERSION)

    assert f"/DAppVersion={VERSION}" in cmd
    assert "#error" in _iss() and "#ifndef AppVersion" in _iss()  # refuses to build without a version
    assert not re.search(r"\d+\.\d+\.\d+", _iss())
    assert setup["AppVersion"] == "{#AppVersion}"
    # build.py looks for, signs and the workflow uploads this exact name.
    assert setup["OutputBaseFilename"].replace("{#AppVersion}", VERSION) + ".exe" == build.artifact_name(
        VERSION, "win32"
    )


def test_inno_setup_installs_per_user_without_admin_rights():
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs with lowest privileges
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    assert f'#define AppExe "{rules.EXE_NAME}.exe"' in _iss()
    assert "Tasks: desktopicon" in _iss() and "{group}" in _iss()


# --- Linux tarball ----------------------------------------------------------------------------------------


def _desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_file_has_the_keys_a_menu_needs():
    entry = _desktop_entry(PACKAGING / "linux" / "kupay-pos.desktop")
    assert entry["Type"] == "Application"
    assert entry["Name"] == rules.APP_NAME
    assert entry["Exec"].split()[0] == rules.EXE_NAME
    assert entry["Icon"] == "kupay-pos"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


@pytest.mark.skipif(os.name != "posix", reason="install.sh is for Linux desktops")
def test_install_sh_puts_a_launcher_for_the_unpacked_program_in_the_menu(tmp_path):
    # An unpacked tarball (in a folder with a space), as package_linux() lays it out.
    unpacked = tmp_path / "my apps" / f"kupay-pos-{VERSION}"
    (unpacked / "kupay-pos").mkdir(parents=True)
    program = unpacked / "kupay-pos" / "kupay-pos"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(PACKAGING / "linux" / "kupay-pos.desktop", unpacked)
    shutil.copy(PACKAGING / "linux" / "install.sh", unpacked)
    shutil.copy(ROOT / "resources" / "icons" / "kupay-pos-256.png", unpacked / "kupay-pos.png")
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    subprocess.run(["sh", str(unpacked / "install.sh")], check=True, env=env, capture_output=True)

    installed = home / ".local/share/applications/kupay-pos.desktop"
    entry = _desktop_entry(installed)
    assert entry["Exec"] == f'"{program}"'
    assert entry["TryExec"] == str(program)
    assert (home / ".local/share/icons/hicolor/256x256/apps/kupay-pos.png").is_file()
    assert f'Exec="{program}" --demo' in installed.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):  # the freedesktop.org checker, where installed
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr

    subprocess.run(
        ["sh", str(unpacked / "install.sh"), "--uninstall"], check=True, env=env, capture_output=True
    )
    assert not installed.exists()


def test_linux_tarball_name():
    assert re.fullmatch(
        rf"kupay-pos-{re.escape(VERSION)}-linux-\w+\.tar\.gz", build.artifact_name(VERSION, "linux")
    )


# --- release workflow -------------------------------------------------------------------------------------


def _workflow() -> str:
    return (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def test_release_workflow_uploads_what_the_build_writes_on_each_os():
    workflow = _workflow()
    globs = dict(re.findall(r"- os: (\S+)\n\s+installer: (\S+)", workflow))
    assert set(globs) == {"ubuntu-latest", "windows-latest", "macos-latest"}
    for runner, system in (
        ("ubuntu-latest", "linux"),
        ("windows-latest", "win32"),
        ("macos-latest", "darwin"),
    ):
        assert fnmatch.fnmatch(f"dist/{build.artifact_name(VERSION, system)}", globs[runner]), runner


def test_release_workflow_runs_the_build_with_options_build_py_accepts():
    runs = re.findall(r"run: python packaging/build.py (.*)", _workflow())
    assert runs
    for options in runs:
        args = build.build_parser().parse_args(options.split())
        assert args.check and args.package  # the frozen self-test gates every installer


def test_release_workflow_passes_every_signing_secret_build_py_looks_for():
    workflow = _workflow()
    for name in build.WINDOWS_SIGNING + build.MACOS_SIGNING + build.MACOS_NOTARY:
        assert f"{name}: ${{{{ secrets.{name} }}}}" in workflow, name


def test_release_happens_on_version_tags_and_on_demand():
    workflow = _workflow()
    assert re.search(r"on:\n  push:\n    tags: \[\"v\*\"\]\n  workflow_dispatch:", workflow)
    assert "startsWith(github.ref, 'refs/tags/v')" in workflow


# --- icons ------------------------------------------------------------------------------------------------


def test_icons_exist_in_every_format_the_installers_use():
    icons = ROOT / "resources" / "icons"
    png = Image.open(icons / "kupay-pos.png")
    assert png.size == (512, 512)
    assert png.getpixel((0, 0))[3] == 0 and png.getpixel((256, 256))[3] == 255  # rounded, transparent corners
    assert Image.open(icons / "kupay-pos-256.png").size == (256, 256)
    ico_sizes = Image.open(icons / "kupay-pos.ico").info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico_sizes)
    icns = Image.open(icons / "kupay-pos.icns")
    assert (16, 16, 2) in icns.info["sizes"] and icns.size == (1024, 1024)


def test_make_icons_draws_the_same_logo(tmp_path):
    import make_icons

    written = make_icons.write_icons(tmp_path)
    assert all((ROOT / "resources" / "icons" / p.name).is_file() for p in written)
    fresh = Image.open(tmp_path / "kupay-pos.png").convert("RGBA")
    committed = Image.open(ROOT / "resources" / "icons" / "kupay-pos.png").convert("RGBA")
    # The committed icons match the generator (a little slack for another Pillow's resampling).
    diff = ImageChops.difference(fresh, committed).convert("L")
    assert ImageStat.Stat(diff).mean[0] < 1.0
