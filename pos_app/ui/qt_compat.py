"""Work around a PySide6 6.12 reference-count bug on CPython 3.11: every Qt method returning None drops a
reference to None (and some to True/False) it never took.

On CPython 3.12+ these singletons are immortal (PEP 683), so the bug is harmless there. On 3.11 their
count falls with every `setText()`, `setProperty()`, `polish()`…; a till that is used for a while (or a
test run at exit) then dies with "Fatal Python error: none_dealloc". Measured here: -1 per void call.

The fix does what 3.12 does: give the singletons a reference count so large that no run can exhaust it.
It is a no-op on 3.12+, and safe because these objects are never freed anyway.
"""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 60


def immortalize_singletons() -> bool:
    """Raise the reference counts of None, True, False, Ellipsis and NotImplemented out of reach.

    Returns True when it changed something (CPython < 3.12), False when not needed.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False, Ellipsis, NotImplemented):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t), at the object's address.
        refcnt = ctypes.c_ssize_t.from_address(id(obj))
        if refcnt.value < _HUGE:
            refcnt.value += _HUGE
    return True
