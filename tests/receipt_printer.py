"""Test doubles for receipts: a network printer on 127.0.0.1 that records what it is sent, and a reader
that turns the ESC/POS bytes back into what the paper would show (text lines, QR payloads, cuts).

The reader is written from the ESC/POS command reference and decodes text with Python's own codecs, so it
does not share tables or code with python-escpos, which produced the bytes.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field

# ESC t n -> Python codec, for the code pages python-escpos's generic profile numbers this way.
CODE_PAGES = {
    0: "cp437",
    2: "cp850",
    3: "cp860",
    4: "cp863",
    5: "cp865",
    13: "cp857",
    14: "cp737",
    15: "iso8859_7",
    16: "cp1252",
    17: "cp866",
    18: "cp852",
    19: "cp858",
    39: "iso8859_2",
    40: "iso8859_15",
    45: "cp1250",
    46: "cp1251",
    47: "cp1253",
    48: "cp1254",
}


class LoopbackPrinter:
    """A raw-port (9100-style) printer on a free 127.0.0.1 port. Each connection's bytes become one job.

    `drop_after`: hang up after receiving that many bytes of the next job (a printer switched off
    mid-receipt); `refuse`: stop listening altogether (a printer that is off).
    """

    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.drop_after: int | None = None
        self.online = True  # False: cover open / offline
        self.paper = True  # False: out of paper
        self.silent = False  # True: never answers status queries, like many cheap printers
        self._lock = threading.Lock()
        self._received = threading.Condition(self._lock)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                data = b""
                drop = self.drop_after
                self.drop_after = None
                conn.settimeout(10)
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    data += chunk
                    self._answer_status(conn, data, len(chunk))
                    if drop is not None and len(data) >= drop:
                        conn.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                        )
                        break  # closed with RST: the sender's next write fails
                if drop is None:
                    with self._received:
                        self.jobs.append(data)
                        self._received.notify_all()

    def _answer_status(self, conn: socket.socket, data: bytes, new: int) -> None:
        """Answer DLE EOT n (real-time status) found in the bytes that just arrived."""
        if self.silent:
            return
        start = max(0, len(data) - new - 2)
        at = data.find(b"\x10\x04", start)
        while at != -1 and at + 2 < len(data):
            n = data[at + 2]
            if n == 1:  # printer status: bit 3 = offline
                conn.sendall(bytes([0x12 | (0 if self.online else 0x08)]))
            elif n == 4:  # paper sensor: bits 5 and 6 = paper end
                conn.sendall(bytes([0x12 | (0 if self.paper else 0x60)]))
            at = data.find(b"\x10\x04", at + 3)

    def wait_jobs(self, count: int, timeout: float = 10.0) -> list[bytes]:
        with self._received:
            self._received.wait_for(lambda: len(self.jobs) >= count, timeout)
            return list(self.jobs)

    def stop(self) -> None:
        """The printer is switched off: nothing listens on its port any more."""
        try:
            self._server.shutdown(
                socket.SHUT_RDWR
            )  # wakes the accept() and stops listening (close alone does not)
        except OSError:
            pass
        self._server.close()
        self._thread.join(5)


@dataclass
class Paper:
    """What came out of the printer."""

    lines: list[str] = field(default_factory=list)
    big_lines: list[str] = field(default_factory=list)  # printed double size
    qr_codes: list[str] = field(default_factory=list)  # native QR payloads (GS ( k)
    images: list[tuple[int, int, bytes]] = field(default_factory=list)  # raster images: width, height, bits
    cuts: int = 0
    text_after_cut: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_escpos(data: bytes) -> Paper:
    paper = Paper()
    codec = "cp437"
    line = b""
    size = 0
    big = False
    i = 0

    pieces: list[str] = []
    while i < len(data):
        b = data[i]
        if b == 0x1B:  # ESC
            cmd = data[i + 1]
            if cmd == 0x40:  # ESC @ initialise
                i += 2
                continue
            if cmd == 0x74:  # ESC t n: code page
                pieces.append(line.decode(codec))
                line = b""
                codec = CODE_PAGES[data[i + 2]]
                i += 3
                continue
            if cmd == 0x21:  # ESC ! n: print mode (0x10 double height, 0x20 double width)
                size = data[i + 2]
                big = bool(size & 0x30)
                i += 3
                continue
            if cmd in (0x45, 0x2D, 0x4D, 0x61, 0x7B, 0x47, 0x64, 0x4A, 0x33):  # one-argument commands
                i += 3
                continue
            raise AssertionError(f"unknown ESC command {cmd:#x} at {i}")
        if b == 0x1D:  # GS
            cmd = data[i + 1]
            if cmd in (0x42, 0x62, 0x21, 0x4C, 0x57):  # GS B/b/!/L/W: one or two argument bytes
                if cmd == 0x21:
                    big = data[i + 2] != 0 or bool(size & 0x30)
                i += 4 if cmd in (0x4C, 0x57) else 3
                continue
            if cmd == 0x56:  # GS V: cut
                if line or pieces:
                    raise AssertionError("cut with text still unprinted")
                paper.cuts += 1
                i += 3 if data[i + 2] in (0, 1, 48, 49) else 4
                continue
            if cmd == 0x28 and data[i + 2] == 0x6B:  # GS ( k: 2D code
                length = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5 : i + 5 + length]
                if body[:2] == b"1P":  # store the QR data (after cn=1, fn=P, m=0)
                    paper.qr_codes.append(body[3:].decode("utf-8"))
                i += 5 + length
                continue
            if cmd == 0x76 and data[i + 2] == 0x30:  # GS v 0: raster image
                width_bytes = data[i + 4] + 256 * data[i + 5]
                height = data[i + 6] + 256 * data[i + 7]
                bits = data[i + 8 : i + 8 + width_bytes * height]
                paper.images.append((width_bytes * 8, height, bits))
                i += 8 + width_bytes * height
                continue
            raise AssertionError(f"unknown GS command {cmd:#x} at {i}")
        if b == 0x10 and data[i + 1] == 0x04:  # DLE EOT n: a status query, prints nothing
            i += 3
            continue
        if b == 0x0A:  # LF
            pieces.append(line.decode(codec))
            line = b""
            text = "".join(pieces)
            pieces = []
            paper.lines.append(text)
            if big and text.strip():
                paper.big_lines.append(text.strip())
            if paper.cuts:
                paper.text_after_cut = True
            i += 1
            continue
        if b < 0x20:
            raise AssertionError(f"unexpected control byte {b:#x} at {i}")
        line += bytes([b])
        i += 1
    if line or pieces:
        pieces.append(line.decode(codec))
        paper.lines.append("".join(pieces))
        paper.text_after_cut = paper.text_after_cut or bool(paper.cuts)
    return paper


def raster_to_image(width: int, height: int, bits: bytes):  # -> PIL.Image.Image
    """A GS v 0 raster (1 = black) as a Pillow image, for decoding a printed QR code with zxing-cpp."""
    from PIL import Image

    image = Image.frombytes("1", (width, height), bytes(255 - x for x in bits))
    return image.convert("L")
