"""The paid and not-paid sounds: short WAV files in resources/sounds/, played by the system's own player.

Why not QtMultimedia: it brings FFmpeg and its own Qt module into the bundle (tens of MB; the Linux bundle
is within a few MB of its 120 MB limit) and costs start-up time, for two half-second chimes. Instead:
Windows plays WAV with the standard library's `winsound`; macOS has `afplay`; Linux uses `pw-play`,
`paplay` or `aplay`, whichever exists. The volume is applied to the samples before playing, so every
player sounds the same. `KUPAY_POS_SOUND_PLAYER="command --flags"` picks another player (the file's path
is added at the end). `play()` starts the player and returns; it writes a file the first time, so call it off
the UI thread.
"""

from __future__ import annotations

import array
import atexit
import io
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
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
    """Start the `kind` sound ("paid" or "not_paid") at `volume` percent and return without waiting for it.

    Raises NoSoundPlayer when nothing here can play it; a player that fails is logged, not raised: a
    missing chime must never get in the way of a sale. The first call for a volume writes a small file
    (call it off the UI thread); the player then runs on its own, holding no thread of ours.
    """
    if volume <= 0:
        return
    path = _sound_file(kind, volume)
    command = player_command()
    if command is None:
        import winsound  # type: ignore[import-not-found,unused-ignore]

        flags = winsound.SND_FILENAME | winsound.SND_ASYNC  # type: ignore[attr-defined,unused-ignore]
        winsound.PlaySound(str(path), flags)  # type: ignore[attr-defined,unused-ignore]
        return
    with _LOCK:
        _PLAYING[:] = [p for p in _PLAYING if p.poll() is None]  # reap the players that have finished
        try:
            _PLAYING.append(
                subprocess.Popen(
                    [*command, str(path)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        except FileNotFoundError:
            raise NoSoundPlayer from None
        except OSError as exc:
            log.warning("sound player %s failed: %s", command[0], exc)


_LOCK = threading.Lock()
_PLAYING: list[subprocess.Popen[bytes]] = []
_FILES: dict[tuple[str, int], Path] = {}
_FOLDER: list[Path] = []


def _sound_file(kind: str, volume: int) -> Path:
    """The sound at that volume as a WAV file, written once per run into a folder removed at exit."""
    with _LOCK:
        path = _FILES.get((kind, volume))
        if path is not None and path.exists():
            return path
        if not _FOLDER:
            _FOLDER.append(Path(tempfile.mkdtemp(prefix="kupay-sounds-")))
            atexit.register(shutil.rmtree, _FOLDER[0], True)
        path = _FOLDER[0] / f"{kind}-{volume}.wav"
        path.write_bytes(scaled_wav(resource_path(SOUNDS[kind]).read_bytes(), volume))
        _FILES[(kind, volume)] = path
        return path
