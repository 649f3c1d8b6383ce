"""The one way short jobs leave the UI thread: results come back on it, and a closing window never hangs."""

from __future__ import annotations

import threading

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
