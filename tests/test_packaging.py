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
import struct
import subprocess
import sys
import textwrap
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

import bundle_rules as rules  # noqa: E402 - found through packaging/ on sys.path
import macos_minimum  # noqa: E402 - found through packaging/ on sys.path


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
    # Qt modules outside QT_MODULES, excluded packages (Pillow's extras) or babel data the slim pack drops would
    # only fail in the installed app; the build refuses, and so does this test, with the file names.
    assert rules.bundle_gaps() == []
    assert {"QtCore", "QtGui", "QtWidgets"} <= set(rules.qt_modules_used())


def test_a_new_qt_import_is_caught(tmp_path):
    package = tmp_path / "pos_app"
    package.mkdir()
    (package / "web.py").write_text("from PySide6.QtNetwork import QNetworkAccessManager\n", encoding="utf-8")
    (package / "img.py").write_text("import PIL.ImageCms\n", encoding="utf-8")  # Pillow's core is in

    gaps = rules.bundle_gaps(package)

    assert any("QtNetwork" in gap and "web.py" in gap for gap in gaps), gaps
    assert any("PIL.ImageCms" in gap and "img.py" in gap for gap in gaps), gaps


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
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # Qt's own words for a language we ship
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("PySide6/Qt/translations/qtbase_it.qm", False),  # not one of ours
        ("PySide6/Qt/translations/qt_de.qm", False),  # the meta catalogue: qtbase_de.qm is loaded directly
        ("PySide6/Qt/translations/designer_de.qm", False),
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
        ("PySide6\\translations\\qtbase_de.qm", "win32", True),
        ("PySide6\\translations\\linguist_ja.qm", "win32", False),
    ],
)
def test_binary_rules_per_os(dest, system, kept):
    assert rules.keep_binary(dest, system) is kept


def test_the_bundle_keeps_qts_words_for_exactly_our_languages():
    from pos_app.languages import TRANSLATED

    assert set(rules.QT_TRANSLATIONS) == set(TRANSLATED)


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


def test_the_console_exe_carries_its_own_name_in_its_version_info():
    text = rules.render_version_info("2.13.4", rules.CLI_EXE_NAME)
    assert 'StringStruct("OriginalFilename", "kupay-pos-cli.exe")' in text
    assert 'StringStruct("InternalName", "kupay-pos-cli")' in text


# Pre-releases, post-releases and dev builds: the pre-release part never becomes a fourth number (an rc
# would then sort after its final release).
VERSIONS = [
    ("1.2.3", (1, 2, 3, 0), "1.2.3"),
    ("0.10.0rc1", (0, 10, 0, 0), "0.10.0"),
    ("0.2.0b2", (0, 2, 0, 0), "0.2.0"),
    ("1.0.0.post2", (1, 0, 0, 0), "1.0.0"),
    ("3.0.dev4", (3, 0, 0, 0), "3.0.0"),
    ("4", (4, 0, 0, 0), "4.0.0"),
    ("1!2.0", (2, 0, 0, 0), "2.0.0"),
]


@pytest.mark.parametrize(("version", "windows", "macos"), VERSIONS)
def test_numeric_versions_for_windows_and_macos(version, windows, macos):
    assert rules.version_tuple(version) == windows
    assert rules.windows_numeric_version(version) == ".".join(map(str, windows))
    assert rules.macos_numeric_version(version) == macos


def test_a_version_windows_cannot_hold_is_refused():
    with pytest.raises(ValueError, match="65535"):
        rules.version_tuple("1.70000.0")
    with pytest.raises(ValueError, match="release number"):
        rules.version_tuple("rc1")


def test_macos_info_plist_gets_the_version_and_launches_our_executable():
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        template = plistlib.load(fh)
    plist = rules.info_plist(VERSION)

    assert (
        plist["CFBundleShortVersionString"]
        == plist["CFBundleVersion"]
        == rules.macos_numeric_version(VERSION)
    )
    assert plist["CFBundleIdentifier"] == rules.BUNDLE_ID == "finance.kupay.pos"
    # A wrong CFBundleExecutable or icon name gives an app that does not start or has no icon.
    assert plist["CFBundleExecutable"] == rules.EXE_NAME
    assert (ROOT / "resources" / "icons" / plist["CFBundleIconFile"]).is_file()
    # PySide6 6.11.3's bindings need macOS 15 (its Qt needs 13); build.py and the release workflow check
    # the built app's binaries against this.
    assert plist["LSMinimumSystemVersion"] == "15.0"
    assert plist["NSAppSleepDisabled"] is True  # App Nap would slow polling with the till behind a window
    assert plist["NSHighResolutionCapable"] is True
    assert "MIT" in plist["NSHumanReadableCopyright"]
    assert template["CFBundleShortVersionString"] == "0.0.0"  # placeholder, filled at build time


