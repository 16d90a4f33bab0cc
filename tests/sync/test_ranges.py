"""The proof check's range lookup (sync/ranges.py): every op must lie in a segment of its origin."""

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
