"""The terminal's settings: a readable JSON file in the platform's config directory, with no secret in it.

The API token is never here: it lives in the OS keyring (see credentials.py). The owner PIN is kept only as
a salted PBKDF2-HMAC-SHA256 hash.

`load_settings()` never raises for a bad file: a hand-broken file is set aside as
`settings.json.broken-<timestamp>` and the defaults are used, with one sentence for the owner to read.
`save_settings()` writes a temporary file and atomically replaces the old one, so a power cut mid-write
leaves either the old or the new settings, never half a file.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pos_app import paths
from pos_app.customer import CustomerSettings, customer_settings_from_json, customer_settings_to_json
from pos_app.kupay.currencies import CURRENCIES
from pos_app.kupay.urls import AddressProblem, BadAddress, normalised_api_url, web_address
from pos_app.languages import LANGUAGES
from pos_app.receipts.settings import ReceiptSettings
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.kupay.finance/v1/"
# Until the owner sets the shop's own pages, KuPay's site is where the customer lands after paying/cancelling.
DEFAULT_SHOP_URL = "https://kupay.finance/"

# Bump when a field changes meaning; load_settings() upgrades older files (none exist yet).
FILE_VERSION = 1

POLL_INTERVAL_RANGE = (0.5, 30.0)
AUTO_RETURN_RANGE = (0, 600)
MAX_TERMINAL_NAME = 40
MAX_ORDER_PREFIX = 12


# What a running till cannot switch (Qt's translators are installed at start): Save says so, by name.
APPLIED_AT_NEXT_START = {"language": QT_TRANSLATE_NOOP("SettingsDialog", "Language")}


def needs_restart(old: Settings, new: Settings) -> list[str]:
    """The names, as Settings shows them, of changed settings that apply only from the next start."""
    return [
        label for name, label in APPLIED_AT_NEXT_START.items() if getattr(old, name) != getattr(new, name)
    ]


# Stored in English; shown in the shop's language while the owner has not named the till.
DEFAULT_TERMINAL_NAME = QT_TRANSLATE_NOOP("Settings", "Till 1")


def shown_terminal_name(name: str) -> str:
    """The till's name as people read it: the untouched default as a Sentence (for `say()`), a name the owner
    typed as typed."""
    return DEFAULT_TERMINAL_NAME if name == DEFAULT_TERMINAL_NAME else name


class SettingsError(ValueError):
    """A value the owner typed cannot be used. `str(err)` is one sentence saying why."""


@dataclass(frozen=True)
class Settings:
    api_url: str = DEFAULT_API_URL
    default_currency: str = "USD"
    shop_url: str = ""  # base for paid_url / cancel_url / order_status_url; empty = DEFAULT_SHOP_URL
    callback_url: str = ""  # the merchant's webhook endpoint; empty = shop_url
    terminal_name: str = str.__str__(DEFAULT_TERMINAL_NAME)
    order_prefix: str = "T1-"
    shop_db: str = (
        ""  # the shop database's address (PostgreSQL DSN) without its password: that is in the keyring
    )
    poll_interval: float = 1.5  # seconds between status reads while a customer pays
    auto_return_seconds: int = 5  # 0 = stay on the result screen until a key or tap
    start_fullscreen: bool = False
    min_amount: Decimal | None = None  # before per-currency limits: read as the default currency's
    max_amount: Decimal | None = None
    # Smallest and largest sale per currency ({"USD": (min, max)}): a 500 limit meant dollars, not yen.
    sale_limits: tuple[tuple[str, Decimal | None, Decimal | None], ...] = ()
    owner_pin_hash: str = ""  # salted PBKDF2 hash, empty = no PIN
    cents_first: bool = False  # keypad: typing 1250 shows 12.50 (card-terminal style)
    receipts: ReceiptSettings = ReceiptSettings()  # printer and receipt lines (pos_app/receipts/settings.py)
    # The customer display and the sounds: a section of its own (pos_app/customer.py).
    customer: CustomerSettings = field(default_factory=CustomerSettings)
    language: str = ""  # a code from pos_app.languages; empty = the computer's language
    # Hosts a pay_url may name besides *.kupay.finance and the API's own, e.g. "pay.example".
    pay_link_hosts: str = ""
    # The shop's web proxy for https (http://host:port); the environment's proxy variables are ignored.
    https_proxy: str = ""

    @property
    def paid_url(self) -> str:
        return self.shop_url or DEFAULT_SHOP_URL

    @property
    def cancel_url(self) -> str:
        return self.shop_url or DEFAULT_SHOP_URL

    @property
    def order_status_url(self) -> str:
        return self.shop_url or DEFAULT_SHOP_URL

    @property
    def effective_callback_url(self) -> str:
        return self.callback_url or self.shop_url or DEFAULT_SHOP_URL

    def limits_for(self, currency: str) -> tuple[Decimal | None, Decimal | None]:
        """The owner's smallest and largest sale in `currency` (None: no limit)."""
        for code, minimum, maximum in self.sale_limits:
            if code == currency:
                return minimum, maximum
        if currency == self.default_currency and not self.sale_limits:
            return self.min_amount, self.max_amount  # a file from before per-currency limits
        return None, None

    def all_limits(self) -> dict[str, tuple[Decimal | None, Decimal | None]]:
        return {code: self.limits_for(code) for code in CURRENCIES}

    @property
    def allowed_pay_hosts(self) -> tuple[str, ...]:
        return tuple(self.pay_link_hosts.replace(",", " ").split())

    @property
    def has_owner_pin(self) -> bool:
        return bool(self.owner_pin_hash)

    @property
    def pin_locked(self) -> bool:
        """The PIN could not be read (damaged settings file): no PIN opens Settings until the owner sets up
        again by removing the settings file. Failing open would hand a cashier the owner's settings."""
        return self.has_owner_pin and not is_pin_hash(self.owner_pin_hash)


