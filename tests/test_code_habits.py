"""Habits of the code that the linters do not hold on their own.

ruff's RUF100 already refuses a noqa comment that names a rule not enabled or suppresses nothing; what it
cannot see is whether the comment says *why* the rule does not apply there.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOQA = re.compile(r"#\s*(?:ruff:\s*)?noqa\b(?P<rest>.*)$")
# ": RULE[, RULE] - why" or ": RULE (why)"
NAMED_AND_WHY = re.compile(r":\s*[A-Z]+[0-9]+(?:,\s*[A-Z]+[0-9]+)*\s*(?:-\s*\S.*|\(\S.*\))")


def test_every_noqa_names_its_rule_and_says_why():
    sources = [
        *ROOT.glob("pos_app/**/*.py"),
        *ROOT.glob("tests/*.py"),
        *ROOT.glob("bench/*.py"),
        *ROOT.glob("packaging/*.py"),
        *ROOT.glob("packaging/*.spec"),
        ROOT / "main.py",
    ]
    unexplained = []
    for path in sorted(sources):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found = NOQA.search(line)
            if found and not NAMED_AND_WHY.fullmatch(found["rest"]):
                unexplained.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert unexplained == []
