"""The shop's PostgreSQL: its address rules, connecting, the versioned schema and the tills' identities.

The address (a libpq DSN, URL or key=value form) is kept in Settings without its password; the password lives
in the OS keyring (`SHOP_DB_USERNAME` in credentials' service). TLS is required for any host that is not this
computer (loopback or a Unix socket): without an sslmode the till asks for `verify-full` against the system's
certificate authorities, and modes that allow plain text are refused.

The schema is versioned in `kupay_schema` and upgraded only by `kupay-pos shop init` (`init_schema`), under
an advisory lock so two admins cannot run it at once. A till refuses a schema newer than it knows.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from dataclasses import dataclass, field
from typing import Any

import psycopg
import psycopg.errors
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from pos_app import __version__
from pos_app.wording import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SHOP_DB_USERNAME = "shop-database-password"  # the keyring entry beside the API token
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 15_000
_PLAIN_TEXT_MODES = ("disable", "allow", "prefer")
_MIGRATION_LOCK = 0x4B55504159  # "KUPAY": pg_advisory_xact_lock key for `shop init`


class ShopDatabaseError(Exception):
    """A shop-database problem; str() is one sentence for the owner (what happened, what to do)."""


class ShopUnreachable(ShopDatabaseError):
    """The server did not answer or dropped the connection: the tills keep their queue and retry."""


class ShopNotSetUp(ShopDatabaseError):
    """No schema, or an older one: `kupay-pos shop init` must run first."""


class ShopTooNew(ShopDatabaseError):
    """The schema was written by a newer KuPay POS."""


class PrefixTaken(ShopDatabaseError):
    """Another till of the shop already numbers its orders with this prefix."""


# ------------------------------------------------------------------------------------------------ address
def _is_local_host(host: str) -> bool:
    if not host or host.startswith("/") or host.startswith("@") or host == "localhost":
        return True  # a Unix socket (a folder, or Linux's abstract namespace) or this computer
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_address(text: str) -> dict[str, str]:
    """The DSN's parts; ShopDatabaseError with a sentence when it is not a PostgreSQL address."""
    dsn = text.strip()
    if not dsn:
        raise ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "Enter the shop database address, for example postgresql://till1@db.myshop.lan/kupay.",
            )
        )
    try:
        parts = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError:
        raise ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database address is not a PostgreSQL address; use the form "
                "postgresql://USER@HOST/DATABASE.",
            )
        ) from None
    return {k: str(v) for k, v in parts.items() if v is not None}


def require_tls(parts: dict[str, str]) -> dict[str, str]:
    """The parts with TLS demanded for every host that is not this computer (see the module docstring)."""
    # Without them in the address, libpq takes the host from PGHOST / PGHOSTADDR or a pg_service.conf entry.
    host = parts.get("host") or os.environ.get("PGHOST", "")
    elsewhere = ("hostaddr", "service")
    named_elsewhere = any(parts.get(key) or os.environ.get(f"PG{key.upper()}") for key in elsewhere)
    if all(_is_local_host(h.strip()) for h in host.split(",")) and not named_elsewhere:
        return parts
    mode = parts.get("sslmode", "")
    if mode in _PLAIN_TEXT_MODES:
        raise ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database is on another computer, so its connection must be encrypted: remove "
                "sslmode={mode} (or use sslmode=verify-full).",
            ).format(mode=mode)
        )
    out = dict(parts)
    if not mode:
        out["sslmode"] = "verify-full"
        out.setdefault("sslrootcert", "system")  # the operating system's certificate authorities
    return out


def validate_address(text: str) -> str:
    """The address as Settings keeps it: checked, TLS rule applied, and refused when it holds a password."""
    parts = parse_address(text)
    if parts.get("password"):
        raise ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "Leave the password out of the shop database address: enter it in the password field, "
                "which keeps it in this computer's password store.",
            )
        )
    require_tls(parts)
    return text.strip()


def describe(parts: dict[str, str]) -> str:
    """Where the database is, for sentences and the log (never the password)."""
    host = parts.get("host", "") or "this computer"
    if host.startswith("/"):
        host = "this computer"
    return f"{parts.get('dbname', parts.get('user', 'postgres'))} on {host}"