@pytest.mark.parametrize("version", [v for v, _, _ in VERSIONS])
def test_macos_bundle_versions_are_three_integers_as_apple_requires(version):
    plist = rules.info_plist(version)
    for key in ("CFBundleShortVersionString", "CFBundleVersion"):
        assert re.fullmatch(r"\d+\.\d+\.\d+", plist[key]), (key, plist[key])


def test_the_bundle_runs_in_utf8_mode_or_the_build_stops():
    # Without Python's UTF-8 mode a frozen Windows program writes pipes in cp1252 and crashes on ￥.
    spec = (PACKAGING / "kupay-pos.spec").read_text(encoding="utf-8")
    assert 'UTF8_MODE = [("X utf8", None, "OPTION")]' in spec  # "X utf8_mode=1" would be ignored
    assert spec.count("UTF8_MODE") == 2  # defined, and given to EXE() for both programs
    frozen = "KuPay POS 1.0 self-test (frozen, win32, Python 3.11.9, UTF-8 mode)\nPASS qt-platform ..."
    build.check_utf8_mode(frozen)
    for output in (frozen.replace(", UTF-8 mode", ""), ""):
        with pytest.raises(build.BuildError, match="UTF-8 mode"):
            build.check_utf8_mode(output)


# --- the macOS minimum, read from the bundle's Mach-O files ----------------------------------------------

LC_BUILD_VERSION, LC_VERSION_MIN_MACOSX, LC_SEGMENT_64 = 0x32, 0x24, 0x19


def _packed(major: int, minor: int, patch: int = 0) -> int:
    return (major << 16) | (minor << 8) | patch


def _thin(minos: tuple[int, int] | None, old_style: bool = False) -> bytes:
    """A 64-bit little-endian Mach-O header with a segment and a version load command, as ld writes them."""
    segment = struct.pack("<II16s", LC_SEGMENT_64, 72, b"__TEXT") + bytes(72 - 24)
    commands = [segment]
    if minos and old_style:
        commands.append(struct.pack("<IIII", LC_VERSION_MIN_MACOSX, 16, _packed(*minos), _packed(14, 0)))
    elif minos:
        commands.append(struct.pack("<IIIIII", LC_BUILD_VERSION, 24, 1, _packed(*minos), _packed(15, 0), 0))
    body = b"".join(commands)
    header = struct.pack("<IiiIIIII", 0xFEEDFACF, 0x0100000C, 0, 6, len(commands), len(body), 0, 0)
    return header + body + bytes(64)


def _fat(*slices: bytes) -> bytes:
    """A universal binary: big-endian arch table, slices at 4 KB boundaries."""
    table, blob, offset = b"", b"", 4096
    for data in slices:
        table += struct.pack(">iiIII", 0x0100000C, 0, offset, len(data), 12)
        blob += data + bytes(4096 - len(data) % 4096)
        offset += len(data) + (4096 - len(data) % 4096)
    head = struct.pack(">II", 0xCAFEBABE, len(slices)) + table
    return head + bytes(4096 - len(head)) + blob


def _app(tmp_path: Path, promised: str | None, qtcore: bytes, **others: bytes) -> Path:
    app = tmp_path / "KuPay POS.app"
    contents = app / "Contents"
    lib = contents / "Frameworks" / "PySide6" / "Qt" / "lib" / "QtCore.framework" / "Versions" / "A"
    lib.mkdir(parents=True)
    (lib / "QtCore").write_bytes(qtcore)
    (contents / "MacOS").mkdir()
    (contents / "MacOS" / "kupay-pos").write_bytes(_thin((11, 0)))
    (contents / "Resources").mkdir()
    (contents / "Resources" / "theme.qss").write_text("QWidget {}", encoding="utf-8")
    for name, data in others.items():
        (contents / "Frameworks" / name).write_bytes(data)
    plist = rules.info_plist(VERSION)
    if promised is None:
        del plist["LSMinimumSystemVersion"]
    else:
        plist["LSMinimumSystemVersion"] = promised
    with (contents / "Info.plist").open("wb") as fh:
        plistlib.dump(plist, fh)
    return app


