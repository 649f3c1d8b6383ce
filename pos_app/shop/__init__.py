"""The shop database: every till's journal replicated to the shop's PostgreSQL, for shop-wide views. No Qt.

The local journal stays each till's source of truth; this package only reads it (the outbox) and pushes to
PostgreSQL from a background thread (`replication.ShopSync`). `database` holds the address rules, the
connection and the versioned schema; `queries` the owner's shop-wide report, history and export.
"""
