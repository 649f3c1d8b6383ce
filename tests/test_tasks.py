"""The one way short jobs leave the UI thread: results come back on it, and a closing window never hangs."""

from __future__ import annotations

import sys
import threading

from PySide6.QtWidgets import QApplication

from pos_app.ui.tasks import TaskRunner


def test_a_job_runs_off_the_ui_thread_and_reports_on_it(qtbot):
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def done(value):
        seen["value"], seen["callback_on_ui"] = value, threading.get_ident() == ui_thread

    runner.run(threading.get_ident, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] != ui_thread
    assert seen["callback_on_ui"] is True


def test_a_failing_job_reports_the_error_as_a_value(qtbot):
    runner = TaskRunner()
    errors: list[BaseException] = []

    def boom():
        raise ValueError("the keyring is locked")

    runner.run(boom, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "the keyring is locked"


def test_wait_all_says_whether_jobs_are_still_running():
    runner = TaskRunner()
    release = threading.Event()
    runner.run(lambda: release.wait(10))
    assert runner.wait_all(50) is False
    release.set()
    assert runner.wait_all(5000) is True


def test_dropping_the_runner_mid_job_does_not_wait_for_the_job(qtbot):
    # A window closing while a create hangs on a slow server: freeing its runner must not block the UI
    # thread on the job (a QThreadPool would, holding the GIL the job needs: a deadlock).
    release = threading.Event()
    finished = threading.Event()

    def hanging_create():
        release.wait(10)
        finished.set()
        return "created"

    runner = TaskRunner()
    runner.run(hanging_create, lambda _: None)
    with qtbot.waitSignal(runner.destroyed, timeout=2000):  # the C++ object goes while the job still runs
        runner.deleteLater()
    del runner
    assert not finished.is_set()
    release.set()
    assert finished.wait(5)  # the job ends by itself, with nobody left to tell


def test_results_for_a_closed_widget_are_dropped_not_delivered(qtbot):
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner()
    release = threading.Event()
    label = QLabel("waiting")
    runner.run(lambda: release.wait(10) and "late result", label.setText)
    with qtbot.waitSignal(label.destroyed):
        label.deleteLater()  # the owner closed the dialog while the job ran
    release.set()
    assert runner.wait_all(5000)
    QApplication.processEvents()  # the result arrives: no "C++ object already deleted" error


def test_windows_closing_while_their_jobs_finish_never_crash(qtbot):
    # Many windows (runners) go while their workers are reporting: a worker must never emit on a relay
    # that is being deleted, nor free a Qt object from its own thread; the till's own runner keeps working.
    till = TaskRunner()
    till_results: list[int] = []
    for round_number in range(300):
        runner = TaskRunner()
        for _ in range(3):
            runner.run(lambda n=round_number: n, lambda _n: None)
        till.run(lambda n=round_number: n, till_results.append)
        runner.deleteLater()
        del runner
        QApplication.processEvents()
    qtbot.waitUntil(lambda: len(till_results) == 300, timeout=10000)
    assert sorted(till_results) == list(range(300))


def test_results_for_a_closed_widget_are_dropped_when_the_callback_is_a_closure(qtbot):
    from PySide6.QtWidgets import QLabel

    class Dialog(QLabel):
        def ask(self, runner: TaskRunner, release: threading.Event) -> None:
            runner.run(lambda: release.wait(10) and "late", lambda text: self.setText(f"KuPay says {text}"))

    runner = TaskRunner()
    release = threading.Event()
    dialog = Dialog("waiting")
    dialog.ask(runner, release)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.deleteLater()  # the owner closed it while KuPay was still answering
    release.set()
    assert runner.wait_all(5000)
    errors: list[BaseException] = []
    previous = sys.excepthook
    sys.excepthook = lambda _t, error, _tb: errors.append(error)
    try:
        QApplication.processEvents()  # the result arrives for a widget that is gone
    finally:
        sys.excepthook = previous
    assert errors == []


def test_jobs_that_wait_on_a_hanging_kupay_do_not_hold_up_a_quick_one(qtbot):
    """Creates stuck on a silent KuPay fill every thread of the pool; a journal write (a quick job) still runs."""
    from PySide6.QtCore import QThreadPool

    runner = TaskRunner()
    kupay_answers = threading.Event()
    for _ in range(QThreadPool.globalInstance().maxThreadCount() + 1):
        runner.run(kupay_answers.wait, slow=True)
    written: list[str] = []
    runner.run(lambda: "cancelled", written.append)
    try:
        qtbot.waitUntil(lambda: written == ["cancelled"], timeout=5000)
    finally:
        kupay_answers.set()
        assert runner.wait_all(5000)
