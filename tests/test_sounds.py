"""The paid / not-paid chimes: off by default, at the owner's volume, distinct by ear, played off the UI thread
by the system's player (here a stand-in player script that keeps what it was given to play)."""

from __future__ import annotations

import array
import io
import shlex
import sys
import wave

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from till_harness import charge, fast_settings, open_till, press, wait_for_waiting

from pos_app.customer import CustomerSettings
from pos_app.resources import resource_path
from pos_app.sounds import SOUNDS, scaled_wav

PLAYER = """\
import pathlib, shutil, sys, time
out, wav = pathlib.Path(sys.argv[1]), sys.argv[2]
n = len(list(out.glob("*.wav")))
(out / f"started-{n}").touch()
deadline = time.monotonic() + 10
while not (out / "release").exists() and time.monotonic() < deadline:
    time.sleep(0.02)  # like a real player, busy for as long as the sound lasts
shutil.copy(wav, out / f"{n}.wav")
"""


def samples(data: bytes) -> tuple[int, list[int]]:
    with wave.open(io.BytesIO(data)) as f:
        return f.getframerate(), list(array.array("h", f.readframes(f.getnframes())))


def shipped(kind: str) -> bytes:
    return resource_path(SOUNDS[kind]).read_bytes()


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 100))
def test_volume_scales_every_sample(volume):
    _rate, original = samples(shipped("paid"))
    _rate, scaled = samples(scaled_wav(shipped("paid"), volume))
    assert len(scaled) == len(original)
    assert all(abs(s - o * volume / 100) <= 1 for s, o in zip(scaled, original, strict=True))


def pitch(data: bytes) -> float:
    """Zero crossings per second / 2: the main frequency of a simple tone."""
    rate, values = samples(data)
    crossings = sum(1 for a, b in zip(values, values[1:], strict=False) if (a < 0) != (b < 0))
    return crossings / 2 / (len(values) / rate)


def test_the_two_sounds_are_short_and_tell_paid_from_not_paid_by_ear():
    for kind in SOUNDS:
        rate, values = samples(shipped(kind))
        assert 0.2 < len(values) / rate < 1.0, kind
        assert max(abs(v) for v in values) > 10000, kind  # audible at full volume
    assert pitch(shipped("paid")) > 2 * pitch(shipped("not_paid"))  # bright up vs. low down


@pytest.fixture
def player(tmp_path, monkeypatch):
    out = tmp_path / "played"
    out.mkdir()
    script = tmp_path / "player.py"
    script.write_text(PLAYER)
    monkeypatch.setenv(
        "KUPAY_POS_SOUND_PLAYER", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} {out}"
    )
    return out


def sound_till(qtbot, sandbox, tmp_path, **customer):
    return open_till(qtbot, sandbox, tmp_path, fast_settings(customer=CustomerSettings(**customer)))


def test_paid_plays_the_paid_sound_at_the_owners_volume_without_holding_the_screen(
    qtbot, sandbox, tmp_path, player
):
    window = sound_till(qtbot, sandbox, tmp_path, sounds=True, volume=40)
    sale = charge(qtbot, window)
    with qtbot.waitSignal(window.customer_side.feedback.played, timeout=10000) as played:
        sandbox.pay(sale.payment_id)
    assert played.args == ["paid"]
    # The player is busy, and the till already shows green: nothing of ours waits for the sound.
    qtbot.waitUntil(lambda: (player / "started-0").exists(), timeout=5000)
    assert window.current_screen() is window.result_screen
    expected = scaled_wav(shipped("paid"), 40)
    (player / "release").touch()
    qtbot.waitUntil(lambda: (player / "0.wav").exists() and (player / "0.wav").read_bytes() == expected)


def test_not_paid_plays_the_other_sound_and_a_cancel_at_the_till_none(qtbot, sandbox, tmp_path, player):
    (player / "release").touch()
    window = sound_till(qtbot, sandbox, tmp_path, sounds=True, volume=100)
    charge(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Escape)  # the cashier's own cancel: silent
    press(qtbot, window, Qt.Key.Key_Return)  # the amount is kept: charge it again
    wait_for_waiting(qtbot, window)
    sale = window.flow.sale
    with qtbot.waitSignal(window.customer_side.feedback.played, timeout=10000) as played:
        sandbox.expire(sale.payment_id)
    assert played.args == ["not_paid"]
    expected = scaled_wav(shipped("not_paid"), 100)
    qtbot.waitUntil(lambda: (player / "0.wav").exists() and (player / "0.wav").read_bytes() == expected)
    assert sorted(p.name for p in player.glob("*.wav")) == ["0.wav"]  # one sound: none for the cancel


def test_sounds_are_off_by_default(qtbot, sandbox, tmp_path, player):
    (player / "release").touch()
    window = sound_till(qtbot, sandbox, tmp_path)
    sale = charge(qtbot, window)
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: window.flow.state == "result", timeout=5000)
    window.tasks.wait_all()
    assert list(player.iterdir()) == [player / "release"]


def test_no_sound_player_is_said_once_in_a_sentence(qtbot, sandbox, tmp_path, monkeypatch):
    monkeypatch.setenv("KUPAY_POS_SOUND_PLAYER", str(tmp_path / "no-such-player"))
    window = sound_till(qtbot, sandbox, tmp_path, sounds=True)
    sale = charge(qtbot, window)
    sandbox.pay(sale.payment_id)
    qtbot.waitUntil(lambda: "no sound player" in window.notice_text(), timeout=5000)
    assert "Settings" in window.notice_text()
