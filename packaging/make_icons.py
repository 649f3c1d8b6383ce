"""Draw the KuPay POS app icon and write every format the installers need.

    python packaging/make_icons.py          # writes resources/icons/kupay-pos{.png,-256.png,.ico,.icns}

The logo is drawn with shapes only (no font), so it looks the same on every machine and the outputs are
reproducible: a rounded square in KuPay blue with a white "K" and a small QR finder mark. The outputs are
committed; run this again only when the design changes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"

# KuPay blue, as named in resources/theme.qss (@brand #1d4ed8, @brand-dark #1e3a8a), lightened at the top.
BLUE_TOP = (59, 118, 246)
BLUE_BOTTOM = (30, 58, 138)
WHITE = (255, 255, 255, 255)

CANVAS = 1024  # drawn at 1024 px and scaled down: the scaling is the anti-aliasing
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def _gradient(size: int) -> Image.Image:
    """A top-left to bottom-right blue gradient."""
    grad = Image.new("RGBA", (size, size))
    px = grad.load()
    assert px is not None
    for y in range(size):
        for x in range(size):
            t = (x + y) / (2 * (size - 1))
            px[x, y] = tuple(round(a + (b - a) * t) for a, b in zip(BLUE_TOP, BLUE_BOTTOM, strict=True)) + (
                255,
            )
    return grad


def draw_logo(size: int = CANVAS) -> Image.Image:
    """The logo at `size` pixels (drawn at 4x `size`/1024 scale then reduced for smooth edges)."""
    s = CANVAS * 2  # supersampled working canvas
    u = s / 1024  # one design unit

    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (round(40 * u), round(40 * u), round(984 * u), round(984 * u)), radius=round(220 * u), fill=255
    )
    # The gradient is cheap to compute at 256 px and smooth when scaled up.
    logo = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    logo.paste(_gradient(256).resize((s, s), Image.Resampling.BICUBIC), (0, 0), mask)

    d = ImageDraw.Draw(logo)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * u), round(y0 * u), round(x1 * u), round(y1 * u))

    def poly(*pts: tuple[float, float]) -> list[tuple[int, int]]:
        return [(round(x * u), round(y * u)) for x, y in pts]

    # The "K": a stem and two arms of the same stroke, geometric so it needs no font. The arms are thick
    # lines clipped to the letter's cap height, so their ends are cut flat like a typeface's.
    top, bottom, stroke = 230, 794, 150
    d.rounded_rectangle(box(215, top, 215 + stroke, bottom), radius=round(26 * u), fill=WHITE)
    arms = Image.new("L", (s, s), 0)
    da = ImageDraw.Draw(arms)
    da.line(poly((300, 610), (760, 150)), fill=255, width=round(stroke * u))  # upper arm
    da.line(poly((420, 440), (800, 880)), fill=255, width=round(stroke * u))  # lower arm
    clip = Image.new("L", (s, s), 0)
    ImageDraw.Draw(clip).rectangle(box(215 + stroke // 2, top, 984, bottom), fill=255)
    logo.paste(Image.new("RGBA", (s, s), WHITE), (0, 0), Image.composite(arms, clip.point(lambda _: 0), clip))

    # A QR finder pattern in the open mouth of the "K" says "scan to pay".
    d.rounded_rectangle(box(720, 452, 840, 572), radius=round(16 * u), fill=WHITE)
    d.rounded_rectangle(box(740, 472, 820, 552), radius=round(9 * u), fill=BLUE_BOTTOM + (255,))
    d.rounded_rectangle(box(760, 492, 800, 532), radius=round(5 * u), fill=WHITE)

    return logo.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(out_dir: Path = ICON_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    big = draw_logo(1024)
    written: list[Path] = []

    png512 = out_dir / "kupay-pos.png"
    big.resize((512, 512), Image.Resampling.LANCZOS).save(png512, optimize=True)
    png256 = out_dir / "kupay-pos-256.png"
    big.resize((256, 256), Image.Resampling.LANCZOS).save(png256, optimize=True)
    ico = out_dir / "kupay-pos.ico"
    big.save(ico, sizes=ICO_SIZES)  # Windows: exe icon, installer, shortcuts
    icns = out_dir / "kupay-pos.icns"
    big.save(icns)  # macOS: Pillow writes 16..1024 px (incl. @2x) from the 1024 px image
    written += [png512, png256, ico, icns]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="folder to write to")
    args = parser.parse_args()
    for path in write_icons(args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
