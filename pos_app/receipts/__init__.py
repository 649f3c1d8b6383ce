"""Receipts: what a receipt says (`content`), where it goes (`target`), and thin printer backends.

`content`, `target`, `settings` and `thermal` import no Qt; `page` (the system printer and PDF) draws with
Qt's QPrinter and is only imported when such a printer is used.
"""
