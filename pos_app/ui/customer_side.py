"""Everything the till does for the customer's side of the counter, wired to the cashier's window in one place.

- the customer display on a second screen (or a window), built after the cashier's window is visible;
- *Show to customer* on one-screen tills: the cashier's window turns into the customer view while the
  customer pays, and turns back by itself when the sale ends (the flow shows its next screen), or on a tap
  or a key;
- the paid / not-paid chime and the screen-reader announcement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_app.customer import CustomerSettings, customer_face
from pos_app.flow import Step
from pos_app.ui.outcome_feedback import OutcomeFeedback

# Built on the UI thread just after start-up: the customer view's module waits until it is first needed.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from pos_app.ui.customer_display import CustomerDisplay
    from pos_app.ui.customer_view import CustomerView
    from pos_app.ui.main_window import MainWindow


class CustomerSide(QObject):
    def __init__(
        self, window: MainWindow, settings: CustomerSettings, shop_name: str = "", override: str | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._shop_name = shop_name  # Settings › Receipts: one shop name for receipts and the customer
        self._override = override
        self.display: CustomerDisplay | None = None
        self.turned: CustomerView | None = None  # the one-screen customer view, built on first use
        flow = window.flow
        self._flow = flow
        self.feedback = OutcomeFeedback(flow, window.result_screen, settings, window.tasks, self)
        self.feedback.notice.connect(window.notice)
        window.payment_screen.show_customer_requested.connect(self.turn_to_customer)
        flow.state_changed.connect(self._follow_flow)
        self._update_display()

    # --- settings ----------------------------------------------------------------------------------------
    def apply(self, settings: CustomerSettings, shop_name: str = "") -> None:
        self._settings = settings
        self._shop_name = shop_name
        self.feedback.settings = settings
        if self.turned is not None:
            self.turned.set_shop(shop_name, settings.welcome)
            self.turned.set_language(settings.language)
        if self.display is not None:
            self.display.set_settings(settings, shop_name)
        else:
            self._update_display()

    def _update_display(self) -> None:
        if self.display is not None or (self._settings.display == "off" and self._override in (None, "off")):
            return
        from pos_app.ui.customer_display import CustomerDisplay

        display = CustomerDisplay(
            self._flow,
            self._window,
            self._settings,
            shop_name=self._shop_name,
            override=self._override,
            tasks=self._window.tasks,
            parent=self,
        )
        display.notice.connect(self._window.notice)
        self.display = display

    # --- one screen: turn the window round ---------------------------------------------------------------
    def turn_to_customer(self) -> None:
        if self._flow.step is not Step.WAITING:
            return
        window = self._window
        if self.turned is None:
            from pos_app.ui.customer_view import CustomerView

            view = CustomerView()
            view.set_shop(self._shop_name, self._settings.welcome)
            view.set_language(self._settings.language)
            view.dismissed.connect(self.turn_to_cashier)
            window.stack.addWidget(view)
            self.turned = view
        self.turned.set_face(customer_face(self._flow.state, self._flow.sale))
        window.toolbar.hide()  # the owner's buttons are not for the customer…
        window.notices.hide()  # …nor the cashier's notices
        window.show_screen(self.turned)

    def is_turned(self) -> bool:
        return self.turned is not None and self._window.current_screen() is self.turned

    def turn_to_cashier(self) -> None:
        if self.is_turned():
            self._window.show_screen(self._window.payment_screen)

    def _follow_flow(self, _state: str) -> None:
        if not self.is_turned() or self.turned is None:
            return
        if self._flow.step is not Step.WAITING:
            # The sale ended (or checking stopped): the cashier has something to read. For paid / not paid
            # the flow then shows its result screen itself.
            self.turn_to_cashier()
            return
        self.turned.set_face(customer_face(self._flow.state, self._flow.sale))

    def screen_shown(self, screen: QWidget) -> None:
        """MainWindow.show_screen calls this: any cashier screen brings the owner's toolbar back."""
        if screen is not self.turned:
            self._window.toolbar.show()
            notices = self._window.notices
            notices.setVisible(bool(notices.texts()))

    def close(self) -> None:
        if self.display is not None:
            self.display.close()
            self.display = None