def test_the_macos_minimum_is_read_from_thin_universal_and_old_style_binaries(tmp_path):
    cases = {
        "thin": (_thin((13, 0)), (13, 0, 0)),
        "old-style": (_thin((10, 13), old_style=True), (10, 13, 0)),
        # Each Mac runs one slice; the promise must hold for the stricter one.
        "universal": (_fat(_thin((12, 0)), _thin((13, 3))), (13, 3, 0)),
        "not-macho": (b"#!/bin/sh\necho hi\n", None),
        "no-version": (_thin(None), None),
    }
    for name, (data, expected) in cases.items():
        (tmp_path / name).write_bytes(data)
        assert macos_minimum.minimum_macos(tmp_path / name) == expected, name


def test_the_build_stops_when_info_plist_promises_an_older_macos_than_qtcore_needs(tmp_path):
    # PySide6 6.11's QtCore is built for macOS 13; Info.plist said 12.0.
    app = _app(tmp_path, "12.0", _fat(_thin((13, 0)), _thin((13, 0))))

    sentence = macos_minimum.plist_disagreement(app)

    assert sentence and "12.0" in sentence and "macOS 13.0" in sentence and "QtCore needs 13.0" in sentence
    with pytest.raises(build.BuildError, match="LSMinimumSystemVersion 12.0"):
        build.check_macos_minimum(app)


@pytest.mark.parametrize("promised", ["13.0", "13"])
def test_an_info_plist_that_matches_the_bundle_passes(tmp_path, promised):
    app = _app(tmp_path, promised, _thin((13, 0)))
    assert macos_minimum.plist_disagreement(app) is None
    build.check_macos_minimum(app)


def test_the_strictest_binary_in_the_bundle_decides_and_is_named(tmp_path):
    app = _app(tmp_path, "13.0", _thin((13, 0)), **{"libsomething.dylib": _thin((14, 2))})
    sentence = macos_minimum.plist_disagreement(app)
    assert sentence and "macOS 14.2 (Contents/Frameworks/libsomething.dylib" in sentence

    too_high = _app(tmp_path / "other", "14.0", _thin((13, 0)))  # promising less than we could is untrue too
    assert "LSMinimumSystemVersion 14.0" in (macos_minimum.plist_disagreement(too_high) or "")


def _pyside6_611_app(tmp_path: Path, promised: str) -> Path:
    """What PySide6-Essentials and shiboken6 6.11.3's macosx_13_0_universal2 wheels hold: Qt frameworks
    built for 13.0, the bindings for 15.0 (one of them here with a 13.0 slice first, as otool would show
    by default on a Mac of the other architecture)."""
    return _app(
        tmp_path,
        promised,
        _fat(_thin((13, 0)), _thin((13, 0))),
        **{
            "QtGui.abi3.so": _fat(_thin((15, 0)), _thin((15, 0))),
            "libpyside6.abi3.6.11.dylib": _thin((15, 0)),
            "libshiboken6.abi3.6.11.dylib": _fat(_thin((13, 0)), _thin((15, 0))),
        },
    )


def test_the_highest_minimum_of_any_binary_wins_over_qtcores(tmp_path):
    sentence = macos_minimum.plist_disagreement(_pyside6_611_app(tmp_path / "a", "13.0"))
    assert sentence and "LSMinimumSystemVersion 13.0" in sentence and "macOS 15.0 (" in sentence
    assert "QtCore needs 13.0" in sentence  # QtCore alone would have passed 13.0

    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        committed = plistlib.load(fh)["LSMinimumSystemVersion"]
    assert macos_minimum.plist_disagreement(_pyside6_611_app(tmp_path / "b", committed)) is None


