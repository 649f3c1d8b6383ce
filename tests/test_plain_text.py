"""Server and typed text is shown as text, never as markup: a status word like
`<h1 style="color:#1a7f37">✓ PAID</h1>` must not paint a big green "✓ PAID" for the customer to see."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from till_harness import charge, open_till

from pos_app.sale import Sale, SaleState
from pos_app.settings import Settings
from pos_app.terminal import StatusLine, Tone

GREEN = QColor("#1a7f37")
MARKUP = '<h1 style="color:#1a7f37">✓ PAID</h1>'


def paints_green(widget: QWidget) -> bool:
    """Any pixel of the markup's green in what `widget` paints (the theme uses no such colour)."""
    image = widget.grab().toImage()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (
                abs(c.red() - GREEN.red()) < 24
                and abs(c.green() - GREEN.green()) < 24
                and abs(c.blue() - GREEN.blue()) < 24
            ):
                return True
    return False


def markup_labels(root: QWidget) -> list[QLabel]:
    """Every label under `root` whose text carries the markup, each checked to show it as plain text."""
    labels = [w for w in [root, *root.findChildren(QLabel)] if isinstance(w, QLabel) and "<h1" in w.text()]
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    return labels


def test_an_unknown_status_word_in_markup_is_shown_as_text(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    window.resize(1280, 800)
    sale = charge(qtbot, window, "499")
    sandbox.force_status(sale.payment_id, MARKUP)
    screen = window.payment_screen
    qtbot.waitUntil(lambda: "<h1" in screen.detail.text(), timeout=5000)
    assert window.flow.state == "waiting"  # an unknown word keeps waiting
    assert markup_labels(window) == [screen.detail]
    assert not paints_green(screen.detail)


@pytest.mark.parametrize(
    "show",
    [
        lambda s: s.show_create_failed(MARKUP, "T1-0001"),
        lambda s: s.show_connection_trouble(MARKUP),
        lambda s: s.show_token_refused(MARKUP),
        lambda s: s.show_status(StatusLine(MARKUP, Tone.WAITING, MARKUP)),
        lambda s: s.show_creating(MARKUP, MARKUP),
    ],
)
def test_the_payment_screen_shows_server_text_as_text(qtbot, show):
    from pos_app.ui.payment_screen import PaymentScreen

    screen = PaymentScreen()
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.show()
    show(screen)
    labels = markup_labels(screen)
    assert labels
    assert not any(paints_green(label) for label in labels)


@pytest.mark.parametrize(
    "show",
    [
        lambda s: s.show_unpaid(MARKUP, MARKUP, MARKUP, MARKUP),
        lambda s: s.show_needs_check(MARKUP, MARKUP, MARKUP, MARKUP),
        lambda s: s.show_paid(MARKUP, MARKUP),
    ],
)
def test_the_result_screen_shows_server_text_as_text(qtbot, show):
    from pos_app.ui.result_screen import ResultScreen

    screen = ResultScreen()
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    show(screen)
    assert markup_labels(screen)


def test_history_shows_journaled_server_text_as_text(qtbot, journal, tasks):
    from pos_app.ui.history_view import SaleDialog

    sale = Sale(
        id="s-1",
        order_number="T1-0001",
        created_at=datetime.now().astimezone(),
        amount=Decimal("1.00"),
        currency="USD",
        email=MARKUP,
        state=SaleState.WAITING,
        payment_id=MARKUP,
        status_word=MARKUP,
    )
    dialog = SaleDialog(sale, journal, tasks)
    qtbot.addWidget(dialog)
    dialog._checked(sale)  # "KuPay says: <the word>"
    labels = markup_labels(dialog)
    assert dialog.message in labels and dialog.fields["Payment ID"] in labels
    assert not any(paints_green(label) for label in labels)


def test_owner_screens_show_server_and_typed_text_as_text(qtbot, tasks, sandbox, tmp_path):
    from pos_app.ui.setup_screen import SetupScreen

    setup = SetupScreen(None, Settings(), tasks)
    qtbot.addWidget(setup)
    setup._say(MARKUP, "error")  # e.g. KuPay's own words for a refused token check
    assert markup_labels(setup) == [setup.status]

    window = open_till(qtbot, sandbox, tmp_path)
    window.placeholder.set_text(MARKUP)
    window.sale_screen.set_last_sale(MARKUP, "paid")
    window.sale_screen.set_blocked(MARKUP)
    labels = markup_labels(window)
    assert window.placeholder.label in labels and window.sale_screen.last_sale in labels