@dataclass(frozen=True)
class ShopTarget:
    """What to connect to: the address and, from the keyring or the command line, its password."""

    address: str
    password: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        if self.password:
            from pos_app import logs

            logs.register_secret(self.password)  # masked in the support log, wherever it might appear

    @property
    def where(self) -> str:
        return describe(parse_address(self.address))

    def conninfo(self, statement_timeout_ms: int = STATEMENT_TIMEOUT_MS) -> str:
        parts = require_tls(parse_address(self.address))
        extra: dict[str, Any] = {
            "connect_timeout": parts.get("connect_timeout", CONNECT_TIMEOUT_S),
            "application_name": f"kupay-pos {__version__}",
            # A half-open link (a cut cable) is noticed in ~20 s instead of the kernel's two hours.
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 2,
            "options": f"-c statement_timeout={int(statement_timeout_ms)}",
        }
        if self.password:
            extra["password"] = self.password
        return make_conninfo("", **{**parts, **extra})


def keyring_password() -> str:
    """The shop database password Settings stored, or "" (no store, or none stored)."""
    from pos_app.credentials import CredentialStore, KeyringUnavailable

    try:
        return CredentialStore(username=SHOP_DB_USERNAME, label="shop database password").get_token() or ""
    except KeyringUnavailable:
        return ""


def shop_target(
    address: str | None, settings_address: str = "", *, password: str | None = None
) -> ShopTarget:
    """The shop database to use: the command line's address over Settings'. Raises ShopDatabaseError."""
    chosen = (address or settings_address or "").strip()
    if not chosen:
        raise ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "No shop database is set: enter its address in Settings → Shop database, or pass --shop-db ADDRESS.",
            )
        )
    parts = parse_address(chosen)
    if parts.get("password"):
        return ShopTarget(chosen)  # typed on the command line by whoever runs it
    return ShopTarget(chosen, keyring_password() if password is None else password)


def connect(target: ShopTarget, *, statement_timeout_ms: int = STATEMENT_TIMEOUT_MS) -> psycopg.Connection:
    """A fresh connection, or ShopUnreachable / ShopDatabaseError with the sentence to show."""
    conninfo = target.conninfo(statement_timeout_ms)
    try:
        return psycopg.connect(conninfo)
    except psycopg.OperationalError as exc:
        raise explain(exc, target.where) from None


def explain(exc: BaseException, where: str) -> ShopDatabaseError:
    """One sentence for a psycopg error (the technical text goes to the log)."""
    log.warning("shop database %s: %s: %s", where, type(exc).__name__, str(exc).strip())
    text = str(exc).lower()
    if isinstance(exc, ShopDatabaseError):
        return exc
    if "password authentication failed" in text or "no password supplied" in text:
        return ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database ({where}) refused the user name or password: check them in Settings.",
            ).format(where=where)
        )
    if "ssl" in text or "certificate" in text:
        return ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database ({where}) could not be reached securely (its certificate or TLS set-up was "
                "refused): ask whoever runs it.",
            ).format(where=where)
        )
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return ShopDatabaseError(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database ({where}) does not let this till's user write its sales: give it the kupay_till role.",
            ).format(where=where)
        )
    if isinstance(exc, psycopg.errors.UndefinedTable):
        return ShopNotSetUp(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database ({where}) is not set up yet: run kupay-pos shop init --db ADDRESS.",
            ).format(where=where)
        )
    if isinstance(exc, psycopg.errors.QueryCanceled):
        return ShopUnreachable(
            QT_TRANSLATE_NOOP(
                "ShopDatabase", "The shop database ({where}) answered too slowly; the till will try again."
            ).format(where=where)
        )
    return ShopUnreachable(
        QT_TRANSLATE_NOOP(
            "ShopDatabase",
            "The shop database ({where}) cannot be reached; sales are kept on this till and sent when it is back.",
        ).format(where=where)
    )


