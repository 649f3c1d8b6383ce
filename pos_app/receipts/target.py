"""Where a receipt goes, as one printer URI for Settings, scripts and kiosks.

tcp://HOST[:PORT]                      an ESC/POS printer on the network (raw port 9100 by default)
usb://VID:PID                          an ESC/POS printer on USB (hex vendor and product ids)
serial:///dev/ttyUSB0?baudrate=9600    an ESC/POS printer on a serial port (COM3 on Windows)
file:///dev/usb/lp0                    an ESC/POS printer behind a device file
cups://QUEUE                           an ESC/POS printer behind a raw CUPS/lp queue
win32://PRINTER NAME                   an ESC/POS printer through the Windows spooler (raw)
system://PRINTER NAME                  the system printer (drawn by Qt; empty name = the default printer)
pdf:///FOLDER                          one PDF file per receipt in a folder
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

from pos_app.wording import QT_TRANSLATE_NOOP

DEFAULT_TCP_PORT = 9100
SERIAL_BAUDRATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class PrinterError(Exception):
    """A printer problem; str() is one sentence for the cashier (what happened, what to do)."""


class PrinterKind(enum.Enum):
    TCP = "tcp"
    USB = "usb"
    SERIAL = "serial"
    FILE = "file"
    CUPS = "cups"
    WIN32 = "win32"
    SYSTEM = "system"
    PDF = "pdf"

    @property
    def is_thermal(self) -> bool:
        """ESC/POS printers, driven by python-escpos; the others are drawn as a page by Qt."""
        return self not in (PrinterKind.SYSTEM, PrinterKind.PDF)


@dataclass(frozen=True)
class PrinterTarget:
    kind: PrinterKind
    host: str = ""  # tcp
    port: int = 0  # tcp
    vendor_id: int = 0  # usb
    product_id: int = 0  # usb
    path: str = ""  # serial device, file device, pdf folder
    baudrate: int = 9600  # serial
    name: str = ""  # cups queue, win32 / system printer name
    uri: str = ""  # as the owner typed it (shown in messages and kept in the journal)

    def describe(self) -> str:
        """A short name for the owner: "network printer 192.168.1.50", "PDF folder /srv/receipts"."""
        return {
            PrinterKind.TCP: f"network printer {self.host}:{self.port}",
            PrinterKind.USB: f"USB printer {self.vendor_id:04x}:{self.product_id:04x}",
            PrinterKind.SERIAL: f"serial printer on {self.path}",
            PrinterKind.FILE: f"printer at {self.path}",
            PrinterKind.CUPS: f"printer queue {self.name}",
            PrinterKind.WIN32: f"printer {self.name}",
            PrinterKind.SYSTEM: f"printer {self.name}" if self.name else "the default printer",
            PrinterKind.PDF: f"PDF folder {self.path}",
        }[self.kind]


_KNOWN = "tcp://, usb://, serial://, file://, cups://, win32://, system:// or pdf://"


def _bad(uri: str, why: str) -> PrinterError:
    """`why` is a PrinterAddress phrase ("is not one KuPay POS understands…"), translated with the sentence."""
    return PrinterError(
        QT_TRANSLATE_NOOP("PrinterAddress", "The printer address “{uri}” {why}.").format(uri=uri, why=why)
    )


def _not_understood() -> str:
    return QT_TRANSLATE_NOOP(
        "PrinterAddress", "is not one KuPay POS understands: start it with {schemes}"
    ).format(schemes=_KNOWN)


def _split(uri: str, why: str) -> SplitResult:
    """urlsplit, with its ValueError (an unclosed "[" of an IPv6 address) turned into the kind's sentence."""
    try:
        return urlsplit(uri)
    except ValueError:
        raise _bad(uri, why) from None


def parse_printer_uri(text: str) -> PrinterTarget:
    """The printer a URI names. Raises PrinterError with one sentence when it names none."""
    uri = text.strip()
    if "://" not in uri:
        if re.fullmatch(
            r"[A-Za-z0-9.-]+(:[0-9]{1,5})?", uri
        ):  # a bare address: most likely a network printer
            raise _bad(
                uri,
                QT_TRANSLATE_NOOP(
                    "PrinterAddress", "needs its kind in front: for a network printer write tcp://{address}"
                ).format(address=uri),
            )
        raise _bad(uri, _not_understood())
    scheme, rest = uri.split("://", 1)
    try:
        kind = PrinterKind(scheme.lower())
    except ValueError:
        raise _bad(uri, _not_understood()) from None
    if kind is PrinterKind.TCP:
        no_printer = QT_TRANSLATE_NOOP("PrinterAddress", "names no printer: write tcp://192.168.1.50:9100")
        parts = _split(uri, no_printer)
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise _bad(
                uri, QT_TRANSLATE_NOOP("PrinterAddress", "has a port that is not a number from 1 to 65535")
            ) from None
        if not parts.hostname:
            raise _bad(uri, no_printer)
        return PrinterTarget(kind, host=parts.hostname, port=port, uri=uri)
    if kind is PrinterKind.USB:
        ids = rest.strip("/").split(":")
        try:
            vendor, product = (int(x, 16) for x in ids)
            if not (0 < vendor <= 0xFFFF and 0 < product <= 0xFFFF):
                raise ValueError
        except ValueError:
            raise _bad(
                uri,
                QT_TRANSLATE_NOOP(
                    "PrinterAddress", "needs the printer's USB ids in hex, for example usb://04b8:0202"
                ),
            ) from None
        return PrinterTarget(kind, vendor_id=vendor, product_id=product, uri=uri)
    if kind is PrinterKind.SERIAL:
        no_port = QT_TRANSLATE_NOOP(
            "PrinterAddress",
            "names no serial port: write serial:///dev/ttyUSB0?baudrate=9600 or serial://COM3",
        )
        parts = _split(uri, no_port)
        device = unquote(parts.netloc + parts.path)
        if not device:
            raise _bad(uri, no_port)
        query = parse_qs(parts.query)
        baud_text = query.get("baudrate", ["9600"])[-1]
        if not baud_text.isdigit() or int(baud_text) not in SERIAL_BAUDRATES:
            raise _bad(
                uri,
                QT_TRANSLATE_NOOP(
                    "PrinterAddress", "has a baud rate the printer cannot use: one of {rates}"
                ).format(rates=", ".join(map(str, SERIAL_BAUDRATES))),
            )
        return PrinterTarget(kind, path=device, baudrate=int(baud_text), uri=uri)
    if kind in (PrinterKind.FILE, PrinterKind.PDF):
        example = "file:///dev/usb/lp0" if kind is PrinterKind.FILE else "pdf:///home/shop/receipts"
        no_path = QT_TRANSLATE_NOOP("PrinterAddress", "needs a full path, for example {example}").format(
            example=example
        )
        path = unquote(_split(uri, no_path).path) if rest.startswith("/") else ""
        if len(path) >= 3 and path[0] == "/" and path[2] == ":":  # file:///C:/receipts on Windows
            path = path[1:]
        if not path or path == "/":
            raise _bad(uri, no_path)
        return PrinterTarget(kind, path=path, uri=uri)
    name = unquote(rest).strip().strip("/")
    if kind in (PrinterKind.CUPS, PrinterKind.WIN32) and not name:
        raise _bad(
            uri,
            QT_TRANSLATE_NOOP("PrinterAddress", "names no printer: write {scheme}://PRINTER NAME").format(
                scheme=scheme
            ),
        )
    return PrinterTarget(kind, name=name, uri=uri)