# Stands in for Apple's otool on Linux: prints each slice's minimum as `otool -l` does, and like otool
# only the first slice of a universal file unless asked for `-arch all`.
FAKE_OTOOL = """#!{python}
import struct, sys
sys.path.insert(0, {packaging!r})
import macos_minimum
*options, path = sys.argv[1:]
data = open(path, "rb").read()
if data[:4] == b"\\xca\\xfe\\xba\\xbe":
    count = struct.unpack_from(">I", data, 4)[0]
    offsets = [struct.unpack_from(">I", data, 16 + 20 * i)[0] for i in range(count)]
    if options[:2] != ["-arch", "all"]:
        offsets = offsets[:1]
elif data[:4] == b"\\xcf\\xfa\\xed\\xfe":
    offsets = [0]
else:
    sys.exit(path + ": is not an object file")
for offset in offsets:
    version = macos_minimum._thin_minimum(data, offset)
    if version:
        print("      cmd LC_BUILD_VERSION\\n  cmdsize 32\\n platform 1\\n    minos %d.%d" % version[:2])
        print("      sdk 15.0\\n   ntools 1\\n     tool 3\\n  version 1115.7.3")
"""


def test_the_release_workflow_reads_the_macos_minimum_by_the_same_rule(tmp_path):
    app = _pyside6_611_app(tmp_path, "15.0")
    # A universal library whose stricter slice is not the one otool shows by default.
    (app / "Contents" / "Frameworks" / "libtwo.dylib").write_bytes(_fat(_thin((13, 0)), _thin((15, 4))))
    otool = tmp_path / "bin" / "otool"
    otool.parent.mkdir()
    otool.write_text(FAKE_OTOOL.format(python=sys.executable, packaging=str(PACKAGING)), encoding="utf-8")
    otool.chmod(0o755)
    mac = next(step for name, step in _steps().items() if "(macOS)" in name)
    needed = re.search(r"\n( +needed=\$\(find .*?\| sort -V \| tail -1\))\n", mac, re.S)
    assert needed, "the macOS step no longer reads the minimum with find ... | sort -V | tail -1"

    script = textwrap.dedent(needed.group(1)) + '\necho "$needed"\n'
    env = {**os.environ, "app": str(app), "PATH": f"{otool.parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, check=True)

    highest, _, _ = macos_minimum.bundle_minimum(app)
    assert result.stdout.strip() == "15.4" == f"{highest[0]}.{highest[1]}"


def test_no_qtcore_or_no_minimum_in_info_plist_fails(tmp_path):
    app = _app(tmp_path, None, _thin((13, 0)))
    assert "(missing)" in (macos_minimum.plist_disagreement(app) or "")
    (
        app
        / "Contents"
        / "Frameworks"
        / "PySide6"
        / "Qt"
        / "lib"
        / "QtCore.framework"
        / "Versions"
        / "A"
        / "QtCore"
    ).write_bytes(b"")
    assert "no QtCore" in (macos_minimum.plist_disagreement(app) or "")


def test_the_readme_promises_the_macos_info_plist_promises():
    with (PACKAGING / "macos" / "Info.plist").open("rb") as fh:
        minimum = plistlib.load(fh)["LSMinimumSystemVersion"].removesuffix(".0")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    installing = readme.split("## Installing", 1)[1].split("\n## ", 1)[0]
    assert f"macOS {minimum} Sequoia or later" in installing
    assert "macOS 12" not in readme and "macOS 13" not in readme and "macOS 14" not in readme
    # The file a Mac user downloads is named as the build names it, and says it is for Apple silicon.
    assert build.artifact_name("<version>", "darwin", "arm64") in installing
    # macOS 15 dropped right-click > Open for unsigned apps; Open Anyway is the way that works there.
    assert "Open Anyway" in installing and "Windows 10 (version 1809 or later)" in installing


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
    assert "#ifndef AppNumericVersion" in _iss()
    assert not re.search(r"\d+\.\d+\.\d+", _iss().replace("MinVersion=10.0.17763", ""))
    assert setup["AppVersion"] == "{#AppVersion}"
    # build.py looks for, signs and the workflow uploads this exact name.
    assert setup["OutputBaseFilename"].replace("{#AppVersion}", VERSION) + ".exe" == build.artifact_name(
        VERSION, "win32"
    )


def _defines(cmd: list[str]) -> dict[str, str]:
    return dict(arg[2:].split("=", 1) for arg in cmd if arg.startswith("/D"))


@pytest.mark.parametrize("version", [VERSION, *(v for v, _, _ in VERSIONS)])
def test_inno_version_info_gets_at_most_four_integers_even_for_a_pre_release(version):
    # ISCC refuses "0.2.0rc1" as VersionInfoVersion: it takes up to four integers of at most 65535.
    setup = _iss_setup()
    defines = _defines(build.iscc_command("iscc", version))
    numeric = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], setup["VersionInfoVersion"])
    assert re.fullmatch(r"\d+(\.\d+){0,3}", numeric) and all(int(n) <= 65535 for n in numeric.split("."))
    # The full version stays in what people read: the wizard, Apps & features, the file name.
    assert setup["AppVersion"] == setup["VersionInfoTextVersion"] == "{#AppVersion}"
    assert defines["AppVersion"] == version