# ------------------------------------------------------------------------------------------------- schema
# Each entry upgrades version i to i+1 in one transaction. Never edit a released entry: add a new one.
_MIGRATIONS: tuple[str, ...] = (
    # v1: the tills, their sales (the latest row of each) and every change of their timelines.
    """
    CREATE TABLE terminals (
        id text PRIMARY KEY,
        name text NOT NULL,
        order_prefix text NOT NULL,
        pushed_seq bigint NOT NULL DEFAULT 0,
        db_user name NOT NULL DEFAULT current_user,
        first_seen timestamptz NOT NULL DEFAULT now(),
        last_seen timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX terminals_order_prefix ON terminals (lower(order_prefix));
    CREATE TABLE sales (
        terminal_id text NOT NULL REFERENCES terminals(id),
        id text NOT NULL,
        order_number text NOT NULL,
        created_at text NOT NULL,
        created_us bigint NOT NULL,
        amount numeric NOT NULL,
        currency text NOT NULL,
        state text NOT NULL,
        payment_id text NOT NULL,
        pay_url text NOT NULL,
        status_word text NOT NULL,
        payment_state text NOT NULL,
        email text NOT NULL,
        updated_us bigint NOT NULL,
        last_seq bigint NOT NULL,
        PRIMARY KEY (terminal_id, id)
    );
    CREATE INDEX sales_created ON sales (created_us DESC, terminal_id DESC, id DESC);
    CREATE INDEX sales_terminal_created ON sales (terminal_id, created_us DESC, id DESC);
    CREATE TABLE sale_events (
        terminal_id text NOT NULL REFERENCES terminals(id),
        seq bigint NOT NULL,
        sale_id text NOT NULL,
        at_us bigint NOT NULL,
        state text NOT NULL,
        status_word text NOT NULL,
        note text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (terminal_id, seq)
    );
    CREATE INDEX sale_events_sale ON sale_events (terminal_id, sale_id, seq);

    -- Roles (no login): give each till its own login role IN ROLE kupay_till, the owner one IN ROLE kupay_owner.
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kupay_till') THEN CREATE ROLE kupay_till; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kupay_owner') THEN CREATE ROLE kupay_owner; END IF;
    END $$;
    GRANT SELECT ON kupay_schema, terminals, sales, sale_events TO kupay_owner, kupay_till;
    GRANT INSERT, UPDATE ON terminals, sales TO kupay_till;
    GRANT INSERT ON sale_events TO kupay_till;
    -- A till writes only the rows of a terminal registered by its own login role.
    ALTER TABLE terminals ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sales ENABLE ROW LEVEL SECURITY;
    ALTER TABLE sale_events ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_all ON terminals FOR SELECT USING (true);
    CREATE POLICY till_own ON terminals FOR INSERT TO kupay_till WITH CHECK (db_user = current_user);
    CREATE POLICY till_own_update ON terminals FOR UPDATE TO kupay_till
        USING (db_user = current_user) WITH CHECK (db_user = current_user);
    CREATE POLICY read_all ON sales FOR SELECT USING (true);
    CREATE POLICY till_own ON sales FOR INSERT TO kupay_till
        WITH CHECK (terminal_id IN (SELECT id FROM terminals WHERE db_user = current_user));
    CREATE POLICY till_own_update ON sales FOR UPDATE TO kupay_till
        USING (terminal_id IN (SELECT id FROM terminals WHERE db_user = current_user))
        WITH CHECK (terminal_id IN (SELECT id FROM terminals WHERE db_user = current_user));
    CREATE POLICY read_all ON sale_events FOR SELECT USING (true);
    CREATE POLICY till_own ON sale_events FOR INSERT TO kupay_till
        WITH CHECK (terminal_id IN (SELECT id FROM terminals WHERE db_user = current_user));
    """,
    # v2: History's *All tills* at any depth with many tills: sales still open found without walking the
    # whole time index, and order-number search by trigrams (pg_trgm ships with PostgreSQL; trusted since 13).
    """
    CREATE INDEX sales_open ON sales (created_us DESC, terminal_id DESC, id DESC)
        WHERE state IN ('creating', 'create_failed', 'waiting', 'needs_check');
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX sales_order_number_trgm ON sales USING gin (order_number gin_trgm_ops);
    """,
)
SCHEMA_VERSION = len(_MIGRATIONS)


def schema_version(conn: psycopg.Connection) -> int:
    """0 for a database without KuPay's tables."""
    exists = conn.execute("SELECT to_regclass('kupay_schema') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT version FROM kupay_schema").fetchone()
    return int(row[0]) if row else 0


def check_schema(conn: psycopg.Connection, where: str) -> None:
    """Refuse a database this till cannot write to as it expects (none, older, newer)."""
    version = schema_version(conn)
    conn.rollback()
    if version > SCHEMA_VERSION:
        raise ShopTooNew(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database ({where}) was set up by a newer KuPay POS (schema {version}, this till knows "
                "{known}): update this till. Its sales are kept here meanwhile.",
            ).format(where=where, version=version, known=SCHEMA_VERSION)
        )
    if version < SCHEMA_VERSION:
        raise ShopNotSetUp(
            QT_TRANSLATE_NOOP(
                "ShopDatabase",
                "The shop database ({where}) is not set up for this version yet: run kupay-pos shop init --db ADDRESS.",
            ).format(where=where)
        )


