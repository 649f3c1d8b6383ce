"""Build KuPay POS for the current OS: the PyInstaller bundle, its installer, and a check of both.

    python packaging/build.py                    # dist/kupay-pos/ (+ "dist/KuPay POS.app" on macOS)
    python packaging/build.py --check            # ... then: size under 120 MB, frozen self-test passes
    python packaging/build.py --package --check  # ... and the installer (what the release workflow runs)

--package makes, per OS:
    Linux    dist/kupay-pos-<version>-linux-<arch>.tar.gz  (bundle + .desktop + icon + install.sh)
    Windows  dist/KuPay-POS-Setup-<version>.exe            (Inno Setup; per-user, no admin rights)
    macOS    dist/KuPay-POS-<version>-macos.dmg            (the .app and an Applications link)
Signing happens only when the secrets are in the environment (see README "Cutting a release"):
    Windows  WINDOWS_CERTIFICATE (base64 .pfx), WINDOWS_CERTIFICATE_PWD
    macOS    MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PWD, MACOS_SIGN_IDENTITY,
             and for notarisation APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
The version comes from pyproject.toml; nothing else carries a version number.
"""

from __future__ import annotations

import argparse
import base64
import glob
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_rules as rules  # noqa: E402

ROOT = rules.ROOT
PACKAGING = rules.PACKAGING
DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = PACKAGING / "kupay-pos.spec"
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")

WINDOWS_SIGNING = ("WINDOWS_CERTIFICATE", "WINDOWS_CERTIFICATE_PWD")
MACOS_SIGNING = ("MACOS_CERTIFICATE", "MACOS_CERTIFICATE_PWD", "MACOS_SIGN_IDENTITY")
MACOS_NOTARY = ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")
TIMESTAMP_URL = "http://timestamp.digicert.com"


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


# --- names of things ------------------------------------------------------------------------------------


def bundle_dir(dist: Path = DIST) -> Path:
    return dist / rules.EXE_NAME


def app_bundle(dist: Path = DIST) -> Path:
    return dist / f"{rules.APP_NAME}.app"


def frozen_executable(dist: Path = DIST) -> Path:
    """The program the self-test runs: inside the .app on macOS (what users start), else the bundle's."""
    if IS_MAC:
        return app_bundle(dist) / "Contents" / "MacOS" / rules.EXE_NAME
    return bundle_dir(dist) / (rules.EXE_NAME + (".exe" if IS_WIN else ""))


def linux_arch() -> str:
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(platform.machine().lower(), platform.machine().lower())


def artifact_name(version: str, system: str = sys.platform) -> str:
    """The installer file name per OS; the release workflow uploads these."""
    if system == "win32":
        return f"KuPay-POS-Setup-{version}.exe"
    if system == "darwin":
        return f"KuPay-POS-{version}-macos.dmg"
    return f"{rules.EXE_NAME}-{version}-linux-{linux_arch()}.tar.gz"


def iscc_command(iscc: str, version: str, dist: Path = DIST) -> list[str]:
    """Inno Setup gets the version and the folders from here; the .iss has no version of its own."""
    return [
        iscc,
        f"/DAppVersion={version}",
        f"/DSourceDir={bundle_dir(dist)}",
        f"/DOutputDir={dist}",
        f"/DIconFile={ROOT / 'resources' / 'icons' / 'kupay-pos.ico'}",
        str(PACKAGING / "windows" / "kupay-pos.iss"),
    ]


def secrets_present(names: tuple[str, ...]) -> bool:
    return all(os.environ.get(name) for name in names)


# --- steps ----------------------------------------------------------------------------------------------


def run(cmd: list[str], **kwargs: object) -> None:
    say("$ " + " ".join(f'"{c}"' if " " in c else c for c in cmd))
    result = subprocess.run(cmd, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"{Path(cmd[0]).name} failed with exit code {result.returncode}")


def build_bundle(clean: bool) -> float:
    gaps = rules.bundle_gaps()
    if gaps:
        raise BuildError(
            "the bundle would break the app; fix packaging/bundle_rules.py:\n  " + "\n  ".join(gaps)
        )
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError("PyInstaller is missing: pip install -e '.[package]'") from exc
    say(f"building {rules.APP_NAME} {rules.project_version()} for {sys.platform} into {bundle_dir()}")
    started = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        cmd.append("--clean")
    run(cmd + [str(SPEC)], cwd=ROOT)
    seconds = time.monotonic() - started
    say(f"bundle built in {seconds:.0f} s")
    return seconds


