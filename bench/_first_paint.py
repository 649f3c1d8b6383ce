"""Run a Qt program and say when a widget of a given name was first painted (bench/startup.py).

    python bench/_first_paint.py FD TARGET [OTHER_TITLE] -- main.py --demo
    python bench/_first_paint.py FD TARGET -- -c CODE

Writes `<what> <time.monotonic()>` lines to file descriptor FD: `frame` when a window the program shows
first paints, `TARGET` when the widget named TARGET (objectName) inside it first paints, and `other` when a
window whose title contains OTHER_TITLE first paints (the customer display). Qt paints a window's widgets in
one pass and sends the frame to the screen at its end, a millisecond or two later.

The time is read in the program itself because a window can be mapped, and found by xdotool, before
anything useful is drawn in it: "visible" would count a blank frame or a "Starting…" placeholder as
started. The probe watches only the windows the program shows and the target inside them (an event filter
on the whole application would make PySide wrap every object and event of the start-up, and slow a rich
window more than a bare one).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import runpy
import sys
import time
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any, TextIO


def main() -> None:
    fd, target, *rest = sys.argv[1:]
    split = rest.index("--")
    other_title = rest[0] if split else ""
    program = rest[split + 1 :]
    out = os.fdopen(int(fd), "w", buffering=1)

    # Qt is loaded when the program loads it, not before: a module imported after PySide6 costs more (its
    # import hook reads each new module's source), so loading it here first would slow the app unfairly.
    sys.meta_path.insert(0, _PatchOnImport(lambda module: _probe(module, out, target, other_title)))
    if program[0] == "-c":
        sys.argv = ["-c", *program[2:]]
        exec(compile(program[1], "<bench>", "exec"), {"__name__": "__main__"})
    else:
        sys.argv = program
        sys.path.insert(0, os.path.dirname(os.path.abspath(program[0])))
        runpy.run_path(program[0], run_name="__main__")


class _PatchOnImport(importlib.abc.MetaPathFinder):
    """Calls `patch(module)` right after PySide6.QtWidgets is imported, by whoever imports it first."""

    def __init__(self, patch: Callable[[ModuleType], None]) -> None:
        self.patch = patch

    def find_spec(self, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        loader, patch = spec.loader, self.patch
        run = loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            patch(module)

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def _probe(widgets: ModuleType, out: TextIO, target: str, other_title: str) -> None:
    """Wrap QWidget's show methods: each window shown gets an event filter of its own."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QPaintEvent

    widget_class = widgets.QWidget
    seen: set[str] = set()
    keep: list[QObject] = []  # the filters, alive as long as the program

    def say(what: str) -> None:
        if what not in seen:
            seen.add(what)
            out.write(f"{what} {time.monotonic():.6f}\n")

    class Watch(QObject):
        """On a shown window: its first paint, and the target inside it, once that exists."""

        def __init__(self, window: Any, what: str) -> None:
            super().__init__()
            self.window, self.what, self.target_watch = window, what, None

        def eventFilter(self, watched: QObject, event: Any) -> bool:
            if self.target_watch is None and self.what == "frame":
                found = self.window.findChild(widget_class, target)
                if self.window.objectName() == target:
                    found = self.window
                if found is not None:
                    self.target_watch = Paints(target)
                    found.installEventFilter(self.target_watch)
            # isinstance, not event.type(): that would build Qt's QEvent.Type enum, which costs start-up.
            if isinstance(event, QPaintEvent):
                say(self.what)
            return False

    class Paints(QObject):
        def __init__(self, what: str) -> None:
            super().__init__()
            self.what = what

        def eventFilter(self, watched: QObject, event: Any) -> bool:
            if isinstance(event, QPaintEvent):
                say(self.what)
            return False

    def watching(show: Callable[..., None]) -> Callable[..., None]:
        def shown(window: Any) -> None:
            if other_title and other_title in window.windowTitle():
                what = "other"
            else:
                what = "frame"
            if what not in seen and window.isWindow():
                watch = Watch(window, what)
                keep.append(watch)
                window.installEventFilter(watch)
            show(window)

        return shown

    for name in ("show", "showFullScreen", "showMaximized", "showNormal"):
        setattr(widget_class, name, watching(getattr(widget_class, name)))


if __name__ == "__main__":
    main()
