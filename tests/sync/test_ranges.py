"""The proof check's range lookup (sync/ranges.py): every op must lie in a segment of its origin."""

from desktop.sync import origin
from desktop.sync.ranges import Ranges


def test_a_seq_is_held_only_inside_a_range_of_its_own_origin() -> None:
    r = Ranges([("a", 10, 20), ("a", 1, 4), ("b", 5, 5), ("a", 21, 30), ("a", 40, 40)])
    inside = [("a", 1), ("a", 4), ("a", 10), ("a", 20), ("a", 21), ("a", 30), ("a", 40), ("b", 5)]
    outside = [("a", 0), ("a", 5), ("a", 9), ("a", 31), ("a", 39), ("a", 41), ("b", 4), ("b", 6)]
    assert all(r.holds(o, s) for o, s in inside)
    assert not any(r.holds(o, s) for o, s in outside)
    assert not r.holds("c", 5)


def test_overlapping_ranges_merge() -> None:
    r = Ranges([("a", 1, 10), ("a", 5, 8), ("a", 9, 15)])
    assert all(r.holds("a", s) for s in range(1, 16))
    assert not r.holds("a", 16)
    assert not Ranges([]).holds("a", 1)


def _held(spans: list[tuple[str, int, int]]) -> origin.Held:
    """A Held over these segments (no store: the lookups read only what __init__ builds)."""
    held = origin.Held.__new__(origin.Held)
    held.by_origin = {}
    for o, first, last in sorted(spans):
        seg = origin.Segment(o, first, last, origin.ZERO, origin.ZERO, "", b"", b"")
        held.by_origin.setdefault(o, []).append(seg)
    held._firsts = {o: [s.first for s in segs] for o, segs in held.by_origin.items()}
    return held


def test_held_overlaps_answers_as_find_does_seq_by_seq() -> None:
    """The import skips the seq-by-seq fork check of a segment no held segment overlaps:
    overlaps() must agree with find() over every seq of the range."""
    held = _held([("a", 1, 4096), ("a", 4097, 5000), ("a", 3000, 3100), ("b", 10, 20)])
    for first, last in [(1, 1), (4096, 4097), (5000, 6000), (5001, 6000), (3050, 3050), (0, 0)]:
        want = any(held.find("a", s) is not None for s in range(first, last + 1))
        assert held.overlaps("a", first, last) == want, (first, last)
    assert held.overlaps("b", 1, 10) and held.overlaps("b", 20, 30) and held.overlaps("b", 12, 13)
    assert not held.overlaps("b", 1, 9) and not held.overlaps("b", 21, 99)
    assert not held.overlaps("c", 1, 10**9)


def test_disjoint_segments() -> None:
    seg = origin.Segment
    assert origin._disjoint(
        [seg("a", 1, 5, "", "", "", b"", b""), seg("a", 6, 9, "", "", "", b"", b"")]
    )
    assert origin._disjoint(
        [seg("a", 1, 5, "", "", "", b"", b""), seg("b", 1, 5, "", "", "", b"", b"")]
    )
    assert not origin._disjoint(
        [seg("a", 6, 9, "", "", "", b"", b""), seg("a", 1, 6, "", "", "", b"", b"")]
    )
