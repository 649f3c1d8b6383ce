"""The benches' till: the real main window, wired as `--demo` wires it (built-in sandbox, own journal),
driven by real key events, with probes that timestamp what the cashier and the customer see.

Not a test helper: no pytest, no qtbot. Runs offscreen unless QT_QPA_PLATFORM says otherwise (use
`xvfb-run -a env QT_QPA_PLATFORM=xcb ...` for real X11 paints).
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KUPAY_POS_HOME", tempfile.mkdtemp(prefix="kupay-bench-"))

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def rss_kib() -> int:
    """Resident set size of this process, in KiB (Linux /proc)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def os_threads() -> int:
    """Every thread of the process, Python's and Qt's alike."""
    return len(os.listdir("/proc/self/task"))


def thread_counts() -> tuple[int, int]:
    """(the terminal's Python threads, the in-process sandbox's connection threads).

    The demo sandbox serves each open keep-alive connection on its own thread until the client closes it
    (or 30 s pass): those threads count connections the terminal left open, not threads it runs.
    """
    sandbox = sum(1 for t in threading.enumerate() if "process_request" in t.name)
    return threading.active_count() - sandbox, sandbox


@dataclass(frozen=True)
class Wait:
    """A script step: run the event loop until `condition()` holds (TimeoutError after `timeout` s)."""

    condition: Callable[[], bool]
    timeout: float
    what: str


Script = Generator[Wait, None, Any]


class PaintProbe(QObject):
    """Timestamps (perf_counter) each paint event a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()  # not parented: Till.close() removes it before the widgets go
        self.widget = widget
        self.last_paint = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # no annotations, see below
        # Kept minimal on purpose: with PySide6 6.12, reading more Python attributes in here (a None callback)
        # made interpreter shutdown crash now and then ("deallocating None").
        if event.type() == QEvent.Type.Paint:
            self.last_paint = time.perf_counter()
        return False

    def remove(self) -> None:
        self.widget.removeEventFilter(self)


class ServerClock:
    """Server-side timestamps from the in-process sandbox: how long each create took to answer, and when a
    status answer saying "paid" left the server. Wraps the sandbox's request handler (bench only)."""

    def __init__(self) -> None:
        from pos_app.kupay.sandbox import server

        self.create_seconds: list[float] = []
        self.paid_answered: dict[str, float] = {}
        self._local = threading.local()
        handler = server._Handler
        original_create, original_status = handler._create, handler._status
        original_send = handler._send
        clock = self

        def _create(self: Any, body: bytes) -> None:
            started = time.perf_counter()
            original_create(self, body)
            clock.create_seconds.append(time.perf_counter() - started)

        def _status(self: Any, payment_id: str) -> None:
            clock._local.payment_id = payment_id
            try:
                original_status(self, payment_id)
            finally:
                clock._local.payment_id = None

        def _send(self: Any, status: int, body: bytes, *args: Any, **kwargs: Any) -> None:
            original_send(self, status, body, *args, **kwargs)
            payment_id = getattr(clock._local, "payment_id", None)
            if payment_id and status == 200 and b'"status": "paid"' in body.replace(b'":"', b'": "'):
                clock.paid_answered.setdefault(payment_id, time.perf_counter())  # answer written

        handler._create, handler._status, handler._send = _create, _status, _send


