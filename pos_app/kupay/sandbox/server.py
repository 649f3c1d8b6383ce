"""The sandbox HTTP server and its Python API (`Sandbox`). See the package docstring for the endpoints."""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

from pos_app.kupay.sandbox import pages
from pos_app.kupay.sandbox.faults import Action, FaultPlan, Faults
from pos_app.kupay.sandbox.store import CreateRejected, PaymentStore, amount_text, validate_create

log = logging.getLogger("pos_app.sandbox")

_MAX_BODY = 1 << 20  # 1 MiB: a create body is a few hundred bytes
_EMPTY = b"[]"  # KuPay's error body: an empty JSON array, not an object
_WILDCARD_HOSTS = frozenset({"", "0.0.0.0"})
MAX_CONNECTIONS = 64  # one thread each: 400 half-open connections must not mean 400 threads
REQUEST_SECONDS = 10.0  # from a request's first byte to its last: a trickling client is cut off


def lan_address() -> str:
    """This machine's address on the local network, as a phone on the same Wi-Fi would reach it.

    Connecting a UDP socket sends nothing; it only asks the OS which interface would route there.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 1))
        address = probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
    return address if address and address != "0.0.0.0" else "127.0.0.1"


def dumps(value: Any) -> bytes:
    """JSON with Decimals written as exact JSON numbers (json.dumps would refuse them)."""
    return _encode(value).encode("utf-8")


def _encode(value: Any) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {_encode(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_encode(v) for v in value) + "]"
    return json.dumps(value)


class _Server(ThreadingHTTPServer):
    """ThreadingHTTPServer that remembers open connections, so stop() can close keep-alive ones too."""

    daemon_threads = True
    # Quick restarts on POSIX; on Windows SO_REUSEADDR would let two servers share a port.
    allow_reuse_address = sys.platform != "win32"
    request_queue_size = 128  # the default 5 makes a burst of 20 connects wait for SYN retries
    sandbox: Sandbox

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-request (a cancelled poll, a closed till) is normal: log it, no stderr dump.
        log.debug("connection from %s ended abruptly", client_address[0], exc_info=True)

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            full = len(self._open) >= MAX_CONNECTIONS
            if not full:
                self._open.add(request)
        if full:
            log.warning(
                "sandbox: %d connections open, refusing one from %s", MAX_CONNECTIONS, client_address[0]
            )
            super().shutdown_request(request)
            return
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_open_connections(self) -> None:
        with self._open_lock:
            conns = list(self._open)
        for conn in conns:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real API behind nginx
    server_version = "KuPaySandbox/1.0"
    timeout = 30  # an idle keep-alive connection does not hold a thread forever
    server: _Server
    _lose_answer = False

    # -- plumbing ----------------------------------------------------------------------------------

    def setup(self) -> None:
        super().setup()
        # Headers and body leave in two writes; without NODELAY, Nagle + delayed ACK add ~40 ms per answer.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._request_timer: threading.Timer | None = None

    def handle_one_request(self) -> None:
        # An idle keep-alive connection may wait `timeout` for its next request; once a request starts, its
        # line, headers and body must all arrive within REQUEST_SECONDS.
        try:
            if not self.rfile.peek(1):  # type: ignore[attr-defined]  # a BufferedReader
                self.close_connection = True
                return
        except OSError:  # includes the idle timeout
            self.close_connection = True
            return
        self._request_timer = threading.Timer(REQUEST_SECONDS, self._drop)
        self._request_timer.daemon = True
        self._request_timer.start()
        try:
            super().handle_one_request()
        finally:
            self._request_arrived()

    def _request_arrived(self) -> None:
        timer, self._request_timer = self._request_timer, None
        if timer is not None:
            timer.cancel()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        # Request lines go to the logger, not stderr; they hold method and path only, never headers.
        log.info("%s %s", self.address_string(), format % args)

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> None:
        if self._lose_answer:
            return self._drop()
        self.send_response(status)
        self.send_header(
            "Content-Type", content_type if "charset" in content_type else f"{content_type}; charset=utf-8"
        )
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_json(self, status: int, value: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, dumps(value), headers=headers)

    def _send_html(self, status: int, body: bytes) -> None:
        self._send(status, body, "text/html")

    def _drop(self) -> None:
        """Close the connection without a single byte of answer, like a dead proxy or a lost route."""
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _read_body(self) -> bytes | None:
        """The request body, or None after answering 413 for an oversized one."""
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0
        if length > _MAX_BODY:
            self.close_connection = True
            self._send_json(413, {"error": "Request body too large."})
            return None
        return self.rfile.read(length) if length > 0 else b""

    # -- dispatch ----------------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        path = urlsplit(self.path).path
        body = b""
        if method in ("POST", "PUT"):
            read = self._read_body()
            if read is None:
                return
            body = read
        self._request_arrived()  # the whole request is in: a latency fault may now take its time
        if not self._host_is_an_address():
            # A domain name pointing here (DNS rebinding) would let a web page read and drive the sandbox.
            self.close_connection = True
            return self._send_json(421, {"error": "Use the sandbox by its IP address or localhost."})
        try:
            if path.startswith("/v1/"):
                self._api(method, path[len("/v1/") :], body)
            elif path.startswith("/_sandbox/"):
                self._control(method, path[len("/_sandbox/") :], body)
            elif path.startswith("/pay/"):
                self._pay_pages(method, path[len("/pay/") :])
            elif path == "/" and method == "GET":
                self._send_html(
                    200, pages.index_page(self.server.sandbox.shop_name, self.server.sandbox.base_url)
                )
            else:
                self._send_html(404, pages.message_page("Not found", "There is nothing at this address."))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception:
            # The documented 500: "An error occurred", body [].
            log.exception("sandbox: error while answering %s %s", method, path)
            self.close_connection = True
            self._send(500, _EMPTY)

    # -- the KuPay API ---------------------------------------------------------------------------

    def _api(self, method: str, route: str, body: bytes) -> None:
        sandbox = self.server.sandbox
        store = sandbox.store
        is_create = route == "payment/create"
        is_status = route.startswith("payment/status/")
        # Record what arrived before any fault, so a test sees every attempt (retries included).
        if is_create and method == "POST":
            parsed, ok = _parse_json(body)
            store.log_create_body(body, parsed, ok)
        elif is_status and method == "GET":
            store.log_status_request()

        action, faults = sandbox.fault_plan.decide()
        if faults.latency and sandbox.stopping.wait(faults.latency):
            return self._drop()
        if action is Action.DROP:
            return self._drop()
        if action is Action.RATE_LIMIT:
            retry = faults.retry_after if faults.retry_after is not None else 1
            return self._send(429, _EMPTY, headers={"Retry-After": _seconds(retry)})
        if action is Action.FAIL:
            return self._fail(faults)
        if action is Action.HTML_200:
            return self._send_html(200, pages.captive_portal_page())

        # Decided up front: the request is processed, then its answer is lost on the way back.
        self._lose_answer = sandbox.fault_plan.take_lost_response()
        if not self._authorised():
            self._send(401, _EMPTY)
        elif is_create:
            if method != "POST":
                self._send(405, _EMPTY, headers={"Allow": "POST"})
            else:
                self._create(body)
        elif is_status and route.count("/") == 2:
            if method != "GET":
                self._send(405, _EMPTY, headers={"Allow": "GET"})
            else:
                self._status(unquote(route[len("payment/status/") :]))
        else:
            self._send(404, _EMPTY)

    def _fail(self, faults: Faults) -> None:
        code = faults.failure_code
        headers = {}
        if code in (429, 503) and faults.retry_after is not None:
            headers["Retry-After"] = _seconds(faults.retry_after)
        if faults.html_errors:
            self._send(code, pages.proxy_error_page(code), "text/html", headers)
        else:
            self._send(code, _EMPTY, headers=headers)

    def _authorised(self) -> bool:
        header = self.headers.get("Authorization", "")
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return False
        expected = self.server.sandbox.token
        if expected is None:
            return True
        return hmac.compare_digest(token.encode("utf-8"), expected.encode("utf-8"))

    def _create(self, body: bytes) -> None:
        sandbox = self.server.sandbox
        parsed, ok = _parse_json(body)
        if not ok:
            return self._send_json(400, {"error": "The body is not valid JSON."})
        try:
            valid = validate_create(parsed)
        except CreateRejected as rejected:
            return self._send_json(rejected.status, {"error": rejected.reason})
        payment, _new = sandbox.store.create(valid, sandbox.pay_url_for)
        self._send_json(200, {"pay_url": payment.pay_url, "payment_id": payment.payment_id})

    def _status(self, payment_id: str) -> None:
        answer = self.server.sandbox.store.read_status(payment_id)
        if answer is None:
            return self._send(404, _EMPTY)
        body, overrides = answer
        body["amount"] = Decimal(amount_text(body["amount"], body["currency"]))
        self._send_json(200, body | overrides)

    # -- the customer's pay pages --------------------------------------------------------------

    def _pay_pages(self, method: str, route: str) -> None:
        sandbox = self.server.sandbox
        payment_id, _, action = unquote(route).partition("/")
        payment = sandbox.store.get(payment_id)
        if payment is None:
            return self._send_html(
                404, pages.message_page("Payment not found", "This payment link is not valid.")
            )
        if action == "":
            if method != "GET":
                return self._send_html(
                    405, pages.message_page("Not allowed", "Use the buttons on the pay page.")
                )
            return self._send_html(200, pages.pay_page(payment, sandbox.shop_name))
        if action not in ("pay", "cancel"):
            return self._send_html(404, pages.message_page("Not found", "There is nothing at this address."))
        if method != "POST":
            # A reload of the result page: back to the payment itself.
            return self._send(303, b"", "text/plain", {"Location": f"/pay/{payment_id}"})
        if not self._same_origin():
            return self._send_html(403, pages.message_page("Not allowed", "Use the buttons on the pay page."))
        word = "paid" if action == "pay" else "cancelled"
        after = sandbox.store.set_status(payment_id, word, only_if_open=True)
        assert after is not None
        if after["status"] == word:
            headline = "Payment received - thank you!" if word == "paid" else "Payment cancelled"
            back = after["paid_url"] if word == "paid" else after["cancel_url"]
        else:
            headline = f"This payment is already {after['status']}"
            back = ""
        self._send_html(200, pages.result_page(after, sandbox.shop_name, headline, back))

    def _host_is_an_address(self) -> bool:
        host = self.headers.get("Host", "")
        try:
            name = urlsplit("//" + host).hostname or ""
        except ValueError:
            return False
        if name in ("localhost", ""):
            return bool(name) or not host  # HTTP/1.0 without a Host header: nothing to rebind
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return False
        return True

    def _same_origin(self) -> bool:
        """A browser's cross-site POST carries another Origin: only the sandbox's own pages may post."""
        origin = self.headers.get("Origin")
        if origin is None:
            return True  # not a browser (curl, a test), or a same-origin navigation of an old browser
        try:
            return urlsplit(origin).netloc == self.headers.get("Host", "")
        except ValueError:
            return False

    # -- control endpoints for tests and demos ------------------------------------------------

    def _control(self, method: str, route: str, body: bytes) -> None:
        sandbox = self.server.sandbox
        if sandbox.token is not None and not self._authorised():
            return self._send_json(401, {"error": "The sandbox's control endpoints need its --token."})
        content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if method != "GET" and (content_type != "application/json" or not self._same_origin()):
            # A web page can send text/plain or a form to any address without asking; JSON it cannot.
            return self._send_json(415, {"error": "Send JSON (Content-Type: application/json)."})
        parts = [unquote(p) for p in route.split("/")]
        if method == "GET" and parts == ["payments"]:
            return self._send_json(200, sandbox.payments())
        if method == "GET" and len(parts) == 2 and parts[0] == "payments":
            payment = sandbox.payment(parts[1])
            if payment is None:
                return self._send_json(404, {"error": "No such payment."})
            return self._send_json(200, payment)
        if method == "POST" and len(parts) == 3 and parts[0] == "payments" and parts[2] == "status":
            parsed, ok = _parse_json(body)
            word = parsed.get("status") if ok and isinstance(parsed, dict) else None
            if not isinstance(word, str) or not word:
                return self._send_json(400, {"error": 'Send {"status": "<word>"}.'})
            try:
                payment = sandbox.force_status(parts[1], word)
            except KeyError:
                return self._send_json(404, {"error": "No such payment."})
            return self._send_json(200, payment)
        if parts == ["faults"]:
            if method == "GET":
                return self._send_json(200, sandbox.faults.as_dict())
            if method == "POST":
                parsed, ok = _parse_json(body or b"{}")
                if not ok or not isinstance(parsed, dict):
                    return self._send_json(400, {"error": "Send a JSON object of fault settings."})
                try:
                    faults = sandbox.set_faults(**_plain_numbers(parsed))
                except (TypeError, ValueError) as err:
                    return self._send_json(400, {"error": str(err)})
                return self._send_json(200, faults.as_dict())
        if method == "POST" and parts == ["reset"]:
            sandbox.reset()
            return self._send_json(200, {"reset": True})
        if method == "GET" and parts == ["requests"]:
            return self._send_json(
                200,
                {"create_requests": sandbox.create_requests, "status_requests": sandbox.status_requests},
            )
        self._send_json(404, {"error": "Unknown sandbox control endpoint."})


def _parse_json(body: bytes) -> tuple[Any, bool]:
    # parse_float=Decimal: amounts stay exact, and 19.99 is never 19.989999...
    try:
        return json.loads(body.decode("utf-8"), parse_float=Decimal), True
    except (UnicodeDecodeError, ValueError):
        return None, False


def _plain_numbers(values: dict[str, Any]) -> dict[str, Any]:
    return {k: float(v) if isinstance(v, Decimal) else v for k, v in values.items()}


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class Sandbox:
    """A KuPay-compatible API on a real socket, for the demo mode and for tests.

    `Sandbox(port=0).start()` serves on a free loopback port in a daemon thread; `stop()` shuts it
    down quickly. Everything the test thread reads (`payments()`, `create_requests`, ...) is a copy.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        token: str | None = None,
        expire_after: float = 900.0,
        shop_name: str = "KuPay Sandbox Shop",
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host = host
        self.requested_port = port
        self.token = token or None
        self.shop_name = shop_name
        # `clock` (seconds, monotonic) lets a test age payments without sleeping.
        self.store = PaymentStore(expire_after=expire_after, clock=clock)
        self.fault_plan = FaultPlan()
        self.stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        # Never the token.
        state = f"url={self.url!r}" if self._server else "not started"
        return f"<Sandbox {state} token={'set' if self.token else 'any'}>"

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind and serve in a daemon thread. Raises OSError when the port is taken."""
        if self._server is not None:
            return self
        self.stopping.clear()
        self._server = _Server((self.host, self.requested_port), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.5},  # idle wake-ups; stop() pokes the socket instead of waiting
            name=f"kupay-sandbox-{self.port}",
            daemon=True,
        )
        self._thread.start()
        log.debug("sandbox serving %s (pay pages at %s)", self.base_url, self.public_url)
        return self

    def stop(self) -> None:
        """Stop serving, close open keep-alive connections and the listening socket, join the thread."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self.stopping.set()
        # shutdown() waits until serve_forever notices the request, which happens on its next select()
        # wake-up; a throw-away connection wakes it now, so stop() takes milliseconds, not poll_interval.
        closer = threading.Thread(target=server.shutdown, name="kupay-sandbox-stop", daemon=True)
        closer.start()
        while closer.is_alive():
            self._poke(server)
            closer.join(0.005)
        server.close_open_connections()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._server = None
        self._thread = None

    @staticmethod
    def _poke(server: _Server) -> None:
        host, port = str(server.server_address[0]), int(server.server_address[1])
        try:
            socket.create_connection(("127.0.0.1" if host in _WILDCARD_HOSTS else host, port), 0.2).close()
        except OSError:
            pass

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- addresses ---------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Where this machine reaches the sandbox, e.g. http://127.0.0.1:8765 (loopback for 0.0.0.0)."""
        host = "127.0.0.1" if self.host in _WILDCARD_HOSTS else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API base URL to give the client: url + '/v1/'."""
        return f"{self.url}/v1/"

    @property
    def public_url(self) -> str:
        """Where a customer's phone reaches the pay pages: the LAN address when serving on 0.0.0.0."""
        host = lan_address() if self.host in _WILDCARD_HOSTS else self.host
        return f"http://{host}:{self.port}"

    def pay_url_for(self, payment_id: str) -> str:
        return f"{self.public_url}/pay/{payment_id}"

    # -- reading state -----------------------------------------------------------------------------

    def payments(self) -> list[dict[str, Any]]:
        """Copies of every payment: payment_id, id, order_number, currency, amount (Decimal), status,
        created_at, pay_url, status_reads, creates, and the URLs and email sent."""
        return self.store.all()

    def payment(self, payment_id: str) -> dict[str, Any] | None:
        return self.store.get(payment_id)

    def find_by_id(self, sale_id: str) -> dict[str, Any] | None:
        """The payment created with this `id` (the POS's own sale id), or None."""
        return self.store.find_by_id(sale_id)

    @property
    def create_requests(self) -> list[Any]:
        """Parsed JSON bodies of every create received, in order, retries and invalid ones included."""
        with self.store.changed:
            return list(self.store.create_requests)

    @property
    def create_raw_bodies(self) -> list[bytes]:
        """The raw bytes of every create body received, to check the amount text on the wire."""
        with self.store.changed:
            return list(self.store.create_raw_bodies)

    @property
    def status_requests(self) -> int:
        """How many status requests arrived (any outcome, faults included)."""
        with self.store.changed:
            return self.store.status_requests

    @property
    def expire_after(self) -> float:
        return self.store.expire_after

    @expire_after.setter
    def expire_after(self, seconds: float) -> None:
        self.store.expire_after = float(seconds)

    def wait_for_create(self, timeout: float = 5.0, count: int = 1) -> bool:
        """Block until at least `count` create requests have arrived in total; False on timeout."""
        return self.store.wait_until(lambda: len(self.store.create_requests) >= count, timeout)

    def wait_for_status_requests(self, count: int, timeout: float = 5.0) -> bool:
        """Block until at least `count` status requests have arrived in total; False on timeout."""
        return self.store.wait_until(lambda: self.store.status_requests >= count, timeout)

    # -- changing state ----------------------------------------------------------------------------

    def pay(self, payment_id: str) -> dict[str, Any]:
        """Mark paid, as the customer's Pay button does (the Python API also overrides an ended payment)."""
        return self.force_status(payment_id, "paid")

    def cancel(self, payment_id: str) -> dict[str, Any]:
        return self.force_status(payment_id, "cancelled")

    def expire(self, payment_id: str) -> dict[str, Any]:
        return self.force_status(payment_id, "expired")

    def force_status(self, payment_id: str, word: str) -> dict[str, Any]:
        """Make the status any word ("completed", "partially_paid", "weird-word"...); KeyError if unknown."""
        payment = self.store.set_status(payment_id, word)
        if payment is None:
            raise KeyError(f"no payment {payment_id!r}")
        return payment

    def override_answer(self, payment_id: str, **fields: Any) -> dict[str, Any]:
        """Tests: make status answers carry these fields as given (e.g. amount="0.01", currency="JPY"), the way
        a confused or hostile server would; KeyError if unknown."""
        payment = self.store.override_answer(payment_id, fields)
        if payment is None:
            raise KeyError(f"no payment {payment_id!r}")
        return payment

    @property
    def faults(self) -> Faults:
        return self.fault_plan.faults

    def set_faults(self, **kwargs: Any) -> Faults:
        """Replace the fault settings; set_faults() heals everything. See `Faults` for the names."""
        return self.fault_plan.set(**kwargs)

    def reset(self) -> None:
        """Forget every payment and request, heal all faults."""
        self.store.reset()
        self.fault_plan.set()
