"""Is this the same child? Name similarity through pinyin, for matching across registries
whose ID numbers disagree (a typo in one digit, an old number, a temporary 学籍号).

Homophones score high (李小红/李晓红, 张伟/张玮: the clerk typed what they heard); a name
one sound apart scores lower; unrelated names score low.
"""

from __future__ import annotations

import datetime as dt
from difflib import SequenceMatcher
from functools import lru_cache

THRESHOLD = 0.75


@lru_cache(maxsize=65536)
def _spellings(name: str) -> tuple[str, ...]:
    from desktop.domain.names import pinyin_keys

    full, _ = pinyin_keys(name)
    return tuple(full)


def _bare(name: str) -> str:
    return name.replace("·", "").replace(" ", "")


def name_similarity(a: str, b: str) -> float:
    """0..1: 1 for the same name, ~0.9 for homophones, lower as the sound drifts apart."""
    a, b = _bare(a), _bare(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    pa, pb = _spellings(a), _spellings(b)
    if pa and pb and set(pa) & set(pb):
        return 0.92 if len(a) == len(b) else 0.85
    sound = SequenceMatcher(None, pa[0], pb[0]).ratio() if pa and pb else 0.0
    chars = SequenceMatcher(None, a, b).ratio()
    same_surname = a[0] == b[0]
    score = max(0.85 * sound, 0.8 * chars)
    return score if same_surname else score * 0.85


def birth_similarity(a: dt.date, b: dt.date) -> float:
    """1 for the same date; 0.85 when one part (year, month or day) differs or month and day
    are swapped (typing slips); 0 otherwise."""
    if a == b:
        return 1.0
    same = (a.year == b.year) + (a.month == b.month) + (a.day == b.day)
    if same == 2 or (a.year == b.year and a.month == b.day and a.day == b.month):
        return 0.85
    return 0.0


def person_score(name_a: str, birth_a: dt.date, name_b: str, birth_b: dt.date) -> float:
    """How likely two records are one child (name and birth date), 0..1."""
    bs = birth_similarity(birth_a, birth_b)
    if not bs:
        return 0.0
    return name_similarity(name_a, name_b) * bs
