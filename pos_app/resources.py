"""The one place that finds the till's resources (theme, icons, sounds, translations).

They live in the repository's top-level `resources/` folder, which pyproject.toml ships as the package
`pos_app.assets`, so importlib.resources finds them in an installed wheel and in the editable install
`make setup` makes. A PyInstaller bundle carries them once, as `resources/` beside the program; a plain
checkout run without any install reads the folder beside pos_app/.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

PACKAGE = "pos_app.assets"


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if bundle:
        return Path(bundle) / "resources"
    return _package_root()


@functools.cache
def _package_root() -> Path:
    # The package's folder, as importlib.resources.files() would give it for a package on disk; asked of the
    # import system directly because importlib.resources costs the till's first frame ~3 ms to import.
    # Qt reads files by name (the theme's url(), QTranslator, QIcon), so it needs a real folder, which is
    # what a wheel or an editable install gives.
    from importlib.util import find_spec

    try:
        spec = find_spec(PACKAGE)
    except ModuleNotFoundError:
        spec = None
    if (
        spec is None or not spec.submodule_search_locations
    ):  # not installed: a checkout run as `python main.py`
        return Path(__file__).resolve().parent.parent / "resources"
    return Path(next(iter(spec.submodule_search_locations)))


def resource_path(relative: str) -> Path:
    return resources_root() / relative
