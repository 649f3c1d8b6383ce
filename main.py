"""Start KuPay POS: `python main.py --demo`, `python main.py sandbox`, `python main.py --help`."""

from pos_app.app import main

if __name__ == "__main__":
    raise SystemExit(main())
