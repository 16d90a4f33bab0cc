"""bench/scaling.py: figures of the same measurement at different sizes line up in one row."""

from __future__ import annotations

from bench.harness import Result, write_json
from bench.scaling import key, scaling_table


def test_counts_become_n_but_names_keep_their_digits():
    assert (
        key("open the 20,000-case ledger: to first paint")
        == "open the N-case ledger: to first paint"
    )
    assert key("search p95: ID fragments (9 queries as typed)") == (
        "search p95: ID fragments (N queries as typed)"
    )
    assert key("sign-in key derivation (Argon2id, 64 MiB, t=3)") == (
        "sign-in key derivation (Argon2id, N MiB, t=N)"
    )


def test_the_table_puts_each_size_in_a_column_with_growth(tmp_path):
    for size, rows, seconds in (("township", "1,000", 0.01), ("county", "20,000", 0.04)):
        write_json(
            tmp_path / f"{size}.json",
            size=size,
            results=[
                Result(f"open the {rows}-case ledger: to first paint", seconds, met=True),
                Result("not a figure", 0.0, unit="-"),
            ],
            meta={"at": "2026-11-28 12:00", "load_before": 0.5},
        )
    table = scaling_table(tmp_path)
    row = next(line for line in table.splitlines() if "ledger" in line)
    assert row.startswith("| open the N-case ledger: to first paint | 10.0 ms | 40.0 ms |")
    assert row.rstrip().endswith("| 4.0x |")
    assert "not a figure" not in table
    assert "province" not in table.splitlines()[0]


def test_only_names_one_suite():
    """`kcbx bench --only ui` runs the ui suite, not every suite ("ui" is in "suite_")."""
    from bench.cli import SUITES, _suites

    assert _suites("county", ["ui"]) == ["bench.suite_ui"]
    assert _suites("county", ["store", "sync"]) == ["bench.suite_store", "bench.suite_sync"]
    assert _suites("county", ["suite_forms"]) == ["bench.suite_forms"]
    assert _suites("county", []) == list(SUITES)
