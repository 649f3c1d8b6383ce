"""The one window: a stack of screens (setup, sale, payment, result) and a small owner toolbar.

It switches screens and opens the owner's windows; the sale itself is run by `SaleFlow`, and everything
slow (sandbox, keyring, journal, HTTP) is started off the UI thread by `start_backend()`.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import TYPE_CHECKING

# QtCore.Qt / QtCore.QEvent are looked up when used: importing the Qt namespace builds ~2,400 enum
# members (~20 ms), which the first frame does without. Qt classes the first frame does not use (message
# boxes, key sequences) are imported where they are used: PySide builds each class on first use.
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QStackedWidget, QToolBar, QVBoxLayout, QWidget

from pos_app.settings import shown_terminal_name
from pos_app.startup import DEMO_TOKEN, NeedsSetup, StartPlan, plan_start
from pos_app.ui.form import plain_label, plain_text, repolish, set_style_property
from pos_app.ui.i18n import say
from pos_app.ui.tasks import TaskRunner

# Start-up speed: only what the first frame (the keypad) needs is imported before show(); Babel (money
# formatting), the flow's screens and the network come just after it (see MainWindow._after_first_paint).
if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent, QResizeEvent, QShowEvent

    from pos_app.credentials import CredentialStore
    from pos_app.sale import Sale
    from pos_app.settings import Settings
    from pos_app.shop.queries import ShopViews
    from pos_app.shop.replication import ShopSync
    from pos_app.terminal import Backend
    from pos_app.ui.customer_side import CustomerSide
    from pos_app.ui.history_view import HistoryWindow, SaleDialog
    from pos_app.ui.notices import NoticeBar
    from pos_app.ui.payment_screen import PaymentScreen
    from pos_app.ui.receipt_desk import ReceiptDesk
    from pos_app.ui.result_screen import ResultScreen
    from pos_app.ui.resume_worker import ResumeWorker
    from pos_app.ui.sale_flow import SaleFlow
    from pos_app.ui.sale_screen import SaleScreen
    from pos_app.ui.setup_screen import SetupScreen

log = logging.getLogger(__name__)


def last_sale_text(sale: Sale) -> tuple[str, str]:
    """The cashier's "Last sale" line and its QSS state: History's words for the sale, with a sign."""
    from pos_app.flow import status_mark
    from pos_app.money import format_amount
    from pos_app.sale import status_text

    mark, tone = status_mark(sale)
    text = QCoreApplication.translate("LastSale", "Last sale: {order} · {amount} · {state}").format(
        order=sale.order_number,
        amount=format_amount(sale.amount, sale.currency),
        state=f"{mark} {say(status_text(sale))}",
    )
    return text, tone.value


class PlaceholderScreen(QWidget):
    """A message in the middle of the window (setup not available, a problem to tell the owner)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderScreen")
        self.label = plain_label(name="placeholderText")  # error texts may quote a server
        self.label.setWordWrap(True)
        # Centred by the theme (qproperty-alignment).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.label)

    def set_text(self, text: str) -> None:
        self.label.setText(text)


