"""The customer's side of the counter, without Qt: what the customer display shows, and where it goes.

- `CustomerSettings`: the owner's choices (Settings › Customer display and sounds), read tolerantly from
  the settings file.
- `customer_face(state, sale)`: what the customer sees at each moment of the cashier's sale flow. The
  display derives it from the flow's own state and sale, so it can never show an older sale than the
  cashier's screen does.
- `place_display(...)`: which screen the display goes to. A screen is remembered by its name *and*
  geometry, never by its index (indexes change when a monitor is plugged in or out).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pos_app.wording import QT_TRANSLATE_NOOP

# The settings file loads this module before the window is shown: the face's imports wait until a sale.
if TYPE_CHECKING:
    from pos_app.sale import Sale

# --- settings --------------------------------------------------------------------------------------------

DISPLAY_MODES = ("off", "window", "screen")
UNPLUGGED_CHOICES = ("window", "hide")
MAX_WELCOME = 120
VOLUME_RANGE = (0, 100)
# Shown in the customer's language while the owner keeps it; a line the owner typed is shown as typed.
DEFAULT_WELCOME = QT_TRANSLATE_NOOP("CustomerDisplay", "Your total will appear here")


@dataclass(frozen=True)
class CustomerSettings:
    display: str = "off"  # off | window | screen
    screen_name: str = ""  # the chosen screen, as the system names it ("HDMI-1", "\\.\DISPLAY2")
    screen_geometry: tuple[int, int, int, int] | None = None  # x, y, width, height when it was chosen
    when_unplugged: str = "window"  # window | hide
    # The shop's name on the idle screen is the receipts' one (Settings › Receipts): one name, one place.
    welcome: str = DEFAULT_WELCOME
    logo_path: str = ""  # a PNG or SVG the owner picked; empty = no logo
    sounds: bool = False  # off by default: a sound that surprises a shop is worse than none
    volume: int = 60  # percent
    language: str = ""  # the customer's language (a tourist shop); empty = the till's


def customer_settings_to_json(settings: CustomerSettings) -> dict[str, Any]:
    data: dict[str, Any] = {f.name: getattr(settings, f.name) for f in fields(CustomerSettings)}
    geometry = settings.screen_geometry
    data["screen_geometry"] = list(geometry) if geometry is not None else None
    return data


def _one_line(value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise TypeError
    # One line of plain text: a hand-edited file must not stretch the customer's screen.
    return " ".join(value.split())[:limit]


def customer_settings_from_json(raw: object) -> tuple[CustomerSettings, list[str]]:
    """The section from the settings file, and the names of values that could not be used (defaults kept)."""
    if not isinstance(raw, dict):
        return CustomerSettings(), ["customer"]
    values: dict[str, Any] = {}
    bad: list[str] = []
    for name, value in raw.items():
        try:
            values[name] = _customer_field(name, value)
        except (TypeError, ValueError):
            bad.append(f"customer.{name}")
        except KeyError:
            continue  # an unknown key (a newer version): ignored, like the rest of the file
    return CustomerSettings(**values), bad


def _customer_field(name: str, value: object) -> Any:
    if name == "display":
        if value not in DISPLAY_MODES:
            raise ValueError
        return value
    if name == "when_unplugged":
        if value not in UNPLUGGED_CHOICES:
            raise ValueError
        return value
    if name == "screen_name":
        return _one_line(value, 200)
    if name == "screen_geometry":
        if value is None:
            return None
        if not (isinstance(value, list) and len(value) == 4):
            raise TypeError
        if any(isinstance(v, bool) or not isinstance(v, int) for v in value):
            raise TypeError
        if value[2] <= 0 or value[3] <= 0:
            raise ValueError
        return (value[0], value[1], value[2], value[3])
    if name == "welcome":
        line = _one_line(value, MAX_WELCOME)
        return DEFAULT_WELCOME if line == DEFAULT_WELCOME else line
    if name == "language":
        from pos_app.languages import LANGUAGES

        if not isinstance(value, str):
            raise TypeError
        if value and value not in LANGUAGES:
            raise ValueError
        return value
    if name == "logo_path":
        if not isinstance(value, str):
            raise TypeError
        return value.strip()
    if name == "sounds":
        if not isinstance(value, bool):
            raise TypeError
        return value
    if name == "volume":
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError
        if not VOLUME_RANGE[0] <= value <= VOLUME_RANGE[1]:
            raise ValueError
        return value
    raise KeyError(name)


# --- what the customer sees ------------------------------------------------------------------------------


class Face(enum.Enum):
    IDLE = "idle"  # the shop's name and a welcome line
    PREPARING = "preparing"  # the cashier is creating the payment (or sorting out a problem)
    PAY = "pay"  # amount, QR code, one line
    PAID = "paid"  # green, ✓, thank you
    NOT_PAID = "not_paid"  # calm, never a red alarm in the customer's face


PAY_LINE = QT_TRANSLATE_NOOP("CustomerDisplay", "Scan with your crypto wallet to pay")
PREPARING_LINE = QT_TRANSLATE_NOOP("CustomerDisplay", "One moment, please…")
PAID_LINE = QT_TRANSLATE_NOOP("CustomerDisplay", "Thank you — paid")

_NOT_PAID_LINES = {  # PaymentState values
    "cancelled": QT_TRANSLATE_NOOP("CustomerDisplay", "This payment was cancelled"),
    "expired": QT_TRANSLATE_NOOP(
        "CustomerDisplay", "This payment has expired. If you have already paid, please tell the cashier."
    ),
    "refunded": QT_TRANSLATE_NOOP("CustomerDisplay", "This payment was refunded"),
}
NOT_PAID_LINE = QT_TRANSLATE_NOOP("CustomerDisplay", "This payment did not go through")


@dataclass(frozen=True)
class CustomerFace:
    face: Face
    line: str = ""
    amount: str = ""  # formatted in the currency's own way, e.g. "$12.50", "¥1,200"
    pay_url: str = ""  # only on PAY
    created_at: datetime | None = None  # only on PAY: for the time left near expiry
    sale_id: str = ""

    @property
    def announcement(self) -> str:
        """What a screen reader says when this face appears ("" for faces that need no announcement).

        A Sentence: the display says it in the customer's language, its line included."""
        if self.face is Face.PAID:
            return QT_TRANSLATE_NOOP("CustomerDisplay", "Paid {amount}. Thank you.").format(
                amount=self.amount
            )
        if self.face is Face.NOT_PAID:
            return QT_TRANSLATE_NOOP("CustomerDisplay", "Not paid: {amount}. {line}.").format(
                amount=self.amount, line=self.line
            )
        if self.face is Face.PAY:
            return QT_TRANSLATE_NOOP("CustomerDisplay", "Amount to pay {amount}. {line}.").format(
                amount=self.amount, line=self.line
            )
        return ""


