"""Run a blocking call (keyring, disk, a one-off HTTP request) off the UI thread; get the result by signal.

The one pattern for short jobs: `tasks.run(fn, on_done, on_error)`. `on_done(result)` / `on_error(exc)` run on
the UI thread. Long-running loops (the status poller) use their own QThread in workers.py.

Jobs run on Python daemon threads rather than a QThreadPool: a QThreadPool waits for its jobs in its
destructor, and when Python frees it that wait holds the GIL the job needs to finish — a deadlock as soon
as a window closes with a create still hanging on a slow server. A daemon thread never holds the process
either: a create cut short at exit is already in the journal and is resumed at the next start.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_IDLE_SECONDS = 30.0  # a worker with nothing to do for this long ends; a new one starts on demand


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class TaskRunner(QObject):
    """Up to `max_threads` worker threads; `wait_all()` on shutdown so no job outlives the window unnoticed."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._max_threads = max_threads
        self._jobs: queue.Queue[tuple[Callable[[], Any], _Relay]] = queue.Queue()
        self._state = threading.Condition()
        self._pending = 0  # queued or running
        self._workers = 0
        self._idle_workers = 0
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        relay = _Relay(self)  # lives on the UI thread, so its slots run there
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        if on_done:
            relay.done.connect(on_done)
        if on_error:
            relay.failed.connect(on_error)
        relay.done.connect(finish)
        relay.failed.connect(finish)
        with self._state:
            self._pending += 1
            start_worker = self._idle_workers == 0 and self._workers < self._max_threads
            if start_worker:
                self._workers += 1
            # Under the lock: a worker timing out checks the queue under it too, so no job is left unclaimed.
            self._jobs.put((fn, relay))
        if start_worker:
            threading.Thread(target=self._work, name="kupay-pos-task", daemon=True).start()

    def wait_all(self, msecs: int = 10000) -> bool:
        """True when every job has finished within `msecs`."""
        with self._state:
            return self._state.wait_for(lambda: self._pending == 0, timeout=msecs / 1000)

    def _work(self) -> None:
        while True:
            with self._state:
                self._idle_workers += 1
            try:
                fn, relay = self._jobs.get(timeout=_IDLE_SECONDS)
            except queue.Empty:
                with self._state:
                    self._idle_workers -= 1
                    if self._jobs.empty():
                        self._workers -= 1
                        return
                continue
            with self._state:
                self._idle_workers -= 1
            try:
                self._run_one(fn, relay)
            finally:
                with self._state:
                    self._pending -= 1
                    self._state.notify_all()

    @staticmethod
    def _run_one(fn: Callable[[], Any], relay: _Relay) -> None:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the UI as a value
            outcome, value = "failed", exc
        else:
            outcome, value = "done", result
        try:
            getattr(relay, outcome).emit(value)
        except RuntimeError:
            # The window closed while the job ran and took the relay with it: nobody is left to tell.
            log.info("a background job finished after its window closed")
