"""The customer's side without a window: what the customer sees at each moment, where the display goes,
and the owner's settings for it (read tolerantly from the settings file)."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pos_app.customer import (
    DEFAULT_WELCOME,
    PAID_LINE,
    PAY_LINE,
    CustomerSettings,
    Face,
    Placement,
    ScreenInfo,
    Where,
    customer_face,
    place_display,
)
from pos_app.sale import Sale, SaleState
from pos_app.settings import Settings, load_settings, save_settings

SALE = Sale(
    id="s1",
    order_number="T1-0001",
    created_at=datetime(2026, 11, 30, 12, 0).astimezone(),
    amount=Decimal("12.50"),
    currency="USD",
    state=SaleState.WAITING,
    payment_id="p1",
    pay_url="https://pay.example/p1",
)

CASHIER = ScreenInfo("CASHIER", 0, 0, 1280, 800)
CUSTOMER = ScreenInfo("CUSTOMER", 1280, 0, 1024, 768)


# --- faces -------------------------------------------------------------------------------------------------


def test_waiting_shows_the_amount_the_qr_and_one_line():
    face = customer_face("waiting", SALE)
    assert face.face is Face.PAY
    assert face.pay_url == SALE.pay_url
    assert face.amount == "$12.50"
    assert face.line == PAY_LINE


def test_amount_in_the_currencys_own_format():
    yen = SALE.with_(amount=Decimal("1200"), currency="JPY")
    assert customer_face("waiting", yen).amount == "¥1,200"


def test_paid_says_thank_you_with_the_amount():
    face = customer_face("result", SALE.with_(state=SaleState.PAID, status_word="paid"))
    assert (face.face, face.line, face.amount, face.pay_url) == (Face.PAID, PAID_LINE, "$12.50", "")
    assert face.announcement == "Paid $12.50. Thank you."


def test_not_paid_is_calm_and_says_why():
    cancelled = customer_face("result", SALE.with_(state=SaleState.UNPAID, status_word="canceled"))
    assert cancelled.face is Face.NOT_PAID
    assert cancelled.line == "This payment was cancelled"
    expired = customer_face("result", SALE.with_(state=SaleState.UNPAID, status_word="expired"))
    assert "tell the cashier" in expired.line
    odd = customer_face("result", SALE.with_(state=SaleState.UNPAID, status_word="failure"))
    assert odd.line == "This payment did not go through"
    assert all(f.pay_url == "" for f in (cancelled, expired, odd))


def test_no_qr_code_outside_waiting():
    for state in ("entering", "creating", "failed", "stopped", "result", "a-state-added-later"):
        assert customer_face(state, SALE).pay_url == "", state
    assert customer_face("creating", None).face is Face.PREPARING
    assert customer_face("entering", None).face is Face.IDLE


def test_a_cancelled_sale_leaves_the_customer_display_at_once():
    # Cancel takes the flow back to entering; the face is idle whatever sale is still around.
    assert customer_face("entering", SALE).face is Face.IDLE


def test_waiting_without_a_pay_url_never_draws_a_code():
    assert customer_face("waiting", SALE.with_(pay_url="")).pay_url == ""


# --- placement ---------------------------------------------------------------------------------------------


def test_auto_takes_the_first_screen_that_is_not_the_cashiers():
    assert place_display("auto", [CASHIER, CUSTOMER], CASHIER).screen == CUSTOMER
    assert place_display("auto", [CUSTOMER, CASHIER], CASHIER).screen == CUSTOMER
    assert place_display("auto", [CASHIER], CASHIER).where is Where.WINDOW


def test_remembered_by_name_and_geometry_not_by_index():
    third = ScreenInfo("DP-2", 2304, 0, 1920, 1080)
    chosen = place_display(
        "screen",
        [CASHIER, third, CUSTOMER],
        CASHIER,
        screen_name="CUSTOMER",
        screen_geometry=CUSTOMER.geometry,
    )
    assert chosen.screen == CUSTOMER


def test_same_name_with_a_new_resolution_is_still_that_screen():
    bigger = dataclasses.replace(CUSTOMER, width=1920, height=1080)
    chosen = place_display(
        "screen", [CASHIER, bigger], CASHIER, screen_name="CUSTOMER", screen_geometry=CUSTOMER.geometry
    )
    assert chosen.screen == bigger


def test_same_monitor_on_another_port_is_found_by_geometry():
    renamed = dataclasses.replace(CUSTOMER, name="HDMI-2")
    chosen = place_display(
        "screen", [CASHIER, renamed], CASHIER, screen_name="CUSTOMER", screen_geometry=CUSTOMER.geometry
    )
    assert chosen.screen == renamed


def test_unplugged_falls_back_to_a_window_or_hides_as_the_owner_chose():
    window = place_display(
        "screen", [CASHIER], CASHIER, screen_name="CUSTOMER", screen_geometry=CUSTOMER.geometry
    )
    assert (window.where, window.missing) == (Where.WINDOW, True)
    hidden = place_display(
        "screen",
        [CASHIER],
        CASHIER,
        screen_name="CUSTOMER",
        screen_geometry=CUSTOMER.geometry,
        when_unplugged="hide",
    )
    assert (hidden.where, hidden.missing) == (Where.HIDDEN, True)


def test_never_full_screen_over_the_cashiers_own_screen():
    chosen = place_display("screen", [CASHIER, CUSTOMER], CASHIER, screen_name="CASHIER")
    assert chosen.where is Where.WINDOW and not chosen.missing  # a window, and no "unplugged" notice


screens = st.lists(
    st.builds(
        ScreenInfo,
        st.sampled_from(["HDMI-1", "HDMI-2", "DP-1", "eDP-1", ""]),
        st.integers(-3000, 3000),
        st.integers(-3000, 3000),
        st.sampled_from([800, 1024, 1280, 1920]),
        st.sampled_from([600, 768, 800, 1080]),
    ),
    max_size=4,
    unique=True,
)


@given(
    screens, st.sampled_from(["HDMI-1", "DP-1", "gone"]), st.booleans(), st.sampled_from(["window", "hide"])
)
def test_placement_agrees_with_a_plain_reading_of_the_rules(connected, name, with_geometry, when_unplugged):
    cashier = connected[0] if connected else None
    geometry = (1280, 0, 1024, 768) if with_geometry else None
    got = place_display(
        "screen",
        connected,
        cashier,
        screen_name=name,
        screen_geometry=geometry,
        when_unplugged=when_unplugged,
    )
    # Oracle: rank every non-cashier screen (exact match best, then name, then geometry) and take the best.
    others = [s for s in connected if s != cashier]

    def rank(s: ScreenInfo) -> int:
        if s.name == name and (geometry is None or (s.x, s.y, s.width, s.height) == geometry):
            return 3
        if s.name == name:
            return 2
        if geometry is not None and (s.x, s.y, s.width, s.height) == geometry:
            return 1
        return 0

    best = max((rank(s) for s in others), default=0)
    if cashier is not None and rank(cashier) >= 2 and rank(cashier) >= best:
        assert got == Placement(Where.WINDOW)  # chosen by name on the till's own screen
    elif best == 0:
        assert got.missing and got.screen is None
        assert got.where is (Where.HIDDEN if when_unplugged == "hide" else Where.WINDOW)
    else:
        assert got.where is Where.SCREEN and not got.missing
        assert got.screen in others and rank(got.screen) == best
        assert got.screen != cashier


# --- settings ----------------------------------------------------------------------------------------------


def test_customer_settings_survive_a_save_and_load(tmp_path):
    path = tmp_path / "settings.json"
    customer = CustomerSettings(
        display="screen",
        screen_name="HDMI-1",
        screen_geometry=(1280, 0, 1024, 768),
        when_unplugged="hide",
        welcome="Grüezi!",
        logo_path="/tmp/logo.svg",
        sounds=True,
        volume=35,
    )
    save_settings(dataclasses.replace(Settings(), customer=customer), path)
    loaded, warning = load_settings(path)
    assert warning is None
    assert loaded.customer == customer


def test_defaults_are_off_and_silent():
    customer = Settings().customer
    assert customer.display == "off"
    assert customer.sounds is False
    assert customer.welcome == DEFAULT_WELCOME


def test_a_bad_value_in_the_section_keeps_the_rest(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps(
            {
                "terminal_name": "Till 9",
                "customer": {
                    "display": "hologram",
                    "volume": 900,
                    "screen_geometry": [1, 2, "x", 4],
                    "welcome": "Hello\nthere   friend",
                    "from_a_newer_version": True,
                },
            }
        )
    )
    loaded, warning = load_settings(path)
    assert loaded.terminal_name == "Till 9"
    assert loaded.customer.display == "off"
    assert loaded.customer.volume == CustomerSettings().volume
    assert loaded.customer.screen_geometry is None
    assert loaded.customer.when_unplugged == "window"
    assert loaded.customer.welcome == "Hello there friend"  # one line on the customer's screen
    assert warning is not None and "customer.display" in warning and "customer.volume" in warning
    assert "from_a_newer_version" not in warning


def test_a_section_that_is_not_an_object_uses_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"customer": "on"}))
    loaded, warning = load_settings(path)
    assert loaded.customer == CustomerSettings()
    assert warning is not None