class Till:
    """One terminal window with the demo backend. `sale()` rings up one sale end to end."""

    def __init__(
        self, *, poll_interval: float = 1.5, terminal_name: str = "Bench", customer_display: str | None = None
    ) -> None:
        from pos_app.settings import Settings
        from pos_app.startup import start_demo_backend
        from pos_app.ui.launch import load_theme
        from pos_app.ui.main_window import MainWindow

        self.app = QApplication.instance() or QApplication(["kupay-pos-bench"])
        self.app.setStyleSheet(load_theme())
        settings = Settings(poll_interval=poll_interval, auto_return_seconds=0, terminal_name=terminal_name)
        # customer_display: as --customer-display (window, auto...); None keeps Settings' default (off).
        self.window = MainWindow(settings, demo=True, customer_display=customer_display)
        self.window.resize(1280, 800)
        self.window.show()
        backend = start_demo_backend()
        self.window.attach_backend(backend)
        self.sandbox = backend.sandbox
        self.flow = self.window.flow
        self.qr_probe = PaintProbe(self.window.payment_screen.qr)
        self.green_probe = PaintProbe(self.window.result_screen)
        self.run(self._ready())

    def _ready(self) -> Script:
        yield Wait(lambda: self.window.current_screen() is self.window.sale_screen, 10, "the sale screen")
        yield Wait(lambda: self.window.sale_screen.problem() != "Starting…", 10, "the till to be ready")

    # --- running a script inside the real event loop ---------------------------------------------------
    def run(self, script: Script) -> Any:
        """Step `script` (a generator yielding Wait) inside `app.exec()`, as the terminal itself runs.

        Why not processEvents() loops or nested QEventLoops: deleteLater() and other deferred work then
        behave unlike in the real app, and with PySide6 6.12 on CPython 3.11 every Python call of
        processEvents() drops a reference to None. A 1 ms timer checks the current condition.
        """
        result: list[Any] = []
        error: list[BaseException] = []
        current: list[tuple[Callable[[], bool], float, str]] = []

        def step() -> None:
            try:
                if current:
                    condition, deadline, what = current[0]
                    if not condition():
                        if time.monotonic() > deadline:
                            raise TimeoutError(f"timed out waiting for {what}")
                        return
                    current.clear()
                while True:
                    wait = next(script)
                    if not wait.condition():
                        current.append((wait.condition, time.monotonic() + wait.timeout, wait.what))
                        return
            except StopIteration as stop:
                result.append(stop.value)
                finish()
            except BaseException as exc:  # noqa: BLE001 - reported by run()
                error.append(exc)
                finish()

        def finish() -> None:
            timer.stop()
            self.app.exit(0)  # not quit(): in Qt 6 quit() closes the windows too

        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(step)
        timer.start()
        self.app.exec()
        if error:
            raise error[0]
        return result[0] if result else None

    def spin(self, seconds: float) -> Script:
        deadline = time.monotonic() + seconds
        yield Wait(lambda: time.monotonic() >= deadline, seconds + 5, "time to pass")

    # --- the screens -----------------------------------------------------------------------------------
    def on_sale_screen(self) -> bool:
        return self.window.current_screen() is self.window.sale_screen

    def qr_shown(self) -> bool:
        screen = self.window.payment_screen
        return (
            self.window.current_screen() is screen and screen.mode() == "waiting" and bool(screen.qr.text())
        )

    def green(self) -> bool:
        result = self.window.result_screen
        return self.window.current_screen() is result and result.outcome() == "paid"

    def type_amount(self, text: str) -> None:
        QTest.keyClicks(self.window.sale_screen, text)

    def press_enter(self) -> float:
        """Enter on the current screen, as the keyboard sends it; returns the time just before the press."""
        t = time.perf_counter()
        QTest.keyClick(self.window.current_screen(), Qt.Key.Key_Return)
        return t

    def pollers(self) -> int:
        """Status pollers (QThread objects) still alive; the resume worker is not one of them."""
        from pos_app.ui.workers import StatusPoller

        return len(self.window.findChildren(StatusPoller))

    def qthreads(self) -> int:
        """Every QThread object the window owns (pollers, the resume worker)."""
        return len(self.window.findChildren(QThread))

    # --- one sale --------------------------------------------------------------------------------------
    def sale(self, amount: str = "12.50", *, pay_delay: float = 0.0, timeout: float = 30.0) -> Script:
        """Type, Enter, wait for the QR code, let the sandbox's customer pay, wait for green, Enter.

        A script step (`times = yield from till.sale(...)`); returns timestamps (perf_counter): enter,
        qr_paint, pay, green_shown, green_paint, and the payment_id.
        """
        times: dict[str, Any] = {}
        self.type_amount(amount)
        times["enter"] = self.press_enter()
        yield Wait(self.qr_shown, timeout, "the QR code")
        pay_url = self.window.payment_screen.qr.text()
        yield Wait(lambda: self.qr_probe.last_paint > times["enter"], timeout, "the QR code to be painted")
        times["qr_paint"] = self.qr_probe.last_paint
        sale = self.flow.sale
        assert sale is not None and sale.payment_id and pay_url.endswith(sale.payment_id)
        if pay_delay:
            yield from self.spin(pay_delay)
        times["pay"] = time.perf_counter()
        self.sandbox.pay(sale.payment_id)
        yield Wait(self.green, timeout, "the green screen")
        times["green_shown"] = time.perf_counter()
        yield Wait(lambda: self.green_probe.last_paint > times["pay"], timeout, "the green frame")
        times["green_paint"] = self.green_probe.last_paint
        times["payment_id"] = sale.payment_id
        self.press_enter()  # next sale
        yield Wait(self.on_sale_screen, timeout, "the keypad for the next sale")
        return times

    def close(self) -> None:
        for probe in (self.qr_probe, self.green_probe):
            probe.remove()
        self.window.close()


def live_qthreads() -> int:
    """QThread objects alive anywhere in the process (Python wrappers whose C++ object still exists).

    Unlike findChildren(), this also sees threads that were unparented but never freed.
    """
    import gc

    import shiboken6

    return sum(1 for o in gc.get_objects() if isinstance(o, QThread) and shiboken6.isValid(o))


def pct(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of the values, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]
