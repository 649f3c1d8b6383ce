"""A scripted hostile KuPay on loopback: the test decides every answer (status code and body, raw bytes too).

Unlike the sandbox, it keeps no payments of its own: `on_create` and `on_status` are the whole server.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = tuple[int, Any]  # (HTTP status, a JSON value or raw bytes)


class HostileKuPay(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.creates: list[dict[str, Any]] = []  # every create body, in order
        self.status_reads: list[str] = []  # every payment id asked about, in order
        self.on_create: Callable[[dict[str, Any], int], Answer] = self.new_payment
        self.on_status: Callable[[str, dict[str, Any] | None], Answer] = lambda pid, sale: (
            200,
            {"payment_id": pid, "status": "pending"},
        )
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    @property
    def base_url(self) -> str:
        return self.root + "v1/"

    def new_payment(self, body: dict[str, Any], n: int, payment_id: str = "") -> Answer:
        """The honest create answer: payment pay-000n (or `payment_id`), paid on this server's own host."""
        pid = payment_id or f"pay-{n:04d}"
        return 200, {"payment_id": pid, "pay_url": f"{self.root}pay/{pid}"}

    def sale_for(self, payment_id: str) -> dict[str, Any] | None:
        """The create body that payment pay-000n answered."""
        for n, body in enumerate(self.creates, 1):
            if f"pay-{n:04d}" == payment_id:
                return body
        return None

    def paid(self, pid: str, sale: dict[str, Any] | None, **changes: Any) -> Answer:
        """KuPay's full paid answer for the sale (amount, currency, order number), with `changes` applied."""
        body: dict[str, Any] = {"payment_id": pid, "status": "paid"}
        if sale:
            body.update(order_number=sale["order_number"], currency=sale["currency"], amount=sale["amount"])
        body.update(changes)
        return 200, body

    def __enter__(self) -> HostileKuPay:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: HostileKuPay

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def _send(self, answer: Answer) -> None:
        code, value = answer
        body = value if isinstance(value, bytes) else json.dumps(value).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self.server.creates.append(body)
        self._send(self.server.on_create(body, len(self.server.creates)))

    def do_GET(self) -> None:
        pid = self.path.rsplit("/", 1)[-1]
        self.server.status_reads.append(pid)
        self._send(self.server.on_status(pid, self.server.sale_for(pid)))
