"""The shop database on the command line: `shop init`, `report --shop` and `export --csv PATH --shop`.

Each says in one sentence on standard error when the shop database cannot be used, and exits 1.
The address comes from `--db`/`--shop-db` or Settings; its password from the address itself, the OS keyring
(where Settings put it), or libpq's own PGPASSWORD / ~/.pgpass.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import TextIO

from pos_app.journal import HistoryFilter
from pos_app.reports import spreadsheet_safe
from pos_app.shop.database import (
    ShopDatabaseError,
    check_schema,
    connect,
    explain,
    init_schema,
    shop_target,
)

EXIT_OK, EXIT_ERROR = 0, 1


def _settings_address() -> str:
    from pos_app.settings import load_settings

    return load_settings()[0].shop_db


def _fail(command: str, exc: BaseException, where: str = "") -> int:
    error = exc if isinstance(exc, ShopDatabaseError) else explain(exc, where or "shop database")
    print(f"kupay-pos {command}: {error}", file=sys.stderr)
    return EXIT_ERROR


def cli_init(args: argparse.Namespace) -> int:
    """`shop init --db DSN`: create or upgrade the shop database's tables, roles and policies."""
    import psycopg

    try:
        target = shop_target(args.db, password="")
        with connect(target) as conn:
            before, now = init_schema(conn)
    except (ShopDatabaseError, psycopg.Error) as exc:
        return _fail("shop init", exc)
    if before == now:
        print(f"The shop database ({target.where}) is up to date (schema {now}).")
    else:
        print(f"The shop database ({target.where}) is ready: schema {before} → {now}.")
    return EXIT_OK


def cli_report(args: argparse.Namespace, day: object) -> int:
    """`report --shop [--date D]`: each till's totals per currency, then the shop's."""
    import psycopg

    from pos_app.reports import report_table, report_title
    from pos_app.shop.queries import shop_day

    try:
        target = shop_target(args.shop_db, _settings_address())
        with connect(target) as conn:
            check_schema(conn, target.where)
            report = shop_day(conn, day)  # type: ignore[arg-type]
    except (ShopDatabaseError, psycopg.Error) as exc:
        return _fail("report", exc)
    lines = [report_title(report.shop) + " — all tills", ""]
    for name, totals in report.tills:
        lines += [f"== {name}", *report_table(totals), ""]
    lines += ["== Shop total (all tills)" if report.tills else "== Shop", *report_table(report.shop)]
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def write_shop_csv(conn: object, out: TextIO, flt: HistoryFilter) -> int:
    from pos_app.shop.queries import SHOP_EXPORT_HEADER, iter_shop_export

    writer = csv.writer(out)
    writer.writerow(SHOP_EXPORT_HEADER)
    count = 0
    for row in iter_shop_export(conn, flt):  # type: ignore[arg-type]
        writer.writerow([spreadsheet_safe(cell) for cell in row])  # the till's own export rule
        count += 1
    return count


def cli_export(args: argparse.Namespace, flt: HistoryFilter) -> int:
    """`export --csv PATH --shop [--from D] [--to D]`: every till's sales, with a `terminal` column."""
    import psycopg

    try:
        target = shop_target(args.shop_db, _settings_address())
        with connect(target) as conn:
            check_schema(conn, target.where)
            if args.csv == "-":
                count = write_shop_csv(conn, sys.stdout, flt)
                sys.stdout.flush()
            else:
                path = Path(args.csv)
                with path.open("w", newline="", encoding="utf-8") as out:
                    count = write_shop_csv(conn, out, flt)
                print(f"Exported {count} sale(s) of all tills to {path}.", file=sys.stderr)
    except (ShopDatabaseError, psycopg.Error) as exc:
        return _fail("export", exc)
    except OSError as exc:
        print(f"kupay-pos export: cannot write {args.csv}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK
