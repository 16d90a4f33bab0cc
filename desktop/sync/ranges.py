"""Sequence ranges per origin, looked up by bisection."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Ranges:
    """Sequence ranges per origin, for "is (origin, seq) in one of them?" by bisection (an
    import checks every op: a scan of every range per op was 142,000 ops × 155 segments)."""

    def __init__(self, ranges: Iterable[tuple[str, int, int]]) -> None:
        merged: dict[str, list[tuple[int, int]]] = {}
        for origin, first, last in sorted(ranges):
            spans = merged.setdefault(origin, [])
            if spans and first <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], last))
            else:
                spans.append((first, last))
        self._firsts = {o: [a for a, _b in spans] for o, spans in merged.items()}
        self._lasts = {o: [b for _a, b in spans] for o, spans in merged.items()}

    def holds(self, origin: str, seq: int) -> bool:
        firsts = self._firsts.get(origin)
        if not firsts:
            return False
        i = bisect.bisect_right(firsts, seq) - 1
        return i >= 0 and seq <= self._lasts[origin][i]
