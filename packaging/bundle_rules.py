"""What goes into the KuPay POS bundle: one place for the spec, the build script, the Qt hooks and the tests.

A plain PySide6 bundle is ~250 MB on Linux. Most of that is Qt we never call and plugins that drag in
system libraries (the GTK 3 theme plugin alone brings GTK, GDK, cairo and friends). The rules below keep
the Qt modules the terminal imports, the platform plugins each OS needs, and nothing else.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path, PurePath

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"

APP_NAME = "KuPay POS"  # the .app, Start-menu entry, window titles
EXE_NAME = "kupay-pos"  # the executable and the dist/ folder
# Windows only: the same program with a console, beside the windowed exe (which has no stdout/stderr), for
# `report`, `export --csv -` and `self-test` from a Command Prompt.
CLI_EXE_NAME = "kupay-pos-cli"
BUNDLE_ID = "finance.kupay.pos"
PUBLISHER = "KuPay"
HOMEPAGE = "https://kupay.finance"
SIZE_LIMIT_MB = 120  # Linux, checked in CI on every push
# Windows and macOS are measured in the release workflow only; they warn above SIZE_LIMIT_MB and fail
# only at this ceiling, so an unmeasured platform cannot block a release on a guess.
SIZE_CEILING_OTHER_MB = 200

# Qt modules the terminal may import. Anything else from PySide6 is excluded from the bundle, and
# `qt_modules_used()` makes the build fail loudly if the code starts importing one that is not here.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")

# Qt plugins, per plugin folder: None keeps the whole folder, a set keeps only those plugin names
# (file name without "lib" prefix and extension). Folders not listed are dropped.
QT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen runs the self-test on a machine without a display; xcb/wayland are Linux desktops.
    # No native Wayland plugin: Wayland desktops run the terminal through XWayland, and the plugin with its
    # shell/decoration/graphics helpers costs ~4 MB.
    "platforms": {"qoffscreen", "qxcb", "qwindows", "qcocoa"},
    "platforms/darwin": None,
    "platformthemes": {"qxdgdesktopportal"},  # not qgtk3: it pulls ~20 MB of GTK into the bundle
    "platforminputcontexts": None,  # compose keys and IBus input methods
    "xcbglintegrations": None,
    "styles": None,  # native look on Windows/macOS
    # PNG is built into QtGui; SVG (theme.qss's arrows) needs the svg image plugin and icon engine, which
    # bring libQt6Svg (not the QtSvg Python module). Nothing else: no JPEG, GIF, TIFF, WebP in the app.
    "imageformats": {"qico", "qsvg"},
    "iconengines": None,
    "printsupport": None,  # the day report prints (CUPS on Linux)
}

# The languages the terminal ships (pos_app.languages.TRANSLATED; tests/test_packaging.py keeps them equal).
QT_TRANSLATIONS = ("es", "pt_BR", "fr", "de", "ja")

HIDDEN_IMPORTS = [
    # keyring finds its backends through entry points; name them so each OS bundle has its own.
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.SecretService",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "babel.numbers",
    "qrcode",
    "pos_app.selftest",
    "pos_app.ui.about",
    # The GUI is imported lazily (pos_app.app), so name the Qt modules rather than rely on the scan.
    *(f"PySide6.{name}" for name in QT_MODULES),
]
if sys.platform.startswith("linux"):
    HIDDEN_IMPORTS += ["secretstorage", "jeepney", "jeepney.io.blocking"]

# Python modules that are never used at run time but get pulled in by optional imports.
# Pillow's core is needed (python-escpos draws a receipt's QR code as an image for printers without native
# QR); its optional C extensions (AVIF, WebP, colour management, fonts, Tk, math/morph) and the libraries
# only they load are not: ~9 MB.
PILLOW_EXTRAS = [
    # Image file formats: the receipt's QR image is drawn in memory and sent as printer commands. Pillow
    # imports these plugins only inside try/except, so leaving them out is safe.
    *(f"PIL.{fmt}ImagePlugin" for fmt in (
        "Blp", "Bufr", "Cur", "Dcx", "Dds", "Eps", "Fits", "Fli", "Fpx", "Ftex", "Gbr", "Grib", "Hdf5", "Icns",
        "Ico", "Im", "Imt", "Iptc", "Jpeg2K", "McIdas", "Mic", "Mpeg", "Mpo", "Msp", "Palm", "Pcd", "Pcx", "Pdf",
        "Pixar", "Psd", "Qoi", "Sgi", "Spider", "Sun", "Tga", "Wmf", "Xbm", "Xpm", "Xv", "XVThumb",
        "Bmp", "Gif", "Jpeg", "Ppm", "Png", "Tiff", "BufrStub", "GribStub", "Hdf5Stub",
    )),
    "PIL.ImageShow", "PIL.ImageDraw2", "PIL.JpegPresets",
    "yaml._yaml", "yaml.cyaml",  # PyYAML's C speed-up; python-escpos reads its printer data once, in Python

    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms", "PIL.ImageCms",
    "PIL._imagingft", "PIL._imagingtk", "PIL.ImageTk", "PIL._imagingmath", "PIL.ImageMath", "PIL._imagingmorph",
    "PIL.ImageMorph", "PIL.ImageQt",
]  # fmt: skip
EXCLUDED_MODULES = [
    *PILLOW_EXTRAS,
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "hypothesis",
    "zxingcpp",  # a test-only dependency
    "numpy",
]

# resources/ goes into the bundle as it is, except what only people read: the README's screenshots
# (~0.5 MB) and the translators' .ts sources and glossary (~0.5 MB; the app loads the compiled .qm); and
# the __init__.py that makes the folder the wheel's package pos_app.assets (the bundle finds resources/ by
# its own path, sys._MEIPASS, so they are in it once).
RESOURCES_LEFT_OUT = ("screenshots", "__pycache__")
RESOURCE_FILES_LEFT_OUT = ("translations/*.ts", "translations/GLOSSARY.md", "__init__.py")


def resource_datas(root: Path = ROOT / "resources") -> list[tuple[str, str]]:
    """The spec's (file, bundle folder) pairs for resources/: every file the app may read, same folders."""
    pairs = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        parts = relative.parts
        if not path.is_file() or parts[0] in RESOURCES_LEFT_OUT:
            continue
        if any(relative.match(pattern) for pattern in RESOURCE_FILES_LEFT_OUT):
            continue
        pairs.append((str(path), str(PurePath("resources", *parts[:-1]))))
    return pairs


