"""Whatever a cashier (or a cat on the keyboard) types on the sale screen, the till never crashes and always
shows either an amount it can charge or one sentence saying why it cannot.

Hypothesis drives the real SaleScreen with real key presses (qtbot), switching currencies and limits in
between. One widget is reused across examples (reset between them), so the run stays quick.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from typed_meaning import meanings, plainly_meant, typed_text

from pos_app.kupay.models import CURRENCIES
from pos_app.money import format_amount, minor_units
from pos_app.ui.sale_screen import SaleScreen

_KEYS = [getattr(Qt.Key, f"Key_{d}") for d in range(10)] + [
    Qt.Key.Key_Period,
    Qt.Key.Key_Comma,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Minus,  # keys a keypad does not have: ignored, never a crash
    Qt.Key.Key_Plus,
    Qt.Key.Key_Space,
    Qt.Key.Key_E,
    Qt.Key.Key_Tab,
]
# Weighted towards digits so long amounts (and the 12-digit cap) are reached.
_key = st.sampled_from(_KEYS) | st.sampled_from(_KEYS[:10])
_action = st.one_of(
    _key.map(lambda k: ("key", k)),
    _key.map(lambda k: ("key", k)),
    _key.map(lambda k: ("key", k)),
    st.sampled_from(CURRENCIES).map(lambda c: ("currency", c)),
    st.sampled_from(["0", "1", "2", ".", "back", "clear"]).map(lambda b: ("button", b)),  # taps on the pad
)
_limits = st.sampled_from(
    [(None, None), (Decimal("1.00"), None), (None, Decimal("500")), (Decimal("5"), Decimal("99.99"))]
)

# A cashier-facing sentence: starts with a capital letter, ends with a full stop or an ellipsis.
_SENTENCE_ENDS = (".", "…", "!")


def check_screen(screen: SaleScreen) -> None:
    """Either a valid chargeable amount, or a stated reason; the display and Charge button agree."""
    currency = screen.currency()
    amount = screen.amount()
    problem = screen.problem()
    display = screen.display.text()
    assert display and "None" not in display and "nan" not in display.lower()
    if amount is not None:
        assert problem is None
        assert amount > 0
        assert amount.as_tuple().exponent >= -minor_units(currency), f"{amount} has too many decimals"
        assert len(str(int(amount))) <= 12
        assert screen.charge_button.isEnabled()
        assert screen.charge_button.text() == f"Charge {format_amount(amount, currency)}"
    else:
        assert problem, "no amount and no reason"
        assert problem[0].isupper() and problem.endswith(_SENTENCE_ENDS), problem
        assert not screen.charge_button.isEnabled()
        assert screen.reason.text() == problem  # the reason is on screen, not only in the code


def _run(qtbot, screen: SaleScreen, charges: list[int], currency, limits, actions) -> None:
    # Reset: a fresh sale on the same widget.
    screen.set_limits(*limits)
    screen.set_currency(currency)
    screen.start_new_sale()
    check_screen(screen)
    for kind, what in actions:
        chargeable = screen.amount() is not None
        before = len(charges)
        if kind == "key":
            qtbot.keyClick(screen, what)
        elif kind == "button":
            if screen.keys[what].isVisible():
                qtbot.mouseClick(screen.keys[what], Qt.MouseButton.LeftButton)
        else:
            screen.set_currency(what)
        check_screen(screen)
        if kind == "key" and what in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter charges exactly once when there is something to charge, and never otherwise.
            assert len(charges) - before == (1 if chargeable else 0)
        else:
            assert len(charges) == before


@pytest.fixture
def make_screen(qtbot):
    # Hypothesis runs every example inside one call of the test, with the same qtbot: the widget is built
    # once per test (kept on the qtbot, so it dies with it) and reset between examples.
    def make(**kwargs) -> tuple[SaleScreen, list[int]]:
        made = getattr(qtbot, "_kupay_sale_screen", None)
        if made is not None:
            return made
        screen = SaleScreen("USD", **kwargs)
        qtbot.addWidget(screen)
        screen.resize(900, 600)
        screen.show()
        screen.set_blocked(None)
        charges: list[int] = []
        screen.charge_requested.connect(lambda: charges.append(1))
        qtbot._kupay_sale_screen = (screen, charges)
        return screen, charges

    return make


_fuzz_settings = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_fuzz_settings
@given(
    currency=st.sampled_from(CURRENCIES),
    limits=_limits,
    actions=st.lists(_action, max_size=40),
)
def test_any_key_sequence_leaves_an_amount_or_a_reason(qtbot, make_screen, currency, limits, actions):
    screen, charges = make_screen()  # one widget for all examples of this test, reset by _run
    _run(qtbot, screen, charges, currency, limits, actions)


@_fuzz_settings
@given(
    currency=st.sampled_from(CURRENCIES),
    limits=_limits,
    actions=st.lists(_action, max_size=40),
)
def test_any_key_sequence_cents_first_leaves_an_amount_or_a_reason(
    qtbot, make_screen, currency, limits, actions
):
    screen, charges = make_screen(cents_first=True)
    _run(qtbot, screen, charges, currency, limits, actions)


def test_typed_amount_is_exactly_what_is_charged(qtbot, make_screen):
    """A plain sequence gives the amount a cashier expects; a key the amount cannot take is not dropped."""
    screen, charges = make_screen()
    qtbot.keyClicks(screen, "0012.50")
    assert screen.amount() == Decimal("12.50")
    qtbot.keyClicks(screen, "9")  # a 3rd decimal: shown, and Charge refused
    assert screen.amount() is None and screen.display.text() == "0012.509"
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert charges == []
    qtbot.keyClick(screen, Qt.Key.Key_Backspace)
    screen.set_currency("JPY")
    assert screen.amount() is None  # 12.50 is not a yen amount: refused, never cut to ¥12
    screen.set_currency("USD")
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert charges == [1]


_TYPING = {
    **{str(d): getattr(Qt.Key, f"Key_{d}") for d in range(10)},
    ".": Qt.Key.Key_Period,
    ",": Qt.Key.Key_Comma,
    "back": Qt.Key.Key_Backspace,
    "clear": Qt.Key.Key_Escape,
}


def _charge_typed(qtbot, screen, charges, currency, keys) -> Decimal | None:
    screen.set_limits(None, Decimal(10**13))
    screen.set_currency(currency)
    screen.start_new_sale()
    for key in keys:
        qtbot.keyClick(screen, _TYPING[key])
    before = len(charges)
    amount = screen.amount()
    qtbot.keyClick(screen, Qt.Key.Key_Return)
    assert len(charges) - before == (0 if amount is None else 1)
    return amount


_typing = st.lists(st.sampled_from([*"0123456789", *"0123456789", ".", ",", "back", "clear"]), max_size=16)


@_fuzz_settings
@given(currency=st.sampled_from(CURRENCIES), keys=_typing)
def test_enter_charges_what_the_typed_keys_mean_or_nothing(qtbot, make_screen, currency, keys):
    """Oracle: tests/typed_meaning.py, how people read numbers, written apart from pos_app.money."""
    screen, charges = make_screen()
    charged = _charge_typed(qtbot, screen, charges, currency, keys)
    decimals = minor_units(currency)
    if charged is not None:
        assert meanings(keys, decimals) == {charged}, typed_text(keys)
    plain = plainly_meant(keys, decimals)
    if plain is not None and 0 < plain and len(str(int(plain))) <= 12:
        assert charged == plain, (typed_text(keys), screen.problem())


@_fuzz_settings
@given(currency=st.sampled_from(CURRENCIES), keys=_typing)
def test_enter_charges_what_the_typed_keys_mean_cents_first(qtbot, make_screen, currency, keys):
    screen, charges = make_screen(cents_first=True)
    charged = _charge_typed(qtbot, screen, charges, currency, keys)
    decimals = minor_units(currency)
    if charged is not None:
        assert meanings(keys, decimals, cents_first=True) == {charged}, typed_text(keys)
    plain = plainly_meant(keys, decimals, cents_first=True)
    if plain is not None and 0 < plain and len(str(int(plain))) <= 12:
        assert charged == plain, (typed_text(keys), screen.problem())
