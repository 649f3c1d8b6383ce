"""Customer display scenarios that need several QScreens. Not collected by the normal run (a QApplication
has one set of screens for its life): tests/test_customer_screens.py runs this file in a child pytest,
- with `QT_QPA_PLATFORM=offscreen:configfile=…` (two offscreen screens, CASHIER and CUSTOMER), or
- under a private Xvfb whose RandR monitors CASHIER and CUSTOMER the test adds and removes with xrandr:
  a monitor unplugged and plugged in again mid-sale, as Qt sees it (screenRemoved / screenAdded).
"""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtGui import QGuiApplication
from till_harness import charge, decode, fast_settings, open_till

from pos_app.customer import CustomerSettings, Face

SCENARIO = os.environ.get("KUPAY_SCREENS_SCENARIO", "")
pytestmark = pytest.mark.skipif(not SCENARIO, reason="run by tests/test_customer_screens.py")

CUSTOMER_GEOMETRY = (1280, 0, 1024, 768)
CUSTOMER_MONITOR = "1024/270x768/203+1280+0"


def screen_names() -> list[str]:
    return [s.name() for s in QGuiApplication.screens()]


def on_customer_screen(window) -> bool:
    g = window.geometry()
    return (
        window.isVisible()
        and window.isFullScreen()
        and window.screen().name() == "CUSTOMER"
        and (g.x(), g.y(), g.width(), g.height()) == CUSTOMER_GEOMETRY
    )


def remembered_customer_screen(**more) -> CustomerSettings:
    return CustomerSettings(
        display="screen", screen_name="CUSTOMER", screen_geometry=CUSTOMER_GEOMETRY, **more
    )


# --- two offscreen screens ------------------------------------------------------------------------------------


@pytest.mark.skipif(SCENARIO != "offscreen", reason="offscreen scenario")
def test_the_display_opens_full_screen_on_the_remembered_screen(qtbot, sandbox, tmp_path):
    assert screen_names() == ["CASHIER", "CUSTOMER"]
    window = open_till(qtbot, sandbox, tmp_path, fast_settings(customer=remembered_customer_screen()))
    assert window.screen().name() == "CASHIER"
    display = window.customer_side.display
    qtbot.waitUntil(lambda: on_customer_screen(display.window))

    sale = charge(qtbot, window, "12.50")
    # What the customer's screen shows, grabbed from the customer window itself.
    assert decode(display.window.grab().toImage()) == [sale.pay_url] == [window.payment_screen.qr.text()]
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: display.view.face().face is Face.PAID, timeout=5000)
    assert window.flow.state == "result"
    window.flow.new_sale()
    assert display.view.face().face is Face.IDLE


@pytest.mark.skipif(SCENARIO != "offscreen", reason="offscreen scenario")
def test_the_till_dragged_onto_the_customers_screen_is_never_covered(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path, fast_settings(customer=remembered_customer_screen()))
    display = window.customer_side.display
    qtbot.waitUntil(lambda: on_customer_screen(display.window))
    window.move(1300, 20)  # the cashier drags the till onto the customer's monitor
    qtbot.waitUntil(lambda: window.screen().name() == "CUSTOMER")
    qtbot.waitUntil(lambda: display.window.isVisible() and not display.window.isFullScreen())
    window.move(20, 20)  # and back
    qtbot.waitUntil(lambda: on_customer_screen(display.window))


@pytest.mark.skipif(SCENARIO != "offscreen", reason="offscreen scenario")
def test_auto_on_the_command_line_picks_the_screen_that_is_not_the_cashiers(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path, customer_display="auto")  # Settings say off
    display = window.customer_side.display
    assert display is not None
    qtbot.waitUntil(lambda: on_customer_screen(display.window))


@pytest.mark.skipif(SCENARIO != "offscreen", reason="offscreen scenario")
def test_settings_list_each_screen_by_name_and_size(qtbot, tasks):
    from pos_app.settings import Settings
    from pos_app.ui.customer_settings import CustomerSection

    section = CustomerSection(Settings().customer, tasks)
    qtbot.addWidget(section)
    items = [section.display.itemText(i) for i in range(section.display.count())]
    assert "Screen: CUSTOMER — 1024 × 768" in items
    assert "Screen: CASHIER — 1280 × 800" in items
    section.display.setCurrentText("Screen: CUSTOMER — 1024 × 768")
    chosen = section.values()
    assert (chosen.display, chosen.screen_name, chosen.screen_geometry) == (
        "screen",
        "CUSTOMER",
        CUSTOMER_GEOMETRY,
    )


# --- real hot-plug under Xvfb -----------------------------------------------------------------------------------


def xrandr(*args: str) -> None:
    subprocess.run(["xrandr", *args], check=True, capture_output=True, timeout=10)


