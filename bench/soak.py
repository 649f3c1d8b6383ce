"""Soak: many sales in a row in one process, through the real main window, paid by the sandbox.

    .venv/bin/python bench/soak.py [--sales 1000] [--poll 0.05] [--max-seconds 1200]

Each sale: digits + Enter on the keypad, wait for the QR code, the sandbox's customer pays, wait for the
green screen, Enter for the next sale. Offscreen, demo wiring (in-process sandbox, journal on disk in a
temporary KUPAY_POS_HOME), a short poll interval so a thousand sales take minutes, not hours.

Checks and prints:
- no exception (an exception in a Qt slot is printed by Qt and counted here through sys.excepthook);
- threads back to baseline after each sale: Python threads (threading.active_count), OS threads
  (/proc/self/task) and the window's live QThread children (status pollers), waited for up to 5 s;
- resident memory (VmRSS): idle terminal, after a warm-up of 20 sales, and at the end; goal: under 10 MB
  growth over the run;
- the reference counts of None, True and False (sys.getrefcount): with some PySide6/CPython pairs
  (PySide6 6.12 on CPython 3.11) every Python call of a void/bool Qt method drops one, and when one
  reaches zero the interpreter aborts ("Fatal Python error: none_dealloc"). A steady fall here is that bug.
Memory is also the "Memory" figure of the performance section (idle RSS, RSS after N sales).
"""

from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _till import Script, Till, Wait, live_qthreads, os_threads, rss_kib, thread_counts

WARM_UP = 20
GOAL_MB = 10.0


