"""`python main.py sandbox`: serve the sandbox in the foreground until Ctrl+C (or SIGTERM)."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from types import FrameType
from typing import Any

from pos_app.kupay.sandbox.server import Sandbox

log = logging.getLogger("pos_app.sandbox")


def cli_main(args: argparse.Namespace) -> int:
    """Run the standalone sandbox. Exit 0 on Ctrl+C or SIGTERM, 2 when it cannot listen."""
    host = getattr(args, "host", "127.0.0.1") or "127.0.0.1"
    port = int(getattr(args, "port", 8765))
    token = getattr(args, "token", None)
    expire_after = float(getattr(args, "expire_after", 900.0))
    if expire_after <= 0:
        print("kupay-pos sandbox: --expire-after must be more than 0 seconds.", file=sys.stderr)
        return 2

    if not logging.getLogger().handlers and not log.handlers:
        # Standalone, the request lines are the point: show them on the console.
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    # Before listening: a Ctrl+C (or a test's SIGINT) as soon as the port answers must stop it cleanly.
    previous: dict[signal.Signals, Any] = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        previous[sig] = signal.signal(sig, on_signal)

    sandbox = Sandbox(host=host, port=port, token=token, expire_after=expire_after)
    try:
        sandbox.start()
    except OSError as err:
        for sig, old in previous.items():
            signal.signal(sig, old)
        print(f"kupay-pos sandbox: cannot listen on {host}:{port}: {err.strerror or err}", file=sys.stderr)
        return 2

    # Never print the token itself: only whether one is required.
    rule = "only the token given with --token" if token else "any non-empty token"
    print(
        f"KuPay sandbox API: {sandbox.base_url}  (Authorization: Bearer <token>, {rule} is accepted)",
        flush=True,
    )
    if sandbox.public_url != sandbox.url:
        print(f"Pay pages for phones on this network: {sandbox.public_url}/pay/<payment_id>", flush=True)
    print(f"Unpaid payments expire after {expire_after:g} s. Press Ctrl+C to stop.", flush=True)
    try:
        # A timed wait keeps the main thread responsive to signals on every platform.
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
        sandbox.stop()
    print("KuPay sandbox stopped.", flush=True)
    return 0