IDLE_FACE = CustomerFace(Face.IDLE)
PREPARING_FACE = CustomerFace(Face.PREPARING, PREPARING_LINE)


def customer_face(flow_state: str, sale: Sale | None) -> CustomerFace:
    """What the customer display shows while the cashier's flow is in `flow_state` with `sale`.

    The flow's states: entering, creating, failed, waiting, stopped, result. Anything else (a state added
    later) shows the idle face rather than a stale QR code.
    """
    if sale is None or flow_state == "entering":
        return PREPARING_FACE if flow_state == "creating" else IDLE_FACE
    from pos_app.kupay.status import normalise
    from pos_app.money import format_amount  # Babel: loaded after the window is up, not with the settings
    from pos_app.sale import SaleState

    amount = format_amount(sale.amount, sale.currency)
    if flow_state == "waiting" and sale.pay_url:
        return CustomerFace(Face.PAY, PAY_LINE, amount, sale.pay_url, sale.created_at, sale.id)
    if flow_state in ("creating", "failed", "stopped"):
        return CustomerFace(Face.PREPARING, PREPARING_LINE, amount, sale_id=sale.id)
    if flow_state == "result" and sale.state is SaleState.PAID:
        return CustomerFace(Face.PAID, PAID_LINE, amount, sale_id=sale.id)
    if flow_state == "result" and sale.state is SaleState.UNPAID:
        line = _NOT_PAID_LINES.get(normalise(sale.status_word).value, NOT_PAID_LINE)
        return CustomerFace(Face.NOT_PAID, line, amount, sale_id=sale.id)
    return IDLE_FACE


# --- where it goes ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int

    @property
    def geometry(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)

    def describe(self) -> str:
        """How the owner sees it in Settings: "HDMI-1 — 1024 × 768"."""
        return f"{self.name or 'Unnamed screen'} — {self.width} × {self.height}"


class Where(enum.Enum):
    HIDDEN = "hidden"
    WINDOW = "window"  # a normal window on the cashier's screen
    SCREEN = "screen"  # full screen on `Placement.screen`


@dataclass(frozen=True)
class Placement:
    where: Where
    screen: ScreenInfo | None = None
    missing: bool = False  # the owner's screen is not connected: the cashier gets a discreet notice


def match(screen: ScreenInfo, name: str, geometry: tuple[int, int, int, int] | None) -> int:
    """How surely `screen` is the remembered one: 3 same name and geometry; 2 same name (its resolution
    changed); 1 same geometry under a new name (the same monitor on another port); 0 not it."""
    same_name = bool(name) and screen.name == name
    if same_name and (geometry is None or screen.geometry == geometry):
        return 3
    if same_name:
        return 2
    return 1 if geometry is not None and screen.geometry == geometry else 0


def find_screen(
    screens: list[ScreenInfo], name: str, geometry: tuple[int, int, int, int] | None
) -> ScreenInfo | None:
    """The remembered screen among `screens` (the surest match, the first of equals). Never by index."""
    best = max(screens, key=lambda s: match(s, name, geometry), default=None)
    return best if best is not None and match(best, name, geometry) else None


def place_display(
    mode: str,
    screens: list[ScreenInfo],
    cashier: ScreenInfo | None,
    *,
    screen_name: str = "",
    screen_geometry: tuple[int, int, int, int] | None = None,
    when_unplugged: str = "window",
) -> Placement:
    """Where the customer display goes.

    mode: off | window | screen (the remembered `screen_name`/`screen_geometry`) | auto (the first screen
    that is not the cashier's; with one screen, a window). A full-screen display never covers the cashier's
    own screen: chosen there, it is a window.
    """
    if mode == "off":
        return Placement(Where.HIDDEN)
    if mode == "window":
        return Placement(Where.WINDOW)
    others = [s for s in screens if cashier is None or s != cashier]
    if mode == "auto":
        return Placement(Where.SCREEN, others[0]) if others else Placement(Where.WINDOW)
    # Chosen by name on the till's own screen: a window, as full screen would hide the till.
    if cashier is not None and match(cashier, screen_name, screen_geometry) >= max(
        [2, *(match(s, screen_name, screen_geometry) for s in others)]
    ):
        return Placement(Where.WINDOW)
    found = find_screen(others, screen_name, screen_geometry)
    if found is not None:
        return Placement(Where.SCREEN, found)
    fallback = Where.HIDDEN if when_unplugged == "hide" else Where.WINDOW
    return Placement(fallback, missing=True)