# Linux: psycopg's own libpq wheel (psycopg_binary, ~10 MB with its OpenSSL, Kerberos and LDAP copies) stays
# out; psycopg then loads the host's libpq (Debian/Ubuntu `libpq5`, in packaging/linux/system-deps.sh
# runtime), which gets the distribution's security updates. Windows and macOS bundles keep the wheel.
if sys.platform.startswith("linux"):
    EXCLUDED_MODULES.append("psycopg_binary")

# Linux: libraries the host desktop provides and must provide itself, so they are not bundled.
# The CUPS client (and the Kerberos/TLS/Avahi stack only it pulls in) must read the host's printer
# configuration; libdbus (and the systemd libraries only it pulls in) talks to the host's bus daemon;
# fontconfig/freetype must match the host's font configuration (AppImage's excludelist reasons the same).
# Every Linux desktop that can print and log in has them; the bundle is ~17 MB lighter.
HOST_LIBRARIES = {
    # CUPS client stack (Qt's cupsprintersupport plugin -> libcups)
    "libcups.so.2", "libgnutls.so.30", "libgssapi_krb5.so.2", "libkrb5.so.3", "libk5crypto.so.3",
    "libkrb5support.so.0", "libkeyutils.so.1", "libcom_err.so.2", "libp11-kit.so.0", "libunistring.so.2",
    "libidn2.so.0", "libnettle.so.8", "libhogweed.so.6", "libgmp.so.10", "libtasn1.so.6",
    "libavahi-client.so.3", "libavahi-common.so.3",
    # D-Bus client (libQt6DBus -> libdbus-1 -> libsystemd); udev (libusb, for USB receipt printers)
    "libdbus-1.so.3", "libsystemd.so.0", "libudev.so.1", "libgcrypt.so.20", "libgpg-error.so.0", "liblz4.so.1", "libcap.so.2",
    # X11 core and GLib: present wherever an X server or XWayland runs (the xcb-util libraries that
    # distributions often lack, libxcb-cursor & co., stay bundled)
    "libX11.so.6", "libX11-xcb.so.1", "libxcb.so.1", "libXau.so.6", "libXdmcp.so.6", "libbsd.so.0", "libmd.so.0",
    "libglib-2.0.so.0", "libgthread-2.0.so.0", "libpcre2-8.so.0",
    # The C++ runtime must be the host's: an older bundled copy breaks the host's Mesa GL drivers when Qt
    # loads them ("GLIBCXX_3.4.30 not found"); Qt's wheels need only an old GLIBCXX.
    "libstdc++.so.6", "libgcc_s.so.1",
    # OpenSSL 3 for Python's ssl/hashlib: every distribution new enough for the bundle's glibc (that of the
    # build machine) ships libssl.so.3, and the host's copy gets its security updates. (cryptography, for
    # the Secret Service session, carries its own statically linked OpenSSL.)
    "libssl.so.3", "libcrypto.so.3",
    # fonts
    "libfontconfig.so.1", "libfreetype.so.6", "libexpat.so.1", "libpng16.so.16", "libbrotlidec.so.1",
    "libbrotlicommon.so.1",
}  # fmt: skip


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version every artifact carries; pyproject.toml is the only place it is written."""
    with pyproject.open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


_RELEASE = re.compile(r"\s*v?(?:\d+!)?(\d+(?:\.\d+)*)")


def release_numbers(version: str, count: int) -> tuple[int, ...]:
    """The PEP 440 release numbers, padded or cut to `count`: "0.2.0rc1" -> (0, 2, 0). Installers and OS
    version fields take integers only; the pre-release part stays in the display strings."""
    match = _RELEASE.match(version)
    if not match:
        raise ValueError(f"{version!r} does not start with a release number like 1.2.3")
    numbers = [int(n) for n in match.group(1).split(".")][:count]
    if any(n > 65535 for n in numbers):
        raise ValueError(f"{version!r}: Windows version numbers stop at 65535")
    return tuple(numbers + [0] * (count - len(numbers)))


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows file versions (VERSIONINFO, Inno's VersionInfoVersion): four integers, "1.2.3rc1" -> 1.2.3.0."""
    a, b, c, d = release_numbers(version, 4)
    return (a, b, c, d)