@pytest.mark.skipif(SCENARIO != "xvfb", reason="Xvfb scenario")
def test_unplugged_mid_sale_the_display_moves_and_the_sale_goes_on(qtbot, sandbox, tmp_path):
    assert sorted(screen_names()) == ["CASHIER", "CUSTOMER"]
    window = open_till(qtbot, sandbox, tmp_path, fast_settings(customer=remembered_customer_screen()))
    display = window.customer_side.display
    qtbot.waitUntil(lambda: on_customer_screen(display.window), timeout=5000)
    sale = charge(qtbot, window, "12.50")

    with qtbot.waitSignal(QGuiApplication.instance().screenRemoved, timeout=5000):
        xrandr("--delmonitor", "CUSTOMER")
    # A window on the cashier's screen, a discreet notice, and the same sale still waiting.
    qtbot.waitUntil(
        lambda: (
            display.window.isVisible()
            and not display.window.isFullScreen()
            and display.window.screen().name() == "CASHIER"
        ),
        timeout=5000,
    )
    assert "not connected" in window.notice_text()
    assert window.flow.state == "waiting" and window.flow.sale.id == sale.id
    assert decode(display.view.qr.grab().toImage()) == [sale.pay_url]

    with qtbot.waitSignal(QGuiApplication.instance().screenAdded, timeout=5000):
        xrandr("--setmonitor", "CUSTOMER", CUSTOMER_MONITOR, "none")
    qtbot.waitUntil(lambda: on_customer_screen(display.window), timeout=5000)
    assert "back on its screen" in window.notice_text()
    assert decode(display.view.qr.grab().toImage()) == [sale.pay_url]

    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: display.view.face().face is Face.PAID, timeout=5000)


@pytest.mark.skipif(SCENARIO != "xvfb", reason="Xvfb scenario")
def test_the_full_screen_display_never_takes_the_cashiers_keyboard(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path, fast_settings(customer=remembered_customer_screen()))
    display = window.customer_side.display
    qtbot.waitUntil(lambda: on_customer_screen(display.window) and display.window.windowHandle().isExposed())
    # Real key presses, to whichever window has the X keyboard focus (no window manager here to move it).
    subprocess.run(["xdotool", "key", "--delay", "20", "7", "period", "2", "5"], check=True, timeout=10)
    qtbot.waitUntil(lambda: window.sale_screen.entry.text == "7.25", timeout=5000)
    # The customer taps their screen (a touch monitor): the cashier's next keys still reach the amount.
    subprocess.run(["xdotool", "mousemove", "1600", "400", "click", "1"], check=True, timeout=10)
    subprocess.run(["xdotool", "key", "BackSpace", "0"], check=True, timeout=10)
    qtbot.waitUntil(lambda: window.sale_screen.entry.text == "7.20", timeout=5000)
    assert QGuiApplication.focusWindow() is window.windowHandle()


@pytest.mark.skipif(SCENARIO != "xvfb", reason="Xvfb scenario")
def test_unplugged_with_hide_chosen_the_display_hides_then_returns(qtbot, sandbox, tmp_path):
    settings = fast_settings(customer=remembered_customer_screen(when_unplugged="hide"))
    window = open_till(qtbot, sandbox, tmp_path, settings)
    display = window.customer_side.display
    qtbot.waitUntil(lambda: on_customer_screen(display.window), timeout=5000)
    with qtbot.waitSignal(QGuiApplication.instance().screenRemoved, timeout=5000):
        xrandr("--delmonitor", "CUSTOMER")
    qtbot.waitUntil(lambda: not display.window.isVisible(), timeout=5000)
    assert "hidden until it is back" in window.notice_text()
    with qtbot.waitSignal(QGuiApplication.instance().screenAdded, timeout=5000):
        xrandr("--setmonitor", "CUSTOMER", CUSTOMER_MONITOR, "none")
    qtbot.waitUntil(lambda: on_customer_screen(display.window), timeout=5000)


@pytest.mark.skipif(SCENARIO != "xvfb", reason="Xvfb scenario")
def test_a_new_resolution_on_the_customer_screen_is_followed(qtbot, sandbox, tmp_path):
    window = open_till(qtbot, sandbox, tmp_path, fast_settings(customer=remembered_customer_screen()))
    display = window.customer_side.display
    qtbot.waitUntil(lambda: on_customer_screen(display.window), timeout=5000)
    sale = charge(qtbot, window)
    # The same monitor (same name) switched to 800×600: still the customer's screen, full screen at its new size.
    # (Xvfb changes a RandR monitor by removing it and adding it again, as some drivers do.)
    app = QGuiApplication.instance()
    with qtbot.waitSignal(app.screenRemoved, timeout=5000):
        xrandr("--delmonitor", "CUSTOMER")
    with qtbot.waitSignal(app.screenAdded, timeout=5000):
        xrandr("--setmonitor", "CUSTOMER", "800/211x600/158+1280+0", "none")

    def fills_new_geometry() -> bool:
        g = display.window.geometry()
        return display.window.isFullScreen() and (g.x(), g.y(), g.width(), g.height()) == (1280, 0, 800, 600)

    qtbot.waitUntil(fills_new_geometry, timeout=5000)
    assert display.window.screen().name() == "CUSTOMER"
    assert decode(display.view.qr.grab().toImage()) == [sale.pay_url]
    with qtbot.waitSignal(app.screenRemoved, timeout=5000):
        xrandr("--delmonitor", "CUSTOMER")  # back as the next scenario expects it
    with qtbot.waitSignal(app.screenAdded, timeout=5000):
        xrandr("--setmonitor", "CUSTOMER", CUSTOMER_MONITOR, "none")
    qtbot.waitUntil(lambda: on_customer_screen(display.window), timeout=5000)
