"""How the end of a sale is heard, not only seen: a chime (opt-in) and a screen-reader announcement.

Subscribes to the flow's `sale_finished`. Only the ends the customer caused are heard: paid and not paid;
a cancel at the till is the cashier's own doing and stays silent. The sound plays on a worker thread.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from pos_app.customer import CustomerSettings
from pos_app.ports import Tasks

if TYPE_CHECKING:
    from pos_app.sale import Sale
    from pos_app.ui.sale_flow import SaleFlow

log = logging.getLogger(__name__)


class OutcomeFeedback(QObject):
    notice = Signal(str)  # one sentence for the cashier (no sound player on this computer)
    played = Signal(str)  # "paid" / "not_paid", once the player has started (tests, diagnostics)

    def __init__(
        self,
        flow: SaleFlow,
        speaker: QWidget,
        settings: CustomerSettings,
        tasks: Tasks,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker  # the widget the announcement comes from (the cashier's result screen)
        self.settings = settings
        self._tasks = tasks
        self._told_no_player = False
        flow.sale_finished.connect(self.sale_finished)

    def sale_finished(self, sale: Sale) -> None:
        from pos_app.money import format_amount
        from pos_app.sale import SaleState
        from pos_app.ui.accessibility import announce

        amount = format_amount(sale.amount, sale.currency)
        if sale.state is SaleState.PAID:
            announce(
                self._speaker,
                self.tr("Paid {amount}. Order {order}.").format(amount=amount, order=sale.order_number),
            )
            self.play("paid")
        elif sale.state is SaleState.UNPAID:
            announce(
                self._speaker,
                self.tr("Not paid: {amount}. Order {order}.").format(amount=amount, order=sale.order_number),
            )
            self.play("not_paid")

    def play(self, kind: str) -> None:
        """The `kind` chime at the owner's volume, if sounds are on. Never blocks the UI thread."""
        settings = self.settings
        if not settings.sounds or settings.volume <= 0:
            return
        from pos_app import sounds

        volume = settings.volume

        def job() -> str:
            sounds.play(kind, volume)
            return kind

        self._tasks.run(job, self.played.emit, self._failed)

    def _failed(self, exc: BaseException) -> None:
        from pos_app.sounds import NoSoundPlayer

        log.warning("sound not played: %r", exc)
        if isinstance(exc, NoSoundPlayer) and not self._told_no_player:
            self._told_no_player = True  # once per run: a sentence after every sale would be noise
            self.notice.emit(str(exc))
