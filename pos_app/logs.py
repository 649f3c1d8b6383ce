"""The support log: a rotating file in the platform's log directory, scrubbed of every secret.

What goes in: requests, statuses, timings, errors (whatever the modules log through `logging`). What never
goes in: the API token or any Authorization header value. Every line passes `redact()`, which replaces
  - each secret registered with `register_secret()` (the token, as soon as the terminal reads it),
  - `Bearer <anything>` and the value of `Authorization: ...` / `"Authorization": "..."`,
with `[redacted]`. The same applies to exception text and to crash reports written by the hooks that
`setup_logging()` installs (`sys.excepthook`, `threading.excepthook`), which print nothing unredacted.

No Qt here: the window registers a callable with `set_crash_notifier()` to show the cashier one sentence.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from pos_app import __version__, paths
from pos_app.wording import QT_TRANSLATE_NOOP

LOG_FILE_NAME = "kupay-pos.log"
# Native crashes (a Qt/PySide fault) cannot run Python hooks; faulthandler writes their stack here.
# Stack frames only (file, line, function): no values, so no secret can appear in it.
NATIVE_CRASH_FILE_NAME = "native-crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[redacted]"
# Shorter strings are not scrubbed: replacing every "ab" in the log would make it unreadable and protect
# nothing (a real KuPay token is far longer).
MIN_SECRET_LENGTH = 4

CRASH_SENTENCE = QT_TRANSLATE_NOOP(
    "Logs", "Something went wrong inside the terminal. The details were saved in the support log."
)

_secrets: dict[str, re.Pattern[str]] = {}  # each secret and the pattern for all the ways it is written
_secrets_lock = threading.Lock()
_PATTERNS = (
    # "Bearer abc.def" wherever it appears (headers, reprs of request objects, curl lines).
    (re.compile(r"(?i)\b(bearer)\s+[^\s'\",;}\]]+"), r"\1 " + REDACTED),
    # Authorization: <value>, 'Authorization': '<value>', authorization=<value>
    (
        re.compile(r"""(?i)(\bauthorization['"]?\s*[:=]\s*['"]?)(?!\s*bearer\s)[^'"\r\n,;}\]]+"""),
        r"\1" + REDACTED,
    ),
)

_handler: logging.Handler | None = None
_native_crash_file = None
_crash_notifier: Callable[[str], None] | None = None


# Between two characters of a secret: a line break (a wrapped line, a repr split over lines), with the
# indentation, quotes or backslash that come with it.
_BREAK = r"""(?:['"]?[ \t]*\\?\r?\n[ \t'"+]*|\\n)?"""


def _secret_pattern(secret: str) -> re.Pattern[str]:
    """Matches `secret` as written, percent-encoded in either case (%2f or %2F), backslash-escaped
    (\\x2f, \\u002f, \\/ as in a repr or JSON), and split over lines."""
    parts = []
    for ch in secret:
        code = ord(ch)
        forms = [re.escape(ch), re.escape("\\" + ch)]
        if code < 0x100:
            forms += [f"%(?:{code:02x}|{code:02X})", f"\\\\x(?:{code:02x}|{code:02X})"]
        forms.append(f"\\\\u(?:{code:04x}|{code:04X})")
        parts.append("(?:" + "|".join(forms) + ")")
    return re.compile(_BREAK.join(parts))


def register_secret(secret: str | None) -> None:
    """Scrub `secret` (and its encoded, escaped and line-split forms) from every later log line, exception
    text and crash report."""
    if not secret or len(secret) < MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        if secret not in _secrets:
            _secrets[secret] = _secret_pattern(secret)


def forget_secrets() -> None:
    """For tests: start with no registered secrets."""
    with _secrets_lock:
        _secrets.clear()


def redact(text: str) -> str:
    """`text` with every registered secret, Bearer credential and Authorization value replaced."""
    with _secrets_lock:
        known = sorted(_secrets.items(), key=lambda item: len(item[0]), reverse=True)  # a secret in another
    for secret, pattern in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
        text = pattern.sub(REDACTED, text)
    for regex, replacement in _PATTERNS:
        text = regex.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Renders the message early and scrubs it, so no handler sees the raw arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not lose the line
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        return True


class RedactingFormatter(logging.Formatter):
    """Scrubs the whole formatted line, including the traceback and stack text."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))

    def formatException(self, ei) -> str:
        return redact(super().formatException(ei))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The support log, and each file it rotates into, readable by this user only (0600)."""

    def _open(self):  # logging's own name and signature
        paths.private_file(Path(self.baseFilename))
        return super()._open()


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO, *, console: bool = False) -> Path:
    """Start the rotating support log (1 MB x 5) and the crash hooks. Safe to call again. Returns the log path."""
    global _handler, _native_crash_file
    path = log_file()
    paths.private_dir(path.parent)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_kupay_pos", False)]:
        root.removeHandler(old)
        old.close()

    formatter = RedactingFormatter("%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s")
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
    )
    handlers: list[logging.Handler] = [handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for h in handlers:
        h.addFilter(RedactingFilter())
        h.setFormatter(formatter)
        h._kupay_pos = True  # type: ignore[attr-defined]  # marks our handlers for a later setup_logging()
        root.addHandler(h)
    root.setLevel(level)
    # urllib3's debug lines repeat every URL; its warnings (retries, pool full) are what support needs.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    _handler = handler

    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    try:
        crash_path = paths.private_file(path.parent / NATIVE_CRASH_FILE_NAME)
        crash_file = open(crash_path, "a", encoding="utf-8")  # noqa: SIM115 - kept open
    except OSError:
        pass
    else:
        faulthandler.enable(crash_file, all_threads=True)
        if _native_crash_file is not None:
            _native_crash_file.close()
        _native_crash_file = crash_file
    logging.getLogger("pos_app").info(
        "KuPay POS %s starting (Python %s, %s)", __version__, platform.python_version(), platform.platform()
    )
    return path


def shutdown_logging() -> None:
    """Undo setup_logging(): close the log files and give back the hooks (on quit, and between tests)."""
    global _handler, _native_crash_file
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_kupay_pos", False)]:
        root.removeHandler(old)
        old.close()
    _handler = None
    if sys.excepthook is _excepthook:
        sys.excepthook = sys.__excepthook__
    if threading.excepthook is _thread_excepthook:
        threading.excepthook = threading.__excepthook__
    if _native_crash_file is not None:
        faulthandler.enable(sys.__stderr__ or sys.stderr, all_threads=True)
        _native_crash_file.close()
        _native_crash_file = None


def set_crash_notifier(notifier: Callable[[str], None] | None) -> None:
    """`notifier(sentence)` is called after an uncaught exception was logged (on the thread that raised).

    The UI should hop to its own thread (e.g. a queued signal) before showing anything.
    """
    global _crash_notifier
    _crash_notifier = notifier


def _report_crash(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    where: str,
) -> None:
    if exc is None:  # threading.excepthook may pass no instance
        exc = exc_type()
    if _handler is None:
        # Logging not set up: logging's last-resort handler would print the raw text, so write it ourselves.
        sys.stderr.write(redact("".join(traceback.format_exception(exc_type, exc, tb))))
    else:
        logging.getLogger("pos_app.crash").critical(
            "Uncaught exception %s", where, exc_info=(exc_type, exc, tb)
        )
    notifier = _crash_notifier
    if notifier is not None:
        try:
            notifier(CRASH_SENTENCE)
        except Exception:  # a failing notifier must not hide the original crash
            logging.getLogger("pos_app.crash").exception("crash notifier failed")


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _report_crash(exc_type, exc, tb, "in the main thread")


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread else "?"
    _report_crash(args.exc_type, args.exc_value, args.exc_traceback, f"in thread {name}")