def init_schema(conn: psycopg.Connection, upgrade_to: int = SCHEMA_VERSION) -> tuple[int, int]:
    """Create or upgrade the schema (one transaction per step); returns (version before, version now).
    `upgrade_to` stops early (tests of the upgrade path)."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        before = schema_version(conn)
        if before > SCHEMA_VERSION:
            raise ShopTooNew(
                f"The shop database was set up by a newer KuPay POS (schema {before}); this one knows "
                f"{SCHEMA_VERSION}. Nothing was changed."
            )
        if before == 0:
            conn.execute("CREATE TABLE kupay_schema (version integer NOT NULL)")
            conn.execute("INSERT INTO kupay_schema VALUES (0)")
    for number in range(before, max(before, upgrade_to)):
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            conn.execute(_MIGRATIONS[number])  # our own constant SQL
            conn.execute("UPDATE kupay_schema SET version = %s", (number + 1,))
        log.info("shop database schema upgraded to %d", number + 1)
    return before, max(before, upgrade_to)


# -------------------------------------------------------------------------------------------------- tills
def register_terminal(conn: psycopg.Connection, terminal_id: str, name: str, prefix: str) -> int:
    """Announce this till (name and order-number prefix); returns how far the shop has its timeline.

    Raises PrefixTaken when another till already numbers its orders with `prefix` (or one that repeats them).
    """
    other = prefix_owner(conn, prefix, terminal_id)
    if other is not None:
        raise PrefixTaken(prefix_taken_sentence(prefix, other))
    try:
        with conn.transaction():
            row = conn.execute(
                "INSERT INTO terminals (id, name, order_prefix) VALUES (%s, %s, %s)"
                " ON CONFLICT (id) DO UPDATE SET name = excluded.name, order_prefix = excluded.order_prefix,"
                " last_seen = now() RETURNING pushed_seq",
                (terminal_id, name, prefix),
            ).fetchone()
    except psycopg.errors.UniqueViolation:
        raise PrefixTaken(prefix_taken_sentence(prefix, prefix_owner(conn, prefix, terminal_id))) from None
    return int(row[0]) if row else 0


def prefix_taken_sentence(prefix: str, other: str | None) -> str:
    if other is None:
        return QT_TRANSLATE_NOOP(
            "ShopDatabase",
            "The order-number prefix “{prefix}” is already used by another till in the shop database: "
            "give this till another prefix in Settings.",
        ).format(prefix=prefix)
    return QT_TRANSLATE_NOOP(
        "ShopDatabase",
        "The order-number prefix “{prefix}” is already used by till “{till}” in the shop database: "
        "give this till another prefix in Settings.",
    ).format(prefix=prefix, till=other)


def prefix_owner(conn: psycopg.Connection, prefix: str, terminal_id: str) -> str | None:
    """The name of the other till that uses `prefix`, or None. A prefix that is the other's followed by
    digits counts too: "T1" numbers its 10,001st sale T110001, "T11" its first."""
    row = conn.execute(
        "SELECT name FROM terminals, lower(%(mine)s) AS mine, lower(order_prefix) AS theirs"
        " WHERE id <> %(id)s AND (mine = theirs"
        " OR (starts_with(mine, theirs) AND substr(mine, length(theirs) + 1) ~ '^[0-9]+$')"
        " OR (starts_with(theirs, mine) AND substr(theirs, length(mine) + 1) ~ '^[0-9]+$'))"
        " ORDER BY first_seen LIMIT 1",
        {"mine": prefix, "id": terminal_id},
    ).fetchone()
    conn.rollback()
    return str(row[0]) if row else None


def check_shop(target: ShopTarget, terminal_id: str, prefix: str) -> str:
    """Settings' *Test connection*: a sentence when all is well; ShopDatabaseError (its sentence) otherwise,
    including PrefixTaken when another till numbers its orders with `prefix`."""
    try:
        with connect(target) as conn:
            check_schema(conn, target.where)
            other = prefix_owner(conn, prefix, terminal_id)
            row = conn.execute("SELECT count(*) FROM terminals WHERE id <> %s", (terminal_id,)).fetchone()
    except psycopg.Error as exc:
        raise explain(exc, target.where) from None
    if other:
        raise PrefixTaken(prefix_taken_sentence(prefix, other))
    others = int(row[0]) if row else 0
    return (
        translate(
            "ShopDatabase", "Connected to the shop database ({where}); %Ln other till(s) use it.", "", -1
        )
        .counted(others)
        .format(where=target.where)
    )
