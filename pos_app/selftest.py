"""`kupay-pos self-test`: prove this installation can run a sale, without touching the shop's data.

Run in a checkout and, above all, in the frozen bundle (CI and the release workflow run it), where it
catches what only packaging can break: a missing Qt platform plugin, keyring backend, babel locale data,
CA bundle or resource file. One line per check ("PASS qt-platform offscreen"), exit code 0 when every
check passed, 1 otherwise.

What it touches: a throw-away journal in a temporary folder, a sandbox on 127.0.0.1 with a random token,
and a throw-away secret in the password store under its own service name ("kupay-pos-self-test-<random>"),
stored, read back and deleted; never the shop's journal or the "kupay-pos" token. `--strict` (the release
workflow's installed-app check) also fails when there is no working password store or when Qt runs on
anything but this computer's own screen (offscreen, minimal). The windowed Windows exe has no console:
`--report PATH` (or the environment variable KUPAY_SELFTEST_REPORT) writes the same lines to a file too,
or use kupay-pos-cli.exe.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pos_app.credentials import CredentialStore

REPORT_ENV = "KUPAY_SELFTEST_REPORT"


class CheckWarning(Exception):
    """A check that found something worth saying but not worth failing for (without --strict)."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    outcome: str  # "PASS", "WARN" or "FAIL"
    detail: str
    seconds: float

    @property
    def line(self) -> str:
        return f"{self.outcome} {self.name} {self.detail} ({self.seconds * 1000:.0f} ms)"


# --- the checks: each returns a one-line detail, raises CheckWarning to warn, anything else to fail ---------


# The window platform plugin each OS's till really uses (Qt's names). Wayland desktops use xcb (XWayland).
NATIVE_PLATFORMS = {"win32": {"windows"}, "darwin": {"cocoa"}, "linux": {"xcb", "wayland"}}


def native_platforms(system: str = sys.platform) -> set[str]:
    return NATIVE_PLATFORMS.get("linux" if system.startswith("linux") else system, set())


def check_qt_platform(strict: bool = False) -> Callable[[], str]:
    def check() -> str:
        """The Qt platform plugin loads (QT_QPA_PLATFORM decides which), and widgets can be created."""
        from PySide6.QtWidgets import QApplication, QLabel

        if QApplication.instance() is None:
            _find_platform_plugin()
        app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "kupay-pos"])
        if not isinstance(app, QApplication):
            # A widget on a QCoreApplication aborts the whole process; say so as a failed check instead.
            raise RuntimeError(f"Qt started as {type(app).__name__}, not QApplication: no widgets possible")
        label = QLabel("KuPay POS")  # a widget proves the style plugin and fonts are usable too
        label.adjustSize()
        if label.width() <= 0:
            raise RuntimeError("a label has no width: no usable font")
        name = app.platformName()
        native = native_platforms()
        if strict and native and name not in native:
            # An offscreen pass says nothing about the plugin that draws the till's window.
            raise RuntimeError(
                f"Qt runs on {name!r}, not this computer's screen ({' or '.join(sorted(native))}); "
                "unset QT_QPA_PLATFORM and run it on the desktop"
            )
        return f"{name} (Qt {_qt_version()}, style {app.style().name()})"

    return check