# --- validation: one sentence per problem, shared by load_settings() and the settings dialog -------------


# What the owner reads for each reason an API address is refused; the rules are the client's own
# (kupay/urls.py), so an address Settings accepts is one the client takes, and the other way round.
_NOT_A_SERVER = QT_TRANSLATE_NOOP(
    "Settings", "The KuPay API address must start with https:// and name a server."
)
_API_ADDRESS_SENTENCES = {
    AddressProblem.EMPTY: QT_TRANSLATE_NOOP(
        "Settings", "Enter the KuPay API address, for example https://api.kupay.finance/v1/."
    ),
    AddressProblem.PLAIN_HTTP: QT_TRANSLATE_NOOP(
        "Settings",
        "The KuPay API address must start with https:// (plain http:// is only allowed to this computer).",
    ),
    AddressProblem.USER_INFO: QT_TRANSLATE_NOOP(
        "Settings", "The KuPay API address must not contain a user name or password."
    ),
    AddressProblem.QUERY: QT_TRANSLATE_NOOP("Settings", "The KuPay API address must not contain ? or #."),
}


def validate_api_url(text: str) -> str:
    """The KuPay API address, normalised with a trailing slash.

    https only; plain http is allowed to this computer alone (the built-in sandbox), because the token
    travels in every request.
    """
    try:
        return normalised_api_url(text)
    except BadAddress as exc:
        raise SettingsError(_API_ADDRESS_SENTENCES.get(exc.problem, _NOT_A_SERVER)) from None


def api_address(url: str) -> str:
    """ "host" or "host:port" of an API address, for the till's badge and the log (never user info)."""
    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return "?"
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{port}" if port else host


def is_default_api_url(url: str) -> bool:
    return url.strip().rstrip("/") == DEFAULT_API_URL.rstrip("/")


SHOP_WEBSITE = QT_TRANSLATE_NOOP("Settings", "The shop's website")
UPDATES_ADDRESS = QT_TRANSLATE_NOOP("Settings", "The payment updates address")
SMALLEST_SALE = QT_TRANSLATE_NOOP("Settings", "The smallest sale")
LARGEST_SALE = QT_TRANSLATE_NOOP("Settings", "The largest sale")