def disk_usage(path: Path) -> int:
    """Bytes on disk, like `du`: allocated blocks where the OS reports them, file sizes elsewhere."""
    total = 0
    for p in [path, *path.rglob("*")]:
        st = p.lstat()
        blocks = getattr(st, "st_blocks", None)
        total += blocks * 512 if blocks is not None else st.st_size
    return total


def size_report(path: Path) -> tuple[float, list[tuple[float, str]]]:
    """Total MB and the biggest parts, for the build log and the README."""
    internal = path / "_internal"
    parts_root = internal if internal.is_dir() else path
    parts = sorted(((disk_usage(p) / 2**20, p.name) for p in parts_root.iterdir()), reverse=True)
    return disk_usage(path) / 2**20, parts


def check_size() -> float:
    """Linux must stay under SIZE_LIMIT_MB; Windows/macOS warn above it and fail only at the ceiling."""
    limit = rules.SIZE_LIMIT_MB if IS_LINUX else rules.SIZE_CEILING_OTHER_MB
    total, parts = size_report(bundle_dir())
    say(f"bundle size {total:.1f} MB (limit {limit} MB); biggest parts:")
    for mb, name in parts[:8]:
        say(f"  {mb:6.1f} MB  {name}")
    if total >= limit:
        raise BuildError(f"the bundle is {total:.1f} MB, over the {limit} MB limit")
    if total >= rules.SIZE_LIMIT_MB:
        # A GitHub Actions annotation: visible on the run's summary page.
        print(
            f"::warning::the {sys.platform} bundle is {total:.1f} MB, over the {rules.SIZE_LIMIT_MB} MB target"
        )
    return total


def record_versions(version: str) -> Path:
    """Print the versions the bundle was built from and keep a copy beside the installer for the release."""
    found = sorted(bundle_dir().rglob("versions.txt"))
    if not found:
        raise BuildError("the bundle has no versions.txt (see kupay-pos.spec)")
    text = found[0].read_text(encoding="utf-8")
    if not text.startswith(f"{rules.APP_NAME} {version}\n"):
        raise BuildError(f"versions.txt is not for {rules.APP_NAME} {version}: {text.splitlines()[:1]}")
    say("versions in this bundle:")
    for line in text.splitlines():
        say(f"  {line}")
    record = DIST / f"{rules.EXE_NAME}-{version}-{sys.platform}-versions.txt"
    record.write_text(text, encoding="utf-8")
    return record


