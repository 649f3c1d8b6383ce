"""Time the sales journal at shop-years scale: open, history pages (first, deep), filters, day report, CSV export.

    .venv/bin/python bench/seed_journal.py --path /tmp/bench/journal.sqlite3          # once, ~25 s
    .venv/bin/python bench/journal_bench.py --path /tmp/bench/journal.sqlite3

Prints figures (median of a few runs, milliseconds); no thresholds. The CSV export runs in a child process so
its peak resident memory (ru_maxrss) is its own.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pos_app.journal import STATUS_GROUPS, HistoryFilter, Journal


def timed(label: str, fn: Callable[[], object], runs: int = 5) -> object:
    result: object = None
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t0) * 1000)
    print(
        f"  {label:<52} {statistics.median(samples):9.2f} ms   (min {min(samples):.2f}, max {max(samples):.2f})"
    )
    return result


def export_in_child(path: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS in MB and byte size of a full CSV export done by a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "all.csv"
        code = (
            "import sys; from pathlib import Path; from pos_app.reports import write_csv\n"
            f"with open({str(out)!r}, 'w', newline='', encoding='utf-8') as f:\n"
            f"    n = write_csv(Path({str(path)!r}), f)\n"
            "print(n)"
        )
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - t0
        size = out.stat().st_size
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kilobytes
    return seconds, peak_mb, size


def baseline_child_rss() -> float:
    subprocess.run([sys.executable, "-c", "import pos_app.reports"], check=True, cwd=ROOT)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, required=True, help="a journal seeded by bench/seed_journal.py")
    parser.add_argument("--page", type=int, default=200, help="rows per history page (the view's fetch size)")
    args = parser.parse_args(argv)
    page = args.page

    print(
        f"journal {args.path} ({args.path.stat().st_size / 1e6:.0f} MB), SQLite via Python {sys.version.split()[0]}"
    )
    t0 = time.perf_counter()
    journal = Journal.open(args.path)
    print(
        f"  {'open (first, cold-ish: checks + WAL checkpoint)':<52} {(time.perf_counter() - t0) * 1000:9.2f} ms"
    )
    journal.close()
    timed("open + close", lambda: Journal.open(args.path).close())
    journal = Journal.open(args.path)
    try:
        total = timed("count all sales (history header)", journal.count)
        print(f"    = {total:,} sales")
        first = timed(f"history first page ({page} rows)", lambda: journal.page(limit=page))

        # Scrolling: the view continues from the last row it has (keyset), so depth does not matter.
        cursor = first.next_cursor  # type: ignore[attr-defined]
        t0 = time.perf_counter()
        pages = 0
        while cursor is not None and pages < 250:
            cursor = journal.page(limit=page, after=cursor).next_cursor
            pages += 1
        ms = (time.perf_counter() - t0) * 1000
        print(
            f"  {f'scroll: {pages} consecutive pages (keyset)':<52} {ms:9.2f} ms   ({ms / pages:.2f} ms/page)"
        )
        for depth in (100_000, 500_000, 999_000):
            if depth >= total:  # type: ignore[operator]
                continue
            anchor = journal.page(limit=1, offset=depth - 1).sales[0]
            deep_cursor = journal.page(limit=1, offset=depth - 1).next_cursor
            timed(
                f"page at row {depth:,} (keyset cursor)",
                lambda c=deep_cursor: journal.page(limit=page, after=c),
            )
            timed(
                f"page at row {depth:,} (OFFSET, for comparison)",
                lambda d=depth: journal.page(limit=page, offset=d),
                3,
            )
            del anchor

        last_day = date.today() - timedelta(days=1)
        mid_day = date.today() - timedelta(days=180)
        timed("filter: one day, count", lambda: journal.count(HistoryFilter(day=mid_day)))
        timed("filter: one day, first page", lambda: journal.page(HistoryFilter(day=mid_day), limit=page))
        for name, states in STATUS_GROUPS.items():
            flt = HistoryFilter(states=states)
            timed(f"filter: status {name!r}, first page", lambda f=flt: journal.page(f, limit=page))
            timed(f"filter: status {name!r}, count", lambda f=flt: journal.count(f), 3)
        flt = HistoryFilter(day=mid_day, states=STATUS_GROUPS["Paid"])
        timed("filter: day + paid, first page", lambda: journal.page(flt, limit=page))
        exact = HistoryFilter(search="T1-0500000")
        timed("search order number 'T1-0500000', first page", lambda: journal.page(exact, limit=page), 3)
        part = HistoryFilter(search="12345")
        timed("search '12345' (substring), first page", lambda: journal.page(part, limit=page), 3)
        timed("search '12345' (substring), count", lambda: journal.count(part), 3)
        common = HistoryFilter(search="99")
        timed("search '99' (matches ~40,000), first page", lambda: journal.page(common, limit=page), 3)
        timed("unfinished() (resume at start)", journal.unfinished, 3)
        report = timed("day report (yesterday)", lambda: journal.day_totals(last_day))
        print(f"    = {report.sale_count:,} sales on {last_day}")  # type: ignore[attr-defined]
        timed("day report (180 days ago)", lambda: journal.day_totals(mid_day))
        sample = first.sales[0]  # type: ignore[attr-defined]
        timed("timeline of one sale (events)", lambda: journal.events(sample.id))
    finally:
        journal.close()

    base = baseline_child_rss()
    seconds, peak, size = export_in_child(args.path)
    print(
        f"  {'CSV export of everything (child process)':<52} {seconds * 1000:9.0f} ms   "
        f"({size / 1e6:.0f} MB written, peak RSS {peak:.0f} MB; python + imports alone {base:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