def validate_shop_url(text: str, what: str = SHOP_WEBSITE) -> str:
    """An address KuPay sends the customer to (or calls back): https only, empty means "use the default"."""
    url = text.strip()
    if not url:
        return ""
    try:
        web_address(url, plain_http_to=lambda host: False, query=True)
    except BadAddress:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "Settings",
                "{what} must be a full address starting with https://, for example https://myshop.com/.",
            ).format(what=what)
        ) from None
    return url


_HOST_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+")


def validate_pay_link_hosts(text: str) -> str:
    """Extra hosts a payment link may lead to, separated by commas or spaces: "" or "pay.a.com, b.net"."""
    hosts = [h.lower().rstrip(".") for h in text.replace(",", " ").split()]
    for host in hosts:
        if not _HOST_NAME.fullmatch(host):
            raise SettingsError(
                f"{host[:40]} is not a host name. Write host names such as pay.myshop.com, separated by "
                "commas (a non-English name in its xn-- form)."
            )
    return ", ".join(dict.fromkeys(hosts))


def validate_proxy(text: str) -> str:
    """The shop's web proxy: "" (none) or http(s)://host:port, with no user name or password in it."""
    url = text.strip()
    if not url:
        return ""
    try:
        # http:// to any host is fine here: HTTPS to KuPay goes through the proxy as an encrypted tunnel.
        parts = web_address(url, plain_http_to=lambda host: True)
    except BadAddress:
        parts = None
    if parts is None or parts.port is None or parts.path.strip("/"):
        raise SettingsError(
            "The proxy must look like http://proxy.myshop.lan:3128 (no user name or password)."
        )
    return url.rstrip("/")


def validate_terminal_name(text: str) -> str:
    name = text.strip()
    if not name:
        raise SettingsError(QT_TRANSLATE_NOOP("Settings", "Give this terminal a name, for example Till 1."))
    if len(name) > MAX_TERMINAL_NAME:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "The terminal name can have at most {count} characters.").format(
                count=MAX_TERMINAL_NAME
            )
        )
    return name


def validate_order_prefix(text: str) -> str:
    prefix = text.strip()
    if len(prefix) > MAX_ORDER_PREFIX:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "Settings", "The order-number prefix can have at most {count} characters."
            ).format(count=MAX_ORDER_PREFIX)
        )
    if any(not (c.isascii() and (c.isalnum() or c in "-_/.")) for c in prefix):
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "The order-number prefix may use only letters, digits and - _ / .")
        )
    return prefix


def validate_currency(text: str) -> str:
    code = text.strip().upper()
    if code not in CURRENCIES:
        raise SettingsError(
            QT_TRANSLATE_NOOP(
                "Settings", "KuPay does not accept {currency}; choose one of {currencies}."
            ).format(currency=repr(text), currencies=", ".join(CURRENCIES))
        )
    return code


def validate_language(text: str) -> str:
    """A shipped language code, or "" for the computer's language."""
    code = text.strip()
    if code and code not in LANGUAGES:
        raise SettingsError(f"The terminal does not speak {code!r}; choose one of {', '.join(LANGUAGES)}.")
    return code


def validate_amount_limit(text: str, what: str) -> Decimal | None:
    """`what` names the field for the sentence: SMALLEST_SALE or LARGEST_SALE."""
    """A minimum/maximum sale amount: empty = no limit; otherwise a positive number."""
    value = text.strip().replace(",", ".")
    if not value:
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "{what} must be a number, for example 1.00, or left empty.").format(
                what=what
            )
        ) from None
    if not amount.is_finite() or amount <= 0:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "{what} must be more than zero, or left empty.").format(what=what)
        )
    return amount


def validate_limits(minimum: Decimal | None, maximum: Decimal | None) -> None:
    if minimum is not None and maximum is not None and minimum > maximum:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "The minimum amount must not be more than the maximum amount.")
        )


# --- owner PIN -----------------------------------------------------------------------------------------

PIN_ITERATIONS = 200_000  # ~0.1 s on a till: cheap for the owner, slow for guessing a stolen settings file
PIN_LENGTH = (4, 8)