def _find_platform_plugin() -> None:
    """Qt aborts the whole process when the platform plugin is missing: look for it first, so a broken
    bundle gets a FAIL line naming what is there instead of a crash."""
    from PySide6.QtCore import QLibraryInfo

    # "wayland;xcb" is a list of fallbacks, "offscreen:fontengine=freetype" carries options.
    wanted = [e.split(":")[0].strip() for e in os.environ.get("QT_QPA_PLATFORM", "").split(";") if e.strip()]
    if not wanted:
        return  # Qt picks the desktop's own platform; nothing to look for by name
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    have = sorted(p.name for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
    if not any(f"q{name}" in plugin for name in wanted for plugin in have):
        asked = " or ".join(repr(name) for name in wanted)
        raise RuntimeError(f"no Qt platform plugin {asked} in {folder} (have: {', '.join(have) or 'none'})")


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


SELF_TEST_SERVICE = "kupay-pos-self-test"  # + a random suffix: never the shop's "kupay-pos" entry


def check_keyring(strict: bool) -> Callable[[], str]:
    def check() -> str:
        from pos_app.credentials import CredentialStore, KeyringUnavailable

        service = f"{SELF_TEST_SERVICE}-{secrets.token_hex(4)}"
        store = CredentialStore(service=service, username="self-test")
        name = store.backend_name()
        try:
            if not store.is_available():
                raise KeyringUnavailable("the API token could be kept for this session only")
            _keyring_round_trip(store)
        except (KeyringUnavailable, RuntimeError) as exc:
            sentence = f"{name}: {getattr(exc, 'detail', '') or exc}"  # the technical detail, not the owner's
            if strict:
                raise RuntimeError(sentence) from None
            raise CheckWarning(sentence) from None
        return f"{name}: a throw-away secret stored, read back and deleted"

    return check


def _keyring_round_trip(store: CredentialStore) -> None:
    """What setting the token does, under a throw-away name: a backend that names itself but cannot keep a
    secret (locked, refusing, or a bundle missing its native half) fails here, not at the first sale."""
    from pos_app.credentials import CredentialStore

    secret = "self-test-" + secrets.token_urlsafe(16)
    store.set_token(secret)  # reads it back itself, raises KeyringUnavailable when it was not kept
    try:
        again = CredentialStore(service=store.service, username=store.username).get_token()
        if again != secret:
            raise RuntimeError("a stored secret read back differently")
    finally:
        store.delete_token()
    if CredentialStore(service=store.service, username=store.username).get_token() is not None:
        raise RuntimeError("a deleted secret is still there")


def check_qr_render() -> str:
    """qrcode's matrix painted by the terminal's own QR renderer, then read back from the image's pixels.

    Not a camera decode (the decoder is a test-only dependency): it proves qrcode is bundled and that
    every module lands on the right pixels, which is what the scanner needs from us.
    """
    from pos_app.ui.qr_widget import qr_matrix, render_matrix

    payload = "https://pay.kupay.finance/self-test/" + secrets.token_hex(8)
    matrix = qr_matrix(payload)
    module_px = 4
    image = render_matrix(matrix, module_px)
    n = len(matrix)
    if image.width() != n * module_px or image.height() != n * module_px:
        raise RuntimeError(f"image is {image.width()}x{image.height()}, expected {n * module_px} square")
    wrong = 0
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            centre = image.pixelColor(x * module_px + module_px // 2, y * module_px + module_px // 2)
            if (centre.lightness() < 128) != bool(dark):
                wrong += 1
    if wrong:
        raise RuntimeError(f"{wrong} of {n * n} modules read back wrong")
    return f"{n}x{n} modules painted and read back pixel by pixel (no camera decode)"


def check_receipt() -> str:
    """A receipt rendered for a thermal printer (python-escpos and its printer data, native and image QR
    codes) and as a PDF (Qt's print support), without any printer."""

    from pos_app.receipts import page, thermal
    from pos_app.receipts.cli import _offscreen_qt
    from pos_app.receipts.content import receipt_lines
    from pos_app.receipts.printing import sample_receipt
    from pos_app.receipts.settings import ReceiptSettings
    from pos_app.receipts.target import parse_printer_uri

    receipt = sample_receipt(ReceiptSettings(shop_name="Self-test"), "Self-test")
    lines = receipt_lines(receipt, "58mm")
    native = thermal.render(lines, paper="58mm", profile="TM-T20II")
    image = thermal.render(lines, paper="58mm", profile="simple")  # no native QR: drawn with Pillow
    if b"Self-test" not in native or b"\x1d(k" not in native or b"\x1dv0" not in image:
        raise RuntimeError("the ESC/POS receipt lacks its text or its QR code")
    _app = _offscreen_qt()
    with tempfile.TemporaryDirectory() as folder:
        uri = "pdf:///" + Path(folder).as_posix().lstrip("/")
        size = Path(page.print_page(receipt, "80mm", parse_printer_uri(uri))).stat().st_size
    if size < 1000:
        raise RuntimeError(f"the PDF receipt is only {size} bytes")
    return f"ESC/POS {len(native)} bytes (native QR), {len(image)} bytes (image QR); PDF {size} bytes"


def check_sandbox_roundtrip() -> str:
    """Create a payment on the built-in sandbox and read its status back through the real client."""
    from pos_app.kupay.client import KuPayClient
    from pos_app.kupay.models import PaymentRequest, PaymentState
    from pos_app.kupay.sandbox import Sandbox
    from pos_app.sale import new_sale_id

    token = secrets.token_urlsafe(24)
    sandbox = Sandbox(host="127.0.0.1", port=0, token=token).start()
    url = sandbox.url
    client = KuPayClient(sandbox.base_url, token, retries=0)
    try:
        request = PaymentRequest(
            id=new_sale_id(),
            order_number="SELFTEST-1",
            created_at=datetime.now().astimezone(),
            currency="EUR",
            amount=Decimal("12.34"),
            cancel_url="https://kupay.finance/",
            paid_url="https://kupay.finance/",
            callback_url="https://kupay.finance/",
        )
        created = client.create_payment(request)
        waiting = client.payment_status(created.payment_id)
        if waiting.state is not PaymentState.WAITING:
            raise RuntimeError(f"a new payment reads as {waiting.raw_status!r}, expected waiting")
        sandbox.pay(created.payment_id)
        paid = client.payment_status(created.payment_id)
        if not paid.state.is_paid:
            raise RuntimeError(f"a paid payment reads as {paid.raw_status!r}")
    finally:
        client.close()
        sandbox.stop()
    return f"create + status on {url}: {waiting.raw_status} -> {paid.raw_status}"


def check_journal() -> str:
    """A journal in a temporary folder (never the shop's) accepts a sale and gives it back."""
    from pos_app.journal import Journal
    from pos_app.sale import Sale, new_sale_id

    with tempfile.TemporaryDirectory(prefix="kupay-selftest-") as tmp:
        journal = Journal.open(Path(tmp) / "journal.sqlite3")
        try:
            sale = Sale(
                id=new_sale_id(),
                order_number=journal.next_order_number("ST-"),
                created_at=datetime.now().astimezone(),
                amount=Decimal("12.34"),
                currency="EUR",
            )
            journal.record_new(sale)
            back = journal.get(sale.id)
        finally:
            journal.close()
    if back is None or back.amount != sale.amount or back.currency != sale.currency:
        raise RuntimeError(f"wrote {sale.amount} {sale.currency}, read back {back!r}")
    return f"SQLite {_sqlite_version()}: sale {sale.order_number} written and read back"


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


# Expected renderings from CLDR; spaces normalised because CLDR uses (narrow) no-break spaces.
_AMOUNTS = (
    (Decimal("1234.5"), "EUR", "de_DE", "1.234,50 €"),
    (Decimal("1234.5"), "USD", "en_US", "$1,234.50"),
    (Decimal("1200"), "JPY", "ja_JP", "￥1,200"),
)


def check_babel() -> str:
    """Amounts format per locale: fails when babel's locale data is missing or damaged in the bundle."""
    import babel.localedata

    from pos_app.money import format_amount

    for amount, currency, locale, expected in _AMOUNTS:
        got = format_amount(amount, currency, locale)
        if _spaces(got) != _spaces(expected):
            raise RuntimeError(f"{amount} {currency} in {locale} gave {got!r}, expected {expected!r}")
    count = len(babel.localedata.locale_identifiers())
    if count < 500:
        raise RuntimeError(f"only {count} locales available")
    return f"{' | '.join(format_amount(a, c, loc) for a, c, loc, _ in _AMOUNTS)} ({count} locales)"


def _spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def check_tls_ca() -> str:
    """The CA bundle requests uses for https://api.kupay.finance is present and loads (offline check)."""
    import ssl

    import certifi

    path = certifi.where()
    context = ssl.create_default_context(cafile=path)
    count = len(context.get_ca_certs())
    if count < 50:
        raise RuntimeError(f"{path} holds only {count} certificates")
    return f"certifi bundle with {count} CA certificates"


def check_shop_db_driver() -> str:
    """psycopg and a PostgreSQL client library load (no connection is made): a shop database could be used.
    The Linux bundle relies on the system's libpq5; without it a till still sells, so this only warns."""
    try:
        import psycopg
    except ImportError as exc:
        raise CheckWarning(f"no PostgreSQL client library, a shop database cannot be used ({exc})") from None
    version = psycopg.pq.version()
    libpq = f"{version // 10000}.{version % 10000}" if version >= 100000 else str(version)
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq}"


def check_resources() -> str:
    """The theme and every icon load from where the bundle's resource_path() looks.

    Loading each image also proves the image plugins it needs (SVG for the theme's arrows) are bundled.
    """
    from PySide6.QtGui import QImage

    from pos_app.resources import resource_path
    from pos_app.ui.launch import load_theme

    theme = load_theme()
    if "{" not in theme or "@" in theme.split("*/")[-1]:
        raise RuntimeError(f"theme.qss missing or not expanded ({len(theme)} characters)")
    icons = sorted(p for p in resource_path("icons").glob("*") if p.suffix.lower() in {".png", ".svg"})
    broken = [p.name for p in icons if QImage(str(p)).isNull()]
    if not icons or broken:
        raise RuntimeError(f"cannot load icons {broken or 'kupay-pos.png'} from {resource_path('icons')}")
    kinds = ", ".join(sorted({p.suffix.lower().lstrip(".") for p in icons}))
    from pos_app.sounds import SOUNDS, scaled_wav

    try:  # the paid / not-paid chimes: shipped and readable (the player itself is the computer's)
        for name in SOUNDS.values():
            scaled_wav(resource_path(name).read_bytes(), 100)
    except (OSError, EOFError, ValueError) as exc:
        raise RuntimeError(f"cannot read the sounds in {resource_path('sounds')}: {exc}") from None
    return (
        f"theme.qss ({theme.count('{')} rules), {len(icons)} icons ({kinds}), {len(SOUNDS)} sounds"
        f" from {resource_path('')}"
    )


# --- running them -----------------------------------------------------------------------------------------


def checks(strict: bool = False) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("qt-platform", check_qt_platform(strict)),
        ("keyring", check_keyring(strict)),
        ("qr-render", check_qr_render),
        ("receipt", check_receipt),
        ("sandbox-roundtrip", check_sandbox_roundtrip),
        ("journal", check_journal),
        ("babel", check_babel),
        ("tls-ca", check_tls_ca),
        ("shop-db-driver", check_shop_db_driver),
        ("resources", check_resources),
    ]