def test_inno_upgrades_replace_the_whole_bundle_and_refuse_old_windows():
    iss = _iss()
    install_delete = iss.split("[InstallDelete]", 1)[1].split("\n[", 1)[0]
    # A file the new build dropped (an old Qt plugin) must not survive an upgrade.
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in install_delete
    assert '{app}"' not in install_delete  # never the whole program folder (nor anything of the shop's)
    assert _iss_setup()["MinVersion"] == "10.0.17763"  # Windows 10 1809: what Python 3.11 and Qt 6 need


def test_inno_signs_setup_and_its_uninstaller_through_its_sign_tool():
    iss = _iss()
    block = iss.split("#ifdef SignTool", 1)[1].split("#endif", 1)[0]
    assert "SignTool={#SignTool}" in block and "SignedUninstaller=yes" in block

    # A command with quotes and spaces (signtool with a cloud HSM's plug-in) travels with Inno's $q.
    command = '"C:\\Program Files\\signtool.exe" sign /fd sha256 /dlib "C:\\x\\Azure.CodeSigning.Dlib.dll" $f'
    cmd = build.iscc_command("iscc", VERSION, sign_command=command)
    tool = next(arg for arg in cmd if arg.startswith("/S"))
    assert tool.startswith(f"/S{build.INNO_SIGN_TOOL}=") and '"' not in tool and tool.endswith("$f")
    assert tool.count("$q") == 4
    assert _defines(cmd)["SignTool"] == build.INNO_SIGN_TOOL
    assert not any(arg.startswith("/S") for arg in build.iscc_command("iscc", VERSION))  # unsigned test build


def test_the_sign_command_is_expanded_like_inno_setup_does(tmp_path):
    file = tmp_path / "my dir" / "kupay-pos.exe"
    assert build.expand_sign_command("smctl sign --input $f --cost $$5 $qx$q", file) == (
        f'smctl sign --input "{file}" --cost $5 "x"'
    )
    with pytest.raises(build.BuildError, match=r"\$f"):
        build.expand_sign_command("signtool sign /a", file)


def test_a_sign_command_that_cannot_start_is_a_failed_line_not_a_traceback(monkeypatch, capsys):
    # signtool.exe is not on PATH on windows-latest: the README's example once relied on that.
    monkeypatch.setenv("WINDOWS_SIGN_COMMAND", "no-such-signtool.exe sign /p s3cret-pin $f")
    monkeypatch.setattr(build, "IS_WIN", True)

    assert build.main(["--no-build", "--package"]) == 1

    out = capsys.readouterr().out
    assert "[build] FAILED: WINDOWS_SIGN_COMMAND could not start for kupay-pos.exe" in out
    assert "WINDOWS_SIGN_SETUP" in out and "s3cret-pin" not in out  # the command may carry credentials


def test_the_readme_azure_example_puts_signtool_on_path():
    # windows-latest has the Windows SDK's signtool.exe, but not on PATH: the example must put it there.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    azure = " ".join(readme.split("  - Azure Trusted Signing:", 1)[1].split("\n  - ", 1)[0].split())
    assert "$env:GITHUB_PATH" in azure and "WINDOWS_SIGN_COMMAND` = `signtool.exe sign" in azure
    folder = re.search(r'Get-ChildItem "\$\{env:ProgramFiles\(x86\)\}(\\[^"]+)"', azure)
    assert folder and fnmatch.fnmatch(r"\Windows Kits\10\bin\10.0.26100.0\x64\signtool.exe", folder.group(1))