class MainWindow(QMainWindow):
    first_painted = Signal()  # the first frame is on screen: start what it did not need

    def __init__(
        self,
        settings: Settings,
        *,
        demo: bool = False,
        currency: str | None = None,
        tasks: TaskRunner | None = None,
        api_url: str | None = None,
        settings_warning: str | None = None,
        background_checks: bool = True,
        printer: str | None = None,
        print_when_paid: bool = False,
        customer_display: str | None = None,
        shop_db: str | None = None,
    ) -> None:
        super().__init__()
        self._receipt_overrides = (printer, print_when_paid)  # --printer, --print-when-paid
        self.receipts: ReceiptDesk | None = None
        self._background_checks = background_checks  # resume + late-payment watch (ResumeWorker)
        self.settings = settings
        self.demo = demo
        self._api_url_override = api_url  # --api-url: wins over the settings file for the whole run
        self._override_confirmed = False  # the owner PIN was given for it (asked once, at start)
        self.api_url = api_url or settings.api_url
        self._shop_db_override = shop_db  # --shop-db: wins over the settings file for the whole run
        self.tasks = tasks or TaskRunner(self)
        self.credentials: CredentialStore | None = None
        self.backend: Backend | None = None
        self._resume: ResumeWorker | None = None
        self._history: HistoryWindow | None = None
        self._last_sale_id = ""  # the sale on the cashier's "Last sale" line
        self._customer_paying = False  # creating or waiting: the QR code must stay in view
        self.sale_details: SaleDialog | None = None  # the last sale's details, once opened from that line
        self._shop_views_now: ShopViews | None = None  # see _shop_views()
        self._settings_warning = settings_warning
        self._starts = 0  # start_backend() calls so far: only the latest one's answer is used
        self._closing = False
        self._customer_display_override = customer_display  # --customer-display auto|window|off|NAME
        self._customer_side: CustomerSide | None = None
        self.setObjectName("mainWindow")
        self.setMinimumSize(640, 480)
        self._fit_to_screen()

        self.stack = QStackedWidget()
        self._placeholder: PlaceholderScreen | None = None
        central = QWidget()
        central.setObjectName("tillArea")
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        self._notices: NoticeBar | None = None  # built with the first notice: hidden while there is none
        self.setCentralWidget(central)
        self.setup_screen: SetupScreen | None = None
        self._currency = currency or settings.default_currency
        self._sale_screen: SaleScreen | None = None
        self._flow: SaleFlow | None = None
        self._payment_screen: PaymentScreen | None = None
        self._result_screen: ResultScreen | None = None
        self._build_toolbar()
        self._update_actions()
        self._update_title()
        # The first frame holds the keypad: the cashier can type the moment the window appears. The rest
        # (the flow, Babel, the QR code library, the customer display) is built once it is on screen.
        self._painted = False
        self._settled = False
        self.show_screen(self.sale_screen)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)  # once this frame is on screen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # setFocus() on a widget of a hidden window is lost: give the keyboard to the screen once shown.
        self.current_screen().setFocus()
        # A window shown but never painted (minimised at start) still gets its backend.
        QTimer.singleShot(1000, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Everything the first frame did not need, right after it is on screen: first what the launch code
        starts (first_painted: the backend, the log), then the flow's screens and the customer's side."""
        if self._settled or self._closing:  # (the fallback timer may fire after the window was closed)
            return
        self._settled = True
        self.sale_screen.complete()  # first: the "$0.00" is in view
        # A right click on the toolbar would offer to hide it: the owner's buttons must stay.
        self.toolbar.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.PreventContextMenu)
        # Set after show(): resolving setShortcut's overloads builds ~1,200 Qt enum members (~10 ms).
        from PySide6.QtGui import QKeySequence

        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
        self.first_painted.emit()
        self._ensure_flow()
        # The customer's side (display, Show to customer, sounds) comes after the till's own screens.
        QTimer.singleShot(0, self._ensure_customer_side)

    @property
    def settled(self) -> bool:
        """Everything the first frame did without is built (shortcuts, the flow's screens, the customer's side
        follows a moment later)."""
        return self._settled

    @property
    def notices(self) -> NoticeBar:
        """The notice bar under the screens (pos_app/ui/notices.py), made when first needed."""
        if self._notices is None:
            from pos_app.ui.notices import NoticeBar

            self._notices = NoticeBar()
            self._column.addWidget(self._notices)
        return self._notices

    def _ensure_customer_side(self) -> CustomerSide:
        if self._customer_side is None:
            from pos_app.ui.customer_side import CustomerSide

            settings = self.settings
            self._customer_side = CustomerSide(
                self, settings.customer, settings.receipts.shop_name, self._customer_display_override
            )
        return self._customer_side

    @property
    def customer_side(self) -> CustomerSide:
        """The customer display, Show to customer and the paid / not-paid chime (pos_app/ui/customer_side.py)."""
        return self._ensure_customer_side()

    @property
    def sale_screen(self) -> SaleScreen:
        if self._sale_screen is None:
            from pos_app.ui.sale_screen import SaleScreen

            # Made for the first frame, which it fills; Babel's formats come just after it (complete()).
            screen = SaleScreen(self._currency, cents_first=self.settings.cents_first, first_frame=True)
            screen.set_sale_limits(self.settings.all_limits())
            screen.set_blocked(self.tr("Starting…") if self.backend is None else None)
            screen.last_sale_clicked.connect(self.open_last_sale)
            self.stack.addWidget(screen)
            self._sale_screen = screen
        return self._sale_screen

    @property
    def placeholder(self) -> PlaceholderScreen:
        """The screen that says why the till cannot take payments (made when there is something to say)."""
        if self._placeholder is None:
            self._placeholder = PlaceholderScreen()
            self.stack.addWidget(self._placeholder)
        return self._placeholder

    def _ensure_flow(self) -> SaleFlow:
        if self._flow is None:
            from pos_app.ui.payment_screen import PaymentScreen
            from pos_app.ui.result_screen import ResultScreen
            from pos_app.ui.sale_flow import SaleFlow

            self._payment_screen = PaymentScreen(demo=self.demo)
            self._result_screen = ResultScreen()
            self.stack.addWidget(self._payment_screen)
            self.stack.addWidget(self._result_screen)
            flow = SaleFlow(
                self.settings,
                self.tasks,
                self.sale_screen,
                self._payment_screen,
                self._result_screen,
                self.show_screen,
                self,
            )
            flow.sale_finished.connect(self.set_last_sale)
            flow.notice.connect(self.notice)
            flow.watch_requested.connect(self._watch_late_payment)
            from pos_app.ui.receipt_desk import ReceiptDesk

            printer, auto = self._receipt_overrides
            self.receipts = ReceiptDesk(
                self.tasks, self.settings, printer=printer, print_when_paid=auto, parent=self
            )
            self.receipts.attach(flow, self._result_screen, self.notice)
            flow.state_changed.connect(self._flow_state)
            self._payment_screen.open_page_requested.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
            if self.backend is not None:
                flow.set_backend(self.backend)
            self._flow = flow
        return self._flow

    @property
    def flow(self) -> SaleFlow:
        return self._ensure_flow()

    @property
    def payment_screen(self) -> PaymentScreen:
        self._ensure_flow()
        assert self._payment_screen is not None
        return self._payment_screen

    @property
    def result_screen(self) -> ResultScreen:
        self._ensure_flow()
        assert self._result_screen is not None
        return self._result_screen

    def _fit_to_screen(self) -> None:
        """1280×800 where it fits; on a smaller screen (800×600 tills) the whole available area."""
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None or (room.width() >= 1280 and room.height() >= 800):
            self.resize(1280, 800)
        else:
            self.resize(min(1280, room.width()), min(800, room.height()))
            self.move(room.topLeft())

    # --- chrome --------------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Owner"))
        bar.setObjectName("ownerBar")
        bar.setMovable(False)
        bar.setFloatable(False)
        self.brand = QLabel("KuPay POS")
        self.brand.setObjectName("brand")
        self._brand_action = bar.addWidget(self.brand)  # a toolbar shows or hides a widget by its action
        self.demo_badge = QLabel(self.tr("DEMO · no real money"))
        self.demo_badge.setToolTip(
            self.tr("Payments go to the built-in sandbox inside this app; nothing is charged.")
        )
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setVisible(self.demo)
        bar.addWidget(self.demo_badge)
        # Whoever reads the till can see that payments (and the token) go somewhere other than KuPay.
        self.api_badge = QLabel()
        self.api_badge.setObjectName("apiBadge")
        self.api_badge.setToolTip(self.tr("Payments and the API token go to this address, not KuPay's own."))
        self._api_badge_action = bar.addWidget(self.api_badge)  # a toolbar widget is shown via its action
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)

        def action(text: str, slot: Callable[[], object], tip: str) -> QAction:
            act = QAction(self)  # (not QAction(text, self): its overloads build PySide's QIcon class, ~2 ms)
            act.setText(text)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            bar.addAction(act)
            return act

        self.history_action = action(
            self.tr("History"), self.open_history, self.tr("Recent sales: did the last one go through?")
        )
        self.report_action = action(
            self.tr("End of day"), self.open_report, self.tr("Today's totals per currency")
        )
        self.settings_action = action(
            self.tr("Settings"), self.open_settings, self.tr("Owner settings (PIN)")
        )
        self.about_action = action(self.tr("About"), self.open_about, self.tr("About KuPay POS"))
        self.fullscreen_action = action(
            self.tr("Full screen"), self.toggle_fullscreen, self.tr("Full screen (F11)")
        )
        self.addToolBar(bar)  # top by default
        self.toolbar = bar

    def _update_api_badge(self) -> None:
        from pos_app.settings import api_address, is_default_api_url

        # The in-process demo sandbox is already announced by the DEMO badge.
        other = not is_default_api_url(self.api_url) and not (self.demo and not self._api_url_override)
        if other:
            plain_text(self.api_badge)
        self.api_badge.setText(f"API: {api_address(self.api_url)}" if other else "")
        self._api_badge_action.setVisible(other)

    def _update_title(self) -> None:
        self._update_api_badge()
        title = f"KuPay POS — {say(shown_terminal_name(self.settings.terminal_name))}"
        if self.demo:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)

    def show_screen(self, screen: QWidget) -> None:
        if self._customer_side is not None:
            self._customer_side.screen_shown(screen)
        self.stack.setCurrentWidget(screen)
        screen.setFocus()  # the keyboard follows the screen

    def current_screen(self) -> QWidget:
        screen = self.stack.currentWidget()
        assert screen is not None  # the stack holds the keypad from the first frame on
        return screen

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A narrow till (800 px) in a long language: the badge says DEMO and the rest in its tooltip, so the
        # toolbar keeps room for every owner button instead of hiding the last ones behind an arrow.
        wide = event.size().width() >= 1000
        self.demo_badge.setText(self.tr("DEMO · no real money") if wide else self.tr("DEMO"))
        self._brand_action.setVisible(wide)  # the window's title and the About box still name it

    def changeEvent(self, event: QtCore.QEvent) -> None:
        super().changeEvent(event)
        # Cheap checks first: QtCore.QEvent.Type is not needed (nor loaded) until the window is active.
        if (
            self.isActiveWindow()
            and self.focusWidget() is None
            and event.type() == QtCore.QEvent.Type.ActivationChange
        ):
            self.current_screen().setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys that reach the window (nothing focused, or sent to the window) go to the current screen.
        handler = getattr(self.current_screen(), "handle_key", None)
        if handler is not None and handler(event):
            return
        super().keyPressEvent(event)

    def _update_actions(self) -> None:
        ready = self.backend is not None and not self._customer_paying
        self.history_action.setEnabled(ready)
        self.report_action.setEnabled(ready)

    def _flow_state(self, _state: str) -> None:
        from pos_app.flow import Step

        step = self.flow.step
        # Nothing covers the QR code while a customer pays: History and End of day step aside until then,
        # and Settings waits (after a failed create or a refused token there is no payment, and Settings is
        # where the error sends the owner).
        self._customer_paying = step.customer_is_paying
        self.settings_action.setEnabled(not self._customer_paying)
        if self._customer_paying:
            self._put_owner_windows_away()
        self._update_actions()
        # The result colours the whole window, the toolbar included (its buttons by the toolbar's outcome).
        outcome = self.result_screen.outcome() if step is Step.RESULT else ""
        if set_style_property(self.toolbar, "outcome", outcome):
            for widget in self.toolbar.findChildren(QWidget):
                repolish(widget)

    def set_last_sale(self, sale: Sale) -> None:
        self._last_sale_id = sale.id
        text, state = last_sale_text(sale)
        self.sale_screen.set_last_sale(text, state)

    def _watch_late_payment(self, sale_id: str) -> None:
        """The flow's WatchLatePayment: a late payment still turns up in the last-sale line and History."""
        if self._resume is not None:
            self._resume.watch(sale_id)

    # --- start-up ------------------------------------------------------------------------------------
    def start_backend(self, token: str | None = None) -> None:
        """Start what payments need (pos_app/startup.py) off the UI thread: the keypad once it is up, the
        set-up screen when there is no token yet. `token` is one the owner has just typed."""
        self.sale_screen.set_blocked(self.tr("Starting…"))
        if not self.demo and not self._override_allowed():
            return
        plan, credentials = self.start_plan(), self.credentials
        # Only the latest start counts: an earlier one still waiting (a locked keyring) when the owner saved a
        # new token or address in Settings answered last and put the till back on the old ones.
        self._starts += 1
        start = self._starts
        self.tasks.run(
            lambda: plan.start(token, credentials),
            lambda result: self._backend_ready(result, start),
            lambda error: self._backend_failed(error, start),
        )

    def start_plan(self) -> StartPlan:
        """What the next start uses: the address in force now, this run's overrides, the shop database."""
        return plan_start(
            self.settings,
            demo=self.demo,
            api_url=self.api_url,
            api_url_override=self._api_url_override,
            shop_db=self.shop_address,
        )

    @property
    def shop_address(self) -> str:
        return self._shop_db_override or self.settings.shop_db

    def restart_shop_sync(self) -> None:
        """The shop database's address, password, or this till's name or prefix changed: replicate anew."""
        backend = self.backend
        if backend is None or self.demo:
            return
        old, plan = backend.shop_sync, self.start_plan().shop

        def job() -> tuple[Backend, ShopSync | None]:
            if old is not None:
                old.stop()
            try:
                from pos_app.shop.replication import start_shop_sync
            except ImportError as exc:
                log.error("shop database unavailable: %s", exc)
                return backend, None
            sync = start_shop_sync(backend.journal, *plan)
            if sync is not None and (self._closing or self.backend is not backend):
                sync.stop()  # the window closed or the backend was replaced meanwhile
                return backend, None
            return backend, sync

        self.tasks.run(job, self._shop_sync_restarted)

    def _shop_sync_restarted(self, result: tuple[Backend, ShopSync | None]) -> None:
        backend, sync = result
        backend.shop_sync = sync
        if sync is not None and (self.backend is not backend or self._closing):  # retired meanwhile
            self.tasks.run(sync.stop)

    def _override_allowed(self) -> bool:
        """--api-url sends the shop's token to another address: where an owner PIN is set, only with it."""
        from pos_app.settings import api_address

        override = self._api_url_override
        if self._override_confirmed or not override or override == self.settings.api_url:
            return True
        if self.settings.has_owner_pin:
            from pos_app.ui.owner_pin import ask_owner_pin

            host = api_address(override)
            reason = self.tr(
                "This till was started with another KuPay address ({host}). Enter the owner PIN to use it."
            ).format(host=host)
            if not ask_owner_pin(self.settings, self, reason, self.tasks):
                log.warning("--api-url %s refused: the owner PIN was not given", host)
                sentence = self.tr(
                    "This till was started with another KuPay address ({host}) without the owner PIN, so it "
                    "takes no payments. Start KuPay POS without --api-url, or ask the owner."
                ).format(host=host)
                self.sale_screen.set_blocked(sentence)
                self.placeholder.set_text(sentence)
                self.show_screen(self.placeholder)
                return False
        self._override_confirmed = True
        return True

    def _backend_ready(self, result: Backend | NeedsSetup, start: int) -> None:
        if start != self._starts:  # replaced by a later start meanwhile
            if not isinstance(result, NeedsSetup):
                self.tasks.run(result.close)
            return
        if isinstance(result, NeedsSetup):
            self.credentials = result.credentials
            self.show_setup()
            return
        self.attach_backend(result)

    def attach_backend(self, backend: Backend) -> None:
        """Payments can be taken from now on (tests call this directly with a sandbox backend)."""
        if self._closing:
            backend.close()
            return
        if self.backend is not None and self.backend is not backend:
            self._retire_backend(self.backend)
        self.backend = backend
        if self._history is not None:
            self._history.set_backend(backend.journal, backend.make_client)
        if backend.credentials is not None:
            self.credentials = backend.credentials
        self.flow.set_backend(backend)
        self._update_actions()
        self.sale_screen.set_blocked(None)
        if self.stack.currentWidget() in (self._placeholder, self.setup_screen):
            self.show_screen(self.sale_screen)
        self._load_last_sale()
        # Notices, not boxes: this comes ~0.5 s after the keypad, when a hurried cashier is typing, and a box
        # took the keys (Enter closed it unread). A notice stays until OK and takes no focus.
        recovered = getattr(backend.journal, "recovered_from", None)
        if recovered:
            self.notice(
                self.tr(
                    "The sales journal was damaged and has been set aside as {file}. "
                    "A fresh journal was started; the old file is kept for the owner."
                ).format(file=recovered)
            )
        if self._settings_warning:
            self.notice(say(self._settings_warning))
            self._settings_warning = None
        self._start_resume_worker()

    def _backend_failed(self, error: BaseException, start: int) -> None:
        log.error("backend start failed: %r", error)
        if start != self._starts:  # replaced by a later start meanwhile
            return
        self.sale_screen.set_blocked(say(str(error)))
        self.placeholder.set_text(
            self.tr("The terminal cannot take payments yet.") + "\n\n" + say(str(error))
        )
        self.show_screen(self.placeholder)

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information, "KuPay POS", text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # may quote a file name or a setting
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the till keeps working behind it

    def _load_last_sale(self) -> None:
        journal = self.backend.journal if self.backend else None
        page = getattr(journal, "page", None)
        if page is None:
            return

        def job() -> Sale | None:
            sales = page(limit=1).sales
            return sales[0] if sales else None

        def done(sale: Sale | None) -> None:
            if sale is not None and self.sale_screen.last_sale.isHidden():
                self.set_last_sale(sale)

        self.tasks.run(job, done, lambda e: log.warning("last sale not loaded: %r", e))

    def _start_resume_worker(self) -> None:
        """Sales left unfinished by an earlier run are settled in the background (journal helper's worker)."""
        if self._resume is not None or self.backend is None or not self._background_checks:
            return
        try:
            from pos_app.ui.resume_worker import ResumeWorker
        except ImportError:
            return
        worker = ResumeWorker(
            self.backend.journal,
            self.backend.make_client(),
            max(2.0, self.settings.poll_interval),
            parent=self,
        )
        worker.sale_settled.connect(self._resumed_sale)
        worker.needs_check.connect(self._sale_needs_check)
        self._resume = worker
        worker.start()

    def _resumed_sale(self, sale: Sale) -> None:
        """A sale settled in the background: news for the cashier when it is the last one, or a late payment."""
        if self.receipts is not None:
            self.receipts.sale_ended(sale)  # printed automatically if the owner wants, once per sale
        # Only the sale on the line: an older one paid late is told by the notice, never as "Last sale: ✓ Paid"
        # (the last customer, often for the same amount, did not pay).
        if sale.id == self._last_sale_id:
            text, state = last_sale_text(sale)
            self.sale_screen.set_last_sale(text, state)
            self._last_sale_id = sale.id
        from pos_app.sale import SaleState

        if sale.state is SaleState.PAID:
            from pos_app.money import format_amount

            amount = format_amount(sale.amount, sale.currency)
            self.notice(
                self.tr("✓ Order {order} ({amount}) was paid.").format(order=sale.order_number, amount=amount)
            )
        elif sale.state is SaleState.NEEDS_CHECK:  # e.g. a "paid" for another amount: the owner must look
            self._sale_needs_check(sale)

    def _sale_needs_check(self, sale: Sale) -> None:
        self.notice(
            self.tr("! Order {order}: outcome unknown. The owner should check it in KuPay's panel.").format(
                order=sale.order_number
            )
        )

    def notice(self, text: str, msecs: int = 0) -> None:
        """A line at the bottom until the cashier taps OK on it; it takes no focus, so typing still reaches
        the amount. (`msecs` is accepted for older callers; notices now stay until seen.)"""
        self.notices.add(text)

    def notice_text(self) -> str:
        """Every notice on screen, one per line (tests and the support log read them)."""
        return "\n".join(self._notices.texts() if self._notices is not None else [])

    def show_setup(self, pin_confirmed: bool = False) -> None:
        """No token yet: the owner's setup screen in place of the keypad (locked behind the owner PIN, unless
        the owner has just typed it)."""
        self.sale_screen.set_blocked(self.tr("The terminal is not set up yet. Ask the owner."))
        try:
            from pos_app.ui.setup_screen import SetupScreen
        except ImportError:
            self.placeholder.set_text(
                self.tr(
                    "This terminal has no KuPay API token yet.\n\nThe setup screen is not available in this "
                    "build: store the token in the system keyring (service kupay-pos, user api-token), "
                    "or try the terminal with `python main.py --demo`."
                )
            )
            self.show_screen(self.placeholder)
            return
        old = screen = self.setup_screen
        if screen is None or screen.is_finished() or (pin_confirmed and screen.is_locked()):
            # Test connection must ask the server this till talks to (--api-url), not the settings file's.
            screen = SetupScreen(
                self.credentials,
                dataclasses.replace(self.settings, api_url=self.api_url),
                self.tasks,
                pin_confirmed=pin_confirmed,
            )
            screen.completed.connect(self._setup_completed)
            self.setup_screen = screen
            self.stack.addWidget(screen)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.show_screen(screen)

    def _setup_completed(self, token: str, settings: Settings) -> None:
        self.apply_settings(settings)
        self.start_backend(token)

    # --- owner area ----------------------------------------------------------------------------------
    def apply_settings(self, settings: Settings) -> None:
        """Every setting takes effect now, none waits for a restart (the sale screen, the flow, the title)."""
        old, self.settings = self.settings, settings
        if self._flow is not None:
            self._flow.settings = settings
        if self.receipts is not None:
            self.receipts.settings = settings
        if not self.demo:  # the set-up screen and the dialog hand back file settings: keep --api-url
            self.api_url = self._api_url_override or settings.api_url
        screen = self.sale_screen
        screen.set_sale_limits(settings.all_limits())
        screen.set_cents_first(settings.cents_first)
        if settings.default_currency != old.default_currency:
            self._currency = settings.default_currency
            screen.set_currency(settings.default_currency)
        if (
            settings.start_fullscreen != old.start_fullscreen
            and settings.start_fullscreen != self.isFullScreen()
        ):
            self.toggle_fullscreen()
        if self._customer_side is not None:
            self._customer_side.apply(settings.customer, settings.receipts.shop_name)
        self._update_title()
        if self._history is not None:
            self._history.setWindowTitle(self._history_title())

    def _history_title(self) -> str:
        return self.tr("History") + f" — KuPay POS — {say(shown_terminal_name(self.settings.terminal_name))}"

    def open_history(self) -> None:
        if self.backend is None or self._customer_paying:
            return
        try:
            from pos_app.ui.history_view import HistoryWindow
        except ImportError:
            self._tell(self.tr("History is not available in this build."))
            return
        shop = self._shop_views()
        if self._history is None:
            window = HistoryWindow(
                self.backend.journal, self.tasks, self.backend.make_client, parent=self, shop=shop
            )
            window.setWindowFlag(QtCore.Qt.WindowType.Window, True)  # its own window, kept above the till's
            window.setWindowTitle(self._history_title())
            self._history = window
        self._history.set_shop(shop)
        # Reprint follows Settings: a printer set up after History was first opened is offered too.
        receipts = self.receipts
        self._history.reprint = receipts.print_sale if receipts is not None and receipts.has_printer else None
        if not self._history.isVisible():
            area = self.frameGeometry()
            width, height = int(area.width() * 0.9), int(area.height() * 0.85)
            self._history.resize(width, height)
            self._history.move(area.center().x() - width // 2, area.center().y() - height // 2)
        self._history.show()
        self._history.raise_()
        self._history.activateWindow()

    def open_last_sale(self) -> None:
        """ "Did the last payment go through?": that sale's own details (read fresh from the journal)."""
        backend, sale_id = self.backend, self._last_sale_id
        if backend is None or not sale_id:
            self.open_history()
            return

        def opened(sale: Sale | None) -> None:
            # A slow read can arrive after the next sale was charged: never over its QR code.
            if sale is None or self._closing or self._customer_paying:
                return
            from pos_app.ui.history_view import SaleDialog

            dialog = SaleDialog(sale, backend.journal, self.tasks, backend.make_client, parent=self)
            dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.sale_details = dialog

        self.tasks.run(lambda: backend.journal.get(sale_id), opened, self._tell_failure)

    def _tell_failure(self, error: BaseException) -> None:
        log.error("owner window failed: %r", error)
        self._tell(self.tr("That could not be opened: {reason}").format(reason=say(str(error))))

    def _put_owner_windows_away(self) -> None:
        if self._history is not None:
            self._history.hide()  # kept, with its filters, for after the payment
        import sys

        # Only modules already loaded can have windows open: no import on the way to the QR code.
        kinds: list[type[QWidget]] = []
        for module, name in (
            ("pos_app.ui.report_dialog", "ReportDialog"),
            ("pos_app.ui.history_view", "SaleDialog"),
        ):
            kind = getattr(sys.modules.get(module), name, None)
            if kind is not None:
                kinds.append(kind)
        for window in self.findChildren(QWidget):
            if kinds and isinstance(window, tuple(kinds)) and window.isVisible():
                window.close()

    def _shop_views(self) -> ShopViews | None:
        """The shop database for History's and End of day's *All tills* (None without one). Made for the
        running sync's address and password; connects on first use, on a worker thread."""
        sync = self.backend.shop_sync if self.backend is not None else None
        target = sync.target if sync is not None else None
        current = self._shop_views_now
        if current is not None and (target is None or current.target != target):
            self.tasks.run(current.close)
            current = None
        if current is None and target is not None:
            from pos_app.shop.queries import ShopViews

            current = ShopViews(target)
        self._shop_views_now = current
        return current

    def open_report(self) -> None:
        if self.backend is None or self._customer_paying:
            return
        try:
            from pos_app.ui.report_dialog import ReportDialog
        except ImportError:
            self._tell(self.tr("The end-of-day report is not available in this build."))
            return
        dialog = ReportDialog(
            self.backend.journal,
            self.tasks,
            parent=self,
            shop=self.settings.receipts.shop_name,
            terminal=self.settings.terminal_name,
            demo=self.demo,
            shop_db=self._shop_views(),
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_settings(self) -> None:
        try:
            from pos_app.ui.owner_pin import ask_owner_pin
            from pos_app.ui.settings_dialog import SettingsDialog
        except ImportError:
            self._tell(self.tr("Settings are not available in this build."))
            return
        if not ask_owner_pin(self.settings, self, tasks=self.tasks):
            return
        if self.demo:  # a demo trains the owner on its own file, never the shop's settings or keyring
            from pos_app import paths
            from pos_app.credentials import CredentialStore

            demo_token = CredentialStore()
            demo_token.use_session_token(DEMO_TOKEN)
            dialog = SettingsDialog(
                self.settings,
                demo_token,
                self.tasks,
                parent=self,
                settings_path=paths.demo_settings_file(),
                demo=True,
            )
        else:
            backend = self.backend
            sync = backend.shop_sync if backend is not None else None
            dialog = SettingsDialog(
                self.settings,
                self.credentials,
                self.tasks,
                parent=self,
                api_url_in_use=self.api_url,
                queue_state=sync.state if sync is not None else None,
                terminal_id=backend.journal.terminal_id if backend is not None else None,
            )
        if dialog.exec():
            if dialog.api_url_changed:
                self._api_url_override = None  # the owner typed another address: it wins over --api-url
            self.settings_saved(dialog.settings, dialog.token_changed, dialog.token, dialog.shop_changed)
        self.sale_screen.focus_amount()

    def settings_saved(
        self,
        settings: Settings,
        token_changed: bool = False,
        token: str | None = None,
        shop_changed: bool = False,
    ) -> None:
        """The owner saved Settings: a new token, API address or shop database takes effect now."""
        from pos_app.settings import needs_restart

        old_url, later = self.api_url, needs_restart(self.settings, settings)
        old_hosts = (self.settings.allowed_pay_hosts, self.settings.https_proxy)
        self.apply_settings(settings)
        if later:
            self._tell(
                self.tr(
                    "Saved. {names}: from the next start of the terminal. Everything else applies now."
                ).format(names=", ".join(say(name) for name in later))
            )
        if token_changed and not token:
            self._starts += 1  # a start still under way must not bring the removed token back
            if self.backend is not None:
                self._retire_backend(self.backend)
                self.backend = None
            self.flow.set_backend(None)
            self._update_actions()
            self.show_setup(pin_confirmed=True)  # Settings asked the PIN a moment ago
        elif (
            token_changed
            or self.api_url != old_url
            or (settings.allowed_pay_hosts, settings.https_proxy) != old_hosts
        ):
            self.start_backend(token if token_changed else None)  # with a new shop sync too
        elif shop_changed:
            self.restart_shop_sync()

    def _retire_backend(self, old: Backend) -> None:
        """Replaced by a new token or address: its resume worker, clients and journal handle go, off the UI
        thread (a read under way may take seconds); a new resume worker starts with the new client."""
        worker, self._resume = self._resume, None
        if worker is not None:
            worker.requestInterruption()

        def close_old() -> None:
            if worker is not None:
                worker.wait(15000)
            old.close()

        self.tasks.run(close_old)

    def open_about(self) -> None:
        try:
            from pos_app.ui.about import AboutDialog
        except ImportError:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.about(
                self, self.tr("About KuPay POS"), self.tr("KuPay POS — a point-of-sale terminal for KuPay.")
            )
            return
        dialog = AboutDialog(parent=self, tasks=self.tasks)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- shutdown ------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.hide()  # the window goes at once; threads finish behind it
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop every thread this window started, then release the journal and the demo sandbox."""
        if self._closing:
            return
        self._closing = True
        if self._customer_side is not None:
            self._customer_side.close()
        if self._flow is not None:
            self._flow.shutdown()
        if self._resume is not None:
            self._resume.stop(15000)
            self._resume = None
        self.tasks.wait_all(3000)  # see SaleFlow.shutdown: a hanging create is resumed at the next start
        if self._shop_views_now is not None:
            self._shop_views_now.close()
            self._shop_views_now = None
        if self.backend is not None:
            self.backend.close()
            self.backend = None
