"""The customer display: a window of its own, on the screen the owner chose, following the cashier's sale.

`CustomerDisplay` subscribes to the sale flow (`state_changed`) and renders `customer_face(flow.state,
flow.sale)` — the flow's own state and sale, so the customer sees the same sale at the same moment, and an
older sale's QR code is gone the instant the flow moves on. It also keeps the window where it belongs when
monitors come and go (`screenAdded`, `screenRemoved`, a screen's geometry changing).

Qt pitfalls handled here: a window is put on its screen *before* it is shown full screen (otherwise it goes
full screen on the primary), and full screen is re-applied after every move (a full-screen window moved to
another screen keeps the old screen's size).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QImage, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pos_app.customer import (
    CustomerSettings,
    Placement,
    ScreenInfo,
    Where,
    customer_face,
    place_display,
)
from pos_app.ports import Tasks
from pos_app.ui.customer_view import CustomerView
from pos_app.ui.i18n import say
from pos_app.wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pos_app.ui.sale_flow import SaleFlow

log = logging.getLogger(__name__)

# Not "… KuPay POS": tools that look for the till's window by that title must not find this one.
WINDOW_TITLE = QT_TRANSLATE_NOOP("CustomerDisplay", "Customer display")


def screen_info(screen: QScreen) -> ScreenInfo:
    g = screen.geometry()
    return ScreenInfo(screen.name(), g.x(), g.y(), g.width(), g.height())


def connected_screens() -> list[ScreenInfo]:
    return [screen_info(s) for s in QGuiApplication.screens()]


def _qscreen(info: ScreenInfo) -> QScreen | None:
    for screen in QGuiApplication.screens():
        if screen_info(screen) == info:
            return screen
    return None


class CustomerWindow(QWidget):
    """A plain top-level window holding the customer view: no controls, no owner toolbar."""

    def __init__(self) -> None:
        # Not a window that takes focus: a customer tapping a touch monitor leaves the keyboard with the cashier.
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("customerWindow")
        self.setWindowTitle(say(WINDOW_TITLE))
        self.setAccessibleName(say(WINDOW_TITLE))
        # An explicit minimum: otherwise the view's size-dependent layout changes the window's minimum on
        # every resize, and each change is sent to the window system (offscreen Qt warns about it).
        self.setMinimumSize(320, 240)
        self.view = CustomerView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        # The cashier keeps typing on their own window: the customer's window never takes the keyboard.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.closed_by_hand = False

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed with its title bar's ✕ (window mode): stays closed until the owner changes the setting.
        self.closed_by_hand = True
        super().closeEvent(event)


class CustomerDisplay(QObject):
    """Places the customer window and feeds it the flow's sale. `notice` carries a sentence for the cashier."""

    notice = Signal(str)

    def __init__(
        self,
        flow: SaleFlow,
        cashier: QWidget,
        settings: CustomerSettings,
        *,
        shop_name: str = "",
        override: str | None = None,
        tasks: Tasks | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._flow = flow
        self._cashier = cashier
        self._settings = settings
        self._override = override  # --customer-display auto | window | off | NAME
        self._tasks = tasks
        self._placement: Placement | None = None
        self._logo_path = ""
        self.window = CustomerWindow()
        self.view = self.window.view
        self.view.set_shop(shop_name, settings.welcome)
        self.view.set_language(settings.language)
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(0)  # several screen signals in a row: place once, after them
        self._place_timer.timeout.connect(self.place)

        flow.state_changed.connect(self.follow_flow)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)
        for screen in QGuiApplication.screens():
            self._watch(screen)
        handle = cashier.windowHandle()
        if handle is not None:  # the till dragged onto the customer's screen: never cover it
            handle.screenChanged.connect(self._schedule_place)
        self._load_logo(settings.logo_path)
        self.follow_flow()
        self.place()

    # --- the sale --------------------------------------------------------------------------------------
    def follow_flow(self, _state: str = "") -> None:
        self.view.set_face(customer_face(self._flow.state, self._flow.sale))

    # --- settings --------------------------------------------------------------------------------------
    def set_settings(self, settings: CustomerSettings, shop_name: str = "") -> None:
        changed_place = (settings.display, settings.screen_name, settings.screen_geometry) != (
            self._settings.display,
            self._settings.screen_name,
            self._settings.screen_geometry,
        ) or settings.when_unplugged != self._settings.when_unplugged
        self._settings = settings
        if changed_place:
            self._override = None  # the owner just chose in Settings: that wins over the command line
            self.window.closed_by_hand = False
        self.view.set_shop(shop_name, settings.welcome)
        self.view.set_language(settings.language)
        self._load_logo(settings.logo_path)
        self.place()

    def _load_logo(self, path: str) -> None:
        if path == self._logo_path:
            return
        self._logo_path = path
        if not path:
            self.view.set_logo(None)
            return

        def read() -> QImage:  # QImage (unlike QPixmap) may be made off the UI thread
            image = QImage(path)
            if image.isNull():
                raise OSError(f"cannot read the logo {path}")
            return image

        def loaded(image: QImage) -> None:
            if path == self._logo_path:  # the owner may have picked another logo meanwhile
                self.view.set_logo(image)

        def failed(exc: BaseException) -> None:
            log.warning("logo not shown: %s", exc)
            if path != self._logo_path:
                return
            self.view.set_logo(None)
            self.notice.emit(
                self.tr("The shop logo could not be read; the customer display shows the shop name only.")
            )

        if self._tasks is None:
            try:
                loaded(read())
            except OSError as exc:
                failed(exc)
            return
        self._tasks.run(read, loaded, failed)

    # --- where the window goes ---------------------------------------------------------------------------
    def _mode(self) -> tuple[str, str, tuple[int, int, int, int] | None]:
        override = self._override
        if override in ("auto", "window", "off"):
            return override, "", None
        if override:
            return "screen", override, None  # a screen named on the command line
        s = self._settings
        return s.display, s.screen_name, s.screen_geometry

    def placement(self) -> Placement | None:
        return self._placement

    def place(self) -> None:
        """Put the window where the settings say, given the screens connected now."""
        mode, name, geometry = self._mode()
        cashier_screen = self._cashier.screen()
        cashier = screen_info(cashier_screen) if cashier_screen is not None else None
        placement = place_display(
            mode,
            connected_screens(),
            cashier,
            screen_name=name,
            screen_geometry=geometry,
            when_unplugged=self._settings.when_unplugged,
        )
        before = self._placement
        self._placement = placement
        self._tell(before, placement, name)
        window = self.window
        if placement.where is Where.HIDDEN or window.closed_by_hand:
            window.hide()
            return
        if placement.where is Where.SCREEN:
            assert placement.screen is not None
            self._show_full_screen_on(placement.screen)
            return
        self._show_window_beside_cashier(cashier_screen)

    def _show_full_screen_on(self, info: ScreenInfo) -> None:
        screen = _qscreen(info)
        if screen is None:
            return
        window = self.window
        geometry = screen.geometry()
        if window.isFullScreen() and window.screen() is screen and window.geometry() == geometry:
            return
        if window.isFullScreen():
            window.showNormal()  # leave full screen before the move; re-applied below
        window.setScreen(screen)  # before showFullScreen(), or it goes full screen on the primary screen
        window.setGeometry(geometry)
        # Not showFullScreen(): it also activates the window, and the cashier's next keys went to the customer.
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        window.show()
        window.setGeometry(geometry)  # some window managers keep the old screen's size: insist

    def _show_window_beside_cashier(self, screen: QScreen | None) -> None:
        window = self.window
        if window.isFullScreen():
            window.showNormal()
        if screen is not None and window.screen() is not screen:
            window.setScreen(screen)
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)
        if not window.isVisible() or not room.intersects(window.frameGeometry()):
            width, height = min(800, room.width() * 2 // 3), min(600, room.height() * 2 // 3)
            window.setGeometry(room.right() - width - 24, room.top() + 48, width, height)
        window.show()

    def _tell(self, before: Placement | None, now: Placement, name: str) -> None:
        if now.missing and (before is None or not before.missing):
            screen = name or self.tr("chosen screen")
            if now.where is Where.WINDOW:
                text = self.tr(
                    "The customer display's screen ({screen}) is not connected: it is in a window here."
                )
            else:
                text = self.tr(
                    "The customer display's screen ({screen}) is not connected: it is hidden until it is back."
                )
            self.notice.emit(text.format(screen=screen))
        elif before is not None and before.missing and now.where is Where.SCREEN and now.screen is not None:
            self.notice.emit(
                self.tr("The customer display is back on its screen ({screen}).").format(
                    screen=now.screen.name
                )
            )

    # --- hot-plug ------------------------------------------------------------------------------------------
    def _watch(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._schedule_place)

    def _screen_added(self, screen: QScreen) -> None:
        self._watch(screen)
        self._schedule_place()

    def _screen_removed(self, _screen: QScreen) -> None:
        self._schedule_place()

    def _schedule_place(self, *_args: object) -> None:
        self._place_timer.start()

    def close(self) -> None:
        self._place_timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for signal, slot in (
                (app.screenAdded, self._screen_added),
                (app.screenRemoved, self._screen_removed),
            ):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.window.close()
        self.window.deleteLater()
