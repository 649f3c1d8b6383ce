"""The paid and not-paid sounds: short WAV files in resources/sounds/, played by the system's own player.

Why not QtMultimedia: it brings FFmpeg and its own Qt module into the bundle (tens of MB; the Linux bundle
is within a few MB of its 120 MB limit) and costs start-up time, for two half-second chimes. Instead:
Windows plays WAV with the standard library's `winsound`; macOS has `afplay`; Linux uses `pw-play`,
`paplay` or `aplay`, whichever exists. The volume is applied to the samples before playing, so every
player sounds the same. `KUPAY_POS_SOUND_PLAYER="command --flags"` picks another player (the file's path
is added at the end). `play()` blocks for the length of the sound: call it off the UI thread.
"""

from __future__ import annotations

import array
import io
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from pos_app.resources import resource_path
from pos_app.wording import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SOUNDS = {"paid": "sounds/paid.wav", "not_paid": "sounds/not-paid.wav"}
LINUX_PLAYERS = (["pw-play"], ["paplay"], ["aplay", "-q"])

NO_PLAYER = QT_TRANSLATE_NOOP(
    "Sounds",
    "Sounds are on, but this computer has no sound player. "
    "Install PulseAudio or ALSA utilities, or turn sounds off in Settings.",
)


class NoSoundPlayer(RuntimeError):
    def __str__(self) -> str:
        return NO_PLAYER


def scaled_wav(data: bytes, volume: int) -> bytes:
    """The 16-bit WAV `data` with every sample scaled to `volume` percent (0–100)."""
    with wave.open(io.BytesIO(data)) as src:
        params = src.getparams()
        frames = src.readframes(params.nframes)
    if params.sampwidth != 2:
        raise ValueError("only 16-bit sounds are shipped")
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    factor = max(0, min(100, volume)) / 100
    samples = array.array("h", (int(s * factor) for s in samples))
    if sys.byteorder == "big":
        samples.byteswap()
    out = io.BytesIO()
    with wave.open(out, "wb") as dst:
        dst.setparams(params)
        dst.writeframes(samples.tobytes())
    return out.getvalue()


def player_command() -> list[str] | None:
    """The command that plays a WAV file here (its path is appended), or None (Windows uses winsound)."""
    chosen = os.environ.get("KUPAY_POS_SOUND_PLAYER", "").strip()
    if chosen:
        return shlex.split(chosen)
    if sys.platform == "win32":
        return None
    if sys.platform == "darwin":
        return ["afplay"]
    for command in LINUX_PLAYERS:
        if shutil.which(command[0]):
            return command
    raise NoSoundPlayer


def play(kind: str, volume: int) -> None:
    """Play the `kind` sound ("paid" or "not_paid") at `volume` percent; returns when it has played.

    Raises NoSoundPlayer when nothing here can play it; a player that fails is logged, not raised: a
    missing chime must never get in the way of a sale.
    """
    if volume <= 0:
        return
    data = scaled_wav(resource_path(SOUNDS[kind]).read_bytes(), volume)
    command = player_command()
    if command is None:
        import winsound  # type: ignore[import-not-found,unused-ignore]

        winsound.PlaySound(data, winsound.SND_MEMORY)  # type: ignore[attr-defined,unused-ignore]
        return
    fd, name = tempfile.mkstemp(prefix="kupay-sound-", suffix=".wav")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        try:
            subprocess.run(
                [*command, name], check=True, timeout=10, capture_output=True, stdin=subprocess.DEVNULL
            )
        except FileNotFoundError:
            raise NoSoundPlayer from None
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("sound player %s failed: %s", command[0], exc)
    finally:
        Path(name).unlink(missing_ok=True)