def test_a_release_build_stops_before_building_when_signing_secrets_are_missing(monkeypatch):
    for name in build.WINDOWS_SIGNING + build.MACOS_SIGNING + build.MACOS_NOTARY:
        monkeypatch.delenv(name, raising=False)
    assert build.missing_signing_secrets("win32") == ["WINDOWS_SIGN_COMMAND"]
    assert set(build.missing_signing_secrets("darwin")) == set(build.MACOS_SIGNING + build.MACOS_NOTARY)

    monkeypatch.setattr(build, "missing_signing_secrets", lambda: ["WINDOWS_SIGN_COMMAND"])
    monkeypatch.setattr(
        build, "build_bundle", lambda clean: pytest.fail("built although the release cannot be signed")
    )
    assert build.main(["--package", "--require-signing"]) == 1

    monkeypatch.setenv(build.REQUIRE_SIGNING_ENV, "1")  # what the release workflow sets on v* tags
    assert build.build_parser().parse_args([]).require_signing is True
    monkeypatch.setenv(build.REQUIRE_SIGNING_ENV, "0")
    assert build.build_parser().parse_args([]).require_signing is False


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


def test_installer_names_say_the_architecture():
    assert re.fullmatch(
        rf"kupay-pos-{re.escape(VERSION)}-linux-\w+\.tar\.gz", build.artifact_name(VERSION, "linux")
    )
    assert build.artifact_name(VERSION, "linux", "AMD64") == f"kupay-pos-{VERSION}-linux-x86_64.tar.gz"
    # The macOS build is Apple silicon only: an Intel Mac user must see that before downloading.
    assert build.artifact_name(VERSION, "darwin", "arm64") == f"KuPay-POS-{VERSION}-macos-arm64.dmg"


# --- release workflow -------------------------------------------------------------------------------------


