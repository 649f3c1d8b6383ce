"""A cashier window wired to the test's sandbox over loopback, with a fast poll (shared by the UI tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pos_app.settings import Settings

TOKEN = "test-token"


def fast_settings(**changes: Any) -> Settings:
    base: dict[str, Any] = {"poll_interval": 0.1, "auto_return_seconds": 0}
    base.update(changes)
    return Settings(**base)


def sandbox_backend(
    sandbox: Any, journal_path: Path, *, create_retries: int = 2, create_read_timeout: float = 10.0
) -> Any:
    from pos_app.journal import Journal
    from pos_app.kupay.client import KuPayClient
    from pos_app.terminal import Backend

    base_url = sandbox.base_url
    return Backend(
        journal=Journal.open(journal_path),
        client=KuPayClient(
            base_url, TOKEN, retries=create_retries, backoff=0.05, read_timeout=create_read_timeout
        ),
        make_client=lambda: KuPayClient(base_url, TOKEN, retries=0, read_timeout=5.0),
    )


def open_till(
    qtbot: Any,
    sandbox: Any,
    tmp_path: Path,
    settings: Settings | None = None,
    *,
    create_read_timeout: float = 10.0,
    **kw: Any,
) -> Any:
    """A shown MainWindow ready to charge against `sandbox`; closed (threads stopped) by qtbot at teardown."""
    from PySide6.QtWidgets import QApplication

    from pos_app.ui.launch import load_theme
    from pos_app.ui.main_window import MainWindow

    QApplication.instance().setStyleSheet(load_theme())
    window = MainWindow(settings or fast_settings(), **kw)
    qtbot.addWidget(window)
    window.attach_backend(
        sandbox_backend(sandbox, tmp_path / "journal.sqlite3", create_read_timeout=create_read_timeout)
    )
    window.show()

    def active() -> bool:
        # Asked again until it holds: without a window manager (bare Xvfb) X may drop a focus request
        # whose timestamp is older than the last focus change, e.g. a closed window's from the test before.
        window.activateWindow()
        return QApplication.activeWindow() is window

    qtbot.waitUntil(active, timeout=5000)
    qtbot.waitUntil(lambda: window.settled, timeout=5000)  # F11 and the rest come just after the first frame
    return window


def type_keys(qtbot: Any, window: Any, text: str) -> None:
    """Type as a cashier does: into whatever has the keyboard (the amount, without clicking first)."""
    from PySide6.QtWidgets import QApplication

    target = QApplication.focusWidget() or window
    qtbot.keyClicks(target, text)


def press(qtbot: Any, window: Any, key: Any) -> None:
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or window, key)


def wait_for_waiting(qtbot: Any, window: Any, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: window.flow.state == "waiting", timeout=timeout)


def charge(qtbot: Any, window: Any, amount: str = "12.50") -> dict[str, Any]:
    """Type an amount, press Enter, wait for the QR; returns the flow's sale."""
    from PySide6.QtCore import Qt

    type_keys(qtbot, window, amount)
    press(qtbot, window, Qt.Key.Key_Return)
    wait_for_waiting(qtbot, window)
    return window.flow.sale


def to_pil(image: Any) -> Any:
    """A QImage as a greyscale PIL image, as zxing-cpp reads it."""
    from PIL import Image
    from PySide6.QtGui import QImage

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    return Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)


def decode(image: Any) -> list[str]:
    """Every QR code zxing-cpp finds in the image, as text."""
    import zxingcpp

    return [result.text for result in zxingcpp.read_barcodes(to_pil(image))]


def answer_pin_dialog(typed: str | None) -> None:
    """When the owner-PIN prompt opens (modal), type `typed` into it and press Continue; None: Cancel."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pos_app.ui.owner_pin import PinDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(10, answer)
            return
        if typed is None:
            dialog.reject()
        else:
            dialog.pin.setText(typed)
            dialog.check()

    QTimer.singleShot(0, answer)
