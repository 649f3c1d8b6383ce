"""Command line: parse it, then start the terminal window or run a subcommand.

Imports are lazy so `kupay-pos export` never loads Qt and the window appears as early as possible.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Sequence

from pos_app import __version__

_SHOP_DB_HELP = (
    "the shop database's address (overrides Settings), e.g. postgresql://till1@db.myshop.lan/kupay"
)


COMMANDS = ("sandbox", "export", "report", "shop", "receipt", "self-test")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without `commands`, only the till's own options (see parse_command_line)."""
    parser = argparse.ArgumentParser(
        prog="kupay-pos",
        description="KuPay POS: a point-of-sale terminal for KuPay crypto payments.",
        exit_on_error=commands,
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--verbose", action="store_true", help="with --version: also Python, Qt and every runtime package"
    )
    parser.add_argument(
        "--demo", action="store_true", help="run against the built-in sandbox (no account needed)"
    )
    parser.add_argument(
        "--api-url",
        help="KuPay API base URL for this run (default from settings: https://api.kupay.finance/v1/); "
        "asks the owner PIN when one is set, and shows the address on the till. With --demo: a sandbox "
        "to use instead of the built-in one",
    )
    parser.add_argument("--currency", help="currency to start with, e.g. EUR (default from settings)")
    parser.add_argument("--fullscreen", action="store_true", help="start in full screen")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the screens' language: en, es, pt_BR, fr, de or ja (default from settings, else the computer's)",
    )
    parser.add_argument("--shop-db", metavar="DSN", help=_SHOP_DB_HELP)
    parser.add_argument(
        "--printer",
        metavar="URI",
        help="receipt printer for this run, e.g. tcp://192.168.1.50:9100 or pdf:///srv/receipts (default from settings)",
    )
    parser.add_argument(
        "--print-when-paid", action="store_true", help="print a receipt automatically when a sale is paid"
    )
    parser.add_argument(
        "--customer-display",
        metavar="auto|window|off|NAME",
        help="the customer display: auto (the first screen that is not the cashier's; a window when there is "
        "only one), window, off, or a screen's name; overrides Settings for this run",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sb = sub.add_parser("sandbox", help="serve the built-in KuPay-compatible sandbox API")
    sb.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (0.0.0.0 lets a phone on the Wi-Fi in)"
    )
    sb.add_argument("--port", type=int, default=8765)
    sb.add_argument("--token", help="the only token accepted (default: any non-empty token)")
    sb.add_argument(
        "--expire-after", type=float, default=900.0, help="seconds until an unpaid payment expires"
    )

    ex = sub.add_parser("export", help="write the sales journal as CSV")
    ex.add_argument("--csv", required=True, metavar="PATH", help="file to write ('-' for standard output)")
    ex.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (local time)")
    ex.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (local time)")
    ex.add_argument("--shop", action="store_true", help="every till's sales, from the shop database")
    ex.add_argument("--shop-db", metavar="DSN", help=_SHOP_DB_HELP)

    rp = sub.add_parser("report", help="print a day's totals per currency")
    rp.add_argument("--date", metavar="YYYY-MM-DD", help="the day (local time; default today)")
    rp.add_argument(
        "--shop", action="store_true", help="every till's totals and the shop's, from the shop database"
    )
    rp.add_argument("--shop-db", metavar="DSN", help=_SHOP_DB_HELP)

    shop = sub.add_parser("shop", help="the shop database shared by several tills (PostgreSQL)")
    shop_sub = shop.add_subparsers(dest="shop_command", metavar="ACTION", required=True)
    init = shop_sub.add_parser(
        "init", help="create or upgrade the shop database's tables, roles and policies"
    )
    init.add_argument(
        "--db", required=True, metavar="DSN", help="e.g. postgresql://admin@db.myshop.lan/kupay"
    )

    rc = sub.add_parser("receipt", help="print a sale's receipt from the journal")
    rc.add_argument("order_number", metavar="ORDER_NUMBER", help="e.g. T1-0042")
    rc.add_argument(
        "--printer", dest="receipt_printer", metavar="URI", help="printer URI (default from settings)"
    )
    rc.add_argument("--copy", action="store_true", help="print it marked COPY")

    st = sub.add_parser("self-test", help="check Qt, keyring, QR, sandbox and journal; exit 0 when all pass")
    st.add_argument(
        "--strict",
        action="store_true",
        help="also fail without a working password store or this computer's own screen (not offscreen)",
    )
    st.add_argument(
        "--report", metavar="PATH", help="also write the report to PATH (the Windows app has no console)"
    )
    return parser


# Commands whose output is their point: without a console there is nowhere for it to go.
NO_CONSOLE = "kupay-pos: this program has no console to print to; on Windows run kupay-pos-cli.exe {command}"


def _stand_in_for_missing_console() -> bool:
    """The windowed Windows exe starts with sys.stdout and sys.stderr set to None: any print or write
    would raise and show PyInstaller's error dialog. Give them the null device; True when stdout was
    missing."""
    missing = sys.stdout is None
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - open for the whole run
    return missing


def _utf8_into_pipes_and_files() -> None:
    """Output that goes to a pipe or a file is UTF-8, whatever the locale says. On Windows a pipe gets the
    ANSI code page (cp1252), which has no ￥ or ₹: `self-test | more`, `report > day.txt` or the release
    workflow's `$out = & kupay-pos-cli.exe self-test` crashed mid-line, and `export --csv - > sales.csv`
    must write the same UTF-8 as `export --csv sales.csv`. A terminal keeps its own encoding (Windows'
    console already takes Unicode). What cannot be encoded never stops an error sentence."""
    for stream, errors in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or stream.isatty():
            continue
        if codecs.lookup(stream.encoding or "ascii").name != "utf-8":
            reconfigure(encoding="utf-8", errors=errors)


def parse_command_line(argv: list[str]) -> argparse.Namespace:
    """Opening the till (no command, no help) skips building the commands' parsers: ~5 ms of start-up.
    Anything the till's options do not read is parsed again in full, so errors and help are the same."""
    if not any(word in COMMANDS or word in ("-h", "--help") for word in argv):
        try:
            args, rest = build_parser(commands=False).parse_known_args(argv)
            if not rest:
                return args
        except argparse.ArgumentError:
            pass
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    no_stdout = _stand_in_for_missing_console()
    _utf8_into_pipes_and_files()
    args = parse_command_line(sys.argv[1:] if argv is None else list(argv))
    if args.version:
        if args.verbose:
            from pos_app.versions import version_report

            print("\n".join(version_report()))
        else:
            print(f"KuPay POS {__version__}")
        return 0
    csv_to_stdout = args.command == "export" and args.csv == "-"
    if no_stdout and (args.command == "report" or csv_to_stdout):
        print(NO_CONSOLE.format(command=args.command), file=sys.stderr)
        return 2
    if csv_to_stdout and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(newline="")  # csv writes its own CRLF; Windows would make it CR CR LF
    if args.command == "sandbox":
        from pos_app.kupay.sandbox import cli_main

        return cli_main(args)
    if args.command == "export":
        from pos_app.reports import cli_export

        return cli_export(args)
    if args.command == "report":
        from pos_app.reports import cli_report

        return cli_report(args)
    if args.command == "shop":
        from pos_app.shop.cli import cli_init

        return cli_init(args)
    if args.command == "receipt":
        from pos_app.receipts.cli import cli_receipt

        return cli_receipt(args)
    if args.command == "self-test":
        from pos_app.selftest import run_self_test

        return run_self_test(args)
    from pos_app.ui.launch import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