def _workflow() -> str:
    return (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")


def test_release_workflow_uploads_what_the_build_writes_on_each_os():
    workflow = _workflow()
    globs = dict(re.findall(r"- os: (\S+).*\n\s+installer: (\S+)", workflow))
    assert set(globs) == {"ubuntu-latest", "windows-latest", "macos-latest"}
    for runner, system, machine in (
        ("ubuntu-latest", "linux", "x86_64"),
        ("windows-latest", "win32", "AMD64"),
        ("macos-latest", "darwin", "arm64"),
    ):
        assert fnmatch.fnmatch(f"dist/{build.artifact_name(VERSION, system, machine)}", globs[runner]), runner


def test_release_workflow_runs_the_build_with_options_build_py_accepts():
    runs = re.findall(r"run: python packaging/build.py (.*)", _workflow())
    assert runs
    for options in runs:
        args = build.build_parser().parse_args(options.split())
        assert args.check and args.package  # the frozen self-test gates every installer


# How the workflow hands a secret to a step: never to a pull request, even one from a branch of this
# repository (GitHub gives those the secrets), so a pull request's code cannot sign with our keys.
NOT_FOR_PULL_REQUESTS = "github.event_name != 'pull_request' && secrets."


def test_release_workflow_passes_every_signing_secret_build_py_looks_for():
    workflow = _workflow()
    for name in build.WINDOWS_SIGNING + build.MACOS_SIGNING + build.MACOS_NOTARY:
        assert f"{name}: ${{{{ {NOT_FOR_PULL_REQUESTS}{name} || '' }}}}" in workflow, name


def test_pull_requests_never_get_a_signing_secret():
    expressions = re.findall(r"\$\{\{(.*?)\}\}", _workflow())
    with_secrets = [e.strip() for e in expressions if "secrets." in e]
    assert len(with_secrets) >= 9  # seven for build.py, the Windows signing set-up and whether it exists
    for expression in with_secrets:
        assert expression.startswith(NOT_FOR_PULL_REQUESTS), expression
        assert expression.count("secrets.") == 1, expression


def test_release_happens_on_version_tags_on_demand_and_on_packaging_pull_requests():
    workflow = _workflow()
    assert re.search(
        r"on:\n  push:\n    tags: \[\"v\*\"\]\n  pull_request:\n    paths: \[\"packaging/\*\*\"", workflow
    )
    assert "\n  workflow_dispatch:\n" in workflow
    assert (
        "if: startsWith(github.ref, 'refs/tags/v')" in workflow.split("\n  release:")[1]
    )  # publishes on tags only


def _release_script() -> str:
    step = _workflow().split("\n  release:", 1)[1].split("- name: Create the release", 1)[1]
    return textwrap.dedent(step.split("run: |\n", 1)[1])


@pytest.mark.parametrize(
    ("version", "prerelease"),
    [
        ("0.2.0", False),
        ("1.0.0.post2", False),  # a corrected final release
        ("0.2.0rc1", True),
        ("0.2.0b2", True),
        ("1.0.0a1", True),
        ("3.0.dev4", True),
        ("1.0.0.post2.dev1", True),
        ("2.0.0RC1", True),
    ],
)
def test_a_pre_release_tag_is_published_as_a_pre_release(tmp_path, version, prerelease):
    # The release job's own script, with `gh` replaced by one that prints what it was asked.
    gh = tmp_path / "gh"
    gh.write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n', encoding="utf-8")
    gh.chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_REF_NAME": f"v{version}",
        "GITHUB_REPOSITORY": "kupay/pos",
    }
    result = subprocess.run(
        ["bash", "-eo", "pipefail", "-c", _release_script()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    args = result.stdout.splitlines()
    assert args[:2] == ["release", "create"] and args[2] == f"v{version}"
    assert "--verify-tag" in args  # never creates a tag of its own from the default branch
    assert ("--prerelease" in args) is prerelease
    assert args[args.index("--title") + 1] == f"KuPay POS {version}"


def _steps() -> dict[str, str]:
    """Each build step's name -> its run script (the workflow, read without a YAML library)."""
    parts = re.split(r"\n      - (?=name: |uses: )", _workflow().split("\n  release:")[0])
    return {part.split("\n", 1)[0].removeprefix("name: "): part for part in parts[1:]}


def test_release_tags_require_signing():
    workflow = _workflow()
    assert "KUPAY_REQUIRE_SIGNING: ${{ startsWith(github.ref, 'refs/tags/v') && '1' || '0' }}" in workflow
    mac = next(step for name, step in _steps().items() if "(macOS)" in name)
    assert 'if [ "$KUPAY_REQUIRE_SIGNING" = 1 ]; then' in mac and "sign_and_notarize.sh verify" in mac
    windows = next(step for name, step in _steps().items() if "uninstall (Windows)" in name)
    assert "Get-AuthenticodeSignature" in windows and "unins000.exe" in windows
    # Gatekeeper's refusal is never ignored.
    script = (PACKAGING / "macos" / "sign_and_notarize.sh").read_text(encoding="utf-8")
    assert "|| true" not in script.split("verify() {", 1)[1].split("\n}", 1)[0].replace("2>&1) || true", "")
    assert "spctl --assess --type exec" in script and "xcrun stapler validate" in script


def test_the_installed_app_is_self_tested_strictly_on_each_os_own_screen():
    steps = _steps()
    assert "QT_QPA_PLATFORM" not in _workflow().split("steps:", 1)[0]  # not offscreen for the whole job
    build_step = next(step for name, step in steps.items() if name.startswith("Build the bundle"))
    assert "QT_QPA_PLATFORM: offscreen" in build_step  # only the build's quick check
    linux = next(step for name, step in steps.items() if "(Linux)" in name and "tarball" in name)
    windows = next(step for name, step in steps.items() if "uninstall (Windows)" in name)
    mac = next(step for name, step in steps.items() if "(macOS)" in name)
    assert "packaging/linux/strict_self_test.sh" in linux
    assert "Remove-Item Env:QT_QPA_PLATFORM" in windows and "self-test --strict" in windows
    assert "^PASS qt-platform windows" in windows and "^PASS keyring" in windows
    assert (
        "env -u QT_QPA_PLATFORM" in mac and "self-test --strict" in mac and "^PASS qt-platform cocoa" in mac
    )
    strict = (PACKAGING / "linux" / "strict_self_test.sh").read_text(encoding="utf-8")
    assert "env -u QT_QPA_PLATFORM" in strict and "xvfb-run" in strict and "^PASS qt-platform xcb" in strict


def test_the_windows_job_checks_upgrade_default_folder_console_and_uninstall():
    windows = next(step for name, step in _steps().items() if "uninstall (Windows)" in name)
    assert "gh release download" in windows  # the last published release, installed first
    assert "qstale-from-an-old-build.dll" in windows and "the upgrade left a stale file" in windows
    assert "'Programs\\KuPay POS'" in windows and "/DIR=" not in windows  # the default folder
    assert "kupay-pos-cli.exe') report" in windows and "Invoke-Windowed 'report'" in windows
    assert "is still there after uninstall" in windows and "removed the shop's journal" in windows


def test_inno_setup_is_pinned_and_checksummed_and_any_6x_folder_is_found():
    inno = next(step for name, step in _steps().items() if name.startswith("Inno Setup"))
    version = re.search(r"innosetup-(6\.\d+\.\d+)\.exe", inno)
    assert version and f"Inno Setup {version.group(1)}" in next(
        n for n in _steps() if n.startswith("Inno Setup")
    )
    assert re.search(r"-ne '[0-9A-F]{64}'", inno)
    assert "choco install innosetup" not in _workflow()
    for folder in (r"C:\Program Files (x86)\Inno Setup 6", r"C:\Program Files\Inno Setup 6.5.4"):
        assert any(
            fnmatch.fnmatch(
                folder + r"\ISCC.exe",
                p.replace("%ProgramFiles(x86)%", r"C:\Program Files (x86)").replace(
                    "%ProgramFiles%", r"C:\Program Files"
                ),
            )
            for p in build.ISCC_PATTERNS
        ), folder


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


def test_pillows_duplicate_libraries_become_links_to_the_bundles_own():
    binaries = [
        ("libzstd.so.1", "/lib/x86_64-linux-gnu/libzstd.so.1", "BINARY"),
        ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "/site/pillow.libs/libzstd-40ad5e7e.so.1.5.7", "BINARY"),
        ("pillow.libs/liblzma-de26b416.so.5.8.4", "/site/pillow.libs/liblzma-de26b416.so.5.8.4", "BINARY"),
        ("pillow.libs/libjpeg-6dc8d115.so.62.4.0", "/site/pillow.libs/libjpeg-6dc8d115.so.62.4.0", "BINARY"),
    ]
    linked = rules.shared_copies(binaries, system="linux")
    assert linked[1] == ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "../libzstd.so.1", "SYMLINK")
    assert linked[2] == binaries[2]  # no liblzma.so.5 in this bundle: Pillow's own copy stays
    assert linked[3] == binaries[3]
    assert rules.shared_copies(binaries, system="win32") == binaries


