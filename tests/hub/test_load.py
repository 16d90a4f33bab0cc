"""A short load run (the full figures come from bench/hub_bench.py): several laptops syncing
at once against real hub processes, on SQLite and on PostgreSQL with two processes."""

from __future__ import annotations

import pytest

from bench.hub_bench import run_load

pytestmark = pytest.mark.slow


def test_load_sqlite(tmp_path):
    r = run_load(tmp_path, backend="sqlite", devices=4, seconds=3, ops=5)
    assert r["errors"] == 0, r["first_errors"]
    assert r["bundles_merged"] >= 4 and r["ops_merged"] >= 20
    assert r["latency"]["POST /v1/bundles"]["n"] >= 4


@pytest.mark.postgres
def test_load_postgresql_two_processes(tmp_path, pg_url):
    r = run_load(
        tmp_path, backend="postgresql", devices=4, seconds=3, ops=5, processes=2, database=pg_url
    )
    assert r["errors"] == 0, r["first_errors"]
    assert r["bundles_merged"] >= 4 and r["ops_merged"] >= 20
