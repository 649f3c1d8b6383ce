"""Make the till's two sounds (resources/sounds/*.wav) from scratch: our own work, no samples, no licence
to honour. Run it again after changing a note: `python packaging/make_sounds.py`.

paid: two bright rising notes (a "ding-ding"); not-paid: two soft falling low notes — distinct by ear
without looking, and neither harsh (BTCPay had to turn its paid sound off by default after it startled shops).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freq: float, seconds: float, loudness: float) -> list[float]:
    """A bell-like note: the fundamental and a quieter octave, a 5 ms attack and an exponential decay."""
    n = int(RATE * seconds)
    out = []
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, t / 0.005) * math.exp(-t * 6.0)
        wave_ = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
        out.append(loudness * envelope * wave_ / 1.3)
    return out


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(b"".join(struct.pack("<h", round(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def sounds() -> dict[str, list[float]]:
    paid = tone(880.0, 0.14, 0.8) + tone(1318.5, 0.45, 0.8)  # A5 then E6
    not_paid = tone(392.0, 0.22, 0.7) + tone(293.7, 0.5, 0.7)  # G4 then D4
    return {"paid.wav": paid, "not-paid.wav": not_paid}


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, samples in sounds().items():
        write(OUT / name, samples)
        print(f"{OUT / name}: {len(samples) / RATE:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