def windows_numeric_version(version: str) -> str:
    return ".".join(map(str, version_tuple(version)))


def macos_numeric_version(version: str) -> str:
    """CFBundleShortVersionString / CFBundleVersion: three period-separated integers, as Apple requires."""
    return ".".join(map(str, release_numbers(version, 3)))


def installed_pyside6_modules() -> list[str]:
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = {
        p.name.split(".")[0]
        for p in folder.iterdir()
        if p.name.startswith("Qt") and p.suffix in {".so", ".pyd"}
    }
    return sorted(names)


def excluded_qt_modules() -> list[str]:
    return [f"PySide6.{name}" for name in installed_pyside6_modules() if name not in QT_MODULES]


_QT_IMPORT = re.compile(r"\b(?:from|import)\s+PySide6(?:\.(Qt\w+)|\s+import\s+\(?([\w\s,]+)\)?)")


def qt_modules_used(package: Path = ROOT / "pos_app") -> dict[str, set[str]]:
    """{Qt module: files importing it}, read from the source so the bundle cannot lag behind the code."""
    used: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for dotted, listed in _QT_IMPORT.findall(text):
            names = [dotted] if dotted else [n.strip() for n in listed.replace("\n", ",").split(",")]
            for name in names:
                if name.startswith("Qt"):
                    used.setdefault(name, set()).add(str(path.relative_to(package.parent)))
    return used


def missing_qt_modules(package: Path = ROOT / "pos_app") -> dict[str, set[str]]:
    """Qt modules the code imports that the bundle would leave out (should be empty)."""
    return {name: files for name, files in qt_modules_used(package).items() if name not in QT_MODULES}


def excluded_modules_used(package: Path = ROOT / "pos_app") -> dict[str, set[str]]:
    """Modules in EXCLUDED_MODULES that the app's code imports (should be empty)."""
    found: dict[str, set[str]] = {}
    for name in EXCLUDED_MODULES:
        pattern = re.compile(rf"^\s*(?:from|import)\s+{re.escape(name)}\b", re.MULTILINE)
        for path in sorted(package.rglob("*.py")):
            if pattern.search(path.read_text(encoding="utf-8")):
                found.setdefault(name, set()).add(str(path.relative_to(package.parent)))
    return found


def bundle_gaps(package: Path = ROOT / "pos_app") -> list[str]:
    """Sentences naming code the bundle would break; the build stops when there are any."""
    gaps = [
        f"{files} import Qt module {name}, not in QT_MODULES"
        for name, files in missing_qt_modules(package).items()
    ]
    gaps += [
        f"{files} import {name}, which the bundle excludes"
        for name, files in excluded_modules_used(package).items()
    ]
    svgs = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "resources").rglob("*.svg"))
    if svgs and "qsvg" not in (QT_PLUGINS.get("imageformats") or set()):
        gaps.append(f"{svgs} are SVG, but the bundle has no SVG support (QT_MODULES / QT_PLUGINS)")
    gaps += [
        f"{files} use babel's {api}, whose CLDR data BABEL_DROPPED_SECTIONS leaves out"
        for api, files in babel_uses_beyond_bundle(package).items()
    ]
    return gaps


