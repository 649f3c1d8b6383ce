"""Build KuPay POS for the current OS: the PyInstaller bundle, its installer, and a check of both.

    python packaging/build.py                    # dist/kupay-pos/ (+ "dist/KuPay POS.app" on macOS)
    python packaging/build.py --check            # ... then: size under 120 MB, frozen self-test passes
    python packaging/build.py --package --check  # ... and the installer (what the release workflow runs)

--package makes, per OS:
    Linux    dist/kupay-pos-<version>-linux-<arch>.tar.gz  (bundle + .desktop + icon + install.sh)
    Windows  dist/KuPay-POS-Setup-<version>.exe            (Inno Setup; per-user, no admin rights)
    macOS    dist/KuPay-POS-<version>-macos-<arch>.dmg     (the .app and an Applications link)
Signing uses what is in the environment (see README "Cutting a release"):
    Windows  WINDOWS_SIGN_COMMAND: a command line that signs the file $f in place (signtool with a cloud
             HSM's plug-in, a signing service's client...); also Inno Setup's SignTool
    macOS    MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PWD, MACOS_SIGN_IDENTITY,
             and for notarisation APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
Without them the build says NOT signing and goes on, unless --require-signing (or KUPAY_REQUIRE_SIGNING=1,
set by the release workflow on v* tags): then a missing secret, a failed signature, notarisation or
Gatekeeper assessment stops the build.
The version comes from pyproject.toml; nothing else carries a version number.
"""

from __future__ import annotations

import argparse
import glob
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_rules as rules
import macos_minimum

ROOT = rules.ROOT
PACKAGING = rules.PACKAGING
DIST = ROOT / "dist"
WORK = ROOT / "build"
SPEC = PACKAGING / "kupay-pos.spec"
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")

WINDOWS_SIGNING = ("WINDOWS_SIGN_COMMAND",)
MACOS_SIGNING = ("MACOS_CERTIFICATE", "MACOS_CERTIFICATE_PWD", "MACOS_SIGN_IDENTITY")
MACOS_NOTARY = ("APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD")
REQUIRE_SIGNING_ENV = "KUPAY_REQUIRE_SIGNING"
INNO_SIGN_TOOL = "kupaysign"  # the name the .iss's SignTool= refers to


def say(text: str) -> None:
    print(f"[build] {text}", flush=True)


class BuildError(Exception):
    """A step failed; the message says which and what to do."""


# --- names of things ------------------------------------------------------------------------------------


def bundle_dir(dist: Path = DIST) -> Path:
    return dist / rules.EXE_NAME


def app_bundle(dist: Path = DIST) -> Path:
    return dist / f"{rules.APP_NAME}.app"


def frozen_executable(dist: Path = DIST, name: str = rules.EXE_NAME) -> Path:
    """The program the self-test runs: inside the .app on macOS (what users start), else the bundle's."""
    if IS_MAC:
        return app_bundle(dist) / "Contents" / "MacOS" / name
    return bundle_dir(dist) / (name + (".exe" if IS_WIN else ""))


def windows_programs(dist: Path = DIST) -> list[Path]:
    """The exes a Windows user starts: signed before Inno Setup packs them."""
    return [frozen_executable(dist, rules.EXE_NAME), frozen_executable(dist, rules.CLI_EXE_NAME)]