def validate_pin(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit() and PIN_LENGTH[0] <= len(pin) <= PIN_LENGTH[1]):
        raise SettingsError(
            QT_TRANSLATE_NOOP("Settings", "The owner PIN must be {shortest} to {longest} digits.").format(
                shortest=PIN_LENGTH[0], longest=PIN_LENGTH[1]
            )
        )
    return pin


def hash_pin(pin: str, *, iterations: int = PIN_ITERATIONS) -> str:
    """`pbkdf2_sha256$<iterations>$<salt>$<hash>` (base64): what the settings file stores instead of the PIN."""
    import hashlib  # here, not at import: OpenSSL's hashlib costs the till's first frame ~3 ms
    import secrets

    validate_pin(pin)
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    b64 = base64.b64encode
    return f"pbkdf2_sha256${iterations}${b64(salt).decode()}${b64(digest).decode()}"


# Stored instead of a hash when the PIN could not be read: matches no PIN, so Settings stay locked.
PIN_LOCKED = "locked: the settings file was damaged; remove it to set up again"


def _parse_pin_hash(stored: object) -> tuple[bytes, bytes, int] | None:
    """(salt, digest, iterations) of a well-formed stored hash, or None."""
    if not isinstance(stored, str):
        return None
    try:
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(digest_b64, validate=True)
        rounds = int(iterations)
    except ValueError:  # includes binascii.Error
        return None
    if scheme != "pbkdf2_sha256" or not 1 <= rounds <= 10_000_000 or not expected:
        return None
    return salt, expected, rounds


def is_pin_hash(stored: object) -> bool:
    return _parse_pin_hash(stored) is not None


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored hash. Constant-time compare; a malformed hash never matches."""
    parsed = _parse_pin_hash(stored)
    if parsed is None:
        return False
    import hashlib
    import hmac

    salt, expected, rounds = parsed
    actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, rounds)
    return hmac.compare_digest(actual, expected)


class PinAttempts:
    """Slows down guessing the owner PIN at the counter: after `allowed` wrong PINs in a row, no PIN is
    checked for `first_wait` seconds, doubling with every further lock-out. Kept for the app's lifetime."""

    def __init__(self, *, allowed: int = 5, first_wait: float = 60.0, clock: Any = time.monotonic) -> None:
        self._allowed = allowed
        self._first_wait = first_wait
        self._clock = clock
        self._wrong = 0
        self._lockouts = 0
        self._locked_until = 0.0

    def wait_left(self) -> float:
        """Seconds until a PIN may be tried again (0 when it may be tried now)."""
        return max(0.0, self._locked_until - self._clock())

    def failed(self) -> None:
        self._wrong += 1
        if self._wrong >= self._allowed:
            self._locked_until = self._clock() + self._first_wait * 2**self._lockouts
            self._lockouts += 1
            self._wrong = 0

    def succeeded(self) -> None:
        self._wrong = 0
        self._lockouts = 0
        self._locked_until = 0.0


PIN_ATTEMPTS = PinAttempts()


# --- file I/O --------------------------------------------------------------------------------------------


