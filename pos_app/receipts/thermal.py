"""ESC/POS thermal printers through python-escpos: the receipt's lines become the printer's commands.

The commands are composed first on python-escpos's in-memory `Dummy` printer (nothing can fail or hang
there), then sent in one write to the real connection, so a printer that goes away mid-receipt fails one
write, and the next try sends the whole receipt again.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import unicodedata
from typing import Any

from pos_app.receipts.content import COLUMNS, Line, QrLine, Style
from pos_app.receipts.target import PrinterError, PrinterKind, PrinterTarget
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STATUS_WAIT = 1.0  # seconds a network printer gets to report its status; silent printers print regardless
OFFLINE = QT_TRANSLATE_NOOP(
    "Receipt", "The receipt printer is offline — check its cover is closed and it has paper"
)
NO_PAPER = QT_TRANSLATE_NOOP(
    "Receipt", "The receipt printer is out of paper — put in a new roll and press Retry"
)
DOTS = {"58mm": 384, "80mm": 576}  # printable dots per line of common 58/80 mm heads (203 dpi)


def _escpos_profile(name: str) -> str:
    return name or "default"


def columns_for(paper: str, profile: str = "") -> int:
    """Characters per line: the printer model's own font A when a profile is chosen, else the paper's."""
    if profile:
        from escpos.capabilities import get_profile

        try:
            return int(get_profile(profile).get_columns("a"))
        except (KeyError, ValueError, AssertionError):
            log.warning("printer profile %s has no column count; using the paper's", profile)
    return COLUMNS.get(paper, COLUMNS["80mm"])


def printable(text: str, encoder: Any) -> str:
    """`text` with every character the printer can print as is; others degrade readably.

    python-escpos switches code pages for anything one of the printer's pages has (é, ß, Ж, α...); a character
    no page has loses its accents (ő → o) or becomes "?". Never raw UTF-8 or GB18030 bytes, which a printer
    without those fonts turns into garbage.
    """
    out = []
    for char in text.replace("\xa0", " "):
        if ord(char) < 32 or ord(char) == 127:
            out.append("?")  # never a command byte inside text (content.visible() already sees to it)
            continue
        if ord(char) < 128 or encoder.find_suitable_encoding(char):
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode()
        out.append(base or "?")
    return "".join(out)


def render(lines: list[Line | QrLine], *, paper: str = "80mm", profile: str = "") -> bytes:
    """The ESC/POS commands that print `lines` and cut the paper."""
    from escpos.constants import QR_ECLEVEL_M
    from escpos.printer import Dummy

    printer = Dummy(profile=_escpos_profile(profile))
    native_qr = bool(printer.profile.supports("qrCode"))
    printer.hw("INIT")
    for line in lines:
        if isinstance(line, QrLine):
            printer.set_with_default(align="center")
            if native_qr:
                printer.qr(line.data, ec=QR_ECLEVEL_M, size=6, native=True)
                printer.ln()
            else:  # drawn by qrcode + Pillow and sent as a raster image
                module = max(2, min(6, DOTS.get(paper, 384) // 80))
                # python-escpos print()s a centring note for profiles without a paper width: keep stdout clean
                # (`kupay-pos receipt` writes its answer there); alignment comes from ESC a above.
                with contextlib.redirect_stdout(io.StringIO()):
                    printer.qr(line.data, ec=QR_ECLEVEL_M, size=module, native=False)
            continue
        double = line.style.double
        printer.set_with_default(
            align=line.align.value,
            bold=line.style is not Style.NORMAL,
            double_width=double,
            double_height=double,
            invert=line.style is Style.BANNER,
        )
        printer.textln(printable(line.text, printer.magic.encoder))
    printer.set_with_default()
    printer.cut()
    return bytes(printer.output)


def _device(target: PrinterTarget, timeout: float) -> Any:
    from escpos import printer as escpos_printer

    kind = target.kind
    if kind is PrinterKind.TCP:
        return escpos_printer.Network(target.host, target.port, timeout=timeout)
    if kind is PrinterKind.USB:
        return escpos_printer.Usb(target.vendor_id, target.product_id, timeout=int(timeout * 1000))
    if kind is PrinterKind.SERIAL:
        return escpos_printer.Serial(target.path, baudrate=target.baudrate, timeout=timeout)
    if kind is PrinterKind.FILE:
        # python-escpos opens the path for writing, which would create a plain file for a mistyped device
        # (or an unplugged USB printer's /dev/usb/lp0): receipts would vanish into it, reported as printed.
        if not os.path.exists(target.path):
            raise PrinterError(
                QT_TRANSLATE_NOOP(
                    "Receipt", "There is no printer at {path} — check it is plugged in and switched on"
                ).format(path=target.path)
            )
        return escpos_printer.File(target.path)
    if kind is PrinterKind.CUPS:
        return escpos_printer.LP(target.name)
    if kind is PrinterKind.WIN32:
        return escpos_printer.Win32Raw(target.name)
    raise ValueError(f"{kind} is not an ESC/POS printer")


def _check_network_printer(device: Any) -> bool:
    """Ask a network printer for its real-time status (DLE EOT): False when it does not answer (many
    do not); raises PrinterError when it is offline (cover open) or out of paper, ConnectionError when it
    hung up (switched off mid-receipt)."""
    from escpos.constants import RT_MASK_ONLINE, RT_STATUS_ONLINE

    connection = device.device
    previous = connection.gettimeout()
    connection.settimeout(STATUS_WAIT)
    try:
        status = device.query_status(RT_STATUS_ONLINE)
        if not status:
            raise ConnectionResetError("the printer closed the connection")
        if status[0] & RT_MASK_ONLINE:
            raise PrinterError(OFFLINE)
        if device.paper_status() == 0:
            raise PrinterError(NO_PAPER)
        return True
    except TimeoutError:
        return False
    finally:
        connection.settimeout(previous)


def send(target: PrinterTarget, data: bytes, timeout: float) -> None:
    """Open the printer, write the receipt, close. Raises PrinterError, python-escpos's errors or OSError.

    A network printer that reports its status is asked before (paper, cover) and after the receipt (still
    there: a printer switched off mid-receipt is noticed, and Retry prints the whole receipt again).
    """
    device = _device(target, timeout)
    try:
        device.open()
        reports = target.kind is PrinterKind.TCP and _check_network_printer(device)
        device._raw(data)  # one write of the composed commands (python-escpos's device-level call)
        if reports:
            _check_network_printer(device)
    finally:
        try:
            device.close()
        except Exception as exc:  # noqa: BLE001 - the write already succeeded or failed: keep that answer
            log.info("closing %s: %r", target.describe(), exc)
