"""The owner's receipt settings: which printer, when to print, and the shop's lines on every receipt.

One value inside `Settings` (`settings.receipts`), stored as one JSON object in the settings file, so the
receipt fields keep to themselves. Validation gives one sentence per problem, like the rest of the settings.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from pos_app.wording import QT_TRANSLATE_NOOP

PAPERS: tuple[str, ...] = ("80mm", "58mm", "A4", "Letter")
MAX_SHOP_LINES = 4
MAX_LINE = 64
MAX_SHOP_NAME = 40


class ReceiptSettingsError(ValueError):
    """A receipt setting the owner typed cannot be used; str() is one sentence saying why."""


@dataclass(frozen=True)
class ReceiptSettings:
    printer: str = ""  # a printer URI (see receipts.target); empty = this terminal prints no receipts
    print_when_paid: bool = False
    paper: str = "80mm"  # roll width for thermal printers; A4/Letter or a roll for the system printer/PDF
    profile: str = ""  # python-escpos printer profile (code pages, native QR); empty = a generic printer
    shop_name: str = ""
    header: tuple[str, ...] = ()  # up to 4 lines under the shop name (address, tax number...)
    footer: tuple[str, ...] = ()  # up to 4 lines at the bottom ("Thank you!")
    qr_code: bool = True  # a QR code the customer scans to look the payment up

    def to_json(self) -> dict[str, Any]:
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v for f in fields(self)}

    @classmethod
    def from_json(cls, raw: Any) -> ReceiptSettings:
        """Read the stored object; a value that cannot be used keeps its default. Raises TypeError for a
        value that is not an object at all."""
        if not isinstance(raw, dict):
            raise TypeError
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            try:
                values[f.name] = _field(f.name, raw[f.name])
            except (TypeError, ReceiptSettingsError):
                continue
        return cls(**values)


def _field(name: str, raw: Any) -> Any:
    if name in ("print_when_paid", "qr_code"):
        if not isinstance(raw, bool):
            raise TypeError
        return raw
    if name in ("header", "footer"):
        if not isinstance(raw, list | tuple) or not all(isinstance(x, str) for x in raw):
            raise TypeError
        return validate_shop_lines("\n".join(raw))
    if not isinstance(raw, str):
        raise TypeError
    if name == "printer":
        from pos_app.receipts.target import PrinterError, parse_printer_uri

        if raw.strip():
            try:
                parse_printer_uri(raw)
            except PrinterError as exc:
                raise ReceiptSettingsError(str(exc)) from None
        return raw.strip()
    if name == "paper":
        return validate_paper(raw)
    if name == "profile":
        # Checked against python-escpos's list in the dialog: loading that list here would slow every start.
        return " ".join(raw.split())[:MAX_SHOP_NAME]
    if name == "shop_name":
        return validate_shop_name(raw)
    raise TypeError


def validate_paper(text: str) -> str:
    if text not in PAPERS:
        raise ReceiptSettingsError(
            QT_TRANSLATE_NOOP("ReceiptSettings", "Choose the paper: {papers}.").format(
                papers=", ".join(PAPERS)
            )
        )
    return text


def validate_profile(text: str) -> str:
    name = text.strip()
    if name and name not in printer_profiles():
        raise ReceiptSettingsError(
            QT_TRANSLATE_NOOP(
                "ReceiptSettings", "“{name}” is not a printer model python-escpos knows; leave it empty."
            ).format(name=name)
        )
    return name


def validate_shop_name(text: str) -> str:
    name = " ".join(text.split())
    if len(name) > MAX_SHOP_NAME:
        raise ReceiptSettingsError(
            QT_TRANSLATE_NOOP("ReceiptSettings", "The shop name can have at most {count} characters.").format(
                count=MAX_SHOP_NAME
            )
        )
    return name


def validate_shop_lines(text: str) -> tuple[str, ...]:
    """Header or footer lines, one per line of text; empty lines at the ends are dropped."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if len(lines) > MAX_SHOP_LINES:
        raise ReceiptSettingsError(
            QT_TRANSLATE_NOOP("ReceiptSettings", "A receipt has room for at most {count} lines here.").format(
                count=MAX_SHOP_LINES
            )
        )
    if any(len(line) > MAX_LINE for line in lines):
        raise ReceiptSettingsError(
            QT_TRANSLATE_NOOP("ReceiptSettings", "Each line can have at most {count} characters.").format(
                count=MAX_LINE
            )
        )
    return tuple(lines)


def printer_profiles() -> list[str]:
    """The printer models python-escpos describes (code pages, fonts, native QR), read from its data file."""
    from escpos import capabilities

    return sorted(name for name in capabilities.CAPABILITIES["profiles"] if name != "default")