def _to_json(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {"version": FILE_VERSION}
    for f in fields(Settings):
        value = getattr(settings, f.name)
        if isinstance(value, CustomerSettings):
            value = customer_settings_to_json(value)
        # Decimal as text keeps 19.99 exactly 19.99 in a file people may open.
        if isinstance(value, ReceiptSettings):
            value = value.to_json()
        if f.name == "sale_limits":
            value = {code: {"min": _limit_json(low), "max": _limit_json(high)} for code, low, high in value}
        data[f.name] = str(value) if isinstance(value, Decimal) else value
    return data


def _limit_json(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _sale_limits_from_json(raw: Any) -> tuple[tuple[str, Decimal | None, Decimal | None], ...]:
    if not isinstance(raw, dict):
        raise TypeError
    limits = []
    for code, pair in raw.items():
        if not isinstance(pair, dict):
            raise TypeError
        low, high = (
            None if pair.get(key) is None else validate_amount_limit(str(pair[key]), f"{key} sale")
            for key in ("min", "max")
        )
        validate_limits(low, high)
        limits.append((validate_currency(str(code)), low, high))
    return tuple(sorted(limits, key=lambda limit: limit[0]))


def _field_from_json(name: str, raw: Any) -> Any:
    """Convert and validate one stored value; raise SettingsError/TypeError when it cannot be used."""
    if name == "api_url":
        if not isinstance(raw, str):
            raise TypeError
        return validate_api_url(raw)
    if name in ("shop_url", "callback_url"):
        if not isinstance(raw, str):
            raise TypeError
        return validate_shop_url(raw)
    if name == "pay_link_hosts":
        if not isinstance(raw, str):
            raise TypeError
        return validate_pay_link_hosts(raw)
    if name == "https_proxy":
        if not isinstance(raw, str):
            raise TypeError
        return validate_proxy(raw)
    if name == "default_currency":
        if not isinstance(raw, str):
            raise TypeError
        return validate_currency(raw)
    if name == "terminal_name":
        if not isinstance(raw, str):
            raise TypeError
        return validate_terminal_name(raw)
    if name == "order_prefix":
        if not isinstance(raw, str):
            raise TypeError
        return validate_order_prefix(raw)
    if name == "shop_db":
        # Checked in full where it is used (pos_app/shop/database.py; psycopg is not loaded at start-up).
        if not isinstance(raw, str):
            raise TypeError
        return raw.strip()
    if name == "language":
        if not isinstance(raw, str):
            raise TypeError
        return validate_language(raw)
    if name == "owner_pin_hash":
        # Never fall back to "no PIN": a mistyped hash keeps Settings locked (see Settings.pin_locked).
        return raw if raw == "" or is_pin_hash(raw) else PIN_LOCKED
    if name in ("start_fullscreen", "cents_first"):
        if not isinstance(raw, bool):
            raise TypeError
        return raw
    if name == "poll_interval":
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise TypeError
        low, high = POLL_INTERVAL_RANGE
        if not low <= float(raw) <= high:
            raise SettingsError(f"poll_interval must be between {low} and {high} seconds")
        return float(raw)
    if name == "auto_return_seconds":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise TypeError
        low_i, high_i = AUTO_RETURN_RANGE
        if not low_i <= raw <= high_i:
            raise SettingsError(f"auto_return_seconds must be between {low_i} and {high_i}")
        return raw
    if name == "sale_limits":
        return _sale_limits_from_json(raw)
    if name in ("min_amount", "max_amount"):
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, str | int | float):
            raise TypeError
        return validate_amount_limit(str(raw), SMALLEST_SALE if name == "min_amount" else LARGEST_SALE)
    if name == "receipts":
        return ReceiptSettings.from_json(raw)
    raise TypeError  # a field added to Settings without a loader: keep its default


def _set_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    os.replace(path, target)
    return target


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """Read the settings file. Returns (settings, warning): warning is one sentence for the owner, or None.

    Missing file: defaults, no warning. Unreadable or not a JSON object: defaults, and the file is kept aside
    as settings.json.broken-<timestamp>. A single bad value: that field's default, the rest is kept.
    Unknown keys (from a newer version, or typos) are ignored.
    """
    path = path or paths.settings_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), None
    except OSError as exc:
        # Not set aside: a file we cannot read we cannot move either. Locked until the owner fixes it.
        log.warning("settings file %s unreadable: %s", path, exc)
        return Settings(owner_pin_hash=PIN_LOCKED), (
            "The settings file could not be read; the terminal is using the default settings and keeps "
            "Settings locked."
        )
    except UnicodeDecodeError as exc:
        log.warning("settings file %s unreadable: %s", path, exc)
        return _damaged(path, "", UNREADABLE)
    try:
        data = json.loads(text)
    except ValueError as exc:
        log.warning("settings file %s is not valid JSON: %s", path, exc)
        return _damaged(path, text, DAMAGED)
    if not isinstance(data, dict):
        log.warning("settings file %s holds %s, not an object", path, type(data).__name__)
        return _damaged(path, text, DAMAGED)

    values: dict[str, Any] = {}
    bad: list[str] = []
    for f in fields(Settings):
        if f.name not in data:
            continue
        if f.name == "customer":  # a section: one bad value there keeps the rest of it
            values["customer"], bad_customer = customer_settings_from_json(data["customer"])
            bad += bad_customer
            continue
        try:
            values[f.name] = _field_from_json(f.name, data[f.name])
        except (TypeError, SettingsError) as exc:
            # Never log the raw value of owner_pin_hash; other values are harmless but may be long.
            log.warning(
                "settings: %s has an unusable value (%s); using the default", f.name, exc or "wrong type"
            )
            bad.append(f.name)
    minimum, maximum = values.get("min_amount"), values.get("max_amount")
    try:
        validate_limits(minimum, maximum)
    except SettingsError:
        values.pop("min_amount", None)
        values.pop("max_amount", None)
        bad += ["min_amount", "max_amount"]
    settings = Settings(**values)
    if settings.pin_locked:
        log.warning("settings: owner_pin_hash is not a PIN hash; Settings stay locked")
    if not bad:
        return settings, (PIN_UNREADABLE if settings.pin_locked else None)
    names = ", ".join(dict.fromkeys(bad))
    return settings, QT_TRANSLATE_NOOP(
        "Settings",
        "Some settings could not be used and were set back to their defaults ({names}). Check them in Settings.",
    ).format(names=names)