def run_check(name: str, check: Callable[[], str]) -> CheckResult:
    started = time.perf_counter()
    try:
        detail, outcome = check(), "PASS"
    except CheckWarning as warning:
        detail, outcome = str(warning), "WARN"
    except Exception as exc:  # noqa: BLE001 - every failure becomes a FAIL line, never a traceback
        detail, outcome = f"{type(exc).__name__}: {exc}", "FAIL"
    return CheckResult(name, outcome, " ".join(detail.split()), time.perf_counter() - started)


def run_self_test(args: argparse.Namespace) -> int:
    """Run every check, print one line each, write them to --report / $KUPAY_SELFTEST_REPORT if given."""
    from pos_app import __version__

    strict = bool(getattr(args, "strict", False))
    report_path = getattr(args, "report", None) or os.environ.get(REPORT_ENV)
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    python = f"Python {sys.version.split()[0]}" + (", UTF-8 mode" if sys.flags.utf8_mode else "")
    started = time.perf_counter()
    # Line by line, flushed: if a check takes the whole process down (a Qt plugin abort), the report
    # still shows how far it got.
    with Path(report_path).open("w", encoding="utf-8") if report_path else contextlib.nullcontext() as report:

        def emit(line: str) -> None:
            print(line, flush=True)
            if report:
                report.write(line + "\n")
                report.flush()

        emit(f"KuPay POS {__version__} self-test ({frozen}, {sys.platform}, {python})")
        results = []
        for name, check in checks(strict):
            results.append(run_check(name, check))
            emit(results[-1].line)
        failed = [r.name for r in results if r.outcome == "FAIL"]
        emit(
            f"{'FAILED' if failed else 'OK'}: {len(results) - len(failed)} of {len(results)} checks passed"
            + (f" (failed: {', '.join(failed)})" if failed else "")
            + f" in {time.perf_counter() - started:.2f} s"
        )
    return 1 if failed else 0
