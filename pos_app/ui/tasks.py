"""Run a blocking call (keyring, disk, a one-off HTTP request) off the UI thread; get the result by signal.

The one pattern for short jobs: `tasks.run(fn, on_done, on_error)`. `on_done(result)` / `on_error(exc)` run on
the UI thread. Long-running loops (the status poller) use their own QThread in workers.py.

Jobs run on Qt's global thread pool, never on a pool of the runner's own: a pool waits for its jobs in
its destructor, and when Python frees it that wait holds the GIL the job needs to finish — a deadlock as
soon as a window closes with a create still hanging on a slow server.

Workers report through one relay QObject owned by the runner (C++ ownership, so a worker dropping a Python
reference can never delete a Qt object from the wrong thread), under a lock that the runner's destruction
also takes: a worker never emits on a relay that is being deleted.
"""

from __future__ import annotations

import functools
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")

_Callbacks = tuple["Callable[[Any], None] | None", "Callable[[BaseException], None] | None"]


class _Relay(QObject):
    finished = Signal(int, bool, object)  # job id, succeeded, result or exception


class _Pending:
    """How many jobs are queued or running; pure Python, so a job can count down without the runner."""

    def __init__(self) -> None:
        self.count = 0
        self.changed = threading.Condition()

    def add(self, n: int) -> None:
        with self.changed:
            self.count += n
            self.changed.notify_all()


def _run_job(job_id: int, fn: Callable[[], Any], relay: _Relay, lock: Any, closed: list[bool],
             pending: _Pending, slow: bool) -> None:  # fmt: skip
    """One job on a pool thread. It holds no reference to its runner: if it held the last one, the runner
    (and its relay) would be freed on this pool thread when the job ends — Qt objects must be deleted on
    their own thread.

    The pool is handed a plain callable, not a QRunnable subclass: a Python QRunnable's wrapper is owned by
    C++ while it is queued and running, and a job found with its attributes gone ("'_Job' object has no
    attribute '_slow'", once in a full run, beside rare segfaults while garbage-collecting) pointed at that
    wrapper being torn down under a running job. PySide keeps a callable alive with a strong reference
    until it has run."""
    pool = QThreadPool.globalInstance() if slow else None
    if pool is not None:
        pool.releaseThread()  # its wait does not hold a thread of the pool's count (Qt's sanctioned way)
    try:
        try:
            succeeded, value = True, fn()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the UI as a value
            succeeded, value = False, exc
        finally:
            if pool is not None:
                pool.reserveThread()
        del fn
        with lock:
            if closed[0]:
                log.info("a background job finished after its window closed")
                return
            relay.finished.emit(job_id, succeeded, value)
    finally:
        pending.add(-1)


class TaskRunner(QObject):
    """Runs jobs on the global pool; `wait_all()` on shutdown so no job outlives the window unnoticed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        pool = QThreadPool.globalInstance()
        pool.setMaxThreadCount(max(4, pool.maxThreadCount()))  # a hanging create must not hold up the rest
        self._pending = _Pending()
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
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        slow: bool = False,
    ) -> None:
        """`slow`: the job may wait long on the network (a create while KuPay hangs). It then does not count
        against the pool's threads: a journal write or the next sale's create never queues behind it."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        self._pending.add(1)
        job = functools.partial(
            _run_job, job_id, fn, self._relay, self._emit_lock, self._closed, self._pending, slow
        )
        QThreadPool.globalInstance().start(job)

    def wait_all(self, msecs: int = 10000) -> bool:
        """True when every job has finished within `msecs`."""
        pending = self._pending
        with pending.changed:
            return pending.changed.wait_for(lambda: pending.count == 0, timeout=msecs / 1000)

    def _deliver(self, job_id: int, succeeded: bool, value: object) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        callback = on_done if succeeded else on_error
        if callback is None:
            return
        if any(not shiboken6.isValid(owner) for owner in _owners(callback)):
            return  # its widget was closed and deleted while the job ran: nobody is left to tell
        callback(value)  # type: ignore[arg-type]  # on_error gets the job's exception, on_done its result


def _owners(callback: Callable[..., Any]) -> list[QObject]:
    """The Qt objects a callback would touch: a bound method's object, a partial's, or what a closure
    (`lambda r: self.show(r)`) captured."""
    func = getattr(callback, "func", callback)  # functools.partial
    owner = getattr(func, "__self__", None)
    if isinstance(owner, QObject):
        return [owner]
    cells = getattr(func, "__closure__", None) or ()
    found = []
    for cell in cells:
        try:
            content = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(content, QObject):
            found.append(content)
    return found
