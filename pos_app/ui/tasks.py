"""Run a blocking call (keyring, disk, a one-off HTTP request) off the UI thread; get the result by signal.

The one pattern for short jobs: `tasks.run(fn, on_done, on_error)`. `on_done(result)` / `on_error(exc)` run on
the UI thread. Long-running loops (the status poller) use their own QThread in workers.py.

Jobs run on Python daemon threads rather than a QThreadPool: a QThreadPool waits for its jobs in its
destructor, and when Python frees it that wait holds the GIL the job needs to finish — a deadlock as soon
as a window closes with a create still hanging on a slow server. A daemon thread never holds the process
either: a create cut short at exit is already in the journal and is resumed at the next start.

Workers report through one relay QObject owned by the runner (C++ ownership, so a worker dropping a Python
reference can never delete a Qt object from the wrong thread), under a lock that the runner's destruction
also takes: a worker never emits on a relay that is being deleted.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_IDLE_SECONDS = 30.0  # a worker with nothing to do for this long ends; a new one starts on demand

_Callbacks = tuple["Callable[[Any], None] | None", "Callable[[BaseException], None] | None"]


class _Relay(QObject):
    finished = Signal(int, bool, object)  # job id, succeeded, result or exception


class TaskRunner(QObject):
    """Up to `max_threads` worker threads; `wait_all()` on shutdown so no job outlives the window unnoticed."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._max_threads = max_threads
        self._jobs: queue.Queue[tuple[int, Callable[[], Any]]] = queue.Queue()
        self._state = threading.Condition()
        self._pending = 0  # queued or running
        self._workers = 0
        self._idle_workers = 0
        self._ids = itertools.count()
        self._callbacks: dict[int, _Callbacks] = {}
        self._relay = _Relay(self)  # lives on the UI thread, so _deliver runs there
        self._relay.finished.connect(self._deliver)
        self._emit_lock = threading.Lock()
        self._closed = [False]  # a list, so the destroyed handler needs no reference to this wrapper
        lock, closed = self._emit_lock, self._closed

        def closing(*_: object) -> None:
            # ~QObject emits destroyed before it deletes its children (the relay): from here on no worker
            # may emit, and the lock waits for one that is emitting right now.
            with lock:
                closed[0] = True

        self.destroyed.connect(closing)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        with self._state:
            self._pending += 1
            start_worker = self._idle_workers == 0 and self._workers < self._max_threads
            if start_worker:
                self._workers += 1
            # Under the lock: a worker timing out checks the queue under it too, so no job is left unclaimed.
            self._jobs.put((job_id, fn))
        if start_worker:
            threading.Thread(target=self._work, name="kupay-pos-task", daemon=True).start()

    def wait_all(self, msecs: int = 10000) -> bool:
        """True when every job has finished within `msecs`."""
        with self._state:
            return self._state.wait_for(lambda: self._pending == 0, timeout=msecs / 1000)

    def _deliver(self, job_id: int, succeeded: bool, value: object) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        callback = on_done if succeeded else on_error
        if callback is None:
            return
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return  # its widget was closed and deleted while the job ran: nobody is left to tell
        callback(value)

    def _work(self) -> None:
        while True:
            with self._state:
                self._idle_workers += 1
            try:
                job_id, fn = self._jobs.get(timeout=_IDLE_SECONDS)
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
                self._run_one(job_id, fn)
            finally:
                del fn
                with self._state:
                    self._pending -= 1
                    self._state.notify_all()

    def _run_one(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            succeeded, value = True, fn()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the UI as a value
            succeeded, value = False, exc
        with self._emit_lock:
            if self._closed[0]:
                log.info("a background job finished after its window closed")
                return
            self._relay.finished.emit(job_id, succeeded, value)
