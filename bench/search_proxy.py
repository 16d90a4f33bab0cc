"""Search at province size without the province dataset: the county's children written ten
times into a new file (names as the demo draws them, ID numbers with other sequence digits:
1,000,000 `children` rows), indexed by `store.search.update_keys()`, then the store suite's
search lines (pinyin/initials, characters, ID fragments against a raw LIKE scan) run on it,
and this process's peak memory printed.

    .venv/bin/python -m bench.search_proxy bench/data/county.db /tmp/province-search.db

Generating the real province dataset (`kcbx bench --size province`) takes ~10 minutes alone on
a quiet 2-core machine; this takes the search part of it on its own (the file is reused)."""

from __future__ import annotations

import argparse
import resource
import sqlite3
import time
import uuid
from pathlib import Path

TIMES = 10


def build(county: Path, out: Path) -> None:
    from desktop.store import search
    from desktop.store.repo import Store

    Store.open(out, actor="bench").close()
    conn = sqlite3.connect(out)
    conn.execute("ATTACH ? AS src", (str(county),))
    conn.execute(
        "INSERT INTO regions SELECT * FROM src.regions WHERE code NOT IN (SELECT code FROM regions)"
    )
    conn.execute("INSERT INTO schools SELECT * FROM src.schools")
    rows = conn.execute(
        "SELECT name, id_number, township_code, village_code, school_id FROM src.children"
    ).fetchall()
    start = time.perf_counter()
    out_rows = []
    for copy in range(TIMES):
        for name, number, township, village, school in rows:
            if number:
                digits = (int(number[14:17]) + copy * 97) % 1000
                number = f"{number[:14]}{digits:03d}{number[17]}"
            xueji = "G" + number if number else ""
            out_rows.append(
                (str(uuid.uuid4()), name, number, xueji, township, village, school or None)
            )
    conn.executemany(
        "INSERT INTO children(id, created_at, created_by, device_id, updated_at, hlc, name,"
        " id_number, xueji_no, township_code, village_code, school_id)"
        " VALUES (?, '', 'bench', '', '', '', ?, ?, ?, ?, ?, ?)",
        out_rows,
    )
    conn.commit()
    print(f"{len(out_rows):,} children written in {time.perf_counter() - start:.0f} s", flush=True)
    start = time.perf_counter()
    search.update_keys(conn, None)
    conn.commit()
    conn.close()
    print(f"indexed in {time.perf_counter() - start:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    from bench import suite_store
    from bench.harness import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("county", type=Path, help="the county dataset (kcbx bench --size county)")
    parser.add_argument("out", type=Path, help="the province-sized file (made once, then reused)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.out.exists():
        build(args.county, args.out)
    results = suite_store.run(args.out, repeat=args.repeat)
    print(table([r for r in results if "search" in r.name]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
