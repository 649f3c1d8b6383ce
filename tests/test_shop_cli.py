"""`kupay-pos shop init`, `report --shop` and `export --shop` against a real shop database."""

from __future__ import annotations

import csv
import io
from datetime import date

import psycopg
import pytest
from pg_cluster import SUPERUSER_PASSWORD

from pos_app.app import main
from pos_app.shop.database import SCHEMA_VERSION, ShopDatabaseError, ShopTarget, validate_address


def with_password(address: str) -> str:
    return address.replace("postgres@", f"postgres:{SUPERUSER_PASSWORD}@")


def test_shop_init_creates_then_finds_the_schema_up_to_date(pg_cluster, capsys):
    with psycopg.connect(pg_cluster.admin(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE fresh_shop")
    dsn = with_password(pg_cluster.address("fresh_shop"))
    assert main(["shop", "init", "--db", dsn]) == 0
    assert f"is ready: schema 0 → {SCHEMA_VERSION}" in capsys.readouterr().out
    assert main(["shop", "init", "--db", dsn]) == 0
    out = capsys.readouterr().out
    assert f"is up to date (schema {SCHEMA_VERSION})" in out
    assert SUPERUSER_PASSWORD not in out


def test_a_newer_shop_database_is_refused_and_left_alone(shop_db, capsys):
    shop_db.execute("UPDATE kupay_schema SET version = version + 1")
    dsn = with_password(shop_db.target.address)
    assert main(["shop", "init", "--db", dsn]) == 1
    assert "set up by a newer KuPay POS" in capsys.readouterr().err
    assert main(["report", "--shop-db", dsn]) == 1
    assert "update this till" in capsys.readouterr().err


def test_report_and_export_cover_every_till_once(shop_db, tills, capsys, tmp_path):
    bar, terrace = tills("Bar", "B-"), tills("Terrace", "T-")
    bar.sell("10.00", "EUR")
    bar.sell("2.50", "EUR")
    bar.sell("99.00", "EUR", paid=False)
    terrace.sell("5.25", "EUR")
    terrace.sell("7", "USD")
    bar.sync.push_pending()
    terrace.sync.push_pending()
    dsn = with_password(shop_db.target.address)

    assert main(["report", "--shop", "--shop-db", dsn, "--date", date.today().isoformat()]) == 0
    out = capsys.readouterr().out
    bar_part, rest = out.split("== Bar")[1].split("== Terrace")
    terrace_part, shop_part = rest.split("== Shop total (all tills)")
    assert "€12.50" in bar_part and "€5.25" in terrace_part and "$7.00" in terrace_part
    assert "€17.75" in shop_part and "$7.00" in shop_part
    assert "€99.00" not in out  # an expired sale is no money taken

    target = tmp_path / "all.csv"
    assert main(["export", "--csv", str(target), "--shop", "--shop-db", dsn]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 5
    assert len({r["id"] for r in rows}) == 5
    assert sorted(r["terminal"] for r in rows) == ["Bar"] * 3 + ["Terrace"] * 2
    assert sorted(r["amount"] for r in rows) == ["10.00", "2.50", "5.25", "7", "99.00"]


def test_unreachable_shop_database_is_one_sentence(pg_cluster, capsys):
    dsn = f"postgresql://postgres@127.0.0.1:{pg_cluster.port + 1}/shop"
    assert main(["report", "--shop-db", dsn]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be reached" in err and "Traceback" not in err


def test_no_shop_database_set_says_where_to_set_it(capsys):
    assert main(["export", "--csv", "-", "--shop"]) == 1
    assert "Settings → Shop database" in capsys.readouterr().err


@pytest.mark.parametrize(
    "address",
    ["postgresql://till@db.example.com/shop?sslmode=disable", "host=192.0.2.7 dbname=shop sslmode=prefer"],
)
def test_plain_text_to_another_computer_is_refused(address):
    with pytest.raises(ShopDatabaseError, match="must be encrypted"):
        validate_address(address)


def test_another_computer_gets_verified_tls_by_default_and_loopback_may_go_plain():
    remote = ShopTarget("postgresql://till@db.example.com/shop").conninfo()
    assert "sslmode=verify-full" in remote and "sslrootcert=system" in remote
    assert "sslmode" not in ShopTarget("postgresql://till@127.0.0.1/shop").conninfo()
    assert "sslmode" not in ShopTarget("host=/var/run/postgresql dbname=shop").conninfo()


@pytest.mark.parametrize(
    ("environment", "address"),
    [
        ({"PGHOST": "db.example.com"}, "postgresql:///shop"),  # a kiosk script's environment names the host
        ({"PGHOSTADDR": "192.0.2.7"}, "postgresql:///shop"),
        ({}, "postgresql:///shop?service=shop"),  # the host is in pg_service.conf: not known to be local
    ],
)
def test_a_host_libpq_takes_from_elsewhere_gets_verified_tls_too(monkeypatch, environment, address):
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert "sslmode=verify-full" in ShopTarget(address).conninfo()
    with pytest.raises(ShopDatabaseError, match="must be encrypted"):
        validate_address(address + ("&" if "?" in address else "?") + "sslmode=disable")


def test_a_password_in_the_saved_address_is_refused():
    with pytest.raises(ShopDatabaseError, match="password field"):
        validate_address("postgresql://till:secret@127.0.0.1/shop")


def test_the_password_never_shows_in_the_target():
    target = ShopTarget("postgresql://till@127.0.0.1/shop", "s3cret-pw")
    assert "s3cret-pw" not in repr(target) and "s3cret-pw" not in target.where


def test_an_older_shop_database_is_refused_by_the_till_until_shop_init_upgrades_it(pg_cluster, tills, capsys):
    from pos_app.shop.database import ShopNotSetUp, init_schema

    with psycopg.connect(pg_cluster.admin(), autocommit=True) as conn:
        conn.execute("CREATE DATABASE old_shop")
    with psycopg.connect(pg_cluster.admin("old_shop")) as conn:
        init_schema(conn, upgrade_to=1)  # as the first release left it
    target = ShopTarget(pg_cluster.address("old_shop"), SUPERUSER_PASSWORD)
    till = tills(target=target)
    till.sell()
    with pytest.raises(ShopNotSetUp, match="run kupay-pos shop init"):
        till.sync.push_pending()
    assert main(["shop", "init", "--db", with_password(target.address)]) == 0
    assert f"schema 1 → {SCHEMA_VERSION}" in capsys.readouterr().out
    assert till.sync.push_pending() == 4


def test_the_password_is_masked_in_the_support_log():
    from pos_app import logs

    ShopTarget("postgresql://till@127.0.0.1/shop", "hunter2-shop-pw")
    assert "hunter2-shop-pw" not in logs.redact("connecting with password=hunter2-shop-pw")


def test_the_shops_own_certificate_authority_is_kept():
    conninfo = ShopTarget("postgresql://till@db.example.com/shop?sslrootcert=/etc/shop-ca.crt").conninfo()
    assert "sslmode=verify-full" in conninfo and "sslrootcert=/etc/shop-ca.crt" in conninfo
    assert "sslrootcert=system" not in conninfo


def test_the_shop_export_runs_no_formulas_either(shop_db, tills, tmp_path):
    till = tills('=HYPERLINK("http://x")', "B-")  # a till name typed by someone
    till.sell("10.00", "EUR")
    till.sync.push_pending()
    target = tmp_path / "all.csv"
    assert (
        main(["export", "--csv", str(target), "--shop", "--shop-db", with_password(shop_db.target.address)])
        == 0
    )
    (row,) = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert row["terminal"] == '\'=HYPERLINK("http://x")' and row["amount"] == "10.00"
