"""The oldest macOS a built KuPay POS.app can start on, read from its Mach-O files, against its Info.plist.

Info.plist's LSMinimumSystemVersion is what Finder and the README promise; the binaries decide, and the
strictest of them wins. A wheel's tag is not the answer: PySide6 6.11.3's macosx_13_0 wheels hold Qt
frameworks built for 13.0 but bindings (PySide6/*.abi3.so, libpyside6, shiboken6) built for 15.0.
`build.py` calls `plist_disagreement()` after every macOS build and stops when the two differ; the release
workflow applies the same rule with Apple's otool. Pure Python (no otool), so tests can feed it hand-made
Mach-O headers on Linux.
"""

from __future__ import annotations

import os
import plistlib
import struct
from pathlib import Path

LC_VERSION_MIN_MACOSX = 0x24
LC_BUILD_VERSION = 0x32
PLATFORM_MACOS = 1
_THIN = {b"\xcf\xfa\xed\xfe": ("<", 32), b"\xce\xfa\xed\xfe": ("<", 28)}  # 64- and 32-bit, little-endian
_FAT = {b"\xca\xfe\xba\xbe": 20, b"\xca\xfe\xba\xbf": 32}  # universal: big-endian arch table

Version = tuple[int, int, int]


def _decode(packed: int) -> Version:
    return (packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF)


def _thin_minimum(data: bytes, offset: int) -> Version | None:
    endian, header_size = _THIN.get(data[offset : offset + 4], ("", 0))
    if not header_size:
        return None
    ncmds, _sizeofcmds = struct.unpack_from(endian + "II", data, offset + 16)
    cursor = offset + header_size
    for _ in range(ncmds):
        cmd, cmdsize = struct.unpack_from(endian + "II", data, cursor)
        if cmd == LC_BUILD_VERSION:
            platform, minos = struct.unpack_from(endian + "II", data, cursor + 8)
            if platform == PLATFORM_MACOS:
                return _decode(minos)
        elif cmd == LC_VERSION_MIN_MACOSX:
            return _decode(struct.unpack_from(endian + "I", data, cursor + 8)[0])
        if cmdsize <= 0:
            break
        cursor += cmdsize
    return None


def minimum_macos(path: Path) -> Version | None:
    """The macOS version a Mach-O file (thin or universal) needs; None for anything else. Of a universal
    file, the highest of its slices: each Mac runs one slice, and the promise must hold for all."""
    with path.open("rb") as fh:
        magic = fh.read(4)
        if magic not in _THIN and magic not in _FAT:
            return None
        data = magic + fh.read()
    if magic in _THIN:
        return _thin_minimum(data, 0)
    entry = _FAT[magic]
    (count,) = struct.unpack_from(">I", data, 4)
    if count > 32:  # Java class files share the magic; a real fat header lists a handful of slices
        return None
    found = []
    for i in range(count):
        base = 8 + i * entry
        offset = struct.unpack_from(">Q" if entry == 32 else ">I", data, base + 8)[0]
        version = _thin_minimum(data, offset)
        if version:
            found.append(version)
    return max(found) if found else None


def bundle_minimum(app: Path) -> tuple[Version, Path, Version | None]:
    """(the highest minimum of any Mach-O file in the app, that file, QtCore's own minimum)."""
    highest: tuple[Version, Path] | None = None
    qtcore = None
    # os.walk does not follow symlinks: PyInstaller's .app links Resources and Frameworks to each other.
    files = sorted(Path(root) / name for root, _, names in os.walk(app) for name in names)
    for path in files:
        if path.is_symlink() or not path.is_file():
            continue
        version = minimum_macos(path)
        if version is None:
            continue
        if path.name == "QtCore" and path.parent.name != "Headers":
            qtcore = version
        if highest is None or version > highest[0]:
            highest = (version, path)
    if highest is None:
        raise ValueError(f"no Mach-O files in {app}")
    return highest[0], highest[1], qtcore


def _text(version: Version) -> str:
    major, minor, patch = version
    return f"{major}.{minor}" + (f".{patch}" if patch else "")


def plist_disagreement(app: Path) -> str | None:
    """A sentence when Info.plist's LSMinimumSystemVersion is not what the binaries need; None when it is."""
    with (app / "Contents" / "Info.plist").open("rb") as fh:
        promised = str(plistlib.load(fh).get("LSMinimumSystemVersion", ""))
    needed, culprit, qtcore = bundle_minimum(app)
    if qtcore is None:
        return f"no QtCore binary found in {app}: cannot tell which macOS it needs"
    numbers = tuple(int(n) for n in promised.split(".")) if promised else ()
    if numbers + (0,) * (3 - len(numbers)) == needed:
        return None
    return (
        f"Info.plist says LSMinimumSystemVersion {promised or '(missing)'}, but the bundle needs macOS "
        f"{_text(needed)} ({culprit.relative_to(app)}; QtCore needs {_text(qtcore)}): set "
        f"{_text(needed)} in packaging/macos/Info.plist and in the README's Installing section"
    )