def test_a_frozen_receipt_finds_python_escpos_printer_data():
    hook = (PACKAGING / "pyinstaller_hooks" / "hook-escpos.py").read_text(encoding="utf-8")
    assert 'collect_data_files("escpos")' in hook
    assert "PIL" not in rules.EXCLUDED_MODULES  # python-escpos imports Pillow


def test_the_bundle_carries_every_resource_but_what_only_people_read():
    resources = rules.ROOT / "resources"
    bundled = {Path(src) for src, _dest in rules.resource_datas()}
    people_only = {p for p in resources.rglob("*") if "screenshots" in p.relative_to(resources).parts}
    people_only |= {*resources.glob("translations/*.ts"), resources / "translations" / "GLOSSARY.md"}
    # The wheel's package marker (resources/ is pos_app.assets there) and its byte code are no resources.
    not_read = {resources / "__init__.py", *resources.rglob("__pycache__/*")}
    wanted = {p for p in resources.rglob("*") if p.is_file() and p not in people_only | not_read}
    assert bundled == wanted
    # Every language's compiled words stay: that is what the app loads.
    assert {p.name for p in resources.glob("translations/*.qm")} <= {p.name for p in bundled}
    assert any(p.suffix == ".ts" for p in resources.glob("translations/*"))  # the rule has something to do
    for src, dest in rules.resource_datas():
        assert Path(dest) == Path("resources") / Path(src).relative_to(resources).parent