PIN_UNREADABLE = (
    "The owner PIN in the settings file could not be read, so Settings stay locked. "
    "To set up again, remove the settings file and restart KuPay POS."
)
_PIN_IN_TEXT = re.compile(r'"owner_pin_hash"\s*:\s*"([^"\\]{0,300})"')


def _salvaged_pin(text: str) -> str:
    """The PIN hash a damaged file still shows, "" when it clearly had none, else PIN_LOCKED."""
    match = _PIN_IN_TEXT.search(text)
    if match is None:
        return PIN_LOCKED
    found = match.group(1)
    return found if found == "" or is_pin_hash(found) else PIN_LOCKED


def _damaged(path: Path, text: str, what: str) -> tuple[Settings, str]:
    """Defaults, but never a lost PIN: the damaged file is set aside and a fresh one keeps its PIN (or the
    locked state), so the next start cannot come up without one either."""
    settings = Settings(owner_pin_hash=_salvaged_pin(text))
    warning = _broken(path, what)
    if settings.has_owner_pin:
        try:
            save_settings(settings, path)
        except OSError as exc:
            log.warning("could not write the PIN back after a damaged settings file: %s", exc)
        warning += (
            " Settings stay locked: the owner PIN could not be read. To set up again, remove the settings "
            "file and restart KuPay POS."
            if settings.pin_locked
            else " The owner PIN was kept."
        )
    return settings, warning


def _broken(path: Path, what: str) -> str:
    """`what` is UNREADABLE or DAMAGED."""
    try:
        kept = _set_aside(path)
    except OSError as exc:
        log.warning("could not set the broken settings file aside: %s", exc)
        return QT_TRANSLATE_NOOP("Settings", "{problem}; the terminal is using the default settings.").format(
            problem=what
        )
    log.warning("broken settings file kept as %s", kept)
    return QT_TRANSLATE_NOOP(
        "Settings", "{problem}; the terminal is using the default settings. The old file was kept as {file}."
    ).format(problem=what, file=kept.name)


UNREADABLE = QT_TRANSLATE_NOOP("Settings", "The settings file could not be read")
DAMAGED = QT_TRANSLATE_NOOP("Settings", "The settings file is damaged")


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings atomically (temporary file + os.replace). Raises OSError when the disk refuses."""
    path = path or paths.settings_file()
    paths.private_dir(path.parent)
    text = json.dumps(_to_json(settings), indent=2, sort_keys=False) + "\n"
    fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    log.info("settings saved to %s", path)
    return path