def arch_name(machine: str | None = None, system: str = sys.platform) -> str:
    machine = (machine or platform.machine()).lower()
    if system == "darwin":
        return {"aarch64": "arm64", "amd64": "x86_64"}.get(machine, machine)
    return {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def artifact_name(version: str, system: str = sys.platform, machine: str | None = None) -> str:
    """The installer file name per OS; the release workflow uploads these. The macOS build runs only on
    Apple silicon, so its name says so (an Intel Mac cannot open an arm64 app)."""
    if system == "win32":
        return f"KuPay-POS-Setup-{version}.exe"
    if system == "darwin":
        return f"KuPay-POS-{version}-macos-{arch_name(machine, system)}.dmg"
    return f"{rules.EXE_NAME}-{version}-linux-{arch_name(machine, system)}.tar.gz"


def iscc_command(iscc: str, version: str, dist: Path = DIST, sign_command: str | None = None) -> list[str]:
    """Inno Setup gets the version and the folders from here; the .iss has no version of its own.

    With a sign command, Inno Setup signs Setup, its uninstaller and the temporary copies of itself it
    runs (a signature added after compiling would miss those). ISCC's own command line knows no escaped
    quotes, so quotes travel as Inno's $q.
    """
    cmd = [
        iscc,
        f"/DAppVersion={version}",
        f"/DAppNumericVersion={rules.windows_numeric_version(version)}",
        f"/DSourceDir={bundle_dir(dist)}",
        f"/DOutputDir={dist}",
        f"/DIconFile={ROOT / 'resources' / 'icons' / 'kupay-pos.ico'}",
    ]
    if sign_command:
        inno_command = sign_command.replace('"', "$q")
        cmd += [f"/S{INNO_SIGN_TOOL}={inno_command}", f"/DSignTool={INNO_SIGN_TOOL}"]
    return cmd + [str(PACKAGING / "windows" / "kupay-pos.iss")]


def expand_sign_command(template: str, file: Path) -> str:
    """Inno Setup's Sign Tool syntax, so one WINDOWS_SIGN_COMMAND serves build.py and ISCC alike:
    $f the quoted file name, $q a quote, $$ a dollar."""
    if "$f" not in template:
        raise BuildError("WINDOWS_SIGN_COMMAND must contain $f where the file to sign goes")
    table = {"$f": f'"{file}"', "$q": '"', "$$": "$", "$p": ""}
    return re.sub(r"\$[fqp$]", lambda m: table[m.group(0)], template)


def secrets_present(names: tuple[str, ...]) -> bool:
    return all(os.environ.get(name) for name in names)


def signing_secrets(system: str = sys.platform) -> tuple[str, ...]:
    """What a signed release needs on this OS (Linux tarballs are not signed; SHA256SUMS covers them)."""
    if system == "win32":
        return WINDOWS_SIGNING
    if system == "darwin":
        return MACOS_SIGNING + MACOS_NOTARY
    return ()


def missing_signing_secrets(system: str = sys.platform) -> list[str]:
    return [name for name in signing_secrets(system) if not os.environ.get(name)]


def not_signing(what: str) -> None:
    say(f"NOT signing {what}")
    print(f"::warning::{what} is not signed")  # on the workflow run's summary page


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
        import PyInstaller  # noqa: F401 - only: is it installed?
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
    if IS_MAC:
        check_macos_minimum()
    return seconds


def check_macos_minimum(app: Path | None = None) -> None:
    """Info.plist must promise exactly the macOS the bundled binaries need: the strictest one decides."""
    app = app or app_bundle()
    sentence = macos_minimum.plist_disagreement(app)
    if sentence:
        raise BuildError(sentence)
    needed, culprit, _ = macos_minimum.bundle_minimum(app)
    say(f"macOS minimum {'.'.join(map(str, needed))} (from {culprit.name}) matches Info.plist")


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


def check_resources_once() -> None:
    """The theme, icons, sounds and translations are in the bundle once, as resources/ (the wheel's package
    pos_app.assets maps the same folder; a second copy would only cost size)."""
    themes = sorted(str(p.relative_to(bundle_dir())) for p in bundle_dir().rglob("theme.qss"))
    if len(themes) != 1:
        raise BuildError(f"the bundle should carry theme.qss once, as resources/theme.qss: {themes}")
    say(f"resources once: {themes[0]}")


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
            # Read as the UTF-8 the bundle writes into a pipe (not this machine's code page), so a line
            # that did not survive the pipe shows up as such.
            result = subprocess.run(
                [str(exe), "self-test"], env=env, timeout=180, capture_output=True, **_UTF8_TEXT
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
        check_utf8_mode(text)
    say(f"frozen self-test passed in {seconds:.1f} s (process start to exit)")
    if IS_WIN:
        check_console_program()
    return seconds


_UTF8_TEXT: dict[str, str | bool] = {"text": True, "encoding": "utf-8", "errors": "replace"}


def check_utf8_mode(self_test_output: str) -> None:
    """The bundle runs in Python's UTF-8 mode (kupay-pos.spec's "X utf8"): without it a Windows pipe gets
    cp1252, and self-test, report and export crash on text like ￥1,200 when their output is captured."""
    first = self_test_output.splitlines()[:1]
    if not first or "UTF-8 mode" not in first[0]:
        raise BuildError(
            f"the bundle is not in Python's UTF-8 mode (self-test says {first}): "
            'pass [("X utf8", None, "OPTION")] to EXE() in packaging/kupay-pos.spec'
        )
    say("UTF-8 mode: on")


def check_console_program() -> None:
    """kupay-pos-cli.exe prints to the Command Prompt (the windowed exe cannot)."""
    cli = frozen_executable(name=rules.CLI_EXE_NAME)
    result = subprocess.run([str(cli), "--version"], capture_output=True, timeout=60, **_UTF8_TEXT)
    expected = f"{rules.APP_NAME} {rules.project_version()}"
    if result.returncode != 0 or expected not in result.stdout:
        raise BuildError(f"{cli.name} --version printed {result.stdout!r}, expected {expected!r}")
    say(f"{cli.name} --version: {result.stdout.strip()}")


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
        matches = sorted(glob.glob(os.path.expandvars(pattern)))
        if matches:
            return matches[-1]
    raise BuildError(f"{name} not found (looked on PATH and in {patterns})")


# Any Inno Setup 6.x: its installer may name the folder "Inno Setup 6" or after the exact version.
ISCC_PATTERNS = [
    r"%ProgramFiles(x86)%\Inno Setup 6*\ISCC.exe",
    r"%ProgramFiles%\Inno Setup 6*\ISCC.exe",
    r"%LOCALAPPDATA%\Programs\Inno Setup 6*\ISCC.exe",
]


def sign_windows(files: list[Path]) -> None:
    """Sign each file with WINDOWS_SIGN_COMMAND (Authenticode through whatever holds the key)."""
    template = os.environ["WINDOWS_SIGN_COMMAND"]
    for file in files:
        say(f"signing {file.name}")  # not the command: it may carry credentials
        try:
            returncode = subprocess.run(expand_sign_command(template, file)).returncode
        except OSError as exc:  # the tool is not there (signtool.exe is not on PATH on windows-latest)
            raise BuildError(
                f"WINDOWS_SIGN_COMMAND could not start for {file.name} ({exc.strerror or type(exc).__name__}): "
                "is its program installed and on PATH (WINDOWS_SIGN_SETUP)?"
            ) from exc
        if returncode != 0:
            raise BuildError(f"WINDOWS_SIGN_COMMAND failed for {file.name}")


def verify_windows_signatures(files: list[Path]) -> None:
    """Windows' own verdict on each signature (chain, timestamp), not the signing tool's exit code."""
    for file in files:
        script = f"(Get-AuthenticodeSignature -LiteralPath '{file}').Status"
        result = subprocess.run(
            ["powershell", "-NoProfile", "-Command", script], capture_output=True, text=True
        )
        status = result.stdout.strip()
        if status != "Valid":
            raise BuildError(
                f"{file.name}: Authenticode signature status {status or result.stderr.strip()!r}"
            )
        say(f"{file.name}: signature Valid")


def package_windows(version: str, require_signing: bool) -> Path:
    signing = secrets_present(WINDOWS_SIGNING)
    programs = windows_programs()
    # The programs are signed before Inno Setup packs them; Setup and its uninstaller by Inno's SignTool.
    if signing:
        sign_windows(programs)
    else:
        not_signing(", ".join(p.name for p in programs) + " and the installer")
    iscc = find_tool("iscc", ISCC_PATTERNS)
    sign_command = os.environ["WINDOWS_SIGN_COMMAND"] if signing else None
    cmd = iscc_command(iscc, version, sign_command=sign_command)
    say(f"$ {Path(iscc).name} (Inno Setup) {version}" + (" with SignTool" if signing else ""))
    if subprocess.run(cmd).returncode != 0:  # not run(): the command line holds the sign command
        raise BuildError("Inno Setup (ISCC) failed")
    out = DIST / artifact_name(version, "win32")
    if not out.exists():
        raise BuildError(f"Inno Setup did not write {out}")
    if signing or require_signing:
        verify_windows_signatures([*programs, out])
    return out


def package_macos(version: str, require_signing: bool) -> Path:
    macos = PACKAGING / "macos"
    script = str(macos / "sign_and_notarize.sh")
    app = app_bundle()
    out = DIST / artifact_name(version, "darwin")
    signing = secrets_present(MACOS_SIGNING)
    notarising = signing and secrets_present(MACOS_NOTARY)
    # Sign, notarise and staple the app first, so the copy a user drags out of the image carries its ticket
    # offline; then the image the same way.
    if signing:
        run(["bash", script, "sign-app", str(app)])
    else:
        not_signing(f"{app.name} (PyInstaller's ad-hoc signature only; Gatekeeper refuses it)")
    if notarising:
        run(["bash", script, "notarize", str(app)])
    elif signing:
        not_signing(f"notarisation of {app.name}: {', '.join(MACOS_NOTARY)} not set")
    run(["bash", str(macos / "build_dmg.sh"), str(app), str(out), f"{rules.APP_NAME} {version}"])
    if signing:
        run(["bash", script, "sign-dmg", str(out)])
    if notarising:
        run(["bash", script, "notarize", str(out)])
    if notarising or require_signing:
        run(["bash", script, "verify", str(app), str(out)])
    return out


def package(version: str, require_signing: bool = False) -> Path:
    if IS_WIN:
        return package_windows(version, require_signing)
    if IS_MAC:
        return package_macos(version, require_signing)
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
    parser.add_argument(
        "--require-signing",
        action="store_true",
        default=os.environ.get(REQUIRE_SIGNING_ENV) == "1",
        help=f"fail unless the installer is signed (and notarised on macOS); default from {REQUIRE_SIGNING_ENV}=1",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    version = rules.project_version()
    try:
        missing = missing_signing_secrets() if args.require_signing and args.package else []
        if missing:  # before a 20-minute build, not after it
            raise BuildError(
                f"a release must be signed, but {', '.join(missing)} not set (repository secrets)"
            )
        if not args.no_build:
            build_bundle(args.clean)
        if args.check:
            record_versions(version)
            check_resources_once()
            check_size()
            frozen_self_test()
        if args.package:
            out = package(version, args.require_signing)
            say(f"installer: {out}")
    except BuildError as exc:
        say(f"FAILED: {exc}")
        return 1
    say("done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
