"""Store budgets: search as the user types vs a raw LIKE scan, database size, demo generation."""

from __future__ import annotations

import sqlite3
import time
from functools import partial
from pathlib import Path
from typing import Any

from bench.harness import Result, median, p95, samples, spread

# What a user types, letter by letter, and fragments of numbers.
TYPED = [
    "z", "zh", "zha", "zhan", "zhang", "zs", "zsf", "w", "wa", "wan", "wang", "wangw", "sxx",
    "ly", "liyan",
]  # fmt: skip
CJK = ["王", "王伟", "张", "张三", "杨", "吴小"]
SEARCH_BUDGET = 0.020
SIZE_BUDGET_MB = 8.0  # database size per 1,000 cases (DESIGN.md, issue 22)


def _numbers(conn: sqlite3.Connection) -> list[str]:
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id_number FROM children WHERE id_number != '' LIMIT 5 OFFSET 777"
        )
    ]
    return [i[-6:] for i in ids] + [i[-4:] for i in ids[:2]] + [i[6:14] for i in ids[:2]]


# The raw baseline: a LIKE scan of the same column(s) of the same keys table, every row looked
# at (no LIMIT: to rank "exact before prefix before anywhere" a scan must see all matches).
BASELINES = {
    "pinyin/initials": "SELECT child_seq FROM child_search WHERE pinyin LIKE ?",  # (no initials kept)
    "characters": "SELECT child_seq FROM child_search WHERE names LIKE ?",
    "ID fragments": "SELECT child_seq FROM child_search WHERE numbers LIKE ?",
}


def run(db: Path, *, repeat: int, generation: dict[str, Any] | None = None) -> list[Result]:
    from desktop.store import db as dbmod
    from desktop.store.search import SearchIndex

    conn = dbmod.connect(db)
    results: list[Result] = []
    try:
        # Time to the first result: a new connection (as at start) answers the first letter;
        # the index is on disk, nothing is built.
        start = time.perf_counter()
        fresh = dbmod.connect(db)
        SearchIndex(fresh).search(TYPED[0], limit=200)
        first = time.perf_counter() - start
        fresh.close()
        index = SearchIndex(conn)
        results.append(
            Result(
                "search: open a connection + first answer (nothing built at start)",
                first,
                detail={"children": len(index)},
            )
        )
        queries = {"pinyin/initials": TYPED, "characters": CJK, "ID fragments": _numbers(conn)}
        all_ours: list[float] = []
        for label, qs in queries.items():
            ours: list[float] = []
            raw: list[float] = []
            sql = BASELINES[label]
            for q in qs:
                # alternate ours and the scan, so a busy neighbour slows both alike
                args = (f"%{q}%",) * sql.count("?")
                for _ in range(repeat):
                    ours += samples(partial(index.search, q, limit=200), repeat=1, warmup=0)
                    raw += samples(partial(_scan, conn, sql, args), repeat=1, warmup=0)
            all_ours += ours
            value, base = p95(ours), p95(raw)
            results.append(
                Result(
                    f"search p95: {label} ({len(qs)} queries as typed)",
                    value,
                    baseline=base,
                    baseline_name="raw LIKE scan p95",
                    budget="≤ 20 ms and faster than LIKE",
                    met=value <= SEARCH_BUDGET and value < base,
                    stat=f"p95 of {len(ours)}",
                    detail={"ours": spread(ours), "like": spread(raw), "queries": qs},
                    design="search",
                )
            )
        results.append(
            Result(
                "search: median of every query above",
                median(all_ours),
                stat=f"median of {len(all_ours)}",
            )
        )
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        children = conn.execute("SELECT count(*) FROM children").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        tables = _table_sizes(conn)
        free_mb = _free_bytes(conn) / 1e6
    finally:
        conn.close()
    # A migrated dataset keeps the pages a migration freed (dropped indexes, columns) until a
    # VACUUM; the app reuses them for new rows and a backup (VACUUM INTO) leaves them out. The
    # figure is the pages in use: the file size of a freshly generated dataset.
    file_mb = db.stat().st_size / 1e6
    size_mb = file_mb - free_mb
    per_case = size_mb / max(cases, 1) * 1000
    results.append(
        Result(
            "database size per 1,000 cases",
            per_case,
            unit="MB",
            budget=f"≤ {SIZE_BUDGET_MB:g} MB",
            met=per_case <= SIZE_BUDGET_MB,
            design="size",
            stat="pages in use (file size less free pages)",
            detail={
                "used_mb": round(size_mb, 1),
                "file_mb": round(file_mb, 1),
                "free_mb": round(free_mb, 1),
                "children": children,
                "cases": cases,
                "events": events,
                "per_1000_children_mb": round(size_mb / children * 1000, 2),
                "largest_tables_mb": tables,
            },
        )
    )
    if generation and generation.get("seconds"):
        when = "now" if generation.get("now") else f"cached, generated {generation.get('at', '?')}"
        results.append(
            Result(
                f"demo generation ({children:,} children, {cases:,} cases, {events:,} events)",
                generation["seconds"],
                stat=when,
                detail={k: v for k, v in generation.items() if k != "now"},
            )
        )
    return results


def _scan(conn: sqlite3.Connection, sql: str, args: tuple[str, ...]) -> list[Any]:
    return conn.execute(sql, args).fetchall()


def _free_bytes(conn: sqlite3.Connection) -> int:
    """Bytes of the file's free pages (left by deleted rows, dropped indexes or columns)."""
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    return int(free) * int(conn.execute("PRAGMA page_size").fetchone()[0])


def _table_sizes(conn: sqlite3.Connection) -> dict[str, float]:
    """MB per table with its indexes (dbstat), largest first; {} where dbstat is missing."""
    try:
        rows = conn.execute(
            "SELECT coalesce(m.tbl_name, s.name), sum(s.pgsize) FROM dbstat s"
            " LEFT JOIN sqlite_master m ON m.name = s.name GROUP BY 1 ORDER BY 2 DESC LIMIT 12"
        ).fetchall()
    except sqlite3.DatabaseError:
        return {}
    return {name: round(size / 1e6, 1) for name, size in rows}
