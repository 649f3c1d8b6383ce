"""Keep the translations in step with the code: `python packaging/translations.py [--check]`.

Without options: extract every translatable string from pos_app/ into resources/translations/kupay_<code>.ts
(pyside6-lupdate; new strings arrive "unfinished", strings gone from the code are dropped), then compile
each .ts into the .qm the terminal loads (pyside6-lrelease). Both tools ship with PySide6. The .qm files are
committed, so a checkout runs without a build step.

--check (CI, tests/test_translations.py): change nothing; exit 1 when lupdate would change a .ts file or a
committed .qm differs from its .ts.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pos_app.languages import SOURCE_LANGUAGE, TRANSLATED

TRANSLATIONS = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    scripts = Path(sysconfig.get_path("scripts"))
    found = shutil.which(name, path=str(scripts)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: run `make setup` (it ships with PySide6)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "pos_app").rglob("*.py") if "sandbox" not in p.parts)


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"kupay_{language}.ts"


def qm_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"kupay_{language}.qm"


# English is the source language; its file holds only the plural forms ("1 sale", "2 sales").
LANGUAGE_FILES = (SOURCE_LANGUAGE, *TRANSLATED)


def update(folder: Path = TRANSLATIONS) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGE_FILES:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
            + (["-pluralonly"] if language == SOURCE_LANGUAGE else [])
            + ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
            + files
            + ["-ts", str(ts_file(language, folder))],
            check=True,
            cwd=ROOT,
        )
    release(folder)


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> None:
    for language in LANGUAGE_FILES:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_file(language, folder))]
            + ["-qm", str(qm_file(language, out or folder))],
            check=True,
        )


def stale() -> list[str]:
    """What --check complains about: .ts files lupdate would change, .qm files that differ from their .ts."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "ts"
        shutil.copytree(TRANSLATIONS, copy)
        update(copy)
        for language in LANGUAGE_FILES:
            if not ts_file(language).exists():
                problems.append(f"{ts_file(language).name} is missing")
            elif ts_file(language).read_bytes() != ts_file(language, copy).read_bytes():
                problems.append(f"{ts_file(language).name} is not up to date with the code")
            if not qm_file(language).exists() or not filecmp.cmp(
                qm_file(language, copy), qm_file(language), shallow=False
            ):
                problems.append(f"{qm_file(language).name} is not compiled from the current .ts")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; fail when anything is stale")
    if parser.parse_args().check:
        problems = stale()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(
                "Run: python packaging/translations.py (then translate what is unfinished)", file=sys.stderr
            )
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