# Windows: Qt's software OpenGL renderer (~20 MB) only serves OpenGL/Quick content; our widgets paint
# with the raster engine.
UNUSED_WINDOWS_DLLS = {"opengl32sw.dll"}


# Pillow's wheel ships libXau built with 2 MB page alignment: 2 MB on disk for a 20 KB library. The X11
# libXau of the build machine is the same library (an ABI unchanged for decades), without the padding.
SLIMMER_HOST_COPIES = {"libXau-": "libXau.so.6"}


def host_library(soname: str) -> str | None:
    """Where the build machine's copy of a shared library is (ldconfig's cache), or None."""
    import subprocess

    try:
        listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    for line in listing.splitlines():  # "libXau.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libXau.so.6"
        left, arrow, path = line.strip().partition(" => ")
        name, _, flags = left.partition(" (")
        if arrow and name == soname and "64" in flags:  # the 64-bit copy, like the bundle
            return path
    return None


def slimmer_binary(entry: tuple[str, str, str], system: str = sys.platform) -> tuple[str, str, str]:
    """A collected binary, taken from the build machine's leaner copy where SLIMMER_HOST_COPIES names one."""
    dest, _source, kind = entry
    if system.startswith("linux"):
        name = PurePath(dest).name
        for prefix, soname in SLIMMER_HOST_COPIES.items():
            if name.startswith(prefix) and (host := host_library(soname)):
                return dest, host, kind
    return entry


# Pillow's wheel carries its own copies of libraries the bundle already has from the system (Qt needs
# libzstd, Python's lzma module liblzma): those become links to the bundle's copy (~1 MB). libtiff, their
# only user, asks for nothing newer than what every supported system has (zstd has no symbol versions;
# liblzma only XZ_5.0).
SHARED_WITH_BUNDLE = {"pillow.libs/libzstd-": "libzstd.so.1", "pillow.libs/liblzma-": "liblzma.so.5"}


def shared_copies(
    binaries: list[tuple[str, str, str]], system: str = sys.platform
) -> list[tuple[str, str, str]]:
    """The collected binaries with Pillow's duplicate copies turned into links (PyInstaller's SYMLINK)."""
    if not system.startswith("linux"):
        return binaries
    top_level = {dest for dest, _source, _kind in binaries if "/" not in dest}
    out = []
    for dest, source, kind in binaries:
        shared = next((so for prefix, so in SHARED_WITH_BUNDLE.items() if dest.startswith(prefix)), None)
        if shared in top_level:
            out.append((dest, f"../{shared}", "SYMLINK"))
        else:
            out.append((dest, source, kind))
    return out


def keep_binary(dest: str, system: str = sys.platform) -> bool:
    """The spec's last word on each collected binary (after the Qt hooks' own filtering)."""
    name = PurePath(dest.replace("\\", "/")).name
    if system.startswith("linux") and name in HOST_LIBRARIES:
        return False
    if system == "win32" and name.lower() in UNUSED_WINDOWS_DLLS:
        return False
    return keep_qt_file(dest)


def _plugin_name(filename: str) -> str:
    stem = PurePath(filename).name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_file(dest: str) -> bool:
    """Decide for one collected file (its destination inside the bundle) whether Qt needs it."""
    parts = PurePath(dest.replace("\\", "/")).parts
    if "translations" in parts and parts[0] == "PySide6":
        # Qt's own words (standard buttons, dialogs) for the languages we ship; all of Qt's .qm files are 7 MB.
        return parts[-1] in {f"qtbase_{language}.qm" for language in QT_TRANSLATIONS}
    if "plugins" not in parts:
        return True
    rest = parts[parts.index("plugins") + 1 :]
    if len(rest) < 2:
        return True
    folder = "/".join(rest[:-1])
    if folder not in QT_PLUGINS:
        return False
    allowed = QT_PLUGINS[folder]
    return allowed is None or _plugin_name(rest[-1]) in allowed


def render_version_info(
    version: str, exe_name: str = EXE_NAME, template: Path = PACKAGING / "windows" / "version_info.txt"
) -> str:
    """The Windows VERSIONINFO resource of an exe (Explorer > Properties > Details)."""
    text = template.read_text(encoding="utf-8")
    return (
        text.replace("@VERSION_TUPLE@", repr(version_tuple(version)))
        .replace("@VERSION@", version)
        .replace("@APP_NAME@", APP_NAME)
        .replace("@EXE_NAME@", exe_name)
        .replace("@PUBLISHER@", PUBLISHER)
    )