def singleton_refs() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sales", type=int, default=1000, help="sales to ring up (default 1000)")
    parser.add_argument(
        "--poll", type=float, default=0.05, help="status poll interval in seconds (default 0.05)"
    )
    parser.add_argument(
        "--max-seconds", type=float, default=1200, help="stop early after this long (default 1200)"
    )
    parser.add_argument("--every", type=int, default=100, help="print a progress line every N sales")
    args = parser.parse_args()

    errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(kind, value, tb):  # exceptions raised inside Qt slots end up here
        errors.append(f"{kind.__name__}: {value}")
        previous_hook(kind, value, tb)

    sys.excepthook = hook
    threading.excepthook = lambda a: errors.append(f"thread {a.thread}: {a.exc_type.__name__}: {a.exc_value}")

    started = time.monotonic()
    till = Till(poll_interval=args.poll)
    r: dict[str, Any] = {
        "baseline": None,
        "rss_warm": 0,
        "not_back": [],  # sales after which threads did not come back to the baseline within 5 s
        "back_seconds": [],
        "max_extra": 0,
        "max_pollers": 0,
        "max_connections": 0,
        "max_os": 0,
        "sale_seconds": [],
        "done": 0,
    }

    def script() -> Script:
        yield from till.spin(1.0)
        gc.collect()
        r["rss_idle"] = rss_kib()
        r["refs_start"] = singleton_refs()
        print(
            f"idle terminal: RSS {r['rss_idle'] / 1024:.1f} MiB, threads py={threading.active_count()} "
            f"os={os_threads()}; platform {till.app.platformName()}, poll {args.poll} s"
        )
        refs = r["refs_start"]
        print(f"refcounts at start: None={refs[0]} True={refs[1]} False={refs[2]}", flush=True)
        for number in range(1, args.sales + 1):
            if time.monotonic() - started > args.max_seconds:
                print(f"stopping early: --max-seconds {args.max_seconds:.0f} reached")
                break
            t0 = time.perf_counter()
            yield from till.sale(f"{number % 997 + 1}.{number % 100:02d}")
            r["sale_seconds"].append(time.perf_counter() - t0)
            r["done"] = number
            if number == WARM_UP:
                # The pool's threads, the resume worker and every lazy import exist by now: the baseline.
                yield Wait(lambda: till.pollers() == 0, 5.0, "the last poller to end")
                yield from till.spin(0.5)
                gc.collect()
                r["baseline"] = thread_counts()[0]
                r["rss_warm"] = rss_kib()
                r["qthreads_warm"] = live_qthreads()
                print(
                    f"after {WARM_UP} warm-up sales: RSS {r['rss_warm'] / 1024:.1f} MiB, terminal threads "
                    f"{r['baseline']} (+{thread_counts()[1]} sandbox connections), os={os_threads()}",
                    flush=True,
                )
            base = r["baseline"]
            if base is not None:
                t_back = time.perf_counter()
                deadline = time.monotonic() + 5.0

                def back(base: int = base, deadline: float = deadline) -> bool:
                    ok = thread_counts()[0] <= base and till.pollers() == 0
                    return ok or time.monotonic() > deadline

                yield Wait(back, 10.0, "threads back to baseline")
                if thread_counts()[0] <= base and till.pollers() == 0:
                    r["back_seconds"].append(time.perf_counter() - t_back)
                else:
                    r["not_back"].append(number)
                terminal, connections = thread_counts()
                r["max_extra"] = max(r["max_extra"], terminal - base)
                r["max_pollers"] = max(r["max_pollers"], till.pollers())
                r["max_connections"] = max(r["max_connections"], connections)
                r["max_os"] = max(r["max_os"], os_threads())
            if number % args.every == 0:
                refs = singleton_refs()
                terminal, connections = thread_counts()
                print(
                    f"{number:5d} sales  {time.monotonic() - started:6.1f} s  RSS {rss_kib() / 1024:6.1f} MiB  "
                    f"threads terminal={terminal} sandbox-conn={connections} os={os_threads()} "
                    f"QThread objects={live_qthreads()}  refs None={refs[0]} True={refs[1]} False={refs[2]}",
                    flush=True,
                )
        yield from till.spin(0.3)
        gc.collect()
        r["rss_end"] = rss_kib()
        r["qthreads_end"] = live_qthreads()
        r["refs_end"] = singleton_refs()

    try:
        till.run(script())
    finally:
        elapsed = time.monotonic() - started
        till.close()
    baseline, rss_idle, rss_warm, rss_end = r["baseline"], r["rss_idle"], r["rss_warm"], r["rss_end"]
    done, not_back, back_seconds = r["done"], r["not_back"], r["back_seconds"]
    max_extra, max_pollers, max_connections, max_os = (
        r["max_extra"],
        r["max_pollers"],
        r["max_connections"],
        r["max_os"],
    )
    refs_start, refs_end, sale_seconds = r["refs_start"], r["refs_end"], r["sale_seconds"]

    print()
    print(
        f"soak: {done} sales in {elapsed:.0f} s ({1000 * elapsed / max(done, 1):.0f} ms per sale, "
        f"poll {args.poll} s), platform {till.app.platformName()}"
    )
    print(f"exceptions: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    if baseline is not None:
        print(
            f"threads: terminal baseline {baseline}; back to it after every sale except {len(not_back)}"
            f"{(' e.g. ' + str(not_back[:5])) if not_back else ''} (median wait "
            f"{1000 * sorted(back_seconds)[len(back_seconds) // 2] if back_seconds else 0:.0f} ms); "
            f"max above baseline +{max_extra}; max live pollers after a sale {max_pollers}"
        )
        print(
            f"QThread objects alive: {r['qthreads_warm']} after warm-up, {r['qthreads_end']} at the end "
            "(the resume worker is one; more means finished pollers were never freed)"
        )
        print(
            f"sandbox connection threads (keep-alive connections left open): max {max_connections}; "
            f"OS threads max {max_os}"
        )
    growth_idle = (rss_end - rss_idle) / 1024
    print(
        f"RSS: idle {rss_idle / 1024:.1f} MiB, after warm-up {rss_warm / 1024:.1f} MiB, "
        f"after {done} sales {rss_end / 1024:.1f} MiB"
    )
    if rss_warm:
        growth_warm = (rss_end - rss_warm) / 1024
        print(
            f"RSS growth: {growth_idle:+.1f} MiB from idle, {growth_warm:+.1f} MiB after warm-up -> "
            f"{'met' if growth_warm < GOAL_MB else 'MISSED'} (goal under {GOAL_MB:.0f} MB)"
        )
    drift = [end - start for start, end in zip(refs_start, refs_end, strict=True)]
    print(
        f"refcount drift over the run: None {drift[0]:+d}, True {drift[1]:+d}, False {drift[2]:+d}"
        + (f" ({drift[0] / max(done, 1):+.0f} None per sale)" if done else "")
    )
    if sale_seconds:
        ordered = sorted(sale_seconds)
        print(
            f"sale cycle: median {1000 * ordered[len(ordered) // 2]:.0f} ms, max {1000 * ordered[-1]:.0f} ms"
        )
    sys.stdout.flush()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