def frozen_self_test() -> float:
    """Run `kupay-pos self-test` from the bundle, offscreen, in a throw-away home; fail on a FAIL line."""
    exe = frozen_executable()
    if not exe.exists():
        raise BuildError(f"{exe} does not exist; build first")
    with tempfile.TemporaryDirectory(prefix="kupay-selftest-") as tmp:
        report = Path(tmp) / "self-test.txt"
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["KUPAY_POS_HOME"] = str(Path(tmp) / "home")  # never the builder's own settings or journal
        # The Windows exe is windowed and has no console: the report file is how we hear from it.
        env["KUPAY_SELFTEST_REPORT"] = str(report)
        started = time.monotonic()
        say(f"$ QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']} {exe} self-test")
        try:
            result = subprocess.run(
                [str(exe), "self-test"], env=env, timeout=180, capture_output=True, text=True
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildError("the frozen self-test did not finish in 180 s") from exc
        seconds = time.monotonic() - started
        text = report.read_text(encoding="utf-8") if report.exists() else result.stdout
        for line in text.splitlines():
            say(f"  {line}")
        if result.returncode != 0:
            if result.stderr.strip():
                say("stderr:\n" + result.stderr[-4000:])
            raise BuildError(f"the frozen self-test failed (exit code {result.returncode})")
    say(f"frozen self-test passed in {seconds:.1f} s (process start to exit)")
    return seconds


# --- installers -----------------------------------------------------------------------------------------


def package_linux(version: str) -> Path:
    """A tarball that unpacks to kupay-pos-<version>/ with the bundle, a .desktop file, icon and install.sh."""
    out = DIST / artifact_name(version, "linux")
    top = f"{rules.EXE_NAME}-{version}"
    linux = PACKAGING / "linux"

    def executable(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.mode = 0o755
        return info

    say(f"writing {out.name}")
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle_dir(), arcname=f"{top}/{rules.EXE_NAME}")
        tar.add(linux / "kupay-pos.desktop", arcname=f"{top}/kupay-pos.desktop")
        tar.add(ROOT / "resources" / "icons" / "kupay-pos-256.png", arcname=f"{top}/kupay-pos.png")
        tar.add(linux / "install.sh", arcname=f"{top}/install.sh", filter=executable)
    say(f"{out} ({out.stat().st_size / 2**20:.1f} MB)")
    return out


def find_tool(name: str, patterns: list[str]) -> str:
    found = shutil.which(name)
    if found:
        return found
    for pattern in patterns:
        matches = sorted(glob.glob(pattern))
        if matches:
            return matches[-1]  # the newest Windows SDK sorts last
    raise BuildError(f"{name} not found (looked on PATH and in {patterns})")


def sign_windows(files: list[Path]) -> None:
    """Authenticode-sign with the PFX from WINDOWS_CERTIFICATE, or say clearly that we did not."""
    if not secrets_present(WINDOWS_SIGNING):
        say(f"NOT signing {', '.join(f.name for f in files)}: {' and '.join(WINDOWS_SIGNING)} are not set")
        return
    signtool = find_tool("signtool", [r"C:\Program Files (x86)\Windows Kits\10\bin\*\x64\signtool.exe"])
    with tempfile.TemporaryDirectory() as tmp:
        pfx = Path(tmp) / "codesign.pfx"
        pfx.write_bytes(base64.b64decode(os.environ["WINDOWS_CERTIFICATE"]))
        cmd = [signtool, "sign", "/f", str(pfx), "/p", os.environ["WINDOWS_CERTIFICATE_PWD"]]
        cmd += ["/fd", "sha256", "/tr", TIMESTAMP_URL, "/td", "sha256", "/d", rules.APP_NAME]
        # Not through run(): the command line holds the certificate password.
        say(f"signing {', '.join(f.name for f in files)}")
        if subprocess.run(cmd + [str(f) for f in files]).returncode != 0:
            raise BuildError("signtool failed")


def package_windows(version: str) -> Path:
    # Sign the program before Inno Setup packs it, then the installer itself.
    sign_windows([frozen_executable()])
    iscc = find_tool(
        "iscc", [r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe"]
    )
    run(iscc_command(iscc, version))
    out = DIST / artifact_name(version, "win32")
    if not out.exists():
        raise BuildError(f"Inno Setup did not write {out}")
    sign_windows([out])
    return out


def package_macos(version: str) -> Path:
    macos = PACKAGING / "macos"
    app = app_bundle()
    out = DIST / artifact_name(version, "darwin")
    signing = secrets_present(MACOS_SIGNING)
    if signing:
        run(["bash", str(macos / "sign_and_notarize.sh"), "sign-app", str(app)])
    else:
        say(
            f"NOT signing {app.name} (PyInstaller's ad-hoc signature only): {', '.join(MACOS_SIGNING)} not set"
        )
    run(["bash", str(macos / "build_dmg.sh"), str(app), str(out), f"{rules.APP_NAME} {version}"])
    if signing and secrets_present(MACOS_NOTARY):
        run(["bash", str(macos / "sign_and_notarize.sh"), "notarize-dmg", str(out)])
    elif signing:
        say(f"NOT notarising {out.name}: {', '.join(MACOS_NOTARY)} not set (Gatekeeper will warn)")
    return out


def package(version: str) -> Path:
    if IS_WIN:
        return package_windows(version)
    if IS_MAC:
        return package_macos(version)
    return package_linux(version)


# --- command line ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--package", action="store_true", help="also build this OS's installer / dmg / tarball"
    )
    parser.add_argument(
        "--check", action="store_true", help="check the size limit and run the frozen self-test"
    )
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache (slower)")
    parser.add_argument("--no-build", action="store_true", help="reuse the bundle already in dist/")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    version = rules.project_version()
    try:
        if not args.no_build:
            build_bundle(args.clean)
        if args.check:
            record_versions(version)
            check_size()
            frozen_self_test()
        if args.package:
            out = package(version)
            say(f"installer: {out}")
    except BuildError as exc:
        say(f"FAILED: {exc}")
        return 1
    say("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