def info_plist(version: str, template: Path = PACKAGING / "macos" / "Info.plist") -> dict[str, object]:
    """packaging/macos/Info.plist with the version from pyproject.toml filled in (integers only, see
    macos_numeric_version; the About box shows the full version)."""
    import plistlib

    with template.open("rb") as fh:
        plist = plistlib.load(fh)
    plist["CFBundleShortVersionString"] = macos_numeric_version(version)
    plist["CFBundleVersion"] = macos_numeric_version(version)
    return plist


def keep_collected(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Filter a hook's (source file, destination folder) pairs with `keep_qt_file`."""
    return [(src, dest) for src, dest in entries if keep_qt_file(f"{dest}/{PurePath(src).name}")]


BABEL_LOCALE_DIR = "babel/locale-data"

# CLDR sections the terminal never reads. All 1,000+ locales stay (a shop's locale is whatever the OS says),
# but each keeps only what number, currency and date formatting read; names of languages, territories,
# time zones and units are two thirds of babel's 30 MB. `bundle_gaps()` stops the build if the app starts
# using a babel API that needs them.
BABEL_DROPPED_SECTIONS = frozenset(
    {
        "unit_patterns", "unit_display_names", "compound_unit_patterns", "meta_zones", "time_zones",
        "languages", "territories", "scripts", "variants", "date_fields", "interval_formats",
        "datetime_skeletons", "list_patterns", "measurement_systems",
    }
)  # fmt: skip
_BABEL_APIS_NEEDING_DROPPED = re.compile(
    r"babel\.(dates|units|lists|languages)\b|get_display_name|display_name|get_language_name|get_territory_name"
    r"|get_timezone_name|get_unit_name|\.territories\b|\.languages\b|format_timedelta|format_interval"
)


def babel_uses_beyond_bundle(package: Path = ROOT / "pos_app") -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "babel" not in text:
            continue
        for match in _BABEL_APIS_NEEDING_DROPPED.finditer(text):
            found.setdefault(match.group(0), set()).add(str(path.relative_to(package.parent)))
    return found


BABEL_PACK = "babel/locale-data.pack.xz"


def slim_babel_locale_data(datas: list[tuple[str, str, str]], work: Path) -> list[tuple[str, str, str]]:
    """Pack babel's locale data into one xz file without BABEL_DROPPED_SECTIONS: 30 MB -> under 1 MB.

    One solid archive compresses ~8x better than 1,000 small files (and each small file would still
    cost a 4 KB disk block). Every `locale-data/<name>.dat` stays as an empty placeholder so babel's own
    existence checks and locale listing work unchanged; the runtime hook rthook_babel_pack.py serves
    the bytes from the pack. Cached in `work`, redone when babel or the rules change.
    """
    import hashlib
    import lzma
    import pickle

    import babel
    import babel.localedata  # unpickling needs babel's classes

    locale_files = [
        (dest, Path(src))
        for dest, src, _ in datas
        if PurePath(dest).parent.as_posix() == BABEL_LOCALE_DIR and dest.endswith(".dat")
    ]
    if not locale_files:
        return datas
    key = repr((babel.__version__, sorted(BABEL_DROPPED_SECTIONS), len(locale_files)))
    out_dir = work / f"babel-pack-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
    pack = out_dir / PurePath(BABEL_PACK).name
    placeholder = out_dir / "placeholder.dat"
    if not pack.exists():
        out_dir.mkdir(parents=True, exist_ok=True)
        blobs: dict[str, bytes] = {}
        for _, source in locale_files:
            with source.open("rb") as fh:
                data = pickle.load(fh)
            slim = {k: v for k, v in data.items() if k not in BABEL_DROPPED_SECTIONS}
            blobs[source.stem] = pickle.dumps(slim, protocol=pickle.HIGHEST_PROTOCOL)
        placeholder.write_bytes(b"")
        tmp = pack.with_suffix(".tmp")
        tmp.write_bytes(lzma.compress(pickle.dumps(blobs, protocol=pickle.HIGHEST_PROTOCOL), preset=9))
        tmp.replace(pack)
    placeholders = {dest for dest, _ in locale_files}
    result = [
        (dest, str(placeholder) if dest in placeholders else src, typecode) for dest, src, typecode in datas
    ]
    result.append((BABEL_PACK, str(pack), "DATA"))
    return result
