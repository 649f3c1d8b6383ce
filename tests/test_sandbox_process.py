"""`python main.py sandbox` runs standalone and answers like KuPay's API page, then stops cleanly."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

REPO = Path(__file__).resolve().parent.parent
BODY = {
    "id": "proc-1",
    "order_number": "1234",
    "created_at": "2022-05-22T18:58:04+01:00",
    "currency": "USD",
    "amount": 123.45,
    "cancel_url": "https://example.com",
    "paid_url": "https://example.com",
    "callback_url": "https://example.com",
}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_listening(proc: subprocess.Popen, port: int, timeout: float = 15.0) -> None:
    """Poll the port (bounded) until the sandbox accepts connections, failing fast if it died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"sandbox exited early with {proc.returncode}: {proc.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.02)  # a poll step while another process starts, not a wait for a result
    pytest.fail("sandbox did not start listening in time")


@pytest.fixture
def sandbox_process():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "main.py", "sandbox", "--port", str(port), "--token", "secret"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until_listening(proc, port)
        yield proc, f"http://127.0.0.1:{port}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()


def test_standalone_sandbox_answers_like_the_api_page(sandbox_process):
    proc, url = sandbox_process
    good = {"Authorization": "Bearer secret"}

    created = requests.post(f"{url}/v1/payment/create", json=BODY, headers=good, timeout=5)
    assert created.status_code == 200
    payment_id = created.json()["payment_id"]
    assert created.json()["pay_url"] == f"{url}/pay/{payment_id}"

    read = requests.get(f"{url}/v1/payment/status/{payment_id}", headers=good, timeout=5)
    assert read.status_code == 200
    assert read.json()["status"] == "open"
    assert read.json()["created_at"] == "2022-05-22 17:58:04"

    wrong = requests.get(
        f"{url}/v1/payment/status/{payment_id}", headers={"Authorization": "Bearer nope"}, timeout=5
    )
    assert (wrong.status_code, wrong.text) == (401, "[]")

    missing = requests.get(f"{url}/v1/payment/status/unknown", headers=good, timeout=5)
    assert (missing.status_code, missing.text) == (404, "[]")

    # A test driving another process marks the payment paid through the control endpoint: with --token,
    # only with that token.
    control = f"{url}/_sandbox/payments/{payment_id}/status"
    assert requests.post(control, json={"status": "paid"}, timeout=5).status_code == 401
    assert requests.post(control, json={"status": "paid"}, headers=good, timeout=5).status_code == 200
    assert (
        requests.get(f"{url}/v1/payment/status/{payment_id}", headers=good, timeout=5).json()["status"]
        == "paid"
    )

    proc.terminate()
    code = proc.wait(timeout=10)
    if sys.platform != "win32":
        assert code == 0  # SIGTERM is handled like Ctrl+C
    out = proc.stdout.read()
    assert f"{url}/v1/" in out
    assert "Ctrl+C" in out
    assert "secret" not in out + proc.stderr.read()  # the token is never printed or logged


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is a POSIX notion")
def test_ctrl_c_stops_the_sandbox_with_exit_code_zero(sandbox_process):
    proc, _url = sandbox_process

    proc.send_signal(signal.SIGINT)

    assert proc.wait(timeout=10) == 0
    assert "stopped" in proc.stdout.read()


def test_port_in_use_is_a_clear_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        done = subprocess.run(
            [sys.executable, "main.py", "sandbox", "--port", str(port)],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=30,
        )

    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
