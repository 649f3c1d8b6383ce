"""The QR code a customer scans: decodes to the pay URL, keeps its quiet zone, sharp at any size and DPR."""

from __future__ import annotations

import time

import pytest
import zxingcpp
from till_harness import charge, decode, open_till, to_pil

from pos_app.ui.qr_widget import QUIET_ZONE, QrWidget, qr_matrix, render_matrix

PAY_URL = "http://127.0.0.1:41234/pay/1dabeb8c-d9e7-11ec-a7b6-fd796692aca4"


@pytest.mark.parametrize("side", [200, 420, 777])
def test_widget_decodes_to_the_pay_url_at_any_size(qtbot, side):
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.resize(side, side)
    widget.set_text(PAY_URL)
    widget.show()
    qtbot.waitExposed(widget)
    assert decode(widget.grab().toImage()) == [PAY_URL]


def test_error_correction_m_and_quiet_zone_of_four_modules():
    matrix = qr_matrix(PAY_URL)
    n = len(matrix)
    for i in range(QUIET_ZONE):
        assert not any(matrix[i]) and not any(matrix[n - 1 - i])
        assert not any(row[i] for row in matrix) and not any(row[n - 1 - i] for row in matrix)
    assert any(matrix[QUIET_ZONE])  # the code starts right after the quiet zone
    zxing = zxingcpp.read_barcodes(to_pil(render_matrix(matrix, 6)))[0]
    assert zxing.ec_level == "M"


@pytest.mark.parametrize("dpr", [1.0, 1.25, 2.0])
def test_modules_have_hard_edges_in_whole_device_pixels(dpr):
    matrix = qr_matrix(PAY_URL)
    module = 7
    image = render_matrix(matrix, module)
    image.setDevicePixelRatio(dpr)
    # Only pure black and pure white: no smoothing, no grey edge pixels.
    gray = to_pil(image)
    assert {value for _, value in gray.getcolors()} == {0, 255}
    assert image.width() == len(matrix) * module


def test_module_size_uses_the_device_pixels(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.set_text(PAY_URL)
    widget.resize(400, 400)
    n = widget.modules()
    assert widget.module_pixels() == int(400 * widget.devicePixelRatioF()) // n


def test_one_pay_link_is_encoded_once_for_every_screen_that_shows_it(qtbot):
    # The cashier's screen, the customer display and Show to customer all show the same link: encoding it
    # (qrcode tries all eight masks in pure Python) is most of Enter -> QR code, so it is done once.
    cashier, customer = QrWidget(), QrWidget()
    qtbot.addWidget(cashier)
    qtbot.addWidget(customer)
    link = PAY_URL + "?once"
    cashier.set_text(link)
    customer.set_text(link)
    assert cashier.modules() == customer.modules() > 0
    assert qr_matrix(link) is qr_matrix(link)
    matrix = qr_matrix(link)
    assert isinstance(matrix, tuple) and isinstance(matrix[0], tuple)  # no screen can spoil it
    assert qr_matrix(link + "x") != qr_matrix(link)


@pytest.mark.timing
def test_rendering_a_new_payment_is_negligible():
    started = time.perf_counter()
    for i in range(10):
        render_matrix(qr_matrix(f"{PAY_URL}{i}x"), 10)  # new links each time: qr_matrix caches
    per_code_ms = (time.perf_counter() - started) * 100
    print(f"QR matrix + render at 10 px/module: {per_code_ms:.1f} ms")
    assert per_code_ms < 50  # well under a frame budget of a few frames


def test_the_waiting_screen_shows_a_big_scannable_code(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    window.resize(1280, 800)
    sale = charge(qtbot, window)
    qr = window.payment_screen.qr
    qtbot.waitUntil(lambda: qr.isVisible() and qr.width() > 0)
    assert decode(qr.grab().toImage()) == [sale.pay_url]
    # Big: the code takes most of the window's height, never a thumbnail.
    side = min(qr.width(), qr.height())
    assert side >= 0.6 * window.height()
    assert window.payment_screen.link.text() == sale.pay_url


def test_the_code_stays_scannable_at_800x600(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path)
    window.resize(800, 600)
    sale = charge(qtbot, window)
    qr = window.payment_screen.qr
    qtbot.waitUntil(lambda: qr.module_pixels() >= 4)
    assert decode(qr.grab().toImage()) == [sale.pay_url]


def test_a_link_too_big_for_a_qr_code_never_throws_past_the_screen(qtbot):
    from datetime import datetime

    from pos_app.ui.payment_screen import PaymentScreen

    huge = "https://pay.kupay.finance/" + "€" * 2000  # 6,000 bytes: more than any QR code holds
    widget = QrWidget()
    qtbot.addWidget(widget)
    assert widget.set_text(huge) is False
    assert widget.text() == "" and widget.modules() == 0
    screen = PaymentScreen()
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_creating("$1.00")
    assert screen.show_waiting(huge, "$1.00", "T1-0001", datetime.now().astimezone()) is False
    assert screen.mode() == "creating" and screen.link.text() == ""  # nothing half-shown
    assert screen.show_waiting(
        "https://pay.kupay.finance/p-1", "$1.00", "T1-0001", datetime.now().astimezone()
    )
    assert decode(screen.qr.grab().toImage()) == ["https://pay.kupay.finance/p-1"]
